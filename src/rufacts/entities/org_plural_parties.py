"""Parties and movements named in the plural, inside a sentence, that the tagger does not take
("Лидер Истинных финнов", "голосовать за Зелёных патриотов", "Лидер Борцов за экономическую свободу"):

- a capitalized adjective inside a sentence (Russian writes a common adjective in lower case there)
  right before a lower-case plural noun of people in its case: "Истинных финнов", "Шведскими
  демократами", "Серых волков";
- a capitalized plural noun of people inside a sentence, followed by "за" and the accusative group of
  the cause (an adjective or two and its noun): "Борцов за экономическую свободу" (a surname alone
  is no party: the "за" group says it is a movement's name).

The words must lie outside every organization the tagger or the rules found; a person or place the
tagger saw over them gives way. Their name is read as any organization's (``normal.normalize_words``
keeps a plural of people plural: "Истинные финны", "Борцы за экономическую свободу").

Read by :mod:`rufacts.components.entities`.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.morph import get_morph
from .doc_words import word_positions

PERSONAL = frozenset({"Name", "Surn", "Patr"})
MAX_CAUSE = 3  # "за экономическую свободу", "за новую справедливую Россию"
ADJ = ("ADJF", "PRTF")


def _capital(text: str) -> bool:
    return len(text) > 3 and text.isalpha() and text[:1].isupper() and text[1:].islower()


@lru_cache(maxsize=8192)
def _plural_cases(text: str, pos: tuple[str, ...], people: bool) -> frozenset[str]:
    """Cases of ``text``'s plural readings of ``pos`` (of an animate noun, no person's name, where
    ``people``); kept by the word (asked of every capitalized word and the word after it: ~25 ms
    less per pass over factRuEval dev)."""
    return frozenset({p.tag.case for p in get_morph().parse(text)
            if p.tag.POS in pos and p.tag.number == "plur" and not PERSONAL & p.tag.grammemes
            and (not people or p.tag.animacy == "anim")})


@lru_cache(maxsize=8192)
def _adjective_cases(text: str) -> frozenset[str]:
    """The cases of a capitalized word's plural adjective readings; none where a reading is a
    person's name ("между Топаловым и Крамником": a surname)."""
    if any(PERSONAL & p.tag.grammemes for p in get_morph().parse(text)):
        return frozenset()
    return _plural_cases(text, ADJ, False)


def _inside(doc: Doc, i: int) -> bool:
    """The token opens no sentence and follows a word (not a quote or a dash that may open a title)."""
    if i == 0 or doc[i].is_sent_start:
        return False
    before = doc[i - 1]
    return before.is_alpha or before.text in (",",)


def _cause_end(doc: Doc, i: int) -> int | None:
    """End of "за" + the accusative group after ``i``: lower-case adjectives and one noun."""
    if i + 2 >= len(doc) or doc[i + 1].lower_ != "за":
        return None
    morph, k = get_morph(), i + 2
    while k < len(doc) and k - i - 2 <= MAX_CAUSE and doc[k].is_alpha and doc[k].is_lower:
        parses = morph.parse(doc[k].text)
        if any("Apro" in p.tag.grammemes for p in parses):
            return None  # "Борцов за свою карьеру": a pronoun's phrase, no cause
        if any(p.tag.POS == "NOUN" and p.tag.case == "accs" for p in parses):
            return k + 1
        if not any(p.tag.POS in ADJ and p.tag.case == "accs" for p in parses):
            return None
        k += 1
    return None


def plural_parties(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with such parties' organizations added."""
    found = []
    for i in word_positions(doc, _capital, capital=True):
        if not _inside(doc, i):
            continue
        text = doc[i].text
        end = None
        adjective = _adjective_cases(text)
        if adjective and i + 1 < len(doc) and len(doc[i + 1]) > 3 and doc[i + 1].is_alpha and doc[i + 1].is_lower \
                and adjective & _plural_cases(doc[i + 1].text, ("NOUN",), True) - {"nomn"} \
                and not (i + 2 < len(doc) and doc[i + 2].is_alpha and doc[i + 2].is_lower
                         and doc[i + 2].pos_ == "NOUN"):
            end = i + 2  # (not "Истинных финнов" + a noun of theirs)
        elif _plural_cases(text, ("NOUN",), True) & {"gent", "accs", "datv", "ablt", "loct", "nomn"}:
            end = _cause_end(doc, i)
        if end is None:
            continue
        if any(s.start < end and i < s.end and (s.label_ == "ORG" or s.start < i or s.end > end) for s in spans):
            continue  # an organization over them, or a span across their edge
        found.append((i, end))
    if not found:
        return spans
    out = [s for s in spans if not any(i <= s.start and s.end <= end for i, end in found)]
    out += [Span(doc, i, end, label="ORG") for i, end in found]
    return sorted(out, key=lambda s: (s.start, -s.end))
