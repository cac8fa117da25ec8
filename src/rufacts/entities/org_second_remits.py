"""A second "по" after an international body's remit is the sentence's, not the name's: "Отчёт
Управления Верховного комиссара ООН по правам человека" + "по Газе", "Доклад Комиссии ООН по положению
женщин" + "по Афганистану" (the report's subject). An international owner's body (``lexicons/
owned_body_owners.txt``: ООН, ЮНЕСКО, ЕС...) has one remit and no territory of a branch; the complement
rules grow a name over every "по" phrase, so the span is cut before a "по" that follows a remit and
leads to a place. A Russian body's branch keeps its territory after its remit ("Департамент по
недропользованию по Уральскому федеральному округу": no international owner).

Read by :mod:`rufacts.entities.span_passes` among the last passes."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lexicons import load_list


def second_remit_cuts(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an international body's name cut before a second "по" that names a place."""
    owners = load_list("owned_body_owners.txt")
    places = {s.start for s in spans if s.label_ == "LOC"}
    out, changed = [], False
    for span in spans:
        if span.label_ == "ORG" and len(span) >= 5:
            remits = [t.i for t in span if t.lower_ == "по"]
            owner = next((t.i for t in span if t.is_upper and t.lower_ in owners), None)
            if len(remits) >= 2 and owner is not None and owner < remits[0] and remits[0] + 1 not in places:
                cut = next((i for i in remits[1:] if i + 1 in places), None)
                if cut is not None:
                    span, changed = Span(doc, span.start, cut, label="ORG"), True
        out.append(span)
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans
