"""A unit of a university or an institute named by its field in lower-case genitive words, where the
tagger misread the case of those words: "кафедре теоретической механики" (the adjective read as a
locative), "кафедру технологии переработки молока" (the first noun read as a nominative plural),
"в лаборатории солнечно-земной физики" (a hyphenated adjective), "отделу теоретической физики".

:mod:`rufacts.entities.bodies` names such units by a "+" head of ``lexicons/body_heads.txt`` and up
to three words the tagger reads as genitives; here a unit noun of
``lexicons/org_field_genitive_units.txt`` (in the singular: "кафедра", "факультет", "лаборатория",
"отдел"), no span over it, takes up to four
lower-case words after it that the analyzer can read as genitives (any reading: the tagger's case
says nothing here), adjectives agreeing with the noun after them, ending in a noun; "и" joins two
genitive nouns ("кафедру гидравлики и водоснабжения"). The first noun of the field is no owner's common
noun ("лаборатории университета", "кафедры вуза": :func:`rufacts.entities.org_subunits.without_owner_only_units`)
nor a post ("кафедры ректора"). Read by :func:`rufacts.entities.org_subunits.field_adjective_units`.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from ..grammars.morph import get_morph
from ..lexicons import load_list
from .doc_words import morph_values
from .geo import folded_lemma_positions
from .org_lead_nouns import body_nouns, owner_after

MAX_WORDS = 4


@lru_cache(maxsize=1)
def _units() -> frozenset[str]:
    return frozenset(e.split()[0] for e in load_list("org_field_genitive_units.txt"))


@lru_cache(maxsize=1)
def _common_fields() -> dict[str, frozenset[str]]:
    """The "!" words of a unit noun in ``lexicons/org_field_genitive_units.txt``: a field that alone makes
    the unit a common noun of a place, no body ("отделение связи": a post office)."""
    return {e.split()[0]: frozenset(w[1:] for w in e.split()[1:] if w.startswith("!"))
            for e in load_list("org_field_genitive_units.txt")}


def _word(token: Token) -> bool:
    return token.is_lower and token.text.replace("-", "").isalpha()


def _genitives(token: Token) -> set[str]:
    """The parts of speech ("NOUN", "ADJF") the analyzer reads ``token`` as in the singular or plural genitive,
    with the gender and number of each adjective reading."""
    out = set()
    for p in get_morph().parse(token.lower_):
        if p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF"):
            out.add((p.tag.POS, p.tag.gender, p.tag.number))
    return out


def _agrees(adjective: set, noun: set) -> bool:
    """Some adjective reading has the gender and number of some noun reading (a plural takes any gender)."""
    return any(a[2] == n[2] and (n[2] == "plur" or a[1] == n[1]) for a in adjective if a[0] == "ADJF"
               for n in noun if n[0] == "NOUN")


def _part(token: Token) -> str:
    """"NOUN" or "ADJF": the tagger's part of speech; a lower-case word it read as a proper name
    ("эволюционной геномики": a rare noun) by the analyzer's genitive readings (orgunits47)."""
    if token.pos_ == "PROPN":
        return "NOUN" if any(x[0] == "NOUN" for x in _genitives(token)) else "ADJF"
    return "NOUN" if token.pos_ == "NOUN" else "ADJF"


def genitive_end(doc: Doc, j: int, taken: set[int]) -> int | None:
    """End of the unit's genitive field from ``j``, or None: "и" counts as no word of it, and an
    adjective for people may close it ("отделения реанимации и интенсивной терапии новорождённых")."""
    readings, k = [], j
    while k < len(doc) and sum(r[0] != "AND" for r in readings) < MAX_WORDS and k not in taken:
        token = doc[k]
        if token.lower_ == "и" and readings and readings[-1][0] == "NOUN" and k + 1 < len(doc):
            readings.append(("AND", None))
        elif _word(token) and token.pos_ in ("NOUN", "ADJ", "PROPN") and _genitives(token):
            readings.append((_part(token), _genitives(token)))
        else:
            break
        k += 1
    while readings and readings[-1][0] != "NOUN":
        if readings[-1][0] == "ADJF" and folded_lemma(doc[j + len(readings) - 1]) in load_list("substantive_adjectives.txt"):
            readings[-1] = ("PEOPLE", readings[-1][1])  # "интенсивной терапии" + "новорождённых": people, a noun
            break
        readings.pop()
    if not readings:
        return None
    for n, (pos, read) in enumerate(readings):  # an adjective agrees with the noun after it
        if pos == "ADJF":
            noun = next((r for p, r in readings[n + 1:] if p in ("NOUN", "PEOPLE")), None)
            if noun is None or not _agrees(read, noun) or not any(x[0] == "NOUN" for x in noun):
                return None
        elif pos == "NOUN" and not any(x[0] == "NOUN" for x in read):
            return None
    return j + len(readings)


def _coordinated_field(doc: Doc, k: int, end: int, owners: frozenset[str]) -> bool:
    """The noun ``doc[k]`` is the first of two fields coordinated with "и", the second no owner's noun
    ("цех сетей и подстанций": "сеть" names a chain of shops as well, here a field)."""
    return k + 2 < end and doc[k + 1].lower_ == "и" and doc[k + 2].pos_ == "NOUN" \
        and folded_lemma(doc[k + 2]) not in owners


def field_genitive_units(doc: Doc, spans: list[Span]) -> list[Span]:
    """New ORG spans: a unit noun with its genitive field the tagger misread (see the module)."""
    units = _units()
    taken = {i for s in spans for i in range(s.start, s.end)}
    owners = body_nouns() | load_list("role_words.txt")
    out = []
    for i in folded_lemma_positions(doc, units):
        token = doc[i]
        if i in taken or token.pos_ != "NOUN" or not token.is_lower or i + 1 >= len(doc):
            continue
        if "Plur" in morph_values(token, "Number") and not any(
                p.tag.number == "sing" and p.normal_form == folded_lemma(token) for p in get_morph().parse(token.lower_)):
            continue
        end = genitive_end(doc, i + 1, taken)
        if end is None:
            continue
        if end - 1 > i + 1 and owner_after(doc, i + 1, end - 1):
            end -= 1  # "цехе сетей и подстанций" + "комбината": the owner stays out (orgunits47)
        first = next(k for k in range(i + 1, end) if doc[k].pos_ in ("NOUN", "PROPN"))
        if folded_lemma(doc[first]) in owners and not _coordinated_field(doc, first, end, owners):
            continue
        if end == first + 1 and folded_lemma(doc[first]) in _common_fields().get(folded_lemma(token), ()):
            continue  # "отделение связи"
        out.append(Span(doc, i, end, label="ORG"))
        taken.update(range(i, end))
    return out
