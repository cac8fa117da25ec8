"""A party's faction before the party's name in the genitive names the party (docs/gold-conventions.md:
the body's own name, without the descriptor): "Председатель фракции Демократической партии Кореи" ->
"Демократическая партия Кореи", as "фракции КПРФ" -> "КПРФ". The descriptor rules make one span of
the faction's noun (``lexicons/org_faction_descriptors.txt``) and the party ("фракции
Социал-демократической партии Финляндии"); the span starts at the party's first word instead. A
quoted name after the noun is the faction's own ("фракции «Новая волна»") and an acronym is left to
the descriptor's reading; both stay.

Read by :mod:`rufacts.entities.span_passes` among the last passes."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..lexicons import load_list
from .doc_words import morph_values


def faction_parties(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a faction's noun cut from the party's name in the genitive after it."""
    nouns = load_list("org_faction_descriptors.txt")
    out, changed = [], False
    for span in spans:
        if span.label_ == "ORG" and len(span) >= 3 and span[0].is_lower and folded_lemma(span[0]) in nouns:
            first = span[1]
            if first.text.replace("-", "").isalpha() and first.text[:1].isupper() and not first.is_upper \
                    and "Gen" in morph_values(first, "Case") \
                    and not any(s.label_ == "ORG" and s.start == span.start + 1 and s.end >= span.end for s in spans):
                span, changed = Span(doc, span.start + 1, span.end, label="ORG"), True
        out.append(span)
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans
