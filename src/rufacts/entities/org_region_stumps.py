"""A region's ministry or department named by its one-word short name and the region in the genitive:
"В Минсельхозпроде Удмуртии сообщили", "По данным Депздрава Югры", "Депобразования Югры" name the
bodies "Минсельхозпрод Удмуртии", "Депздрав Югры", "Депобразования Югры" (docs/gold-conventions.md:
short names as written, the head in the nominative). The tagger reads such a pair as a place (the
region's name) or a person (an unknown capitalized word before a genitive), or leaves it out.

The short name is a capitalized word made of a lead and stems of
``lexicons/org_region_stumps.txt`` ("Мин" + "сельхоз" + "прод", "Деп" + "здрав"), or of a lead and
a dictionary noun after its stems ("Деп" + "образования"), in any case ("Депздрава"); the region right after it is one to three
capitalized words, the first of which reads as a genitive (or does not decline: "Марий Эл"), and none
a person's name, with the lower-case noun of its kind after them ("Свердловской области"). A span of the tagger over the pair (or over the short name) becomes one organization
over both, the region's place inside it kept; a longer span around them is left. Read by :mod:`rufacts.components.entities`.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.morph import get_morph
from ..lexicons import load_rows
from .doc_words import word_positions
from .spans import over_found

MAX_REGION = 3  # "Ханты-Мансийского автономного округа" is written with its own noun: 1-3 capitalized words
NOUN_REST = 5   # letters of the dictionary noun closing the word: "образования", "имущества"
PERSONAL = frozenset({"Name", "Surn", "Patr"})


@lru_cache(maxsize=1)
def _parts() -> tuple[tuple[str, ...], tuple[str, ...]]:
    rows = [(r[0].strip().lower(), r[1].strip() if len(r) > 1 else "") for r in load_rows("org_region_stumps.txt")
            if r and r[0].strip() and not r[0].startswith("#")]
    leads = tuple(sorted((p for p, role in rows if role == "lead"), key=len, reverse=True))
    stems = tuple(sorted((p for p, role in rows if role == "stem"), key=len, reverse=True))
    return leads, stems


@lru_cache(maxsize=1)
def _region_nouns() -> frozenset[str]:
    return frozenset(r[0].strip().lower() for r in load_rows("org_region_stumps.txt") if len(r) > 1 and r[1].strip() == "region")


def _closes(rest: str, stems: tuple[str, ...], depth: int) -> bool:
    """Whether ``rest`` is stems, or stems and a dictionary noun."""
    if not rest:
        return depth > 0
    if len(rest) >= NOUN_REST and any(p.tag.POS == "NOUN" for p in get_morph().parse(rest)) \
            and get_morph().is_known(rest):
        return True
    return any(rest.startswith(s) and _closes(rest[len(s):], stems, depth + 1) for s in stems)


ENDINGS = ("ом", "е", "а", "у")  # a masculine short name's case endings after its stems: "Депздраве", "Депздрава"


@lru_cache(maxsize=2_048)
def stem_nominative(text: str) -> str | None:
    """The nominative of a short name made of a lead and stems alone with a case ending ("Депздраве" ->
    Депздрав, "Минсельхозпродом" -> Минсельхозпрод): the ending dropped; the word itself where it has
    none; None for any other word (one closed by a dictionary noun declines as that noun does)."""
    if len(text) < 6 or not text[:1].isupper() or text.isupper() or not text.isalpha():
        return None
    low = text.lower()
    leads, stems = _parts()
    for lead in (lead for lead in leads if low.startswith(lead)):
        if _stems_only(low[len(lead):], stems):
            return text
        for ending in ENDINGS:
            if low.endswith(ending) and _stems_only(low[len(lead):-len(ending)], stems):
                return text[:-len(ending)]
    return None


def _stems_only(rest: str, stems: tuple[str, ...]) -> bool:
    return bool(rest) and (rest in stems or any(rest.startswith(s) and _stems_only(rest[len(s):], stems) for s in stems))


@lru_cache(maxsize=2_048)
def region_stump(text: str) -> bool:
    """A capitalized one-word short name of a ministry or a department (see the module)."""
    if len(text) < 6 or not text[:1].isupper() or text.isupper() or not text.isalpha():
        return False
    low = text.lower()
    leads, stems = _parts()
    for lead in leads:
        if low.startswith(lead) and _closes(low[len(lead):], stems, 0):
            return True
    return stem_nominative(text) is not None  # the word's case ending after a stem: "Минсельхозпроде", "Депздрава"


def _personal(word: str) -> bool:
    """A person's name part to the dictionary and no place ("Иван", "Петров"; not "Марий")."""
    parses = get_morph().parse(word)
    return any(PERSONAL & p.tag.grammemes for p in parses if p.tag.POS == "NOUN") and not any(
        "Geox" in p.tag.grammemes for p in parses)


def _region_end(doc: Doc, k: int) -> int | None:
    """End of the region's capitalized words from ``k`` (see the module), or None: the first reads as a
    genitive; the words after it stop at a person's name ("Минстроя Удмуртии Иван Петров")."""
    if k >= len(doc) or not doc[k].is_alpha or not doc[k].text[:1].isupper() or doc[k].is_upper \
            or _personal(doc[k].text) or not any(p.tag.case == "gent" for p in get_morph().parse(doc[k].text)):
        return None
    end = k + 1
    while end < len(doc) and end - k < MAX_REGION and doc[end].is_alpha and doc[end].text[:1].isupper() \
            and not doc[end].is_upper and not _personal(doc[end].text):
        end += 1
    nouns = _region_nouns()
    while end < len(doc) and end - k < MAX_REGION + 2 and doc[end].is_lower and doc[end].lemma_.lower() in nouns:
        end += 1  # "Свердловской области", "Ханты-Мансийского автономного округа"
    return end


def region_stumps(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each region's short-named ministry or department an organization (see the module)."""
    found = []
    for k in word_positions(doc, region_stump, capital=True):
        end = _region_end(doc, k + 1)
        if end is not None:
            found.append((k, end))
    if not found:
        return spans
    # inside a longer name it gives way; the region itself stays a place
    return over_found(doc, spans, [(start, start, end) for start, end in found], same_stays=True,
                      stays=lambda s, start: s.label_ == "LOC" and s.start > start)


def region_stump_name(span: Span) -> str | None:
    """The name of a region's short-named body whose short name is a lead and stems in an oblique case
    ("В Депздраве Югры" -> Депздрав Югры; the region as written); None for any other span. Read by
    :func:`rufacts.components.entities.group_named`."""
    if span.label_ != "ORG" or len(span) < 2 or not region_stump(span[0].text):
        return None
    head = stem_nominative(span[0].text)
    if head is None or head == span[0].text or _region_end(span.doc, span.start + 1) != span.end:
        return None
    return " ".join([head] + [t.text for t in span[1:]])
