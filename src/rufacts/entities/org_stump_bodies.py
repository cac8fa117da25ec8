"""One-word stump compounds naming bodies, Soviet-style and modern: a first part of
``lexicons/org_compound_prefixes.txt`` (глав-, гор-, обл-, край-, мин-, гос-, мос-, рос-...),
inner stems of ``lexicons/org_compound_stems.txt`` (гос, жил, строй, сев, мор, электро...) and a
dictionary noun at the end: "Госжилнадзора" (гос + жил + надзора), "с Главсевморпутём" (глав + сев
+ мор + путём), "Горэлектросети" (гор + электро + сети), "Облпотребсоюза".

- :func:`stump_split` cuts such a word into its stem part and its final noun; the noun after the
  first part alone has five letters or more (as ``org_prefixed_bodies`` asks: not "тов" of Ростов),
  after inner stems four ("путь", "сеть", "союз").
- :func:`stump_nominative`: the word declines as its final noun does ("Главсевморпутём" ->
  Главсевморпуть), where :func:`.org_compound_names.compound_nominative` finds no noun of six
  letters at the end.
- :func:`committee_genitive`: a committee's stump ("ком") before a noun in the genitive stands as
  written in every case, as a ministry's does ("в Облкомприроды", "Горкомприроды"; cf.
  :func:`.normal.ministry_genitive`); after "ком" a plural genitive of three letters is the
  committee's object too ("Госкомцен": the state committee of prices, orgunits48).
- :func:`stump_as_written`: a ministry's stump in a masculine genitive stands as written as the
  subject of a neuter verb ("Минтруда разработало").

Read by :mod:`.org_prefixed_bodies`, :mod:`.org_case`, :mod:`.normal` and
:mod:`rufacts.components.entities`.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.morph import Morph, get_morph
from ..lexicons import load_list, load_rows
from .name_verb_forms import past_singular

FIRST_REST = 5  # letters of a noun right after the first part: "совет", "природа" (not "тов" of Ростов)
INNER_REST = 4  # letters of a noun after an inner stem: "путь", "сеть", "союз"
MAX_STEMS = 3  # "Глав" + "сев" + "мор" + "путь"
PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Trad", "Abbr", "Init"})
COMMITTEE = "ком"
MINISTRY = "Мин"
REGIONAL = ("обл", "гор", "край", "рай")  # a region's committee: областной, городской, краевой, районный


def _noun(morph: Morph, word: str) -> bool:
    """A dictionary common noun in the singular or a plural-only one (a body's name the dictionary
    knows counts: "потребсоюз"); a plural genitive alone is a surname's ending ("Мингазов",
    "Минников": мин + газов); an animate noun is a post's ("Облпрокурор"); a settlement's noun ends
    a place's name ("Райгород": ``lexicons/org_compound_place_ends.txt``)."""
    nouns = [p for p in morph.parse(word) if p.tag.POS == "NOUN" and not PROPER & p.tag.grammemes
             and p.tag.animacy != "anim" and ("sing" in p.tag.grammemes or "Pltm" in p.tag.grammemes)]
    places = load_list("org_compound_place_ends.txt")
    return morph.is_known(word) and bool(nouns) and not any(p.normal_form.replace("ё", "е") in places for p in nouns)


def _chain(morph: Morph, rest: str, depth: int) -> tuple[str, str] | None:
    """(inner stems, final noun) of ``rest``: stems of the list, then a noun of four letters or more."""
    if depth and len(rest) >= INNER_REST and _noun(morph, rest):
        return "", rest
    if depth >= MAX_STEMS:
        return None
    for stem in _longest_first("org_compound_stems.txt"):
        if rest.startswith(stem) and len(rest) > len(stem):
            if stem == COMMITTEE and depth < MAX_STEMS and _committee_object(morph, rest[len(stem):]):
                return stem, rest[len(stem):]  # "Госкомцен": a state committee of prices
            found = _chain(morph, rest[len(stem):], depth + 1)
            if found is not None:
                return stem + found[0], found[1]
    return None


def _committee_object(morph: Morph, rest: str) -> bool:
    """A committee's object in the plural genitive after "ком" ("цен" of "Госкомцен"): a common
    inanimate noun the dictionary knows, of three letters or more (no surname's ending: the "ком"
    must come first)."""
    return len(rest) >= 3 and morph.is_known(rest) and any(
        p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "plur" and p.tag.animacy != "anim"
        and not PROPER & p.tag.grammemes for p in morph.parse(rest))


@lru_cache(maxsize=8)
def _longest_first(name: str) -> tuple[str, ...]:
    return tuple(sorted(load_list(name), key=len, reverse=True))


@lru_cache(maxsize=4_096)
def stump_split(word: str) -> tuple[str, str] | None:
    """(stem part, final noun), lower case, of a one-word stump compound the dictionary does not
    know (or knows only as an organization's name); None else."""
    low = word.lower()
    if not low.isalpha():
        return None
    morph = get_morph()
    if morph.is_known(low) and not any("Orgn" in p.tag for p in morph.parse(low)):
        return None
    for prefix in (p for p in _longest_first("org_compound_prefixes.txt") if low.startswith(p)):
        rest = low[len(prefix):]
        if len(rest) >= FIRST_REST and _noun(morph, rest):
            return prefix, rest
        found = _chain(morph, rest, 0)
        if found is not None and found[0]:
            return prefix + found[0], found[1]
    return None


def stump_body(text: str) -> bool:
    """A capitalized word (not all capitals) that :func:`stump_split` cuts."""
    return text[:1].isupper() and not text.isupper() and stump_split(text) is not None


@lru_cache(maxsize=1)
def _common_parts() -> frozenset[str]:
    return frozenset(row[0] for row in load_rows("org_compound_prefixes.txt") if row[1:] == ("common",))


def common_opening(doc: Doc, k: int) -> bool:
    """Whether the stump word ``doc[k]`` opens a sentence or a line and its first part makes common
    nouns too (marked "common" in ``lexicons/org_compound_prefixes.txt``): its capital says nothing
    ("Госпереворот", "Горбольница", "Госконтракт" opening a sentence)."""
    split = stump_split(doc[k].text)
    if split is None or not any(split[0].startswith(p) for p in _common_parts()):
        return False
    return doc[k].is_sent_start or k > 0 and ("\n" in doc[k - 1].whitespace_ or "\n" in doc[k - 1].text)


def stump_nominative(morph: Morph, word: str, case: str) -> str | None:
    """The nominative (lower case) of the stump compound ``word`` read as ``case``: its final noun's,
    in the singular (or a plural-only noun's); None where it is no such compound or has no reading."""
    split = stump_split(word)
    if split is None or committee_genitive(morph, word):
        return None
    stems, noun = split
    for p in morph.parse(noun):
        if p.tag.POS == "NOUN" and p.tag.case == case and not PROPER & p.tag.grammemes \
                and ("sing" in p.tag.grammemes or "Pltm" in p.tag.grammemes):
            return stems + p.normal_form
    return None


def committee_genitive(morph: Morph, word: str) -> bool:
    """A stump compound whose stems end in a region's committee ("облком", "горком") before a feminine
    or neuter genitive noun ("Облкомприроды": областной комитет природы) stands as written; a
    federal coinage declines ("Роскомсвободы" -> Роскомсвобода)."""
    split = stump_split(word)
    if split is not None and split[0].endswith(COMMITTEE) and _committee_object(get_morph(), split[1]):
        return True  # "в Госкомцен": a plural genitive object ("цен") stands in every case
    if split is None or not split[0].endswith(tuple(r + COMMITTEE for r in REGIONAL)):
        return False
    return any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "sing"
               and p.tag.gender in ("femn", "neut") for p in morph.parse(split[1]))


def stump_as_written(morph: Morph, span: Span) -> str | None:
    """A ministry's short name whose last part is a masculine genitive ("Минтруда", "Минспорта",
    which :func:`.normal.ministry_genitive` declines) stands as written where a neuter past verb
    right after it agrees with it: "Минтруда разработало" is the indeclinable stump the press writes
    (as "Минприроды"); "Минтруд разработал" declines. None else."""
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc) or not past_singular(doc[span.end], ("neut",)):
        return None
    word = span[0].text
    if not word.startswith(MINISTRY) or not word[len(MINISTRY):].islower() or len(word) - len(MINISTRY) < FIRST_REST:
        return None
    rest = word[len(MINISTRY):]
    return word if any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "sing"
                       and p.tag.gender == "masc" for p in morph.parse(rest)) else None


def person_rest(doc: Doc, holding: list[Span], k: int) -> list[Span] | None:
    """What stays of the tagger's one person's span of several words that holds the stump body at
    ``k`` at an end: the words after it, a person still where they begin with a capital ("[Облизбиркома
    Иван Петров]" -> Иван Петров), none before it ("[Отчёт Облпотребсоюза]": a noun opening the
    sentence); None where ``holding`` is no such span (the body inside a longer name stays in it)."""
    if len(holding) != 1 or holding[0].label_ != "PER" or len(holding[0]) < 2:
        return None
    span = holding[0]
    if k == span.end - 1:
        return []
    if k == span.start and doc[k + 1].is_title:
        return [Span(doc, k + 1, span.end, label="PER")]
    return None
