"""A unit's name cut before its owner's genitive: "[комитета по вопросам местного самоуправления]
Мурманской областной думы", "[судебная коллегия по административным делам] Верховного суда",
"[Берёзовским межрайонным следственным отделом] окружного управления СК".

The rules of a body's remit and the tagger run a unit's name on over the genitive of the body it
belongs to; docs/gold-conventions.md ends a descriptive name at a second body. An ORG span whose head
(its first noun) is a unit's noun of ``lexicons/remit_body_heads.txt`` (комитет, комиссия, отдел,
коллегия, дирекция), then after the head a genitive group of adjectives and a body's noun of
``lexicons/org_unit_owner_bodies.tsv`` (дума, суд, парламент; собрание and совет after a capitalized
adjective; управление with an acronym after it; a lone lower-case "компании", "холдинга" closing the
span), with a "по" remit between the head and the group (or an
acronym's "управления СК": "межрайонным следственным отделом окружного управления СК"; not a name of
its own: "Постоянный комитет Всекитайского собрания народных представителей") and no "по" after the
group (an owner before the remit stays: "Комитет Государственной думы по ..."), and not right after a remit's noun that takes the
body as its own complement (``lexicons/org_owner_cut_frames.txt``: "по реформе Верховного суда"), is
cut before the group (the owner's own span, where the tagger found one, stays as it was).
A one-word owner ("комитет по международным делам Госдумы") and a town's executive ("комитет по
культуре администрации Пскова") stay in the name. Candidates by the doc's lemma index, then the ORG
spans only. Read by :mod:`.span_passes` among the last passes.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..lexicons import load_list, load_rows
from .bodies import dative_reading
from .doc_words import morph_values
from .geo import lemma_positions

MAX_ADJECTIVES = 3  # "Мурманской областной", "Законодательного"


@lru_cache(maxsize=1)
def _owners() -> dict[str, str]:
    """Owner's noun lemma -> what else it needs ("capital", "acronym", "-")."""
    return {row[0].replace("ё", "е"): (row[1] if len(row) > 1 else "-") for row in load_rows("org_unit_owner_bodies.tsv")}


def _group_start(doc: Doc, n: int, start: int, end: int) -> int | None:
    """Start of the owner's group ending in the noun at ``n`` (its adjectives, at least one), or None
    where the noun is no owner."""
    noun = doc[n]
    need = _owners().get(folded_lemma(noun))
    if need is None or noun.pos_ not in ("NOUN", "PROPN") or "Gen" not in morph_values(noun, "Case") \
            or "Plur" in morph_values(noun, "Number"):
        return None
    if need == "alone" and noun.is_lower and n == end - 1 and n > start + 2 and doc[n - 1].pos_ in ("NOUN", "ADJ") \
            and "Ins" not in morph_values(doc[n - 1], "Case"):
        return n  # "дирекции по персоналу" + "компании"
    g = n
    while g - 1 > start and n - g < MAX_ADJECTIVES and doc[g - 1].pos_ == "ADJ" \
            and doc[g - 1].text.replace("-", "").isalpha() and ("Gen" in morph_values(doc[g - 1], "Case") or (
                doc[g - 1].is_title and dative_reading(doc[g - 1], "Gen"))):  # "Новгородской" the tagger read as a dative
        g -= 1
    if g == n or need == "alone":
        return None
    if need == "capital" and not any(t.is_title for t in doc[g:n]):
        return None
    if need == "acronym" and not (n + 1 < len(doc) and (doc[n + 1].is_upper and len(doc[n + 1]) > 1
                                                        or doc[n + 1].is_title and doc[n + 1].is_alpha)):
        return None
    return g


def _cut(doc: Doc, span: Span, units: frozenset[str]) -> int | None:
    """Where ``span`` ends before its owner's group, or None."""
    head = next((t for t in span if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None or folded_lemma(head) not in units:
        return None
    for n in range(head.i + 2, span.end):
        g = _group_start(doc, n, head.i, span.end)
        if g is None:
            continue
        before = doc[g - 1]
        if before.pos_ == "NOUN" and folded_lemma(before) in load_list("org_owner_cut_frames.txt"):
            return None
        if any(t.lower_ == "по" for t in doc[n + 1:span.end]):
            return None  # the owner before the remit: "Комитет Государственной думы по ..."
        if not any(t.lower_ == "по" for t in doc[head.i + 1:g]) and _owners()[folded_lemma(doc[n])] != "acronym":
            return None  # no remit between: a name of its own ("Постоянный комитет Всекитайского собрания ...")
        return g
    return None


def owner_cuts(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a unit's name cut before its owner's genitive group."""
    owners = _owners()
    if not lemma_positions(doc, owners.__contains__):
        return spans
    units = load_list("remit_body_heads.txt")
    out, changed = [], False
    for s in spans:
        g = _cut(doc, s, units) if s.label_ == "ORG" and len(s) >= 4 else None
        if g is None:
            out.append(s)
            continue
        changed = True
        out.append(Span(doc, s.start, g, label="ORG"))
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans
