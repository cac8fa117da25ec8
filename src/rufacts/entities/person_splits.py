"""Person spans that hold more than one thing, or no person, cut before grouping.

- Two people the tagger glued across a comma ("Овечкин, Фёдоров"): one mention each.
- An organization name in the genitive glued before a person's name ("командира Хамаса
  Юсефа Сальмана", "корреспондент Аль-Джазиры Карим Насер"): the first word, which the
  dictionary knows as an organization name (pymorphy3's Orgn), is an organization mention,
  the rest the person's.
- A place name in the genitive glued before a person's name ("мэра Трабзона Османа Гюнайдына"):
  the first word, which the dictionary reads only as a place (Geox) in the genitive, before a
  first name it knows, is a place mention, the rest the person's.
- An institution named by adjectives and an abbreviation of
  ``lexicons/org_abbreviation_genders.tsv`` glued before a person's name ("главврачу Кимрской ЦРБ
  Сорокину"): the words up to the abbreviation are an organization mention, the rest the person's.
- Two East Asian names glued ("помощник Си Цзиньпина Ван Хунин"): cut before a family name of
  ``lexicons/east_asian_surnames.txt`` (in any case: "Кима") that opens a second name of two
  or three words.
- One word that the dictionary knows and never reads as a name part: a surname in the
  plural after a word for a family ("братьев Ямадаевых"), a common noun capitalized at the
  start of a sentence or quotation ("Супруга «оружейного барона»", "Подана первая
  заявка"), a thing's or place's name ("Царицыно") -- no person mention, unless a longer
  name of the same document has that word ("Никита Белых" ... "Белых заявил").
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.morph import Morph
from .org_abbrev_heads import abbreviation_gender
from ..lexicons import load_list

NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
#: Endings of Russian surnames: a word with one is read as a surname even where the
#: dictionary knows only a common noun ("Шумов", gen. pl. of шум).
SURNAME_ENDS = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ова", "ева", "ёва", "ина", "ына",
                "ская", "цкая")
FAMILY = frozenset({"брат", "сестра", "супруг", "семья", "клан", "братья", "династия"})


def _by_commas(span: Span) -> list[Span]:
    """"Овечкин, Фёдоров" -> "Овечкин", "Фёдоров" (each part a capitalized word)."""
    parts, start = [], span.start
    for token in span:
        if token.text == ",":
            parts.append((start, token.i))
            start = token.i + 1
    parts.append((start, span.end))
    if len(parts) == 1 or not all(e > s and span.doc[s].text[:1].isupper() for s, e in parts):
        return [span]
    return [Span(span.doc, s, e, label="PER") for s, e in parts]


def _organization_first(span: Span, morph: Morph) -> list[Span]:
    """"Хамаса Юсефа Сальмана" -> ORG "Хамаса" + PER "Юсефа Сальмана"."""
    first = span[0]
    if len(span) < 3 or not span[1].text[:1].isupper():
        return [span]
    parses = morph.parse(first.text)
    if not parses or "Orgn" not in parses[0].tag.grammemes \
            or any(NAME_TAGS & p.tag.grammemes for p in parses):
        return [span]
    return [Span(span.doc, span.start, span.start + 1, label="ORG"),
            Span(span.doc, span.start + 1, span.end, label="PER")]


def _place_first(span: Span, morph: Morph) -> list[Span]:
    """"Трабзона Османа Гюнайдына" -> LOC "Трабзона" + PER "Османа Гюнайдына"."""
    if len(span) < 3 or not all(t.is_alpha and t.text[:1].isupper() and len(t.text) > 1 for t in span[:2]):
        return [span]  # (not before initials: "Зубцова Р. В.")
    places = morph.parse(span[0].text)
    if not places or not morph.is_known(span[0].text) or not all(
            "Geox" in p.tag.grammemes and p.tag.case == "gent" and not NAME_TAGS & p.tag.grammemes for p in places):
        return [span]
    if not any("Name" in p.tag.grammemes for p in morph.parse(span[1].text)):
        return [span]
    from .name_first_patronymic import turkic_patronymic  # (it imports name_words, which imports this)

    if turkic_patronymic(morph, span[1].text):  # "Дархана Нурланулы Ермагамбетова": a given name
        return [span]
    return [Span(span.doc, span.start, span.start + 1, label="LOC"),
            Span(span.doc, span.start + 1, span.end, label="PER")]


def _abbreviation_first(span: Span) -> list[Span]:
    """"Кимрской ЦРБ Сорокину" -> ORG "Кимрской ЦРБ" + PER "Сорокину"."""
    for token in span[1:-1]:
        if token.is_upper and token.is_alpha and abbreviation_gender(token.text) \
                and span.doc[token.i + 1].text[:1].isupper():
            return [Span(span.doc, span.start, token.i + 1, label="ORG"),
                    Span(span.doc, token.i + 1, span.end, label="PER")]
    return [span]


def _east_asian_pair(span: Span) -> list[Span]:
    """"Си Цзиньпина Ван Хунин" -> "Си Цзиньпина", "Ван Хунин"."""

    if len(span) not in (4, 5, 6) or not all(t.is_alpha and t.text[:1].isupper() for t in span):
        return [span]
    families = load_list("east_asian_surnames.txt")

    def family(word: str) -> bool:
        low = word.lower()
        return low in families or (low[-1:] in "ауе" and low[:-1] in families)

    for cut in range(span.start + 2, span.end - 1):
        if family(span.doc[cut].text) and family(span[0].text) and 2 <= span.end - cut <= 3 \
                and cut - span.start <= 3:
            return [Span(span.doc, span.start, cut, label="PER"),
                    Span(span.doc, cut, span.end, label="PER")]
    return [span]


def _no_person(span: Span, morph: Morph, longer: set[str]) -> bool:
    """A one-word span the dictionary reads as no name part (see the module docstring)."""
    token = span[0]
    word = token.text
    if len(span) != 1 or not token.is_alpha or word.lower() in longer:
        return False
    parses = morph.parse(word)
    before = span.doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.lemma_.lower() in FAMILY and parses \
            and all("plur" in p.tag.grammemes for p in parses):
        return True  # "братьев Ямадаевых"
    if not morph.is_known(word) or any(NAME_TAGS & p.tag.grammemes for p in parses) \
            or word.lower().endswith(SURNAME_ENDS):
        return False
    tag = parses[0].tag
    opening = token.is_sent_start or (before is not None and before.text in "«\"„")
    return tag.POS != "NOUN" or "anim" not in tag.grammemes or opening


def split_persons(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """The spans with the person spans cut as the module's docstring says."""
    longer = {t.lower_ for s in spans if s.label_ == "PER" and len(s) > 1 for t in s}
    out: list[Span] = []
    for span in spans:
        if span.label_ != "PER":
            out.append(span)
        elif not _no_person(span, morph, longer):
            out.extend(p for part in _by_commas(span) for cut in _abbreviation_first(part)
                       for piece in (_east_asian_pair(cut) if cut.label_ == "PER" else [cut])
                       for first in (_organization_first(piece, morph) if piece.label_ == "PER" else [piece])
                       for p in (_place_first(first, morph) if first.label_ == "PER" else [first]))
    return out
