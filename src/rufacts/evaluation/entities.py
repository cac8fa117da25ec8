"""Score entity clustering and role extraction against factRuEval's coref and facts layers.

:mod:`.mentions` scores mentions; this module scores what records build
on them, against the ``coref`` and ``facts`` layers of ``factru-*.jsonl``.

Clustering
    Gold clusters are the ``coref`` entities' PER/ORG/LOC spans (one cluster
    per type if an entity mixes two; spans in no entity are singletons);
    predicted clusters are the record entities' ``mentions``. Mentions are
    aligned one to one per document and type, greedily by largest overlap (as
    in the ``partial`` mode of :mod:`.mentions`), and B-cubed (Bagga &
    Baldwin 1998, averaged over mentions) and MUC (Vilain et al. 1995, links
    summed) are computed over the aligned mentions only: detection errors are
    charged by the mention scores, not twice. ``matched`` counts them.

Roles (scored in :mod:`.roles`)
    A record role matches a gold Occupation as a *pair* when a mention of its
    person overlaps one of the ``Who`` entity and its span overlaps a
    ``Position`` span; as a *triple* when also its ``of`` names the ``Where``
    (:func:`names_match` with a name attribute, the fact text or a mention
    text of it). Predictions are distinct (person, title) pairs and (person,
    title, of) triples, matched if any occurrence matches; gold: distinct facts
    with a Position (and a Where, for triples). Matching is one to one (maximum).

P, R and F1 are 0.0 where their denominator is 0 (for MUC: no links).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from ..io.compressed import read_json_objects

ENTITY_TYPES: tuple[str, ...] = ("PER", "ORG", "LOC")
RECORD_KEYS: dict[str, str] = {"PER": "persons", "ORG": "organizations", "LOC": "locations"}
NAME_ATTR_SKIP = frozenset({"wikidata", "descriptor"})
"""Coref attributes that are no names: a descriptor "область" would match any "... область"."""

Offsets = tuple[int, int]


class GoldCluster(NamedTuple):
    """A gold entity of one type: its mentions, coref id and name attributes."""

    type: str
    mentions: list[Offsets]
    coref_id: str = ""
    names: tuple[str, ...] = ()


class GoldOccupation(NamedTuple):
    """An Occupation fact: Who and Where cluster indexes, Position spans, Where names.

    ``where_texts``: mention texts of the Where entity (all its clusters, if split).
    """

    who: int
    positions: list[tuple[int, int, str]]
    where: int | None
    where_names: list[str]
    where_texts: list[str]


@dataclass
class GoldEntities:
    """One gold document's entity clusters and Occupation facts."""

    id: str
    text: str
    clusters: list[GoldCluster] = field(default_factory=list)
    occupations: list[GoldOccupation] = field(default_factory=list)
    has_coref: bool = False
    has_facts: bool = False


def _names(attrs: Mapping[str, Any]) -> tuple[str, ...]:
    values = [v for k, vs in attrs.items() if k not in NAME_ATTR_SKIP
              for v in (vs if isinstance(vs, list) else [vs])]
    return tuple(dict.fromkeys(v for v in values if isinstance(v, str) and v.strip()))


def _doc_entities(obj: Mapping[str, Any]) -> GoldEntities:
    spans = {str(s["id"]): s for s in obj.get("spans") or () if "id" in s}
    doc = GoldEntities(str(obj["id"]), obj["text"], has_coref="coref" in obj,
                       has_facts="facts" in obj)
    by_coref: dict[str, list[int]] = defaultdict(list)  # coref id -> its cluster indexes
    taken: set[tuple[str, int, int]] = set()  # each (type, start, stop) in one cluster
    covered: set[str] = set()
    for co in obj.get("coref") or ():
        per_type: dict[str, list[Offsets]] = defaultdict(list)
        for span_id in map(str, co.get("mentions") or ()):
            span = spans.get(span_id)
            key = (span["type"], int(span["start"]), int(span["stop"])) if span else ("", 0, 0)
            covered.add(span_id)
            if key[0] in RECORD_KEYS and key not in taken:
                taken.add(key)
                per_type[key[0]].append(key[1:])
        for label in (t for t in ENTITY_TYPES if t in per_type):
            by_coref[str(co["id"])].append(len(doc.clusters))
            doc.clusters.append(GoldCluster(label, sorted(per_type[label]), str(co["id"]),
                                            _names(co.get("attrs") or {})))
    for span_id, span in spans.items() if doc.has_coref else ():  # the rest: singletons
        key = (span["type"], int(span["start"]), int(span["stop"]))
        if span_id not in covered and key[0] in RECORD_KEYS and key not in taken:
            taken.add(key)
            doc.clusters.append(GoldCluster(key[0], [key[1:]]))

    def biggest(arg: Mapping[str, Any] | None) -> int | None:
        found = by_coref.get(str(arg.get("obj"))) if arg else None
        return max(found, key=lambda i: len(doc.clusters[i].mentions)) if found else None

    for fact in obj.get("facts") or ():
        args = {a.get("role"): a for a in fact.get("args") or ()}
        who = biggest(args.get("Who"))
        if fact.get("type") != "Occupation" or who is None or doc.clusters[who].type != "PER":
            continue
        positions = [(int(s["start"]), int(s["stop"]), str(s.get("text", "")))
                     for s in (args.get("Position") or {}).get("spans") or ()]
        where = biggest(args.get("Where"))
        names, texts = [], []
        if where is not None:
            names = [*doc.clusters[where].names, str(args["Where"].get("text") or "")]
            texts = [doc.text[s:e] for i in by_coref[doc.clusters[where].coref_id]
                     for s, e in doc.clusters[i].mentions]
        doc.occupations.append(GoldOccupation(who, positions, where,
                                              list(dict.fromkeys(filter(None, names))), texts))
    return doc


def load_gold_entities(path: str | Path) -> list[GoldEntities]:
    """Gold clusters (``coref`` + ``spans``) and Occupation facts, per document of a JSONL file.

    Clusters keep PER/ORG/LOC spans only; a coref entity with spans of two
    types becomes one cluster per type; identical ``(type, start, stop)``
    mentions count once. ``who``/``where`` index ``clusters`` (a split Where:
    its biggest piece); ``where_names`` are the Where entity's attributes
    but :data:`NAME_ATTR_SKIP`, and the fact's text for it.
    """
    return [_doc_entities(obj) for obj in read_json_objects(path)]


def has_entity_layers(docs: Iterable[GoldEntities]) -> bool:
    """Whether any document has a coref or facts layer (factRuEval has, NEREL has not)."""
    return any(d.has_coref or d.has_facts for d in docs)


# --------------------------------------------------------------------------- metrics

Partition = Sequence[Iterable[Any]]


def _prf(p_num: float, p_den: float, r_num: float, r_den: float) -> dict[str, float]:
    p = p_num / p_den if p_den else 0.0
    r = r_num / r_den if r_den else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _index(clusters: Partition) -> tuple[dict[Any, int], list[set]]:
    sets = [set(c) for c in clusters]
    return {m: i for i, c in enumerate(sets) for m in c}, sets


def bcubed_sums(key: Partition, response: Partition) -> tuple[float, float, int]:
    """B-cubed sums: per-mention precision, per-mention recall, mention count.

    Both partitions must hold the same mentions. A mention m in key cluster
    K and response cluster R has precision |K∩R|/|R| and recall |K∩R|/|K|.
    """
    (k_of, k_sets), (r_of, r_sets) = _index(key), _index(response)
    if set(k_of) != set(r_of):
        raise ValueError("key and response must partition the same mentions")
    common = {m: len(k_sets[k] & r_sets[r_of[m]]) for m, k in k_of.items()}
    return (sum(n / len(r_sets[r_of[m]]) for m, n in common.items()),
            sum(n / len(k_sets[k_of[m]]) for m, n in common.items()), len(common))


def muc_counts(key: Partition, response: Partition) -> tuple[int, int, int, int]:
    """MUC link counts ``(recall num, recall den, precision num, precision den)``.

    Recall = Σ_K (|K| - |p(K)|) / Σ_K (|K| - 1), p(K) being the pieces the
    response cuts K into (a mention the response lacks is a piece alone);
    precision is the same with key and response swapped.
    """
    def links(a: Partition, b: Partition) -> tuple[int, int]:
        b_of, a_sets = _index(b)[0], [set(c) for c in a]
        pieces = [len({b_of.get(m, ("alone", m)) for m in c}) for c in a_sets]
        return (sum(len(c) - n for c, n in zip(a_sets, pieces)),
                sum(len(c) - 1 for c in a_sets))

    return (*links(key, response), *links(response, key))


def bcubed(key: Partition, response: Partition) -> dict[str, float]:
    """B-cubed precision, recall and F1 of one document's partitions."""
    p, r, n = bcubed_sums(key, response)
    return _prf(p, n, r, n)


def muc(key: Partition, response: Partition) -> dict[str, float]:
    """MUC precision, recall and F1 of one document's partitions."""
    rn, rd, pn, pd = muc_counts(key, response)
    return _prf(pn, pd, rn, rd)


def align(gold: Sequence[Offsets], pred: Sequence[Offsets]) -> list[tuple[int, int]]:
    """One-to-one ``(gold index, pred index)`` pairs of overlapping spans.

    Greedy by largest overlap; ties go to the tighter pair (smaller union),
    then text order -- the ``partial`` mode of :mod:`rufacts.evaluate`.
    """
    cands = sorted((-(min(ge, pe) - max(gs, ps)), max(ge, pe) - min(gs, ps), gi, pi)
                   for gi, (gs, ge) in enumerate(gold) for pi, (ps, pe) in enumerate(pred)
                   if min(ge, pe) - max(gs, ps) >= 1)
    pairs: list[tuple[int, int]] = []
    used_g, used_p = set(), set()
    for *_, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def _mentions(entity: Mapping[str, Any]) -> list[Offsets]:
    from .mentions import by_name

    return sorted({(int(m["start"]), int(m["stop"])) for m in by_name(entity.get("mentions"))})


COUNT_KEYS = ("gold_mentions", "pred_mentions", "matched", "gold_entities", "pred_entities")
SUM_KEYS = ("b3_p", "b3_r", "b3_n", "muc_rn", "muc_rd", "muc_pn", "muc_pd")


def clustering_scores(gold: Iterable[GoldEntities],
                      records: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """B-cubed and MUC of record entities against gold clusters, per type and ``all``.

    ``records`` maps document id to a rufacts JSON record; a gold document
    without one predicts nothing. Each row: mention and entity counts,
    ``matched`` (aligned gold mentions, the ones clustering is scored on) and
    ``bcubed``/``muc`` precision, recall, F1.
    """
    sums: dict[str, Counter] = {t: Counter() for t in (*ENTITY_TYPES, "all")}
    docs = missing = 0
    for doc in gold:
        record = records.get(doc.id)
        docs, missing = docs + 1, missing + (record is None)
        for label in ENTITY_TYPES:
            g_items = [(m, ci) for ci, c in enumerate(doc.clusters) if c.type == label
                       for m in c.mentions]
            entities = [_mentions(e) for e in (record or {}).get(RECORD_KEYS[label]) or ()]
            p_items = [(m, ei) for ei, e in enumerate(entities) for m in e]
            pairs = align([m for m, _ in g_items], [m for m, _ in p_items])
            key: dict[int, list[int]] = defaultdict(list)
            resp: dict[int, list[int]] = defaultdict(list)
            for n, (gi, pi) in enumerate(pairs):  # aligned mention n: in one cluster of each
                key[g_items[gi][1]].append(n)
                resp[p_items[pi][1]].append(n)
            parts = (list(key.values()), list(resp.values()))
            add = Counter(dict(zip(COUNT_KEYS, (len(g_items), len(p_items), len(pairs),
                                                len({ci for _, ci in g_items}),
                                                sum(1 for e in entities if e)))))
            add.update(dict(zip(SUM_KEYS, (*bcubed_sums(*parts), *muc_counts(*parts)))))
            sums[label].update(add)
            sums["all"].update(add)
    rows: dict[str, Any] = {}
    for row, s in sums.items():
        rows[row] = {k: int(s[k]) for k in COUNT_KEYS}
        rows[row]["bcubed"] = _prf(s["b3_p"], s["b3_n"], s["b3_r"], s["b3_n"])
        rows[row]["muc"] = _prf(s["muc_pn"], s["muc_pd"], s["muc_rn"], s["muc_rd"])
    return {"docs": docs, "docs_without_predictions": missing, "mentions": "aligned",
            "rows": rows}


# --------------------------------------------------------------------------- tables


def _table(head: list[str], body: list[list[str]], n_text: int,
           titles: Sequence[str]) -> list[str]:
    """Rows of ``n_text`` text cells, then a P/R/F1 group per title, as in evaluate.format_table."""
    widths = [max(len(r[i]) for r in [head, *body]) for i in range(n_text)]
    num = max(len(c) for r in [head, *body] for c in r[n_text:])

    def fmt(cells: list[str]) -> str:
        out = "  ".join([cells[0].ljust(widths[0])]
                        + [c.rjust(w) for c, w in zip(cells[1:n_text], widths[1:])])
        for k in range(n_text, len(cells), 3):
            out += " | " + "  ".join(c.rjust(num) for c in cells[k:k + 3])
        return out

    top = " " * (sum(widths) + 2 * (n_text - 1)) + "".join(
        " | " + t.center(3 * num + 4) for t in titles)
    lines = [top.rstrip(), fmt(head)]
    return [*lines, "-" * len(lines[-1]), *map(fmt, body)]


def format_entity_tables(clustering: Mapping[str, Any], roles: Mapping[str, Any],
                         digits: int = 1) -> str:
    """Plain-text tables: clustering (B-cubed, MUC per type) and roles (pairs, triples)."""
    def pct(v: float) -> str:
        return f"{100 * v:.{digits}f}"

    prf = ("precision", "recall", "f1")
    head = ["type", "gold", "pred", "matched", "g.ents", "p.ents"] + ["P", "R", "F1"] * 2
    body = [[row, *(str(r[k]) for k in COUNT_KEYS),
             *(pct(r[m][k]) for m in ("bcubed", "muc") for k in prf)]
            for row, r in clustering["rows"].items()]
    lines = [("entity clustering, on the aligned mentions (gold/pred/matched: mentions; "
              "g.ents/p.ents: entities)"), *_table(head, body, 6, ("B-cubed", "MUC"))]
    body = [[kind, *(str(roles[kind][k]) for k in ("gold", "pred", "tp")),
             *(pct(roles[kind][k]) for k in prf)]
            for kind in ("pair", "triple", "pair_scoped", "triple_scoped") if kind in roles]
    lines += ["", (f"roles vs Occupation facts ({roles.get('roles', 0)} roles predicted; "
                   "pair: person + position, triple: + where; *_scoped: predictions the gold "
                   "can judge only, see rufacts.evaluation.roles)"),
              *_table(["match", "gold", "pred", "tp", "P", "R", "F1"], body, 4, ("roles",))]
    return "\n".join(lines)
