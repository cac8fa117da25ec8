"""A body that opens a sentence with its "по" remit, which the tagger missed: "Центр по подготовке
спасателей принял первых курсантов", "Сеть по борьбе с финансовыми преступлениями опубликовала ...",
"Межправительственная научно-политическая платформа по биоразнообразию ... опубликовала оценку".

Inside a sentence a capital on a body's noun names the body (:mod:`.org_capital_heads`), and a
lower-case body of the remit heads (``lexicons/remit_body_heads.txt``: комитет, комиссия) is read by
:mod:`.org_remit_bodies` at a sentence's start too; at the start the capital of any other body's noun
(:func:`.org_lead_nouns.body_nouns` in the singular: центр, союз, фонд, ассоциация, сеть) says
nothing, but its "по" remit does (so too for the nouns of ``lexicons/org_remit_name_heads.tsv``, no
body nouns, capitalized anywhere: "Коалиция по борьбе с торговлей людьми"; a meeting's noun only with
the remit's scope in a part of the world: "Совещания по безопасности и сотрудничеству в Европе"): a body named by what it does is a body whatever its capital
(docs/gold-conventions.md: a descriptive name keeps its "по" phrase; a unit by its remit is an
organization). The remit is read as :func:`.bodies.grow_complements` reads it (datives, their
genitives, "и", "с"/"за" and an instrumental; not "по словам", "по данным"), with at least one noun;
the agreeing adjectives before the noun open it ("Межправительственная научно-политическая
платформа"), the first word of the sentence being the name's first. Not where a span holds a word
of it, nor where a name follows the remit (the phrase is a descriptor: "Агентство по недвижимости
«...»"). Read by :mod:`rufacts.components.entities` with the remit bodies.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..lexicons import load_list, load_rows
from .bodies import adjectives_before, grow_complements, longest_by_start
from .doc_words import lower_positions, morph_values
from .institutions import opens_sentence
from .org_lead_nouns import body_nouns
from .org_remit_bodies import _named_after
from .org_remit_frames import _scope_end


@lru_cache(maxsize=1)
def _more_heads() -> dict[str, str]:
    return {row[0]: row[1] for row in load_rows("org_remit_name_heads.tsv")}


def sentence_remits(doc: Doc, spans: list[Span]) -> list[Span]:
    """New ORG spans: a body's noun with its "по" remit opening a sentence."""
    hits = [p - 1 for p in lower_positions(doc, ("по",)) if 0 < p < len(doc) - 1]
    if not hits:
        return []
    heads, own, more = body_nouns(), load_list("remit_body_heads.txt"), _more_heads()
    taken = {i for s in spans for i in range(s.start, s.end)}
    entities = longest_by_start(spans)
    out: list[Span] = []
    for i in hits:
        token = doc[i]
        lemma = folded_lemma(token)
        if i in taken or token.pos_ != "NOUN" or "Plur" in morph_values(token, "Number") \
                or not token.text.replace("-", "").isalpha() or lemma not in heads and lemma not in more:
            continue
        if token.is_lower:
            start = adjectives_before(doc, i, taken)
        elif token.is_title and lemma not in own:
            start = i
        else:
            continue
        if start == i and token.is_lower or not doc[start].is_title \
                or not opens_sentence(doc, start) and not (lemma in more and start == i):
            continue  # (inside a sentence, a capitalized body noun is org_capital_heads')
        end, _ = grow_complements(doc, i + 1, entities)
        if end <= i + 2 or not any(t.pos_ == "NOUN" for t in doc[i + 2:end]) or _named_after(doc, end) \
                or any(k in taken for k in range(start, end)):
            continue
        if more.get(lemma) == "scope":
            scope = _scope_end(doc, end) if end < len(doc) else end
            if scope == end:
                continue
            end = scope
        out.append(Span(doc, start, end, label="ORG"))
        taken.update(range(start, end))
    return out
