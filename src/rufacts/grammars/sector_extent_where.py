"""Where or when the firms are, beside a sector phrase in its parsed sentence
(docs/gold-conventions.md, "The sector phrase's extent"; issue 11).

The readers :mod:`.sector_extent_tree` and :mod:`.sector_extent_kept` ask of a phrase after
(or inside) a sector phrase: "в Кузбассе", "в промзоне", "в городах-миллионниках", "в этом
году", "на экспорт", "за рубеж", "в реестре Минцифры" say where or when the firms are, or
their market, and end the phrase (:func:`where`); a destination ("в Абхазию", "на Алтай")
and a place of the work ("на дому", "в школах") are the work's own. The words come from
``sector_extent_outside.tsv``, the ``route_head`` rows of ``sector_kept_tails.tsv`` and the
"around", "site", "register", "resident" and "vague" cues (:func:`outside`, read once).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..lexicons import load_rows
from .folded import folded_lemma
from .morph import UD_CASES, Morph
from .sector_lexicon import lexicon

WHERE_PREPS = frozenset({"в", "во", "на"})


@lru_cache(maxsize=1)
def outside() -> dict[str, frozenset[str]]:
    """The words beside a sector phrase by kind: place, market, around, programme, action,
    route, measure, manner, served, vague."""
    kinds: dict[str, set[str]] = {}
    for kind, lemma in (row[:2] for row in load_rows("sector_extent_outside.tsv")):
        kinds.setdefault(kind, set()).add(lemma.lower().replace("ё", "е"))
    lex = lexicon()
    programme = kinds.get("programme", set()) | lex.first_words("register")
    return {"place": frozenset(kinds.get("place", set()) | lex.first_words("site")),
            "market": frozenset(kinds.get("market", set()) | programme),
            "around": lex.first_words("around"),  # said after "в" only: "в составе"
            "programme": frozenset(programme),
            "action": frozenset(kinds.get("action", set())),
            "route": frozenset(row[1] for row in load_rows("sector_kept_tails.tsv")
                               if row[0] == "route_head"),
            "craft": frozenset(row[1] for row in load_rows("sector_kept_tails.tsv")
                               if row[0] == "craft"),
            "measure": frozenset(kinds.get("measure", set())),
            "manner": frozenset(kinds.get("manner", set())),
            "served": frozenset(kinds.get("served", set()) | lex.first_words("resident")),
            "vague": lex.first_words("vague")}


def case_of(token) -> Optional[str]:
    """The token's case as pymorphy2 names it ("gent", "ablt"), from its UD morph."""
    case = token.morph.get("Case")
    return UD_CASES.get(case[0]) if case else None


def place_noun(token, around: bool = True) -> bool:
    """A noun of where or when: its lemma (or a hyphenated lemma's first part) in the
    place rows (with ``around``, the "в X" cues too); a field noun with a common genitive
    after it is a field ("в области биотехнологий"), no place."""
    from .morph import get_morph

    lemma = folded_lemma(token)
    places = outside()["place"] | (outside()["around"] if around else frozenset())
    lemmas = {lemma, lemma.split("-")[0]} | {  # the parser's lemma may be wrong: "парка"
        p.normal_form.replace("ё", "е") for p in get_morph().parse(token.text.lower())
        if p.tag.POS == "NOUN"}
    if not lemmas & places:
        return False
    return not (lemma in lexicon().fields and any(
        k.dep_ == "nmod" and k.i > token.i and (
            case_of(k) == "gent" and k.text.islower() or k.text.isupper())  # "в области ИИ"
        and not any(c.dep_ == "case" for c in k.children) for k in token.children))


def capital(token) -> bool:
    """A capitalised word not opening its sentence, or an opening quote."""
    return token.text[:1].isupper() and not token.text.isupper() \
        and token.i != token.sent.start or token.text in ("«", '"')


def _named(noun, prep=None) -> bool:
    """A proper name in the phrase: "в Кузбассе", "на Спортивной набережной", "на «Яндекс
    Маркете»"; not a name further down ("в школах Магнитогорска": школы)."""
    start = prep.i + 1 if prep is not None and prep.i < noun.i else noun.i
    return noun.pos_ == "PROPN" and not noun.text.isupper() or any(
        capital(t) for t in noun.doc[start:noun.i + 1]) or any(
        capital(k) for k in noun.children if k.dep_ in ("appos", "flat", "flat:name"))


def destination(morph: Morph, noun) -> bool:
    """A noun whose form is an accusative and no locative: "в Абхазию", "на Алтай"."""
    word = noun.text.lower().rsplit("-", 1)[-1]  # "в бизнес-инкубаторе": the last part
    if noun.doc[noun.i - 1].text in ("«", '"') or not morph.is_known(word):
        return False  # "на «Яндекс Маркете»": a name, its case unknown
    cases = {p.tag.case for p in morph.parse(word) if p.tag.POS == "NOUN"}
    return "accs" in cases and not cases & {"loct", "loc2", "datv"}


def counted(noun) -> bool:
    """A noun with a number of its own: "по 27 муниципальным маршрутам" says how much the
    firms do, not what."""
    return any(k.dep_.startswith("nummod") or k.pos_ == "NUM" for k in noun.children)


def where(morph: Morph, prep, noun) -> bool:
    """"в промзоне", "в Кузбассе", "в этом году", "в реестре": where or when the firms
    are; a destination ("в Абхазию", "на Алтай") and a place of the work ("на дому", "в
    школах") are the work's own."""
    word = prep.text.lower()
    if counted(noun) or word in WHERE_PREPS | {"за"} and folded_lemma(noun) in outside()["market"]:
        return True  # "на экспорт", "за рубеж", "в реестре Минцифры"; not "для маркетплейсов"
    if word not in WHERE_PREPS:
        return False
    if word in ("в", "во") and place_noun(noun) and not place_noun(noun, around=False):
        return True  # "в сезон", "в этом году": a time is never a destination
    if destination(morph, noun):
        return False
    return place_noun(noun) or _named(noun, prep)


__all__ = ["WHERE_PREPS", "capital", "case_of", "destination", "outside",
           "place_noun", "where"]
