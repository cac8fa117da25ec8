"""Prepositional tails that belong to a sector phrase's activity noun (w108, sector phrase
extent): the phrase is kept as the sentence says it (docs/gold-conventions.md, `sector`).

``sector_kept_tails.tsv`` lists five classes:

* "на <adjective> языке" under any head: the language of the product or service ("книги на
  татарском языке", "обучение на английском языке");
* "после X" under an activity that treats or cleans up after X ("медицинская реабилитация
  после инсульта", "уборка после ремонта"); X a common noun that names no time or place
  (``around`` cues: "после 2020 года" is the clause's);
* "по" + a proper name under a travel or carriage noun: the route it serves
  ("туристические перевозки по Енисею", "сплавы по Катуни"); a common place noun is still
  cut by :meth:`TreeWords.route` ("морские круизы по Белому морю");
* a building or premises in the genitive under a work done on it ("уборка помещений",
  "строительство складов"; :func:`kept_site`, w127), though a building alone is no sector;
* "в" + the kind of institution a catering or care service is for ("горячее питание в
  школах", "питание в детских садах"; w127), not a town or region ("питание в Казани").

Read by :meth:`rufacts.grammars.sector_tree_words.TreeWords._subtree` (the tree's phrase)
and :func:`language_tail` by the surface grammar (``grammars.sectors._after_noun``).
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicons import load_rows


@lru_cache(maxsize=1)
def _rows() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for row in load_rows("sector_kept_tails.tsv"):
        kinds.setdefault(row[0], set()).add(row[1].lower())
    return {k: frozenset(v) for k, v in kinds.items()}


def language_nouns() -> frozenset[str]:
    """"язык" of "на татарском языке"."""
    return _rows().get("language", frozenset())


def language_noun(token) -> bool:
    """A surface-grammar token whose noun reading is a language noun ("языке")."""
    from .sector_words import lemmas

    return bool(lemmas(token, frozenset({"NOUN"})) & language_nouns())


def kept_site(head_lemma: str, kid) -> bool:
    """A building or premises noun in the genitive (a tree node) under a work done on it:
    "уборка помещений", "роботизация складов" (w127; ``site_head`` and ``site`` rows)."""
    head = head_lemma.lower().rsplit("-", 1)[-1]
    if not (kid.pos == "NOUN" and kid.case == "gent" and kid.text.islower()
            and head in _rows().get("site_head", frozenset())):
        return False
    lemma = kid.lemma.lower()
    if lemma in _rows().get("site_many", frozenset()):  # "охрана школ", not "строительство
        from .morph import get_morph  # школы" (one project)

        return any(p.tag.case == "gent" and p.tag.number == "plur"
                   for p in get_morph().parse(kid.text.lower()))
    return lemma in _rows().get("site", frozenset())


def kept_tail(head_lemma: str, prep: str | None, kid, ends: frozenset[str]) -> bool:
    """A ``prep`` + ``kid`` phrase (a tree node) under a head of ``head_lemma`` that stays in
    the sector; ``ends``: the place and time lemmas (``around``, ``site`` cues)."""
    head = head_lemma.lower().rsplit("-", 1)[-1]
    lemma = kid.lemma.lower()
    if kid.pos not in ("NOUN", "PROPN") or lemma in ends:
        return False
    if prep == "на":
        return lemma in language_nouns() and kid.text.islower()
    if prep == "после":
        return head in _rows().get("after_head", frozenset()) and kid.text.islower()
    if prep == "по":
        return head in _rows().get("route_head", frozenset()) and kid.text[:1].isupper() \
            and not kid.text.isupper()
    if prep == "в":  # "горячее питание в школах": the institutions a service is for
        return head in _rows().get("served_head", frozenset()) and kid.text.islower() \
            and lemma in _rows().get("served_place", frozenset())
    return False


__all__ = ["kept_tail", "language_noun", "language_nouns"]
