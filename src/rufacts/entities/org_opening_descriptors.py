"""A descriptor that opens the sentence with its capital before a quoted or a Latin-script name is no
part of the name: "Управляющая компания «Сибирский квартал» обжаловала ...", "Аэропорту «Чебоксары»
выделят ...", "Онлайн-кинотеатр Okko приобрёл ..." name "Сибирский квартал", "Чебоксары", "Okko"
(docs/gold-conventions.md), as the same words do in lower case inside a sentence. The tagger takes
the capitalized descriptor into the span, and ``orgs.split_descriptor`` keeps a capitalized noun as
the name's own ("Фонд Тимченко") and stops at a participle ("Управляющая", read as a verb).

The descriptor is a noun of ``lexicons/org_descriptors.txt`` or ``lexicons/org_opening_descriptors.txt``
(facilities: "аэропорт"; before a Latin name a company's noun of ``lexicons/org_latin_descriptors.txt``:
"Индийскому конгломерату Tata"), or a hyphenated noun whose last part is one ("Онлайн-кинотеатр",
"Интернет-магазин"), at the sentence's start or after adjectives or a participle there
("Управляющая компания", "Объединённый студенческий союз «Горизонт»"; a kind of ``lexicons/org_quoted_heads.txt``
too: "Медресе «Нур-Ислам»"; one or two lower-case genitives of its trade may stand before the quotes:
"Итальянский дом моды «Казалетти»", "Индийская IT-компания
Sapthagiri Infotech": a country's adjective says where the company is from); the name right after it opens with a quote or a Latin word. A body's noun
("Правительство", "Совет") is none: a quoted name after it is the body's title or its owner's.
Read by :func:`.org_party_branches.split_descriptor`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from ..grammars.morph import get_morph
from ..lexicons import load_list
from .bodies import body_heads
from .quotes import CLOSING_QUOTES, OPENING_QUOTES

LATIN_WORD = re.compile(r"^[A-Za-z][A-Za-z0-9&'.-]*$")


@lru_cache(maxsize=1)
def _descriptors() -> frozenset[str]:
    return (load_list("org_descriptors.txt") | load_list("org_opening_descriptors.txt")
            | load_list("org_quoted_heads.txt")) - set(body_heads())


@lru_cache(maxsize=1)
def _latin_descriptors() -> frozenset[str]:
    return load_list("org_latin_descriptors.txt")


def _descriptor(token: Token, latin: bool = False) -> bool:
    """A descriptor's noun; before a Latin name a company's noun of ``lexicons/org_latin_descriptors.txt``
    too ("Индийскому конгломерату Tata")."""
    if token.pos_ not in ("NOUN", "PROPN") or not token.is_alpha and "-" not in token.text:
        return False
    lemma = token.lemma_.lower()
    kinds = _descriptors() | _latin_descriptors() if latin else _descriptors()
    return lemma in kinds or "-" in lemma and lemma.rsplit("-", 1)[1] in kinds


def _modifier(token: Token) -> bool:
    """An adjective or a participle ("Управляющая", read as a verb) before the descriptor."""
    return token.is_alpha and (token.pos_ == "ADJ" or token.pos_ == "VERB" and (
        "Part" in token.morph.get("VerbForm") or any(p.tag.POS == "PRTF" for p in get_morph().parse(token.lower_))))


MAX_TRADE_WORDS = 2  # lower-case genitives of the descriptor's trade before the quotes: "дом моды"


def _trade_genitive(token: Token) -> bool:
    """A lower-case genitive noun or adjective ("моды" in "дом моды «Казалетти»")."""
    return token.is_alpha and token.is_lower and token.pos_ in ("NOUN", "ADJ") and "Gen" in token.morph.get("Case")


MAX_MODIFIERS = 3  # adjectives before the descriptor: "Объединённый студенческий союз"


def _lower_tail(token: Token) -> bool:
    """A lower-case word, or a hyphenated one whose last part is ("IT-компания")."""
    return token.is_lower or "-" in token.text and token.text.rsplit("-", 1)[1].islower()


def opening_descriptor(span: Span) -> tuple[str, int] | None:
    """(descriptor lemma, index of the name in ``span``) for a span that opens its sentence with a
    capitalized descriptor (or its capitalized adjective: up to ``MAX_MODIFIERS`` of them, the
    descriptor and the later ones in lower case or hyphenated with a lower-case last part) before a
    quoted or a Latin name; None otherwise."""
    if len(span) < 2 or not span[0].is_sent_start or not span[0].text[:1].isupper() or span[0].is_upper:
        return None
    k = 0
    while k < MAX_MODIFIERS and k + 2 < len(span) and _modifier(span[k]) and (k == 0 or span[k].is_lower) \
            and _lower_tail(span[k + 1]):
        k += 1  # "Объединённый студенческий союз «Горизонт»", "Индийская IT-компания Sapthagiri Infotech"
    if k and not _descriptor(span[k], bool(LATIN_WORD.match(span[k + 1].text))):
        k = 0
    head, first = span[k], span[k + 1]
    if not _descriptor(head, bool(LATIN_WORD.match(first.text))) or k and not _lower_tail(head):
        return None
    trade = 0
    while trade < MAX_TRADE_WORDS and k + 2 + trade < len(span) and _trade_genitive(span[k + 1 + trade]):
        trade += 1  # "Итальянский дом моды «Казалетти»": the genitive of its trade, then the quotes
    if trade and span[k + 1 + trade].text in OPENING_QUOTES:
        first = span[k + 1 + trade]
        if any(t.text in CLOSING_QUOTES for t in span[k + 2 + trade:]):
            return head.lemma_.lower(), k + 1 + trade
    if first.text in OPENING_QUOTES and any(t.text in CLOSING_QUOTES for t in span[k + 2:]) \
            or LATIN_WORD.match(first.text) and first.text[:1].isupper() and all(
                LATIN_WORD.match(t.text) or not t.is_alpha for t in span[k + 1:]):
        return head.lemma_.lower(), k + 1
    return None
