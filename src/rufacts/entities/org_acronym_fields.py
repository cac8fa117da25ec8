"""An acronym of a research or design institution's kind takes its field after it (orgextent45).

"НИИ стали", "в ЦНИИ робототехники и технической кибернетики", "Таганрогскому ОКБ гидроавиации":
the kind's acronym (``lexicons/org_kind_acronym_fields.txt``) names the body only with its field,
the lower-case genitive words after it, which the tagger leaves out (the span stops at the acronym)
or with which it drops the body altogether. Here the span ending at the acronym (or the bare
acronym, no span over it) takes up to four lower-case words after it that the analyzer reads as
genitives, adjectives agreeing with the noun after them, "и" between two nouns
(:func:`rufacts.entities.org_field_genitives.genitive_end`). The tagger's part of speech counts
(the words are a field only as nouns and adjectives), except for one word closing the clause right
after the acronym: "изготовит НИИ стали." ("стали" a verb to the tagger). An owner's common noun
("ОКБ компании", "НИИ университета") is no field.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..lexicons import load_list
from .org_field_genitives import _genitives, genitive_end
from .org_lead_nouns import body_nouns
from .spans import positions, unique_spans


@lru_cache(maxsize=1)
def _kinds() -> frozenset[str]:
    return frozenset(e.upper().replace("ГОС", "Гос") for e in load_list("org_kind_acronym_fields.txt"))


def _field_end(doc: Doc, j: int, taken: set[int]) -> int | None:
    """End of the field's genitive words from ``j`` (see the module), or None."""
    if j >= len(doc) or not doc[j].is_lower:
        return None
    end = genitive_end(doc, j, taken)
    if end is None and doc[j].pos_ not in ("NOUN", "ADJ") and doc[j].text.isalpha() \
            and (j + 1 == len(doc) or doc[j + 1].is_punct) \
            and any(pos == "NOUN" for pos, _, _ in _genitives(doc[j])):
        end = j + 1
    if end is None:
        return None
    first_noun = next((t for t in doc[j:end] if t.pos_ == "NOUN"), doc[j])
    if folded_lemma(first_noun) in body_nouns():
        return None
    return end


def acronym_fields(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with the kind's acronym taking its genitive field (see the module)."""
    found = positions(doc, _kinds())
    if not found:
        return spans
    out = list(spans)
    for i in found:
        ending = [s for s in out if s.end == i + 1 and s.label_ == "ORG"]
        covering = [s for s in out if s.start <= i < s.end]
        if covering and not ending or len(ending) > 1:
            continue
        taken = {k for s in out for k in range(s.start, s.end) if s.end > i + 1}
        end = _field_end(doc, i + 1, taken)
        if end is None:
            continue
        start = ending[0].start if ending else i
        new = Span(doc, start, end, label="ORG")
        out = [s for s in out if not (ending and s is ending[0])] + [new]
    out.sort(key=lambda s: (s.start, -s.end))
    return unique_spans(out)
