"""The learned sector reader's assembly: tagged token spans -> sector-count facts, normalized
with the rules' own helpers (the spaCy side is :mod:`rufacts.components.sector_learned`).

The tagger (``models/sector_tagger``, trained by ``scripts/sector_tagger``) marks runs of
:func:`~rufacts.grammars.sector_words.tokenize` tokens COUNT, OBJECT, SECTOR or TOTAL;
:func:`assemble` reads them as facts:

count   ``count_value`` of the COUNT run (the rules' reader);
object  the first OBJECT token after the count before the next count, else the nearest
        before it; its lemma as the rules give it (``written_lemma`` / ``object_lemma``,
        short capitals as written);
sector  the SECTOR run nearest the count (several counts and as many runs: matched in
        order); one sector adjective by ``adjective_sectors``, else ``sector_name`` in the
        case the phrase's words agree in;
total   "M из N", a subset cue ("из них", "в том числе", ...) after the count before,
        "Из N ..., M", or the nearest TOTAL run.

>>> from rufacts.grammars.morph import get_morph
>>> text = "Стивидорных компаний в порту работает более 200."
>>> toks = tokenize(get_morph(), text)
>>> [t.value for t in toks][:3]
['Стивидорных', 'компаний', 'в']
>>> facts = assemble(toks, [(0, 1, "SECTOR"), (1, 2, "OBJECT"), (6, 7, "COUNT")])
>>> [(f["count"], f["object"], f["sector"], f["total"]) for f in facts]
[(200, 'компания', 'стивидорная деятельность', None)]
>>> text[facts[0]["count_start"]:facts[0]["count_stop"]]
'200'
"""
from __future__ import annotations

from typing import Optional, Sequence

from .morph import get_morph
from .sector_context import adjective_sectors, count_value, object_lemma, written_lemma
from .sector_normal import sector_name
from .sector_words import forms, in_case, tokenize

LABELS = ("COUNT", "OBJECT", "SECTOR", "TOTAL")
CASES = ("accs", "nomn", "gent", "loct", "ablt", "datv")  # of equal readings, the plural
SUBSET = (("из", "них"), ("из", "которых"), ("в", "том"), ("включая",), ("среди", "них"),
          ("из", "этих"), ("в", "т"), ("в", "их"), ("из", "числа"), ("среди", "которых"))
_GENITIVE_BEFORE = frozenset({"из", "для", "от", "до", "у", "без", "среди", "около", "кроме"})
_LOCATIVE_BEFORE = frozenset({"в", "во", "на", "о", "об", "при"})

Ents = Sequence[tuple[int, int, str]]  # (first token, token after the last, label)


def value_of(toks: Sequence) -> Optional[int]:
    """The number a run of tokens says ("1 200", "сорока", "2 тыс."), or None."""
    try:
        return count_value(get_morph(), toks)
    except Exception:  # noqa: BLE001 - a reading the rules' helper does not expect
        return None


def object_of(token) -> Optional[str]:
    """The counted noun's normal form, as the rules give it: a fused compound's own lemma
    ("фармзавод") first, then the object lexicon's lemma, then the first noun reading;
    short capitals ("ИП", "КФХ") as written."""
    if not forms(token):
        return token.value if token.value.isupper() else None
    if token.value.isupper() and len(token.value) <= 5:
        return token.value
    found = written_lemma(token) or object_lemma(token)
    if found:
        return found
    nouns = [f.normalized for f in forms(token) if "NOUN" in f.grams.values]
    return nouns[0] if nouns else forms(token)[0].normalized


def counted_noun(token) -> bool:
    """The token is a noun the rules count (``sector_objects.txt``, a fused compound of one,
    or short capitals such as "ИП"): "заводов", "фармзаводов", "КФХ"; not "переходов",
    "десятилетий" (on the gold spans of the 35 files it drops about 40 of 7,000 facts: "разрезов",
    "площадок", "команд")."""
    if token.value.isupper() and len(token.value) <= 5 and token.value.isalpha():
        return True
    return bool(forms(token)) and bool(object_lemma(token) or written_lemma(token))


def lemma_norm(word: str) -> str:
    """The word's first pymorphy3 lemma (digits and punctuation as written, lower case): the
    NORM of a token for a model trained on lemma norms."""
    parses = get_morph().parse(word)
    return (parses[0].normal_form if parses else word.lower()).replace("ё", "е")


def words_spaces(toks: Sequence, text: str) -> tuple[list[str], list[bool]]:
    """The words of the tokens and whether text follows each before the next (a Doc's
    ``words`` and ``spaces``)."""
    words = [t.value for t in toks]
    spaces = [toks[i].span.stop < (toks[i + 1].span.start if i + 1 < len(toks) else len(text))
              for i in range(len(toks))]
    return words, spaces


def _dist(a: tuple[int, int], b: tuple[int, int]) -> int:
    return 0 if a[0] < b[1] and b[0] < a[1] else min(abs(a[0] - b[1]), abs(b[0] - a[1]))


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


def _case(group: Sequence, before=None) -> Optional[str]:
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


def _place(token) -> bool:
    """A capitalized place name ("Москвы", "Кубани"): pymorphy3's Geox."""
    return token.value[:1].isupper() and any("Geox" in f.grams.values for f in forms(token))


def sector_of(toks: Sequence, s: int, e: int, obj: Optional[str]) -> Optional[str]:
    """The sector a SECTOR run ``toks[s:e]`` names (``obj``: the counted noun); a place name
    at its end is no part of it ("корпоративного такси Москвы"), unless a preposition
    governs it ("сплавы по Катуни")."""
    group = toks[s:e]
    while len(group) > 1 and _place(group[-1]) and forms(group[-2]) and not any(
            "PREP" in f.grams.values or "CONJ" in f.grams.values for f in forms(group[-2])):
        group = group[:-1]
    if len(group) == 1:
        try:
            names = adjective_sectors(group, obj)
        except Exception:  # noqa: BLE001
            names = []
        if names:
            return names[0]
    try:
        name = sector_name(get_morph(), group, _case(group, toks[s - 1] if s else None)) or None
    except Exception:  # noqa: BLE001
        name = " ".join(t.value for t in group)
    return _lower_first(name) if name else None


def _subset_cue(toks: Sequence, lo: int, hi: int) -> bool:
    words = [t.value.lower() for t in toks[max(lo, 0):hi]]
    return any(tuple(words[k:k + len(cue)]) == cue for cue in SUBSET for k in range(len(words)))


def _objects(counts, objects):
    """Each count's noun: the first one after it before the next count, else the nearest
    one before it."""
    out = []
    for k, c in enumerate(counts):
        stop = counts[k + 1][0] if k + 1 < len(counts) else 10 ** 6
        right = [o for o in objects if c[0] <= o[0] < stop]
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


def is_whole(toks: Sequence, c: tuple[int, int]) -> bool:
    """A number said as a whole that others are part of: "из 120 подрядчиков", "28
    организаций, включая ...", "пять компаний, две из которых ..."."""
    return (c[0] > 0 and toks[c[0] - 1].value.lower() in ("из", "среди")) or \
        _subset_cue(toks, c[1], c[1] + 7)


def assemble(toks: Sequence, ents: Ents, counted_only: bool = True) -> list[dict]:
    """Facts of one sentence's tagged spans: dicts of ``count``, ``object``, ``sector``,
    ``total`` (each 4-tuple once), ``whole`` (:func:`is_whole`), the character offsets of the
    count (``count_start``, ``count_stop``) and of the tokens the fact was read from
    (``start``, ``stop``). ``counted_only``: a fact's OBJECT must be a :func:`counted_noun`
    (the tagger's counts of non-firms, "два подземных перехода", are dropped)."""
    spans = {lab: sorted((s, e) for s, e, la in ents if la == lab) for lab in LABELS}
    counts, values = [], []
    for c in spans["COUNT"]:
        value = value_of(toks[c[0]:c[1]])
        if value is not None:
            counts.append(c)
            values.append(value)
    objects = _objects(counts, spans["OBJECT"])
    sectors = _sectors(counts, spans["SECTOR"])
    facts: list[dict] = []
    seen: list[dict] = []
    for k, c in enumerate(counts):
        o, sec = objects[k], sectors[k]
        if o is None or sec is None or (counted_only and not counted_noun(toks[o[0]])):
            continue
        obj = object_of(toks[o[0]])
        sector = sector_of(toks, sec[0], sec[1], obj)
        if not (obj and sector):
            continue
        fact = {"count": values[k], "object": obj, "sector": sector,
                "total": _total(toks, counts, values, k, spans["TOTAL"])}
        if fact in seen:
            continue
        seen.append(fact)
        first, last = min(c[0], o[0], sec[0]), max(c[1], o[1], sec[1]) - 1
        facts.append(dict(fact, whole=is_whole(toks, c),
                          count_start=toks[c[0]].span.start, count_stop=toks[c[1] - 1].span.stop,
                          start=toks[first].span.start, stop=toks[last].span.stop))
    return facts


def count_values(toks: Sequence, ents: Ents) -> set[int]:
    """The numbers of the COUNT runs."""
    return {v for s, e, lab in ents if lab == "COUNT" for v in [value_of(toks[s:e])] if v}


__all__ = ["LABELS", "assemble", "count_values", "counted_noun", "is_whole", "lemma_norm",
           "object_of", "sector_of", "tokenize", "value_of", "words_spaces"]
