"""A state body's noun before a company's legal form governs the company, it does not describe it.

"По решению суда ЗАО «Сибнаукатех» обязано ...", "по иску арбитражного суда ООО «Стройлидер»",
"предписание прокуратуры АО «Теплосеть»": :func:`.orgs.descriptor_orgs` grows an organization back
over a descriptor before it ("партии «Яблоко»"), but a court, a ministry, an assembly or a party
(the categories of ``lexicons/org_categories.tsv`` below) is no kind of company: a name that opens
with a legal form (``lexicons/legal_forms.txt``, "ЗАО", "ООО") is the company's own, and the noun
before it is the body that rules on it, not part of its name (docs/gold-conventions.md: the name
stops at a second body). Such a span starts again at its legal form. Wired in
:mod:`.span_passes` (BEFORE_BODIES), right after the descriptors have grown.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lexicons import load_rows
from ..lexicons.legal import legal_run

# categories of bodies that govern, judge or represent, never a company's kind
GOVERNING = frozenset({"court", "legislature", "ministry_or_agency", "regional_body", "party", "international"})
MAX_LEAD = 4  # "Девятого арбитражного апелляционного суда"


@lru_cache(maxsize=1)
def _governing_nouns() -> frozenset[str]:
    return frozenset(word for word, category, *_ in load_rows("org_categories.tsv") if category in GOVERNING)


def _legal_start(span: Span) -> int | None:
    """Index in ``span`` of a legal form right after a lower-case governing noun and the adjectives
    before it; None where there is none."""
    nouns = _governing_nouns()
    for k, token in enumerate(span[:MAX_LEAD]):
        if token.pos_ == "ADJ":
            continue  # "арбитражного", "Девятого арбитражного апелляционного"
        if (token.is_lower or token.is_sent_start) and token.pos_ == "NOUN" and token.lemma_.lower() in nouns \
                and k + 1 < len(span) and legal_run([t.text for t in span[k + 1:]]):
            return k + 1
        return None
    return None


def governed_companies(doc: Doc, spans: list[Span]) -> list[Span]:
    """ORG spans "<governing noun> <legal form> ..." cut to start at the legal form."""
    out, changed = [], False
    for span in spans:
        k = _legal_start(span) if span.label_ == "ORG" and len(span) > 2 else None
        if k:
            span, changed = Span(doc, span.start + k, span.end, label="ORG"), True
        out.append(span)
    if not changed:
        return spans
    seen, kept = set(), []
    for s in sorted(out, key=lambda s: (s.start, -s.end)):
        if (s.start, s.end, s.label_) not in seen:
            seen.add((s.start, s.end, s.label_))
            kept.append(s)
    return kept
