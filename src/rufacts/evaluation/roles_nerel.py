"""Score person roles against NEREL's WORKS_AS and WORKPLACE relations (``nerel-*.jsonl``).

A second gold for roles, beside factRuEval's Occupation facts (:mod:`.roles`), whose helpers
(:func:`~.roles.predicted_roles`, :func:`~.roles.names_match`, :func:`~.roles.matching`) it
reuses.

Gold persons
    A NEREL PERSON span and every span the corpus itself says is the same entity: the same
    Wikidata link (not ``Wikidata:NULL``), or joined by ALTERNATIVE_NAME or ABBREVIATION
    relations (transitively). Nothing else joins two spans: two unlinked "Иванов" stay two
    persons.
Gold items
    One per gold person and group of its WORKS_AS PROFESSION spans that overlap one another
    (NEREL nests a few: "Прокурор" in "Прокурор Косовского района"); a person's profession in
    two places is two items. The item's workplaces are the WORKPLACE targets of its PROFESSION
    spans ("Премьер-министр Италии" -> "Италии"), else those of the relation's PERSON span
    ("Наполитано" -> "Италии" beside "Президентом страны"): organizations and places alike, as
    factRuEval's Where. A workplace's names are the texts of all spans of its entity (as above).
Predictions
    Every role of a record person (``distinct=False``: NEREL marks each occurrence of a
    profession), identical (person, span, ``of``) once.
Matching
    *pair*: a mention of the role's person overlaps a PERSON span of the item's person and the
    role's span overlaps one of its PROFESSION spans. *triple*: a pair whose ``of`` names a
    workplace of the item (:func:`of_matches`: :func:`names_match`, or the same on the words'
    pymorphy3 lemmas in any order, a place adjective read as its place, as NEREL spans are
    inflected, "Газпрома", "российского правительства", and ``of`` is in the nominative,
    "Правительство России"); triple gold: the items with a workplace. Matching is one to one
    (maximum).
Scoped rows
    ``pair_scoped``/``triple_scoped`` keep the gold and true positives and count only the
    predictions the gold can judge: those of a person that is a gold person with at least one
    WORKS_AS relation (NEREL marks professions of only some people; it also leaves many a later
    bare "президент" of a named person without a relation, a false pair even when right), and,
    as in :mod:`.roles`, not a role that matches nothing but overlaps an item another role of
    its person matched; ``triple_scoped`` also leaves out roles without ``of`` (they claim no
    triple).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any, NamedTuple

from .entities import Offsets, _prf, _table
from .roles import _overlaps, matching, names_match, normalize_name, predicted_roles

SAME_ENTITY = frozenset({"ALTERNATIVE_NAME", "ABBREVIATION"})
KINDS = ("pair", "triple", "pair_scoped", "triple_scoped")


class NerelRole(NamedTuple):
    """A gold item: its person's PERSON spans, PROFESSION spans and workplace names."""

    person: int
    mentions: list[Offsets]
    positions: list[Offsets]
    workplaces: tuple[str, ...]


def has_works_as(records: Iterable[Mapping[str, Any]]) -> bool:
    """Whether some gold record carries NEREL relations with WORKS_AS."""
    return any(rel[0] == "WORKS_AS" for rec in records for rel in rec.get("relations") or ())


def _entities(record: Mapping[str, Any]) -> dict[str, str]:
    """Span id -> the id of its entity (union of same links and SAME_ENTITY relations)."""
    parent: dict[str, str] = {str(s["id"]): str(s["id"]) for s in record.get("spans") or ()}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        if a in parent and b in parent:
            parent[find(a)] = find(b)

    first: dict[str, str] = {}
    for span_id, ref in record.get("links") or ():
        if str(span_id) in parent and not str(ref).endswith(":NULL"):
            union(str(span_id), first.setdefault(str(ref), str(span_id)))
    for rel in record.get("relations") or ():
        if rel[0] in SAME_ENTITY:
            union(str(rel[1]), str(rel[2]))
    return {x: find(x) for x in parent}


def gold_roles(record: Mapping[str, Any]) -> list[NerelRole]:
    """The gold items of one NEREL record (see the module docstring)."""
    spans = {str(s["id"]): s for s in record.get("spans") or ()}
    entity = _entities(record)
    members: dict[str, list[str]] = defaultdict(list)
    for span_id, root in entity.items():
        members[root].append(span_id)
    workplace: dict[str, list[str]] = defaultdict(list)
    works_as: dict[str, list[tuple[str, str]]] = defaultdict(list)  # person entity -> (per, prof)
    for kind, a, b in ((r[0], str(r[1]), str(r[2])) for r in record.get("relations") or ()):
        if a not in spans or b not in spans:
            continue
        if kind == "WORKPLACE":
            workplace[a].append(b)
        elif (kind == "WORKS_AS" and spans[a]["type"] == "PERSON"
              and spans[b]["type"] == "PROFESSION"):
            works_as[entity[a]].append((a, b))

    def offsets(ids: Iterable[str]) -> list[Offsets]:
        return sorted({(int(spans[i]["start"]), int(spans[i]["stop"])) for i in ids})

    items: list[NerelRole] = []
    for n, (root, pairs) in enumerate(works_as.items()):
        mentions = offsets(i for i in members[root] if spans[i]["type"] == "PERSON")
        groups: list[tuple[set[str], set[str]]] = []  # (profession ids, workplace names)
        for per, prof in pairs:
            places = workplace.get(prof) or workplace.get(per) or []
            names = {spans[m]["text"] for p in places for m in members[entity[p]]}
            hit = [g for g in groups if _overlaps(offsets([prof]), offsets(g[0]))]
            merged = ({prof}.union(*(g[0] for g in hit)), names.union(*(g[1] for g in hit)))
            groups = [g for g in groups if g not in hit] + [merged]
        items += [NerelRole(n, mentions, offsets(profs), tuple(sorted(names)))
                  for profs, names in groups]
    return items


@lru_cache(maxsize=32_768)
def _lemmas(text: str, geo: bool = True) -> frozenset[str]:
    """The words' pymorphy3 lemmas; ``geo``: a place adjective as its place ("российского" ->
    россия)."""
    from ..entities.geo import geo_adjectives
    from ..grammars.morph import get_morph

    morph, places = get_morph(), geo_adjectives() if geo else {}
    out: set[str] = set()
    for word in re.findall(r"\w+", normalize_name(text)):
        parses = morph.parse(word)
        lemma = parses[0].normal_form.replace("ё", "е") if parses else word
        out.update(_lemmas(places[lemma], False) if lemma in places else {lemma})
    return frozenset(out)


def _same_word(a: str, b: str) -> bool:
    """Equal, or one the other plus at most two letters ("филиппин", "витесса" beside the
    nominatives "филиппины", "витесс": words pymorphy3 does not know)."""
    short, long_ = sorted((a, b), key=len)
    return a == b or (len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 2)


def of_matches(of: str | None, names: Iterable[str]) -> bool:
    """:func:`names_match`, or one name's lemmas (:func:`_lemmas`) hold the other's, in any
    order: "Правительство России" names "российского правительства", "Газпром" "Газпрома"."""
    names = list(names)
    if names_match(of, names):
        return True

    def within(xs: frozenset[str], ys: frozenset[str]) -> bool:
        return all(any(_same_word(x, y) for y in ys) for x in xs)

    mine = _lemmas(of or "")
    return bool(mine) and any(theirs and (within(mine, theirs) or within(theirs, mine))
                              for theirs in map(_lemmas, names))


def predictions(record: Mapping[str, Any]) -> list[tuple[list[Offsets], list[Offsets], Any]]:
    """Every role of the record as ``(person mentions, [role span], of)``, duplicates once."""
    seen: dict[tuple, tuple] = {}
    for mentions, spans, of in predicted_roles(record, with_of=True, distinct=False):
        seen.setdefault((tuple(mentions), tuple(spans), normalize_name(of or "")),
                        (mentions, spans, of))
    return list(seen.values())


def doc_matches(record: Mapping[str, Any], gold_items: list[NerelRole], kind: str
                ) -> tuple[list, list[NerelRole], list[list[int]], dict[int, int]]:
    """Predictions, gold items of ``kind`` ("pair"/"triple"), edges and the matching
    (gold item index -> prediction index)."""
    items = [g for g in gold_items if kind == "pair" or g.workplaces]
    preds = predictions(record)
    edges = [[i for i, g in enumerate(items)
              if _overlaps(mentions, g.mentions) and _overlaps(spans, g.positions)
              and (kind == "pair" or of_matches(of, g.workplaces))]
             for mentions, spans, of in preds]
    return preds, items, edges, matching(edges)


def judged(preds: list, gold_items: list[NerelRole], items: list[NerelRole],
           edges: list[list[int]], owner: dict[int, int], kind: str) -> list[bool]:
    """Per prediction: whether the gold can judge it (the ``*_scoped`` rows)."""
    persons = [g.mentions for g in gold_items]
    matched = {u: items[v] for v, u in owner.items()}
    out = []
    for u, (mentions, spans, of) in enumerate(preds):
        if u in matched:
            out.append(True)
            continue
        twin = any(preds[w][0] == mentions and _overlaps(spans, g.positions)
                   for w, g in matched.items())
        out.append(not twin and any(_overlaps(mentions, p) for p in persons)
                   and (kind == "pair" or bool(normalize_name(of or ""))))
    return out


def role_scores(gold_records: Iterable[Mapping[str, Any]],
                records: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """P/R/F1 of record roles against NEREL WORKS_AS items, as pairs and triples, plain and
    scoped (see the module docstring)."""
    tally = {k: Counter() for k in KINDS}
    docs = n_roles = 0
    for gold in gold_records:
        record = records.get(str(gold["id"])) or {}
        docs += 1
        n_roles += sum(len(p.get("roles") or ()) for p in record.get("persons") or ())
        gold_items = gold_roles(gold)
        for kind in ("pair", "triple"):
            preds, items, edges, owner = doc_matches(record, gold_items, kind)
            tally[kind].update(gold=len(items), pred=len(preds), tp=len(owner))
            tally[kind + "_scoped"].update(
                gold=len(items), tp=len(owner),
                pred=sum(judged(preds, gold_items, items, edges, owner, kind)))
    out: dict[str, Any] = {"docs": docs, "roles": n_roles}
    for kind, t in tally.items():
        out[kind] = {"gold": t["gold"], "pred": t["pred"], "tp": t["tp"],
                     **_prf(t["tp"], t["pred"], t["tp"], t["gold"])}
    return out


def format_table(scores: Mapping[str, Any], digits: int = 1) -> str:
    """The "roles vs NEREL WORKS_AS" table."""
    prf = ("precision", "recall", "f1")
    body = [[kind, *(str(scores[kind][k]) for k in ("gold", "pred", "tp")),
             *(f"{100 * scores[kind][k]:.{digits}f}" for k in prf)] for kind in KINDS]
    return "\n".join([
        (f"roles vs NEREL WORKS_AS ({scores.get('roles', 0)} roles predicted; pair: person + "
         "profession, triple: + workplace; *_scoped: predictions the gold can judge only, see "
         "rufacts.evaluation.roles_nerel)"),
        *_table(["match", "gold", "pred", "tp", "P", "R", "F1"], body, 4, ("roles",))])
