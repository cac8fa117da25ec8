"""A region's abbreviation after a body's noun or its own acronym says whose body it is.

"Парламент КБР", "Правительство КЧР" (not the body named "КБР"), "ДУМ РТ", "АН РТ": the
abbreviations of Russia's regions (``lexicons/region_acronyms.txt``, most of which the dictionary
does not know) and any the dictionary tags a place's abbreviation ("РФ", "ДНР"). An upper-case
word the tagger read as another noun's form is an acronym, not that noun ("ДУМ" is no plural of
"дума"). Read by :func:`rufacts.entities.orgs.split_descriptor` and :mod:`rufacts.components.entities`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.morph import get_morph
from ..lexicons import load_list
from .doc_words import word_positions


def region_acronym(text: str) -> bool:
    """``text`` is the abbreviation of a region or a country ("КБР", "РТ", "ЯНАО")."""
    if not (text.isupper() and len(text) > 1):
        return False
    if text.lower() in load_list("region_acronyms.txt"):
        return True
    if not text.isalpha():
        return False
    return any({"Geox", "Abbr"} <= p.tag.grammemes for p in get_morph().parse(text))


def spelled_noun(token) -> bool:
    """An acronym in capitals the tagger read as a form of another common noun ("ДУМ": the plural of
    "дума"), not an abbreviation standing for its own lemma ("ГК", "АО")."""
    return acronym_word(token.text) and token.lemma_.lower() != token.lower_


def acronym_word(text: str) -> bool:
    """``text`` is written in capitals, two letters or more: an acronym, not a common noun."""
    return len(text) > 1 and text.isalpha() and text.isupper()


def region_acronym_tails(doc: Doc, spans: list[Span]) -> list[Span]:
    """An organization's span ending in its acronym grown over a region's abbreviation right after
    it: "ДУМ" + "КБР", "МВД" + "РТ" (the regional body; the region stays a span of its own). Not
    over a word that opens another organization, nor where more capitals follow ("ДУМ РТ ЦРБ")."""
    starts = {s.start for s in spans if s.label_ == "ORG"}
    out = _opening_pairs(doc, spans)
    spans = [s for s in spans if (s.start, s.end) not in {(o.start, o.end) for o in out}]  # "ДУМ РТ" read a place
    for span in spans:
        j = span.end
        if span.label_ == "ORG" and acronym_word(span[-1].text) and not region_acronym(span[-1].text) \
                and j < len(doc) and j not in starts and region_acronym(doc[j].text) \
                and doc[j - 1].whitespace_ and not (j + 1 < len(doc) and acronym_word(doc[j + 1].text)):
            span = Span(doc, span.start, j + 1, label="ORG")
        out.append(span)
    return sorted(out, key=lambda s: (s.start, -s.end))


def _opening_pairs(doc: Doc, spans: list[Span]) -> list[Span]:
    """A body's acronym and a region's the tagger left out opening a sentence ("ДУМ РТ
    рекомендовало", found mid-sentence): a new ORG span of the two, where no span touches either and
    neither more capitals nor a name follow."""
    covered = {i for s in spans if s.label_ != "LOC" for i in range(s.start, s.end)}
    found = []  # (the tagger may read the two, or the region alone, as a place: "[ДУМ РТ]", "[РТ]")
    for i in word_positions(doc, lambda w: acronym_word(w) and not region_acronym(w), capital=True):  # (letters in capitals)
        if i + 1 >= len(doc):
            continue
        token, j = doc[i], i + 1
        if token.is_sent_start and acronym_word(token.text) and not region_acronym(token.text) \
                and region_acronym(doc[j].text) and not {token.i, j} & covered and token.whitespace_ \
                and not (j + 1 < len(doc) and doc[j + 1].text[:1].isupper()):
            found.append(Span(doc, token.i, j + 1, label="ORG"))
    return found
