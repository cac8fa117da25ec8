"""Score person roles against factRuEval's Occupation facts (see :mod:`.entities`).

A record role matches a gold Occupation as a *pair* when a mention of its person overlaps one
of the ``Who`` entity and its span overlaps a ``Position`` span; as a *triple* when also its
``of`` names the ``Where`` (:func:`names_match`). Matching is one to one (maximum).

``pair_scoped``/``triple_scoped`` score the same matching on what the gold annotates
(:func:`role_scores`): factRuEval marks an Occupation only where an organization or place is
named (210 of the 211 Occupation facts of factru-dev have a ``Where``), and one fact gathers
every Position span of it ("Глава", "Президент", "лидер").
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .entities import GoldEntities, Offsets, _mentions, _prf

_QUOTES = re.compile(r"[«»\"„“”‟'‘’‚‹›]")


def normalize_name(text: str) -> str:
    """Lower case, ё -> е, quotes dropped, whitespace collapsed."""
    return " ".join(_QUOTES.sub(" ", text.lower().replace("ё", "е")).split())


def names_match(of: str | None, names: Iterable[str]) -> bool:
    """Whether normalized ``of`` equals, holds or is held in some normalized name, word-wise.

    "Газпром" is in "ПАО «Газпром»", but "Россия" is not in "Белоруссия".
    """
    def words(text: str) -> str:  # " w1 w2 ... ": a substring test on it is word-wise
        return " " + " ".join(re.findall(r"\w+", normalize_name(text))) + " "

    a = words(of or "")
    return a != "  " and any(b != "  " and (a in b or b in a) for b in map(words, names))


def max_matching(edges: Sequence[Iterable[int]]) -> int:
    """Size of a maximum bipartite matching; ``edges[u]``: right nodes of left node u (Kuhn)."""
    return len(matching(edges))


def matching(edges: Sequence[Iterable[int]]) -> dict[int, int]:
    """A maximum bipartite matching (Kuhn): right node -> its left node."""
    owner: dict[int, int] = {}

    def augment(u: int, seen: set[int]) -> bool:
        for v in edges[u]:
            if v not in seen:
                seen.add(v)
                if v not in owner or augment(owner[v], seen):
                    owner[v] = u
                    return True
        return False

    for u in range(len(edges)):
        augment(u, set())
    return owner


def _overlaps(a: Iterable[Offsets], b: Iterable[Offsets]) -> bool:
    b = list(b)
    return any(min(e1, e2) > max(s1, s2) for s1, e1 in a for s2, e2 in b)


def predicted_roles(record: Mapping[str, Any], with_of: bool, distinct: bool = True
                    ) -> list[tuple[list[Offsets], list[Offsets], str | None]]:
    """``(person mentions, role spans, of)``: one per person and normalized title (and ``of``
    if ``with_of``) with the spans of all its occurrences; ``distinct=False``: one per role."""
    found: dict[tuple, tuple[list[Offsets], list[Offsets], str | None]] = {}
    for pi, person in enumerate(record.get("persons") or ()):
        for ri, role in enumerate(person.get("roles") or ()):
            title = normalize_name(str(role.get("title") or role.get("text") or ""))
            key = ((pi, title, normalize_name(role.get("of") or "") if with_of else "")
                   if distinct else (pi, ri))
            item = found.setdefault(key, (_mentions(person), [], role.get("of")))
            item[1].append((int(role.get("start", 0)), int(role.get("stop", 0))))
    return list(found.values())


def role_scores(gold: Iterable[GoldEntities], records: Mapping[str, Mapping[str, Any]],
                distinct: bool = True) -> dict[str, Any]:
    """P/R/F1 of record roles against gold Occupation facts, as pairs and triples.

    See the module docstring; ``distinct=False`` counts every role of a record
    instead of its distinct (person, title[, of]). Gold facts alike in Who,
    Position (and Where) count once.

    The ``*_scoped`` rows count the same true positives and gold, and leave out of the
    predictions those the gold cannot judge: a role that matches no fact but overlaps a fact
    another role of its person matched (a further Position span of one fact: "израильский
    премьер" beside "Премьер-министр Израиля"), and, as the gold marks no Occupation without a
    Where, a role without ``of`` that matches no fact (for pairs) or any role without ``of``
    (for triples, which it does not claim).
    """
    tally = {k: Counter() for k in ("pair", "triple", "pair_scoped", "triple_scoped")}
    docs = n_roles = 0
    for doc in gold:
        record = records.get(doc.id) or {}
        docs += 1
        n_roles += sum(len(p.get("roles") or ()) for p in record.get("persons") or ())
        for kind in ("pair", "triple"):  # gold: distinct (who, positions[, where]) facts
            facts = list({(f.who, tuple(f.positions), f.where if kind == "triple" else 0): f
                          for f in doc.occupations if f.positions
                          and (kind == "pair" or f.where is not None)}.values())
            preds = predicted_roles(record, with_of=kind == "triple", distinct=distinct)
            edges = [[i for i, f in enumerate(facts)
                      if _overlaps(mentions, doc.clusters[f.who].mentions)
                      and _overlaps(spans, [(s, e) for s, e, _ in f.positions])
                      and (kind == "pair" or names_match(of, f.where_names + f.where_texts))]
                     for mentions, spans, of in preds]
            owner = matching(edges)
            tally[kind].update(gold=len(facts), pred=len(preds), tp=len(owner))
            matched = set(owner.values())
            judged = sum(u in matched or (not edges[u] and bool(normalize_name(of or "")))
                         for u, (_, _, of) in enumerate(preds))
            tally[kind + "_scoped"].update(gold=len(facts), pred=judged, tp=len(owner))
    out: dict[str, Any] = {"docs": docs, "roles": n_roles, "distinct": distinct}
    for kind, t in tally.items():
        out[kind] = {"gold": t["gold"], "pred": t["pred"], "tp": t["tp"],
                     **_prf(t["tp"], t["pred"], t["tp"], t["gold"])}
    return out


