"""What a noun of action keeps after it as the work's own, though it looks like where the
firms are (docs/gold-conventions.md, "The sector phrase's extent"; issue 11).

:mod:`.sector_extent_kept` and :mod:`.sector_extent_tree` end a sector phrase before where or
when the firms are (:func:`.sector_extent_where.where`); after a noun of action some of those
phrases say where the work goes or is done, and stay (``sector_extent_work.tsv``):

* the origin and route of a noun of moving goods or people, a proper name included
  ("экспедирование грузов из Китая", "экспорт зерна через порт Азов"; not the named origin
  of an export: "экспорт одежды из Узбекистана" says where the exporters are) and its destination
  of a common noun (a country is where the firms sell: "доставка посылок в Казахстан", as
  "мёд в Китай"; a route head keeps it, :mod:`.sector_extent_kept`) (:func:`own_phrase`); a
  place noun there is where the firms are ("из области", "с автовокзала") unless it is a
  site of the work;
* a site of the work ("вывоз снега с придомовых территорий", "уборка снега во дворах"), not an
  area (a named one, or one site with a genitive: "на территории Ленинградской области",
  "на территории муниципального образования");
* waters the work is done in, not named ("вылов рыбы во внутренних водоёмах"; a named sea is
  where the firms fish, as a region);
* "на основе / на базе X" after any head ("лекарства на основе антител"; not "на коммерческой
  основе": how the work is done);
* the kind of institution a catering or care service serves ("горячее питание в
  образовательных учреждениях": ``served_head`` / ``served_place`` rows of
  ``sector_kept_tails.tsv``);

such a phrase is taken in also where the parser hangs it on the verb whose object the
sector phrase is (:func:`own_on_verb`);

and it takes in a vehicle in the instrumental after a carriage noun ("перевозки пассажиров
автобусами") and the dative of a noun of help ("помощь бездомным"; not the public:
"помощь населению района") (:func:`object_after`).
A measure in the instrumental ends the phrase ("ветропарки общей мощностью": :func:`size`), and
so do the places goods are sold to ("молочная продукция в школьные столовые": :func:`sold_to`).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..lexicons import load_rows
from .folded import folded_lemma
from .sector_extent_where import WHERE_PREPS, capital, case_of, counted, destination, outside, \
    place_noun
from .sector_lexicon import lexicon
from .sector_measures import measure_lemmas

_ORIGIN_PREPS = frozenset({"с", "со", "из", "через", "к", "ко"})


@lru_cache(maxsize=1)
def work_words() -> dict[str, frozenset[str]]:
    """``sector_extent_work.tsv`` by kind, with the route heads as motion nouns and the craft
    rows of ``sector_kept_tails.tsv`` as vehicles."""
    kinds: dict[str, set[str]] = {}
    for kind, lemma in (row[:2] for row in load_rows("sector_extent_work.tsv")):
        kinds.setdefault(kind, set()).add(lemma.lower().replace("ё", "е"))
    kinds.setdefault("motion", set()).update(outside()["route"])
    kinds.setdefault("vehicle", set()).update(outside()["craft"])
    for kind, lemma in (row[:2] for row in load_rows("sector_kept_tails.tsv")):
        if kind in ("served_head", "served_place"):
            kinds.setdefault(kind, set()).add(lemma.replace("ё", "е"))
    return {kind: frozenset(words) for kind, words in kinds.items()}


def _lemma(token) -> str:
    return folded_lemma(token).split("-")[-1]


def _is(token, kind: str) -> bool:
    lemma = _lemma(token)
    return lemma in work_words().get(kind, frozenset()) or any(
        lemma.endswith(w) for w in work_words().get(kind, frozenset()) if kind == "motion")


def _acting(token) -> bool:
    """A noun of action or activity (its ending, ``sector_activities.txt``) or of catching."""
    from .sector_tree_nodes import activities

    lemma = folded_lemma(token)
    return lemma in activities() or any(lemma.endswith(e) for e in outside()["action"]) \
        or _is(token, "fishing") or _is(token, "motion")


def _named(prep, noun) -> bool:
    """A proper name in the phrase after ``prep``: "из Китая", "на территории Ленинградской
    области"."""
    return any(t.pos_ == "PROPN" and not t.text.isupper() or capital(t)
               for t in noun.subtree if t.i > prep.i)


def moving(heads) -> bool:
    """One of ``heads`` is a noun of moving goods or people."""
    return any(h is not None and _is(h, "motion") for h in heads)


def own_phrase(morph, prep, noun, heads) -> bool:
    """The phrase ``prep`` + ``noun`` after one of ``heads`` is the work's own: an origin,
    destination or route of a motion noun, a site or waters of a noun of action, a basis."""
    word = prep.text.lower()
    if counted(noun):
        return False
    if word == "на" and _is(noun, "basis") and case_of(noun) == "loct" and any(
            k.dep_ == "nmod" and k.i > noun.i for k in noun.children):
        return True  # "на основе антител"; not "на коммерческой основе": how
    if word in WHERE_PREPS and any(h is not None and folded_lemma(h) in work_words()["served_head"]
                                   for h in heads) \
            and folded_lemma(noun) in work_words()["served_place"] and noun.text.islower():
        return True  # "горячее питание в образовательных учреждениях"
    acting = [h for h in heads if h is not None and _acting(h)]
    if not acting:
        return False
    if word in WHERE_PREPS and _is(noun, "waters") and case_of(noun) == "loct" \
            and not _named(prep, noun):
        return True  # "во внутренних водоёмах"; a named sea is where the firms fish, as a
        # region ("вылов минтая в Охотском море" -> вылов минтая)
    site = _is(noun, "site") and not _named(prep, noun) and (
        "Plur" in noun.morph.get("Number") or not any(
            k.dep_ == "nmod" and k.i > noun.i and not any(c.dep_ == "case" for c in k.children)
            for k in noun.children)
    )  # "на территории края", "на территории муниципального образования": an area
    if site and (word in WHERE_PREPS or word in _ORIGIN_PREPS):
        return True
    if not moving(acting):
        return False
    if word in WHERE_PREPS and destination(morph, noun):
        return not _named(prep, noun) and not place_noun(noun)  # "доставка посылок в
        # Казахстан", "в регионы": where the firms sell, as "мёд в Китай" (a route head
        # keeps it: sector_extent_kept); "в прошлую навигацию": when
    if word in ("из", "с", "со") and _named(prep, noun) and any(_is(h, "outbound")
                                                             for h in acting):
        return False  # "экспорт продукции из Узбекистана": where the exporters are
    if word in _ORIGIN_PREPS and not (word in ("с", "со") and case_of(noun) == "ablt"):
        return word == "через" or not place_noun(noun) and folded_lemma(noun) not in lexicon(
        ).fields  # "из области", "из частного сектора": where the firms are or work;
        # "через порт Азов": the route
    return False


def sold_to(morph, prep, noun, heads) -> bool:
    """"в школьные столовые" after a product ("молочная продукция в школьные столовые"): the
    places the goods are sold to, a destination of kinds (plural, with an adjective) after no
    noun of action or moving; no part of the sector (like "мёд в Китай"); "торты на заказ",
    "розы на срез" stay."""
    return prep.text.lower() in WHERE_PREPS and noun.pos_ == "NOUN" and noun.text.islower() \
        and "Plur" in noun.morph.get("Number") and destination(morph, noun) \
        and any(c.dep_ == "amod" for c in noun.children) \
        and not any(h is not None and _acting(h) for h in heads)


def own_on_verb(morph, doc, k: int, verb: Optional[int], root):
    """The work's own phrase opening at ``k`` that the parser hangs on the verb whose object
    the sector phrase is ("разрабатывающих лекарства на основе антител", "организующих горячее
    питание в образовательных учреждениях"): its noun."""
    prep = doc[k]
    if verb is None or prep.pos_ != "ADP" or prep.head.i <= k or prep.head.head.i != verb:
        return None
    noun = prep.head
    return noun if noun.pos_ in ("NOUN", "PROPN") and own_phrase(morph, prep, noun, (root,)) \
        else None


def object_after(doc, sent, k: int, span: set[int], root, above=None):
    """The noun opening at ``k`` (after its adjectives) that is a vehicle in the
    instrumental after a carriage noun or the dative of a noun of help, hung on the phrase
    (or where the parser hangs it, on the word ``above`` the phrase)."""
    j = k
    while j < sent.end and doc[j].pos_ == "ADJ" and doc[j].head.i > j:
        j += 1
    if j >= sent.end:
        return None
    noun = doc[j]
    if noun.pos_ not in ("NOUN", "PROPN", "ADJ") or not (
            noun.head.i in span or noun.head.i == above) \
            or any(c.dep_ == "case" for c in noun.children):
        return None
    head = noun.head if noun.head.i in span else root
    if case_of(noun) == "ablt" and noun.pos_ == "NOUN" and _is(noun, "vehicle") \
            and moving([head, root]):
        return noun
    if case_of(noun) == "datv" and _is(head, "dative") and noun.pos_ != "PROPN" \
            and noun.text.islower() and not _is(noun, "public"):
        return noun  # "помощь бездомным"; not "помощь населению района": whom it serves
    return None


def size(token) -> bool:
    """A measure in the instrumental ("общей мощностью": ``sector_measure_adjuncts.txt``, read by
    :mod:`.sector_measures`) or a genitive of scale ("регионального масштаба") inside a sector
    phrase."""
    case = case_of(token)
    return token.pos_ == "NOUN" and not any(c.dep_ == "case" for c in token.children) and (
        case == "ablt" and _lemma(token) in measure_lemmas() or case == "gent"
        and folded_lemma(token) in outside()["measure"])


def origin_kept(morph, before: str, *words: Optional[str]) -> bool:
    """A "с" + genitive tail of a sector string after a noun of action ("вывоз снега с
    придомовых территорий", "уборка снега с крыш") that is a site of the work, not a place
    the firms are at ("перевозки с автовокзала")."""
    from .morph import word_lemmas

    motion = work_words()["motion"]
    if not any(lemma in motion or any(lemma.endswith(e) for e in outside()["action"])
               for w in before.split() for lemma in word_lemmas(morph, w.lower(), ("NOUN",))):
        return False
    return any(word and word_lemmas(morph, word.lower(), ("NOUN",)) & work_words()["site"]
               for word in words)  # "с крыш жилых домов": the noun, then its adjective


__all__ = ["moving", "object_after", "origin_kept", "own_on_verb", "own_phrase", "size",
           "sold_to", "work_words"]
