"""An airport named by its own name after its noun: "аэропорта Талаги", "в аэропорту Толмачёво",
"Аэропорту Емельяново выделят ..." name the airports "Талаги", "Толмачёво", "Емельяново"
(docs/gold-conventions.md: the body's own name without its descriptor). The tagger reads the name as
the place it is named after (a village, a station) or takes the noun into the span where it opens the
sentence with its capital; the noun is no part of the name, as it is not before a quoted one
("аэропорта «Чебоксары»", :mod:`rufacts.entities.org_opening_descriptors`).

The noun is one of ``lexicons/org_apposed_facility_heads.txt`` ("аэропорт"), singular, in lower case
or opening its sentence, with at most its lower-case adjectives before it ("международного аэропорта";
after a capitalized one the tagger's reading stands: "Вашингтонском аэропорту Рейган"). The
name right after it is one capitalized Cyrillic word, or a capitalized adjective and a noun ("Большое
Савино"), and stands in apposition: it keeps its nominative whatever the noun's case. So a word
that reads as a genitive is the city the airport serves ("аэропорта Сыктывкара", "аэропорту Астаны":
left a place); an indeclinable place ("аэропорта Сочи") may be either and is left too, and so is a
person's name the dictionary knows ("аэропорт Рейган": the person stays); so is a
neuter name in -о whose genitive the dictionary gives only as indeclinable ("аэропорта Пулково":
the airport's name). A span of the tagger over the noun and the name, or over the name, becomes the
name's organization; a longer span around them ("АО «Международный аэропорт Шереметьево»") is left.
Read by :mod:`rufacts.components.entities` after the organization passes.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammars.morph import get_morph
from ..lexicons import load_list
from .doc_words import morph_values
from .geo import lemma_positions

MAX_ADJECTIVES = 2  # "нового международного аэропорта"
LOOSE = {"Fixd", "Infr"}  # an indeclinable reading: no case of its own
PERSONAL = frozenset({"Name", "Surn", "Patr"})


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(load_list("org_apposed_facility_heads.txt"))


def _cyrillic_capital(token: Token) -> bool:
    text = token.text
    return len(text) > 1 and text[:1].isupper() and not text.isupper() and not text[:1].isascii() \
        and text.replace("-", "").isalpha()


def _apposed_word(token: Token) -> bool:
    """A word that keeps its nominative after a noun in any case: a nominative reading of its own (not
    only an indeclinable one, "Сочи") and no genitive but an indeclinable one ("Сыктывкара"); of a word
    the dictionary does not know, whose readings are guesses, the likeliest noun ("Талаги", "Кневичи", "Храброво":
    plural nominatives; "Лахора": a genitive)."""
    morph = get_morph()
    parses = morph.parse(token.text)
    if not parses:
        return False
    if not morph.is_known(token.lower_):
        first = next((p.tag for p in parses if p.tag.POS == "NOUN"), None)
        return first is not None and first.case in ("nomn", "accs") and not first.grammemes & LOOSE
    nominative = genitive = False
    if any(PERSONAL & p.tag.grammemes for p in parses) and not any("Geox" in p.tag.grammemes for p in parses):
        return False  # "Вашингтонском аэропорту Рейган": named after a person, who stays one
    for p in parses:
        grammemes = p.tag.grammemes
        if p.tag.case == "gent" and not grammemes & LOOSE:
            genitive = True
        elif p.tag.case in ("nomn", "accs") and not grammemes & LOOSE:
            nominative = True
    return nominative and not genitive


def _name_end(doc: Doc, start: int, starts: set[int]) -> int | None:
    """The end of the airport's own name from ``start``; None where none is there. A capitalized word
    after it opens a longer name, unless a span of its own opens there ("аэропорта Храброво Максим
    Ворончихин": its director)."""
    if start >= len(doc) or not _cyrillic_capital(doc[start]):
        return None
    first = doc[start]
    nxt = doc[start + 1] if start + 1 < len(doc) else None
    if first.pos_ == "ADJ" and nxt is not None and _cyrillic_capital(nxt) \
            and "Nom" in morph_values(first, "Case") and "Nom" in morph_values(nxt, "Case"):
        return start + 2  # "Большое Савино", "Минеральные Воды"
    if nxt is not None and _cyrillic_capital(nxt) and nxt.i not in starts:
        return None  # a person's name or a longer one: left to the other rules
    return start + 1 if _apposed_word(first) else None


def _head(doc: Doc, i: int) -> bool:
    token = doc[i]
    if "Plur" in morph_values(token, "Number") or not token.is_alpha:
        return False
    if token.is_lower:
        return True
    k = i  # capitalized: opening its sentence, maybe after its adjectives
    while k > i - MAX_ADJECTIVES and k > 0 and doc[k - 1].pos_ == "ADJ" and doc[k - 1].is_alpha:
        k -= 1
    return doc[k].is_sent_start and token.text[:1].isupper() and (k == i or doc[k].text[:1].isupper())


def _lead(doc: Doc, i: int) -> int:
    """The start of the noun's adjectives before it ("международного аэропорта")."""
    k = i
    while k > i - MAX_ADJECTIVES and k > 0 and doc[k - 1].pos_ == "ADJ" and doc[k - 1].is_alpha:
        k -= 1
    return k


def airport_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each airport's own name after its noun an organization of its own."""
    heads = lemma_positions(doc, _heads().__contains__)
    if not heads:
        return spans
    found = []
    starts = {s.start for s in spans}
    for i in heads:
        if not _head(doc, i):
            continue
        end = _name_end(doc, i + 1, starts)
        lead = _lead(doc, i)
        if end is not None and not any(doc[k].text[:1].isupper() and not doc[k].is_sent_start for k in range(lead, i)):
            found.append((lead, i + 1, end))  # (not after a place's capitalized adjective: "Вашингтонском аэропорту")
    if not found:
        return spans
    out = list(spans)
    for lead, start, end in found:
        around = [s for s in out if s.start < end and s.end > lead]
        if any(s.end > end or s.start < lead for s in around):
            continue  # inside a longer name: "АО «Международный аэропорт Шереметьево»"
        out = [s for s in out if s not in around]
        out.append(Span(doc, start, end, label="ORG"))
    return sorted(out, key=lambda s: (s.start, -s.end))


def airport_name(span: Span) -> str | None:
    """The name of an airport's span after its noun as written ("аэропорта Кневичи": not of Кневич):
    in apposition it keeps its nominative; None for any other span. Read by
    :func:`rufacts.components.entities.group_named`."""
    doc = span.doc
    if span.label_ != "ORG" or span.start == 0 or len(span) > 2 or doc[span.start - 1].lemma_.lower() not in _heads() \
            or not _head(doc, span.start - 1):
        return None
    return span.text if _name_end(doc, span.start, {span.end}) == span.end else None
