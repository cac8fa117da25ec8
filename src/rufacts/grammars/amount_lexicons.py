"""The lexicons of the amount grammar, read from ``rufacts/lexicons/*.tsv``.

* ``currencies.tsv``  currency words, abbreviations and signs -> ISO 4217 code
* ``units.tsv``       units of measure -> kind and code (``area``/``m2``, ``percent``/``%``)
* ``scales.tsv``      abbreviated scale words (``тыс.``, ``млн``) -> multiplier, and
                      words that are numbers by themselves (``полмиллиона``); the full
                      scale words come from the ``scale`` rows of ``numerals.tsv``
* ``qualifiers.tsv``  ``около`` -> approx, ``более`` -> more_than, ``до`` -> less_than
* ``count_exclusions.tsv``  nouns that are never counted objects, and label words
                      that make the number after them a label (``№ 5``)

Every written form becomes a :class:`Form`: a sequence of :class:`Piece` (a word
matched by its lemma, or a token matched as written) and an optional final dot.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources

from rufacts import _compat

_compat.install()

from yargy.tokenizer import LATIN, RUSSIAN, Tokenizer  # noqa: E402

from rufacts.grammars.numbers import numerals  # noqa: E402

__all__ = [
    "Form",
    "Piece",
    "count_exclusions",
    "currency_forms",
    "fold",
    "number_forms",
    "qualifier_forms",
    "scale_forms",
    "unit_forms",
]

_TOKENIZER = Tokenizer()
_MATCHES = ("lemma", "abbr", "sign")
_KINDS = ("duration", "area", "length", "mass", "volume", "power", "energy", "speed", "temperature",
          "percent")


def fold(word: str) -> str:
    """Case- and ё-insensitive key of a word: ``"Трёх"`` -> ``"трех"``."""
    return word.lower().replace("ё", "е")


@dataclass(frozen=True, slots=True)
class Piece:
    """One token of a written form: a word matched by its lemma (``by_lemma``)
    or a token matched as written (case-insensitively)."""

    text: str
    by_lemma: bool


@dataclass(frozen=True, slots=True)
class Form:
    """A written form of a lexicon entry and what it stands for.

    ``value`` is the entry's meaning (``"money:USD"``, ``"area:m2"``, a
    multiplier as text, a qualifier); ``match`` is ``lemma``, ``abbr`` or
    ``sign``; ``dot`` tells that a dot may follow (and then belongs to the form).
    """

    pieces: tuple[Piece, ...]
    value: str
    match: str
    dot: bool


def _rows(name: str, width: int) -> list[list[str]]:
    """Data rows of ``lexicons/<name>``: tab-separated, ``#`` starts a comment."""
    source = resources.files("rufacts").joinpath(f"lexicons/{name}")
    rows = []
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) != width or not all(cols):
            raise ValueError(f"{name}:{number}: expected {width} columns in {line!r}")
        rows.append(cols)
    return rows


def _tokens(text: str) -> list[tuple[str, str]]:
    return [(t.value, t.type) for t in _TOKENIZER(text)]


def _form(text: str, value: str, match: str) -> Form:
    """A lexicon form split into yargy tokens: ``"кв. метр"`` -> кв | . | метр(lemma)."""
    if match not in _MATCHES:
        raise ValueError(f"unknown match {match!r} for {text!r}")
    tokens = _tokens(text)
    dot = match != "lemma" and len(tokens) > 1 and tokens[-1][0] == "."
    if dot:
        tokens = tokens[:-1]
    pieces = []
    for i, (token, kind) in enumerate(tokens):
        abbreviated = i + 1 < len(tokens) and tokens[i + 1][0] == "."
        by_lemma = match == "lemma" and kind in (RUSSIAN, LATIN) and not abbreviated
        pieces.append(Piece(fold(token) if by_lemma else token.lower(), by_lemma))
    return Form(tuple(pieces), value, match, dot)


@lru_cache(maxsize=1)
def currency_forms() -> tuple[Form, ...]:
    """Forms of ``currencies.tsv``; ``value`` is ``"money:<ISO code>"``."""
    forms = []
    for text, code, match in _rows("currencies.tsv", 3):
        if len(code) != 3 or not code.isupper():
            raise ValueError(f"currencies.tsv: {code!r} is not an ISO 4217 code")
        forms.append(_form(text, f"money:{code}", match))
    return tuple(forms)


@lru_cache(maxsize=1)
def unit_forms() -> tuple[Form, ...]:
    """Forms of ``units.tsv``; ``value`` is ``"<kind>:<code>"``."""
    forms = []
    for text, kind, code, match in _rows("units.tsv", 4):
        if kind not in _KINDS or match == "sign":
            raise ValueError(f"units.tsv: bad row {text!r}")
        forms.append(_form(text, f"{kind}:{code}", match))
    return tuple(forms)


@lru_cache(maxsize=1)
def _scale_rows() -> tuple[tuple[str, str, str], ...]:
    rows = []
    for text, value, role in _rows("scales.tsv", 3):
        if role not in ("scale", "scale-word", "number"):
            raise ValueError(f"scales.tsv: bad role {role!r}")
        rows.append((text, str(Decimal(value)), role))
    return tuple(rows)


@lru_cache(maxsize=1)
def scale_forms() -> tuple[Form, ...]:
    """Scale words: the ``scale`` and ``scale-word`` rows of ``scales.tsv`` and
    the full scale words of ``numerals.tsv``; ``value`` is the multiplier."""
    forms = [_form(text, value, "lemma" if role == "scale-word" else "abbr")
             for text, value, role in _scale_rows() if role != "number"]
    for lemma, (value, role) in numerals().items():
        if role == "scale":
            forms.append(_form(lemma, str(value), "lemma"))
    return tuple(forms)


@lru_cache(maxsize=1)
def number_forms() -> tuple[Form, ...]:
    """Words that are whole numbers by themselves ("полмиллиона"): the ``number``
    rows of ``scales.tsv``; ``value`` is the number."""
    return tuple(_form(text, value, "abbr") for text, value, role in _scale_rows()
                 if role == "number")


@lru_cache(maxsize=1)
def qualifier_forms() -> tuple[Form, ...]:
    """Phrases of ``qualifiers.tsv``; ``value`` is the qualifier."""
    forms = []
    for text, qualifier in _rows("qualifiers.tsv", 2):
        if qualifier not in ("approx", "more_than", "less_than"):
            raise ValueError(f"qualifiers.tsv: bad qualifier {qualifier!r}")
        forms.append(_form(text, qualifier, "abbr"))
    return tuple(forms)


@lru_cache(maxsize=1)
def count_exclusions() -> tuple[frozenset[str], frozenset[str]]:
    """``(nouns, labels)``: lemmas that are never counted objects, and words
    (lemmas, or abbreviations without their dot) that make a following number a label.

    The nouns include every lemma-matched word of the currency and unit
    lexicons, the scale words and the month names."""
    nouns, labels = set(), set()
    for word, role in _rows("count_exclusions.tsv", 2):
        if role not in ("noun", "label"):
            raise ValueError(f"count_exclusions.tsv: bad role {role!r}")
        (nouns if role == "noun" else labels).add(fold(word.rstrip(".")) or word)
    for form in currency_forms() + unit_forms() + scale_forms():
        nouns.update(p.text for p in form.pieces if p.by_lemma)
    from rufacts.grammars.dates import MONTHS

    nouns.update(fold(month) for month in MONTHS)
    return frozenset(nouns), frozenset(labels)
