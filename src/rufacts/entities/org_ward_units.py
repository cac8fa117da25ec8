"""A hospital's ward named by its medical field in lower-case genitive words is an organization, as a
university's unit named so is ("кафедра уголовного процесса": :mod:`rufacts.entities.bodies`):
"отделения реанимации и интенсивной терапии новорождённых", "отделение медицинской профилактики",
"в отделении кардиологии", "заведующий отделением неотложной хирургии".

The noun "отделение" in lower case and the singular, that no span covers, then up to six lower-case
genitive words (adjectives and nouns, "и" between two of them; the tagger's or the analyzer's genitive)
that end in a noun or a substantive after the field ("новорождённых"), one noun of them a
field of ``lexicons/org_ward_fields.txt`` ("реанимация", "профилактика", "кардиология"): the ward's
name runs to the last of them ("... терапии новорождённых": whom the field serves). Not a ward with no
field ("отделение банка", "отделение полиции", "отделения связи"), nor an adjective's ward alone
("хирургическое отделение": any hospital has one). Candidates by the doc's lemma index. Read by
:func:`rufacts.entities.org_subunits.field_adjective_units`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from ..grammars.morph import get_morph
from ..lexicons import load_list
from .geo import lemma_positions

WARDS = frozenset({"отделение"})
MAX_WORDS = 6  # "реанимации и интенсивной терапии новорождённых"


def _genitive(token: Token) -> bool:
    """A lower-case noun or adjective in the genitive, to the tagger or the analyzer ("реанимации",
    which the tagger may read as a locative; a hyphenated one: "челюстно-лицевой")."""
    return token.text.replace("-", "").isalpha() and token.is_lower and token.pos_ in ("NOUN", "ADJ") and (
        "Gen" in token.morph.get("Case") or any(p.tag.case == "gent" for p in get_morph().parse(token.lower_)))


def _ward_end(doc: Doc, i: int, taken: set[int]) -> int | None:
    """End of the field's genitive words after the ward noun at ``i``, or None."""
    fields = load_list("org_ward_fields.txt")
    j, end, field = i + 1, None, False
    while j < len(doc) and j - i <= MAX_WORDS and j not in taken:
        if doc[j].lower_ == "и" and end == j and j + 1 < len(doc) and _genitive(doc[j + 1]):
            j += 1
            continue
        if not _genitive(doc[j]):
            break
        if doc[j].pos_ == "NOUN":
            end = j + 1
            field = field or folded_lemma(doc[j]) in fields
        elif field and end == j and not (j + 1 < len(doc) and _genitive(doc[j + 1])):
            end = j + 1  # a substantive closing the field's words: "терапии" + "новорождённых"
        j += 1
    return end if field else None


def ward_units(doc: Doc, spans: list[Span]) -> list[Span]:
    """New ORG spans: "отделение" and its medical field's genitive words."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for i in lemma_positions(doc, WARDS.__contains__):  # one look-up, no test of every lemma
        token = doc[i]
        if i in taken or token.pos_ != "NOUN" or not token.is_lower or "Plur" in token.morph.get("Number"):
            continue
        end = _ward_end(doc, i, taken)
        if end is not None:
            out.append(Span(doc, i, end, label="ORG"))
            taken.update(range(i, end))
    return out
