"""Head and modifier words that steer the ОКВЭД 2 codes of a sector name
(``lexicons/okved_heads.tsv``), beside the synonym matching of :mod:`okved`:

- ``service``: more nouns of a service on goods ("установка пластиковых окон" is 43: the
  windows add no 22);
- ``farming``: raising something is the section-A division of what is raised
  ("выращивание осетровых видов рыб" 03, not also 01 and 10);
- ``trade``: trading a service or an intangible (no goods of sections A-C) is that
  service's division ("экспорт программного обеспечения" 62, "продажа туров" 79);
- ``material``: a material before goods of a material division is their division
  ("стеклопластиковые трубы" 22, not 24);
- ``delivery``: delivering goods grown or made (sections A, C) is their retail trade
  ("доставка цветов", "доставка бутилированной воды" 47; "доставка угля" keeps 05);
- ``repair``: the repair of goods of one division is the repair division ("ремонт
  грузовиков" 45, "ремонт тракторов" 33);
- ``equipment`` and ``served``: goods in general "для" a served domain are the division
  making goods for it ("оборудование для метро" 30, "продукция для медицины" 26, 32);
- ``manner``: an adjective right before the head naming how the service is done
  ("курьерская доставка еды" 53);
- ``learner`` and ``discipline``: a subject "для" learners is teaching ("программирование
  для детей" 85).
No row, no steering: the matcher's own codes stay.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from importlib import resources

from ..lexicons import load_list
from .morph import Morph

_WORD = re.compile(r"[\w-]+")
_STOPS = frozenset({"и", ",", "или"})
_FARM = frozenset({"01", "02", "03"})

Positions = tuple[frozenset[str], ...]


@lru_cache(maxsize=None)
def _table(morph: Morph) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    text = resources.files("rufacts").joinpath("lexicons", "okved_heads.tsv") \
        .read_text(encoding="utf-8")
    out: dict[str, list] = defaultdict(list)
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, phrase, *rest = [c.strip() for c in line.split("\t")]
        words = tuple(morph.parse(w)[0].normal_form.replace("ё", "е")
                      for w in _WORD.findall(phrase.lower().replace("ё", "е")))
        out[kind].append((words, rest[0] if rest else ""))
    return {k: tuple(v) for k, v in out.items()}


def _row_at(morph: Morph, kind: str, positions: Positions, k: int) -> str | None:
    """The codes column of a ``kind`` row whose last word stands at ``k`` (its words in a
    row before it: "техническое обслуживание"), or None."""
    for words, codes in _table(morph).get(kind, ()):
        i = k - len(words) + 1
        if i >= 0 and all(w in positions[i + n] for n, w in enumerate(words)):
            return codes
    return None


def _row_from(morph: Morph, kind: str, positions: Positions, k: int) -> str | None:
    """The codes column of a ``kind`` row whose first word stands at ``k``."""
    for words, codes in _table(morph).get(kind, ()):
        if k + len(words) <= len(positions) and \
                all(w in positions[k + n] for n, w in enumerate(words)):
            return codes
    return None


@lru_cache(maxsize=None)
def service_heads(morph: Morph) -> frozenset[str]:
    return frozenset(w[0] for w, _ in _table(morph).get("service", ()) if len(w) == 1)


def _next_to(positions: Positions, head: int, at: set[int]) -> bool:
    """A match right after the head (an adjective may stand between), not across "и"."""
    first = min(at)
    return first in (head + 1, head + 2) and \
        all(not positions[g] & _STOPS for g in range(head + 1, first))


def steer(morph: Morph, positions: Positions, head: int | None, best: dict, table: dict,
          goods: int | None = None) -> list[str] | None:
    """The codes a trade, repair, farming head or a material of the goods (at ``goods``:
    the head, or the goods after a making noun) gives the sector, or None."""
    if head is None:
        return None
    manner = _row_at(morph, "manner", positions, head - 1) if head else None
    if manner:  # "курьерская доставка еды" 53 (w128)
        return manner.split(",")
    after = [(codes, at) for codes, at in best.values() if head not in at and min(at) > head]
    near = [(codes, at) for codes, at in after if _next_to(positions, head, at)]
    if near and _row_at(morph, "trade", positions, head) is not None:
        codes = {c for cs, _ in near for c in cs}
        if all(table[c].section not in "ABCG" for c in codes):
            return sorted(codes, key=lambda c: (not c.isdigit(), c))
    retail = _row_at(morph, "retail", positions, head)
    if near and retail and not any("оптовый" in p for p in positions):
        codes = {c for cs, _ in near for c in cs}  # "реализация нефтепродуктов" 47, not 19
        if all(table[c].section in "ABC" for c in codes):  # cars and their parts 45
            return sorted({"45" if c == "29" else retail for c in codes})
    if near and _row_at(morph, "trade", positions, head) is not None and \
            {c for cs, _ in near for c in cs} == {"29"}:  # "торговля автозапчастями" 45,
        return ["45"]  # wholesale and retail alike (w118)
    delivery = _row_at(morph, "delivery", positions, head)
    if near and delivery:  # "доставка цветов" 47: goods grown or made, not mined ("доставка
        codes = {c for cs, _ in near for c in cs}  # угля" keeps 05)
        if all(table[c].section in "AC" for c in codes):
            return [delivery]
    repair = _row_at(morph, "repair", positions, head)
    if near and repair and not any(head in at and max(at) > head for _, at in best.values()):
        # a synonym of the head with its goods keeps its codes ("обслуживание буровых установок" 09)
        to = dict(pair.split(":") for pair in repair.split(","))
        codes = {c for cs, _ in near for c in cs}
        if codes and all(c in to for c in codes):
            return sorted({to[c] for c in codes})
    if _row_at(morph, "builds", positions, head) is not None and _built(morph, positions, head):
        return ["41"]  # "строительство складов", "возведение школ" (w146)
    material = _material(morph, positions, goods, best) if goods is not None else None
    if material:
        return material
    if after and _row_at(morph, "farming", positions, head) is not None:
        farm = {c for cs, _ in after for c in cs} & _FARM
        if farm:
            return sorted(farm)
    return None


def _built(morph: Morph, positions: Positions, head: int) -> bool:
    """A building right after a noun of building work (an adjective may stand between)."""
    return any(_row_at(morph, "building", positions, k) is not None and
               all(not positions[g] & _STOPS for g in range(head + 1, k))
               for k in (head + 1, head + 2) if k < len(positions))


def _material(morph: Morph, positions: Positions, head: int, best: dict) -> list[str] | None:
    """The division of a material said before goods of a material division (or right
    after them: "трубы ПВХ"), or None."""
    own = {c for cs, at in best.values() if head in at for c in cs}
    divisions = {c for _, cs in _table(morph).get("material_of", ()) for c in cs.split(",")}
    if not own or not own <= divisions:
        return None
    near = [*range(head), *(k for k in (head + 1, head + 2) if k < len(positions)
                            and all(not positions[g] & _STOPS for g in range(head + 1, k)))]
    found = {_row_at(morph, "material", positions, k) for k in near} - {None}
    if len(found) != 1 or found == {",".join(sorted(own))}:
        return None
    return sorted(found.pop().split(","))


def served(morph: Morph, before: Positions, head: int | None, after: Positions,
           generic: bool) -> tuple[str, ...] | None:
    """The codes of "X для Y" that Y steers: a discipline for learners is teaching (85);
    goods or equipment in general for a served domain are its goods division."""
    if not after:
        return None
    learners = any(_row_from(morph, "learner", after, k) is not None
                   for k in range(min(2, len(after))))
    if learners and any(_row_from(morph, "discipline", before, k) is not None
                        for k in range(len(before))):
        return ("85",)
    if head is None:
        return None
    goods = generic and head < len(before) or \
        _row_at(morph, "equipment", before, head) is not None
    if not goods:
        return None
    for k in range(min(2, len(after))):
        codes = _row_from(morph, "served", after, k)
        if codes:
            return tuple(c.strip() for c in codes.split(","))
    return None


def names_firms(positions: Positions) -> bool:
    """Whether a word names firms (``sector_objects.txt``): "полисы для IT-компаний" are
    for customers, not for an industry."""
    objects = load_list("sector_objects.txt")
    return any(p & objects for p in positions)


__all__ = ["names_firms", "served", "service_heads", "steer"]
