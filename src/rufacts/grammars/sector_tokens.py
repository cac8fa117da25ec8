"""The sector grammar's token stream (moved from :mod:`.sector_words`, which re-exports it):
:func:`tokenize` turns a piece of text into yargy ``MorphToken`` s built from razdel tokens (so
``IT-технологии``, ``оборонно-промышленного`` and ``3-х`` stay whole) with the shared pymorphy3
analyzer. Number words get the type ``NUM``; parts of hyphenated nouns become extra forms, so
``IT-компаний`` is read as ``компания``.

A dozen sector readers tokenize the same sentences of one text one after another (the parser,
the spoken and topic frames, the learned reader, the tree's numbers...): the tokens of the last
texts' pieces are kept (:data:`KEPT_TEXTS` texts), and each call gets a list of its own.
Tokens are never changed once made (yargy makes new ones where it narrows a token's forms).
"""
from __future__ import annotations

import re
from collections import OrderedDict
from functools import lru_cache

from rufacts import _compat

_compat.install()  # must run before yargy imports pymorphy2

from yargy.morph import Form, Grams  # noqa: E402
from yargy.span import Span  # noqa: E402
from yargy.token import MorphToken, Token  # noqa: E402

from .morph import Morph  # noqa: E402
from .numbers import is_number  # noqa: E402
from .razdel_tokens import razdel_tokens  # noqa: E402
from .sector_abbreviations import abbreviation_forms, without_lowercase_abbreviations  # noqa: E402,E501

INT, NUM, RU, LATIN, PUNCT, OTHER = "INT", "NUM", "RU", "LATIN", "PUNCT", "OTHER"
# 12, 2,5, 3-х, 30-35; "1 840" (digit groups joined by _pieces)
_COUNT_WORD = re.compile(r"^(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+"
                         r"|\d+(?:[.,]\d+)?(?:-[а-яё]{1,3}|-\d+)?)$")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = re.compile(r"^[a-z]+$", re.IGNORECASE)
_INNER_DASH = re.compile(r"(?<=\w)([\u2012\u2013\u2014\u2015])(?=\w)")
_DASH = re.compile(r"[\u2012\u2013\u2014\u2015]")  # a piece without one has no _INNER_DASH
#: texts whose tokens :func:`tokenize` keeps (the article, its reading with asides blanked,
#: the short phrases the readers parse again)
KEPT_TEXTS = 4
_KEPT: OrderedDict = OrderedDict()  # text -> {(morph, start, stop): tokens}, the last at the end


def _pieces(text: str, start: int, stop: int):
    """(start, stop) of razdel tokens in text[start:stop], with dashes glued between
    words split off ("фирм—в") and digit groups joined ("1 500")."""
    spans: list[tuple[int, int]] = []
    dashed = _DASH.search(text, start, stop) is not None
    for a, b in razdel_tokens(text[start:stop]):  # razdel.tokenize's tokens, fast
        a, b = a + start, b + start
        cuts = [m.start() + a for m in _INNER_DASH.finditer(text[a:b])] if dashed else ()
        for cut in cuts:
            spans += [(a, cut), (cut, cut + 1)]
            a = cut + 1
        spans.append((a, b))
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged:
            pa, pb = merged[-1]
            if (text[pa:pb].isdigit() and len(text[pa:pb]) <= 3 and text[a:b].isdigit()
                    and b - a == 3 and a - pb == 1 and text[pb] in " \u00a0\u202f\u2009"):
                merged[-1] = (pa, b)
                continue
            if a == pb and text[pa:pb].isdigit() and b - a == 1 and text[a].isupper():
                merged[-1] = (pa, b)  # "1С", "5G": a product name, one word
                continue
        merged.append((a, b))
    return merged


def _part_lemma(morph: Morph, part: str) -> str:
    """An inflected inner part of a compound by its own lemma: pymorphy3 leaves
    "it-компаний-резидент" with "компаний" (-> компания), as the object comes first."""
    if not _CYRILLIC.search(part):
        return part
    noun = next((p.normal_form for p in morph.parse(part) if p.tag.POS == "NOUN"), None)
    return noun or part


@lru_cache(maxsize=15_000)
def _word(morph: Morph, word: str) -> tuple[str, tuple[Form, ...]]:
    """(token type, yargy forms) of a word; parts of hyphenated nouns are extra forms:
    "it-компания" -> also "it" and "компания"."""
    from .sector_words import fused_object  # sector_words imports this module

    kind = RU if _CYRILLIC.search(word) else LATIN
    if kind == RU and is_number(morph, word):
        kind = NUM
    parses = morph.parse(word)
    forms = list(morph.forms(word))
    for p in parses:
        if p.tag.POS == "NOUN" and "-" in p.normal_form:
            forms += [Form(_part_lemma(morph, part), Grams(p.tag.grammemes), raw=p)
                      for part in p.normal_form.split("-") if part]
        elif p.tag.POS == "NOUN" and fused_object(p.normal_form):
            forms.append(Form(fused_object(p.normal_form)[1], Grams(p.tag.grammemes), raw=p))
    forms = without_lowercase_abbreviations(word, forms) + abbreviation_forms(word, parses)
    return kind, tuple(forms)  # "40 КФХ" a noun, "сто компаний" no СТО (sector_abbreviations)


def tokenize(morph: Morph, text: str, start: int = 0, stop: int | None = None) -> list[Token]:
    """yargy tokens of ``text[start:stop]`` with offsets into ``text`` (a new list; the tokens
    of a piece asked for again are those made the first time)."""
    stop = len(text) if stop is None else stop
    kept = _KEPT.get(text)
    if kept is None:
        kept = _KEPT[text] = {}
        if len(_KEPT) > KEPT_TEXTS:
            _KEPT.popitem(last=False)
    elif next(reversed(_KEPT)) is not text:
        _KEPT.move_to_end(text)
    tokens = kept.get((morph, start, stop))
    if tokens is None:
        tokens = kept[morph, start, stop] = _tokens(morph, text, start, stop)
    return list(tokens)


def _tokens(morph: Morph, text: str, start: int, stop: int) -> tuple[Token, ...]:
    tokens: list[Token] = []
    for a, b in _pieces(text, start, stop):
        word = text[a:b]
        span = Span(a, b)
        if _COUNT_WORD.match(word):
            tokens.append(Token(word, span, INT))
        elif _CYRILLIC.search(word) or _LATIN.match(word):
            kind, word_forms = _word(morph, word)
            tokens.append(MorphToken(word, span, kind, list(word_forms)))
        elif all(not c.isalnum() for c in word):
            tokens.append(Token(word, span, PUNCT))
        else:
            tokens.append(Token(word, span, OTHER))
    return tuple(tokens)


__all__ = ["INT", "LATIN", "NUM", "OTHER", "PUNCT", "RU", "tokenize"]
