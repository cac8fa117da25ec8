"""A sector of an academic institute, a museum or a university named by its field of scholarship,
lower case as the press writes it: "в секторе археологии", "сотрудник сектора новой истории",
"заведующий сектором этнографии", "Сектор социальной философии провёл круглый стол".

"Сектор" is left out of the units named by their field's genitive (``lexicons/org_field_genitive_units.txt``:
"сектор экономики" is a part of the economy as often); a field of scholarship
(``lexicons/org_sector_fields.txt``: археология, этнография, философия) says it is a unit, an
organization (docs/gold-conventions.md: a unit named by its type and field, lower case as written).
The noun "сектор" in the singular, lower case or opening a sentence, then up to three lower-case
adjectives in the genitive and the field's noun in the genitive ("древней истории", "античной
археологии"), and a second field after "и" ("истории и археологии"), and the field's own genitive
object ("социологии культуры", orgunits47). The owner after it stays out
("сектор фольклора" + "института"). Not where another span holds a word of it. Read by
:mod:`rufacts.components.entities` with the other units.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from ..lexicons import load_list
from .doc_words import morph_values
from .geo import lemma_positions
from .institutions import opens_sentence

MAX_ADJECTIVES = 3  # "отечественной средневековой истории"
HEAD = frozenset({"сектор"})


def _genitive(token: Token, pos: str) -> bool:
    """A lower-case genitive to the tagger, or to the dictionary where the form is one of several
    cases ("археологии": the tagger may read a dative after "в секторе")."""
    if not (token.is_lower and token.is_alpha and token.pos_ == pos):
        return False
    if "Gen" in morph_values(token, "Case"):
        return True
    from ..grammars.morph import get_morph

    tag = "NOUN" if pos == "NOUN" else "ADJF"
    return any(p.tag.POS == tag and p.tag.case == "gent" for p in get_morph().parse(token.lower_))


def _field_end(doc: Doc, k: int) -> int | None:
    """End of genitive adjectives and a field's genitive noun from ``doc[k]``; None where none."""
    fields = load_list("org_sector_fields.txt")
    j = k
    while j < len(doc) and j - k < MAX_ADJECTIVES and _genitive(doc[j], "ADJ"):
        j += 1
    if j < len(doc) and _genitive(doc[j], "NOUN") and folded_lemma(doc[j]) in fields:
        return j + 1
    return None


def _object_end(doc: Doc, end: int, taken: set[int]) -> int:
    """``end`` grown over the field's own lower-case genitive object ("социологии" + "культуры",
    "истории" + "отечественной науки": :func:`.org_field_genitives.genitive_end`), not an owner's
    noun ("сектора археологии" + "института", :func:`.org_lead_nouns.body_nouns`) nor a post's."""
    from .org_field_genitives import genitive_end
    from .org_lead_nouns import body_nouns, owner_after

    stop = genitive_end(doc, end, taken) if end < len(doc) else None
    if stop is None:
        return end
    while stop - 1 > end and owner_after(doc, end, stop - 1):
        stop -= 1
    owners = body_nouns() | load_list("role_words.txt")
    if any(t.pos_ in ("NOUN", "PROPN") and folded_lemma(t) in owners for t in doc[end:stop]):
        return end
    return stop


def academic_sectors(doc: Doc, spans: list[Span]) -> list[Span]:
    """New ORG spans: "сектор" and its field of scholarship."""
    hits = lemma_positions(doc, HEAD.__contains__)
    if not hits:
        return []
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for i in hits:
        token = doc[i]
        if i in taken or token.pos_ != "NOUN" or "Plur" in morph_values(token, "Number") \
                or not (token.is_lower or token.is_title and opens_sentence(doc, i)):
            continue
        end = _field_end(doc, i + 1) if i + 1 < len(doc) else None
        if end is None:
            continue
        if end + 1 < len(doc) and doc[end].lower_ == "и":
            end = _field_end(doc, end + 1) or end  # "сектор истории" + "и археологии"
        end = _object_end(doc, end, taken)  # "сектор социологии" + "культуры" (orgunits47)
        if any(k in taken for k in range(i, end)):
            continue
        out.append(Span(doc, i, end, label="ORG"))
        taken.update(range(i, end))
    return out
