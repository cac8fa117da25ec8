"""Tagged spans -> sector-count facts, normalized with rufacts' own helpers.

count   ``count_value`` of the COUNT run (the rules' reader);
object  the OBJECT token nearest the count (one to the left costs 2 more), its lemma as
        the rules give it (``written_lemma`` / ``object_lemma``);
sector  the SECTOR run nearest the count: one sector adjective by ``adjective_sectors``,
        else ``sector_name`` in the first case its first word stands in;
total   the nearest TOTAL run; else, after a subset cue ("из них", "из которых", "в том
        числе", "включая", "среди них") next to the count, the count before it.
"""
from __future__ import annotations

from common import morph, object_of, value_of
from rufacts.grammars.sector_context import adjective_sectors
from rufacts.grammars.sector_normal import sector_name
from rufacts.grammars.sector_words import forms, in_case

CASES = ("accs", "nomn", "gent", "loct", "ablt", "datv")  # of equal readings, the plural
SUBSET = (("из", "них"), ("из", "которых"), ("в", "том"), ("включая",), ("среди", "них"),
          ("из", "этих"), ("в", "т"), ("в", "их"), ("из", "числа"), ("среди", "которых"))


def _dist(a: tuple[int, int], b: tuple[int, int]) -> int:
    return 0 if a[0] < b[1] and b[0] < a[1] else min(abs(a[0] - b[1]), abs(b[0] - a[1]))


_GENITIVE_BEFORE = frozenset({"из", "для", "от", "до", "у", "без", "среди", "около", "кроме"})
_LOCATIVE_BEFORE = frozenset({"в", "во", "на", "о", "об", "при"})


def _order(before) -> tuple[str, ...]:
    """Cases to prefer by the word before the phrase: a noun or "из" governs a genitive
    ("производителей косметики"), "в"/"на" a locative; else the plural readings first."""
    if before is None:
        return CASES
    word = before.value.lower()
    if word in _LOCATIVE_BEFORE:
        return ("loct", "accs", "gent", "nomn", "ablt", "datv")
    if word in _GENITIVE_BEFORE or any("NOUN" in f.grams.values for f in forms(before)[:1]):
        return ("gent", "loct", "ablt", "datv", "accs", "nomn")
    return CASES


def _case(group: list, before=None) -> str | None:
    """The case the phrase's words agree in up to its first noun ("музейной деятельностью":
    instrumental, though "музейной" alone could be genitive)."""
    common = None
    for token in group:
        cases = {c for c in CASES if in_case(token, c, frozenset({"NOUN", "ADJF", "PRTF"}))}
        if not cases:
            break
        common = cases if common is None else (common & cases or common)
        if in_case(token, "nomn", frozenset({"NOUN"})) or any(
                "NOUN" in f.grams.values for f in forms(token)[:1]):
            break
    return next((c for c in _order(before) if common and c in common), None)


def _lower_first(name: str) -> str:
    """"Мебель" at a sentence start -> "мебель"; "IT", "EdTech" stay as written."""
    first = name.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:].islower():
        return name[0].lower() + name[1:]
    return name


def sector_of(toks: list, s: int, e: int, obj: str | None) -> str | None:
    group = toks[s:e]
    if len(group) == 1:
        try:
            names = adjective_sectors(group, obj)
        except Exception:
            names = []
        if names:
            return names[0]
    try:
        name = sector_name(morph(), group, _case(group, toks[s - 1] if s else None)) or None
    except Exception:
        name = " ".join(t.value for t in group)
    return _lower_first(name) if name else None


def _subset_cue(toks: list, lo: int, hi: int) -> bool:
    words = [t.value.lower() for t in toks[max(lo, 0):hi]]
    return any(tuple(words[k:k + len(cue)]) == cue for cue in SUBSET for k in range(len(words)))


def _objects(counts, objects):
    """Each count's noun: the first one after it before the next count, else the nearest
    one before it."""
    out = []
    for k, c in enumerate(counts):
        stop = counts[k + 1][0] if k + 1 < len(counts) else 10 ** 6
        right = [o for o in objects if o[0] >= c[0] and o[0] < stop]
        left = [o for o in objects if o[0] < c[0]]
        out.append(right[0] if right else (left[-1] if left else None))
    return out


def _sectors(counts, sectors):
    """Several counts and at least as many sector runs: an order-keeping one-to-one match of
    least total distance ("пять заводов, электробусы — три"); else the nearest run."""
    if not sectors:
        return [None] * len(counts)
    k, n = len(counts), len(sectors)
    if k < 2 or n < k:
        return [min(sectors, key=lambda x: _dist(x, c)) for c in counts]
    inf = float("inf")
    best = [[inf] * (n + 1) for _ in range(k + 1)]
    back = [[0] * (n + 1) for _ in range(k + 1)]
    for j in range(n + 1):
        best[0][j] = 0
    for i in range(1, k + 1):
        for j in range(i, n + 1):
            skip = best[i][j - 1] if j > i else inf
            take = best[i - 1][j - 1] + _dist(counts[i - 1], sectors[j - 1])
            best[i][j], back[i][j] = (take, 1) if take <= skip else (skip, 0)
    out, i, j = [None] * k, k, n
    while i > 0:
        if back[i][j]:
            out[i - 1] = sectors[j - 1]
            i -= 1
        j -= 1
    return out


def _total(toks, counts, values, k, totals):
    """The whole a count is part of: "семь из двенадцати", "из них семь", "Из 19 ... 7",
    a TOTAL run."""
    c = counts[k]
    after = c[1]
    while after < len(toks) and toks[after].value.lower() != "из" and after - c[1] < 1:
        after += 1
    for j, other in enumerate(counts):  # "семь из двенадцати"
        if other[0] == c[1] + 1 and toks[c[1]].value.lower() == "из":
            return values[j]
    for t in totals:
        if t[0] == c[1] + 1 and toks[c[1]].value.lower() == "из":
            return value_of(toks[t[0]:t[1]])
    if k and _subset_cue(toks, counts[k - 1][1], c[1] + 4):
        return values[k - 1]
    wholes = [(o, values[j]) for j, o in enumerate(counts)
              if j != k and o[0] > 0 and toks[o[0] - 1].value.lower() == "из" and o[0] < c[0]]
    wholes += [(t, value_of(toks[t[0]:t[1]])) for t in totals]
    if wholes:
        return min(wholes, key=lambda x: _dist(x[0], c))[1]
    return None


def is_whole(toks: list, c: tuple[int, int]) -> bool:
    """A number said as a whole that others are part of: "из 120 подрядчиков", "28
    организаций, включая ...", "пять компаний, две из которых ..."."""
    return (c[0] > 0 and toks[c[0] - 1].value.lower() in ("из", "среди")) or \
        _subset_cue(toks, c[1], c[1] + 7)


def assemble(toks: list, ents: list[tuple[int, int, str]]) -> list[dict]:
    spans = {lab: sorted((s, e) for s, e, la in ents if la == lab)
             for lab in ("COUNT", "OBJECT", "SECTOR", "TOTAL")}
    counts, values = [], []
    for c in spans["COUNT"]:
        value = value_of(toks[c[0]:c[1]])
        if value is not None:
            counts.append(c)
            values.append(value)
    objects = _objects(counts, spans["OBJECT"])
    sectors = _sectors(counts, spans["SECTOR"])
    facts = []
    for k, c in enumerate(counts):
        o, sec = objects[k], sectors[k]
        if o is None or sec is None:
            continue
        obj = object_of(toks[o[0]])
        sector = sector_of(toks, sec[0], sec[1], obj)
        if obj and sector:
            fact = {"count": values[k], "object": obj, "sector": sector,
                    "total": _total(toks, counts, values, k, spans["TOTAL"])}
            if fact not in facts:
                facts.append(dict(fact, whole=is_whole(toks, c)))
    return facts


def count_values(toks: list, ents) -> set[int]:
    return {v for s, e, lab in ents if lab == "COUNT" for v in [value_of(toks[s:e])] if v}
