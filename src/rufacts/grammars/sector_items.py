"""List items and earlier figures around the sector counts of one sentence (issue 11, list
families), read from the surface once the grammar and the tree have found their counts:

* ``elided``: a count whose noun is left out after a first count, with its sector after a
  dash ("20 проектов: 12 — в мясном скотоводстве, 5 — в овцеводстве", "и 12 — общественного
  питания", "…, 4 — производством мебели"); the noun and the whole are the count's before;
* ``elided_adjective``: an adjective whose noun is left out, the count after it
  ("гончарным ремеслом занимаются пять мастерских, кузнечным — три",
  "рыбопромысловых предприятий 124, рыбоперерабатывающих — 57"): the adjective's own
  sector (``sector_adjectives.tsv``), else the head noun of the sector before;
* ``table``: a table flattened into text, two items or more of "<sector> — N [noun]"
  ("металлургия — 14 компаний; химия — 11", "торговля — 312, строительство — 87: так
  распределились субъекты МСП"); every sector must have ОКВЭД codes, the noun is the
  items' own or the counted noun said once for all;
* ``earlier``: the figure of an earlier date for a count ("33 производителя автокомпонентов
  (годом ранее их было 25)", "32 компании против 35 годом ранее"): its own count with the
  noun and sector carried over and no whole. "с 30 до 11" is no earlier count (the gold
  files count the figure reached only).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from .morph import Morph
from .okved import okved_codes
from .sector_context import adjective_sectors, count_value, object_lemma
from .sector_coord_gaps import gapped_item
from .sector_coord_gaps import number_end as _number_end
from .sector_all_figures import all_figure
from .sector_earlier import earlier_figures
from .sector_lexicon import CASES
from .sector_normal import sector_name
from .sector_anchor import part_cue_length, sectorless_whole
from .sector_nouns import unbound_at
from .sector_number_tokens import is_scale
from .sector_number_tokens import is_count_number as _is_number
from .sector_tree_nodes import TreeCount
from .sector_words import forms, in_case, is_dash, lexicon, tokenize

_SEPARATORS = (",", ";", ":", "(", ")")
_ADJ = frozenset({"ADJF", "PRTF"})
_CASES = frozenset(CASES)
_NUMBERS = frozenset({"sing", "plur"})
_QUOTES = frozenset("«»\"“”„")
_MORE = frozenset({"ещё", "еще"})


@dataclass(frozen=True, slots=True)
class Anchor:
    """A count found before: its span and what its items carry over."""

    start: int
    stop: int
    object: str
    sector: str
    total: Optional[int]


def _segments(tokens: Sequence) -> list[list]:
    """Tokens between separators; "и"/"а" part items where a number is next to them."""
    out: list[list] = [[]]
    for k, t in enumerate(tokens):
        word = t.value.lower()
        near_number = any(0 <= j < len(tokens) and _is_number(tokens[j]) for j in (k - 1, k + 1))
        if t.value in _SEPARATORS or (word in ("и", "а") and near_number):
            out.append([])
        elif t.value not in (".", "!", "?") or out[-1] and is_scale(out[-1][-1]):
            out[-1].append(t)
    return [s for s in out if s]


def _object(token) -> Optional[str]:
    return object_lemma(token) if forms(token) else None


def _is_adjective(token) -> bool:
    return bool(forms(token)) and bool(forms(token)[0].grams.values & _ADJ)


def _has_noun(tokens: Sequence) -> bool:
    return any(f.grams.values & {"NOUN"} for t in tokens for f in forms(t)[:1]) or any(
        t.type == "LATIN" or (t.value.isupper() and len(t.value) > 1) for t in tokens)


class _Items:
    def __init__(self, morph: Morph, text: str, start: int, stop: int,
                 anchors: Sequence[Anchor]) -> None:
        self.morph, self.text, self.anchors = morph, text, list(anchors)
        self.start, self.stop = start, stop
        self.tokens = tokenize(morph, text, start, stop)

    def covered(self, seg: Sequence) -> Optional[Anchor]:
        return next((a for a in self.anchors if a.start < seg[-1].span.stop
                     and seg[0].span.start < a.stop), None)

    def coded(self, name: Optional[str]) -> bool:
        return bool(name) and bool(okved_codes(self.morph, name))

    def items(self) -> list[TreeCount]:
        out: list[TreeCount] = []
        anchor: Optional[Anchor] = None
        table: list[tuple[list, str, int, Optional[str]]] = []
        segs = _segments(self.tokens)
        for n, seg in enumerate(segs):
            hit = self.covered(seg) or self._colon_whole(seg)
            whole = None if hit or anchor else sectorless_whole(  # "14 резидентов, из
                self.morph, seg, segs[n + 1] if n + 1 < len(segs) else None)  # них шесть —"
            if hit is not None or whole is not None:
                anchor = hit or Anchor(whole[0], whole[1], whole[2], "", whole[3])
                continue
            if len(seg) > 2 and seg[0].value.lower() in _MORE and _is_number(seg[1]):
                seg = seg[1:]  # "…, ещё 41 — на строительстве мостов": one more item (w199)
            cue = part_cue_length(seg) if anchor is not None else 0
            seg = seg[cue + (not _is_number(seg[cue])):] if cue else seg  # "из них порядка"
            if anchor is not None and anchor.sector and not _is_number(seg[0]) and (
                    found := gapped_item(self.morph, seg, anchor.object)) is not None:
                pass  # "…, а производством вина — 58 компаний" (sector_coord_gaps)
            elif _is_number(seg[0]):
                found = self._elided(seg, anchor)
            elif _is_number(seg[-1]) or (len(seg) > 1 and _is_number(seg[-2])
                                         and is_scale(seg[-1])):
                found = self._inverted(seg) or self._elided_adjective(seg, anchor)
            else:
                found = None
            if found is None:
                row = self._row(seg)
                if row is not None:
                    table.append(row)
                continue
            out.append(found)
            anchor = Anchor(found.start, found.stop, found.object, found.sector, found.total)
        out += self._table(table)
        out += self._earlier()
        return out

    def _colon_whole(self, seg: list) -> Optional[Anchor]:
        """"в портфеле 40 компаний: 16 в кибербезопасности, …": a whole with no sector of
        its own before a colon; its items carry its noun and take it as their whole."""
        k = next((k for k, t in enumerate(self.tokens) if t is seg[-1]), None)
        if k is None or k + 1 >= len(self.tokens) or self.tokens[k + 1].value != ":" \
                or not _object(seg[-1]):
            return None
        j = len(seg) - 2
        while j >= 0 and _is_adjective(seg[j]) and not _is_number(seg[j]):
            j -= 1
        first = j
        while first > 0 and _is_number(seg[first - 1]):
            first -= 1
        value = count_value(self.morph, seg[first:j + 1]) if j >= 0 and _is_number(
            seg[j]) else None
        if value is None:
            return None
        return Anchor(seg[first].span.start, seg[-1].span.stop, _object(seg[-1]), "", value)

    # --- elided nouns --------------------------------------------------------
    def _elided(self, seg: list, anchor: Optional[Anchor]) -> Optional[TreeCount]:
        """"5 — в овцеводстве", "12 — общественного питания", "4 — производством мебели"."""
        end = _number_end(seg, 0)
        if anchor is None or end >= len(seg) - 1:
            return None
        value = count_value(self.morph, seg[:end])
        if is_dash(seg[end]):
            phrase = seg[end + 1:]
        elif seg[end].value.lower() in ("в", "во"):  # "16 в кибербезопасности, 13 в финтехе"
            phrase = seg[end:]
        elif seg[end].value.lower() == "из" and anchor.total and (
                _is_adjective(seg[end + 1]) or _has_noun(seg[end + 1:end + 2])):
            phrase = seg[end:]  # "48 экспортёров: 19 из агропромышленного комплекса, 17 из
            # машиностроения" (a part of a whole; not "12 из 40")
        else:
            return None
        while len(phrase) > 1 and phrase[-1].value in _QUOTES:
            phrase = phrase[:-1]  # "…и 11 в логистике», — сообщил"
        case = None
        if phrase[0].value.lower() in ("в", "во", "на") and len(phrase) > 1:
            phrase, case = phrase[1:], "loct"
        elif phrase[0].value.lower() in ("из", "к", "ко", "по") and len(phrase) > 1:
            # "четыре — из металлургии", "260 — к машиностроению", "две — по производству X"
            phrase, case = phrase[1:], "gent" if phrase[0].value.lower() == "из" else "datv"
        elif not in_case(phrase[0], "nomn") or _is_adjective(phrase[0]) and not any(
                in_case(t, "nomn") for t in phrase[1:2]):
            case = next((c for c in ("gent", "ablt") if in_case(phrase[0], c)), None)
        if value is None or case is None or not _has_noun(phrase):
            return None
        name = sector_name(self.morph, phrase, case)
        if not self.coded(name):
            return None
        return TreeCount(seg[0].span.start, seg[-1].span.stop, value, anchor.object, name,
                    anchor.total if anchor.total and anchor.total > value else None,
                    "elided")

    def _inverted(self, seg: list) -> Optional[TreeCount]:
        """"Рыбопромысловых предприятий в регионе 124", "Фармацевтических компаний в
        Татарстане — 14": sector adjectives, the counted noun (genitive plural), the count
        last."""
        k = next((k for k, t in enumerate(seg) if _is_number(t)), None)
        noun = next((j for j, t in enumerate(seg[:k]) if _object(t) and in_case(t, "gent")
                     and not in_case(t, "nomn")), None)
        if k is None or not noun or _number_end(seg, k) != len(seg) or not all(
                _is_adjective(t) for t in seg[:noun]):
            return None
        obj = _object(seg[noun])
        names = adjective_sectors(seg[:noun], obj)
        value = count_value(self.morph, seg[k:])
        if not names or value is None or any(_is_number(t) for t in seg[noun:k]):
            return None
        return TreeCount(seg[0].span.start, seg[-1].span.stop, value, obj, " и ".join(names), None,
                    "inverted")

    def _elided_adjective(self, seg: list, anchor: Optional[Anchor]) -> Optional[TreeCount]:
        """"кузнечным — три", "рыбоперерабатывающих — 57": an adjective, no noun, a count."""
        k = next((k for k, t in enumerate(seg) if _is_number(t)), None)
        if anchor is None or k is None or not _is_adjective(seg[0]) or _has_noun(seg[:k]) \
                and not any(t.value.lower() in ("в", "на") for t in seg[1:k]):
            return None
        value = count_value(self.morph, seg[k:])
        if value is None or _number_end(seg, k) != len(seg):
            return None
        own = adjective_sectors(seg[:1], anchor.object)
        # agreeing with the counted noun, the adjective is its own sector ("рыбопромысловых
        # предприятий …, рыбоперерабатывающих — 57"); else it stands for the sector's head
        # noun ("молочным животноводством занимаются 40 хозяйств, мясным — 25"); one that
        # agrees with the noun and names no industry only describes it ("новых — 14")
        if self._agrees(seg[0], anchor):
            name = own[0] if own else None
        else:
            name = self._with_head(seg[0], anchor.sector)
        if not name:
            return None
        return TreeCount(seg[0].span.start, seg[-1].span.stop, value, anchor.object, name,
                    anchor.total if anchor.total and anchor.total > value else None,
                    "elided_adjective")

    def _agrees(self, adjective, anchor: Anchor) -> bool:
        """The adjective can be in the case and number of the anchor's counted noun."""
        noun = next((t for t in self.tokens if anchor.start <= t.span.start < anchor.stop
                     and _object(t) == anchor.object), None)
        if noun is None:
            return True
        keys = {(c, n) for f in forms(noun) if "NOUN" in f.grams.values
                for c in _CASES & f.grams.values for n in _NUMBERS & f.grams.values}
        return any((c, n) in keys for f in forms(adjective) if f.grams.values & _ADJ
                   for c in _CASES & f.grams.values for n in _NUMBERS & f.grams.values)

    def _with_head(self, adjective, sector: str) -> Optional[str]:
        """"кузнечным" after "гончарное ремесло" -> "кузнечное ремесло"."""
        words = sector.split()
        if len(words) != 2:
            return None
        head = next((p for p in self.morph.parse(words[1]) if p.tag.POS == "NOUN"
                     and p.tag.case == "nomn"), None)
        first = next((p for p in self.morph.parse(words[0]) if p.tag.POS == "ADJF"), None)
        adj = next((p for p in self.morph.parse(adjective.value.lower())
                    if p.tag.POS == "ADJF"), None)
        if head is None or first is None or adj is None:
            return None
        grams = {"nomn", head.tag.number or "sing"}
        if head.tag.number != "plur" and head.tag.gender:
            grams.add(head.tag.gender)
        form = adj.inflect(grams)
        name = f"{form.word} {words[1]}" if form else None
        if name and (self.coded(name) or not self.coded(sector) and "Apro" not in adj.tag
                     and adj.normal_form not in lexicon().first_words("vague")):
            return name  # "новых — 14" after "пищевой промышленностью": no industry
        return None

    # --- tables --------------------------------------------------------------
    def _row(self, seg: list) -> Optional[tuple[list, str, int, Optional[str]]]:
        """"металлургия — 14 компаний", "химия — 11": (tokens, sector, count, object)."""
        dash = next((k for k, t in enumerate(seg) if is_dash(t)), None)
        if dash is None or dash == 0 or dash + 1 >= len(seg) or not _is_number(seg[dash + 1]):
            return None
        phrase = seg[:dash]
        if any(_is_number(t) for t in phrase) or not _has_noun(phrase) or not (
                in_case(phrase[-1], "nomn") or _has_noun(phrase[-1:]) and not forms(phrase[-1])
                or phrase[-1].value.isupper()):  # "IT — 15", "ЖКХ — 4"
            return None
        end = _number_end(seg, dash + 1)
        value = count_value(self.morph, seg[dash + 1:end])
        rest = seg[end:]
        obj = next((o for t in rest[:3] for o in [_object(t)] if o), None)
        if value is None or (rest and obj is None):
            return None
        name = sector_name(self.morph, phrase, "nomn")
        if name[:1].isupper() and name[1:2].islower():
            name = name[0].lower() + name[1:]
        return (seg, name, value, obj) if self.coded(name) else None

    def _table(self, rows: list) -> list[TreeCount]:
        if len(rows) < 2:
            return []
        inside = {id(t) for seg, *_ in rows for t in seg}
        noun = next((o for _, _, _, o in rows if o), None) or self._counted_noun(inside)
        if noun is None:
            return []
        return [TreeCount(seg[0].span.start, seg[-1].span.stop, value, obj or noun, name, None,
                     "table") for seg, name, value, obj in rows]

    def _counted_noun(self, inside: set) -> Optional[str]:
        """The noun the table counts, said once outside it: a counted noun, else a plural
        nominative noun that names no industry ("получатели", "субъекты МСП")."""
        rest = [t for t in self.tokens if id(t) not in inside]
        words = [t.value.lower() for t in rest]
        found = next((o for k, t in enumerate(rest) for o in [_object(t)]
                      if o and not unbound_at(words, k, o)), None)  # not "в разрезе отраслей"
        if found:
            return found
        for t in rest:
            form = next((f for f in forms(t)[:1] if {"NOUN", "nomn", "plur"}
                         <= f.grams.values), None)
            if form is not None and not self.coded(form.normalized) \
                    and t.value[:1].islower():
                return form.normalized
        return None

    # --- earlier figures -----------------------------------------------------
    def _earlier(self) -> list[TreeCount]:
        """Repeated figures after each count (:mod:`.sector_earlier`)."""
        out = []
        ends = sorted(a.start for a in self.anchors) + [self.stop]
        for a in self.anchors:
            limit = min((e for e in ends if e >= a.stop), default=self.stop)
            found = earlier_figures(self.morph, self.text, a.stop, limit) \
                or all_figure(self.morph, self.text, a, limit)  # "а всего их в крае 90"
            while found is not None:  # "в Узбекистане — 25, тогда как в России их около 60"
                own = found[3] if len(found) > 3 else None
                if not any((t.start, t.stop) == found[:2] for t in out):  # two anchors, one figure
                    out.append(TreeCount(found[0], found[1], found[2], own or a.object,
                                         self._sector_of(own, a), None, "earlier"))
                found = earlier_figures(self.morph, self.text, found[1], limit) \
                    if found[1] < limit else None
        return out

    def _sector_of(self, own: Optional[str], anchor: Anchor) -> str:
        """The sector of a figure said with its own noun: that of the sentence's count of the
        same noun ("3 торговые точки и 1 пекарня, а пять лет назад торговых точек было 7":
        торговля), else the anchor's (w199)."""
        if own and own != anchor.object:
            return next((a.sector for a in self.anchors if a.object == own and a.sector),
                        anchor.sector)
        return anchor.sector


def list_items(morph: Morph, text: str, start: int, stop: int,
               anchors: Sequence[Anchor]) -> list[TreeCount]:
    """The list items and earlier figures of the sentence ``text[start:stop]`` around the
    counts already found in it (``anchors``)."""
    return _Items(morph, text, start, stop, anchors).items()


__all__ = ["Anchor", "list_items"]
