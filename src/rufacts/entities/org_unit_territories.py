"""A unit named by its field goes on over the territory it serves after "по": "отдел надзорной
деятельности и профилактической работы по Сургутскому району", "отдел опеки и попечительства по
Заельцовскому району", "отдел экономической безопасности и противодействия коррупции по
Нижневартовску".

The rules of a unit's field end its name at the field's first genitive chain and leave the second
field after "и" and the territory out (docs/gold-conventions.md: a unit keeps the district it serves,
"в следственный отдел по Ленинскому району"). An ORG span whose head is a lower-case unit's noun
(``lexicons/remit_body_heads.txt``: отдел, управление, комитет, ...), then optionally "и" and
lower-case genitive words that end in a noun (the tagger's genitive or the analyzer's:
"профилактической" read as an instrumental), then "по" and a territory: a place's span, or an
adjective and a territory's noun (району, округу; :data:`.bodies.TERRITORIES`) in the dative, with a
place's span right after it where one stands ("по городу Кунгуру"), is grown to the territory's end.
Cheap: only the ORG spans right before "по" or "и". Read by :mod:`.span_passes` among the last passes.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..lexicons import load_list
from .bodies import TERRITORIES, dative_reading
from .doc_words import morph_values

MAX_FIELD = 4  # "и профилактической работы", "и противодействия коррупции"


def _field_end(doc: Doc, i: int) -> int:
    """End of "и" and a second field's lower-case genitive words from ``i``, or ``i`` where none."""
    if i >= len(doc) or doc[i].lower_ != "и":
        return i
    j, end = i + 1, i
    while j < len(doc) and j - i <= MAX_FIELD and doc[j].is_lower and doc[j].text.replace("-", "").isalpha() \
            and doc[j].pos_ in ("NOUN", "ADJ") and ("Gen" in morph_values(doc[j], "Case") or dative_reading(doc[j], "Gen")):
        j += 1
        if doc[j - 1].pos_ == "NOUN":
            end = j
    return end


def territory_end(doc: Doc, i: int, places: dict[int, Span]) -> int | None:
    """End of "по" and a territory from ``i``, or None."""
    if i + 1 >= len(doc) or doc[i].lower_ != "по":
        return None
    place = places.get(i + 1)
    if place is not None:
        return place.end
    j = i + 1
    while j < len(doc) and j - i <= 3 and doc[j].pos_ == "ADJ" and "Dat" in morph_values(doc[j], "Case"):
        j += 1
    if j >= len(doc) or folded_lemma(doc[j]) not in TERRITORIES or "Dat" not in morph_values(doc[j], "Case") \
            or not doc[j].is_lower:
        return None
    if j == i + 1:  # "по городу Кунгуру": the name after the territory's noun
        after = places.get(j + 1)
        return after.end if after is not None else None
    return j + 1


def unit_territories(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a unit's name grown over a second field and the territory after "по"."""
    units = load_list("remit_body_heads.txt")
    places = {s.start: s for s in spans if s.label_ in ("LOC", "GPE")}
    starts = {s.start for s in spans if s.label_ == "ORG"}
    out, changed = [], False
    for s in spans:
        e = s.end
        if s.label_ == "ORG" and e < len(doc) and doc[e].lower_ in ("и", "по") and s[0].is_lower \
                and s[0].pos_ == "NOUN" and folded_lemma(s[0]) in units and len(s) >= 2:
            field = _field_end(doc, e)
            end = territory_end(doc, field, places)
            if end is not None and not any(s.start < k < end for k in starts if k > e):
                s = Span(doc, s.start, end, label="ORG")
                changed = True
        out.append(s)
    return out if changed else spans
