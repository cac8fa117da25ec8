"""Tails of a sector phrase that say how or under what the firms work, cut off (w94).

Every reading of a sector phrase (the surface grammar and the tree rules) keeps a "по"/"с"
phrase after what the firms make; two kinds of them are no part of the sector
(docs/gold-conventions.md, `sector`):

* "по" or "с" + a frame noun (``sector_frame_nouns.tsv``): a programme, contract or document
  the work is done under ("строительные работы по муниципальным контрактам", "медицинская
  помощь по полису ОМС", "траулеры по программе инвестиционных квот"), or what the firm has
  ("автокомпоненты с оборотом свыше 50 млн евро");
* "с" + a word that can only be a genitive: where from ("перевозки с автовокзала"; not a site
  of the work after a noun of moving: "вывоз снега с придомовых территорий"), unlike
  "станки с ЧПУ", "мороженое с добавками" (instrumental: what it comes with) and a craft
  the work is done from ("внесение удобрений с дронов": its means);
* "в" + a frame noun: the scale of the work ("пчеловодство в промышленных масштабах", w168);
* "от" + who the thing comes from ("продукция от местных фермеров"), unlike what it is
  against ("лекарства от онкологии").

A "по" phrase that is the service itself stays ("услуги по уходу за пожилыми").
Read by :class:`rufacts.components.sectors.SectorsComponent`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import load_rows
from .sector_tech import tech_form

# a number may stand before the frame noun: "перевозки по 27 муниципальным маршрутам" (w127)
_TAIL = re.compile(r"\s+(по|с|со|от|в)\s+(?:\d+\s+)?(?:(\w+)\s+)?(\w[\w-]*)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _frames() -> frozenset[tuple[str, str]]:
    return frozenset((row[0], row[1]) for row in load_rows("sector_frame_nouns.tsv"))


def _lemmas(morph, word: str, pos: str) -> set[str]:
    return {p.normal_form for p in morph.parse(word.lower()) if p.tag.POS == pos}


def _genitive_only(morph, word: str) -> bool:
    """A noun that can follow "с" only as a genitive (no instrumental reading)."""
    nouns = [p for p in morph.parse(word.lower()) if p.tag.POS == "NOUN"]
    return bool(nouns) and not word.isupper() and all(p.tag.case != "ablt" for p in nouns) \
        and any(p.tag.case == "gent" for p in nouns)


def _source(morph, word: str) -> bool:
    """"от" + who a thing comes from: a name ("от Минобороны"), a person or a firm ("от
    местных фермеров", "от производителей"), not what it is against ("от онкологии",
    "от DDoS-атак")."""
    from .sector_words import lexicon

    last = word.rsplit("-", 1)[-1]
    if last[:1].isupper() and not last.isupper():
        return True
    nouns = [p for p in morph.parse(word.lower()) if p.tag.POS == "NOUN"]
    return any("anim" in p.tag or p.normal_form in lexicon().objects for p in nouns)


def _opens_frame(morph, prep: str, adjective: str | None, noun: str) -> bool:
    prep = "с" if prep.lower() == "со" else prep.lower()
    if adjective is not None and not _lemmas(morph, adjective, "ADJF") \
            and not _lemmas(morph, adjective, "PRTF"):
        # "по уходу за ...": the word after the preposition is the noun itself
        noun, adjective = adjective, None
    if prep == "от":
        return _source(morph, noun)
    if any((prep, lemma) in _frames() for lemma in _lemmas(morph, noun, "NOUN")):
        return True
    return prep == "с" and _genitive_only(morph, noun) and not _lemmas(
        morph, noun, "NOUN") & _crafts()  # "внесение удобрений с дронов": the means


@lru_cache(maxsize=1)
def _crafts() -> frozenset[str]:
    """Crafts and machines whose "с" + genitive is the means of the work (``craft`` rows of
    ``sector_kept_tails.tsv``, w191)."""
    return frozenset(row[1] for row in load_rows("sector_kept_tails.tsv") if row[0] == "craft")


def without_frame(morph, sector: str) -> str:
    """``sector`` without a closing tail of a frame ("... по муниципальным контрактам")."""
    from .sector_extent_work import origin_kept

    for found in _TAIL.finditer(sector):
        if found.start() and _opens_frame(morph, found.group(1), found.group(2),
                                          found.group(3)) and not (
                found.group(1).lower() in ("с", "со") and origin_kept(
                    morph, sector[:found.start()], found.group(2), found.group(3))):
            return sector[:found.start()]  # "вывоз снега с придомовых территорий" stays
    return sector


_LATIN_WORD = re.compile(r"[A-Z][A-Za-z0-9]*")


def named_only(values: list, said_as_field=None) -> list:
    """``values`` without those whose sector is one Latin word with no ОКВЭД codes: a
    company's name ("на долю ERG приходится ...") or a scrap of one ("B" of "B2B SaaS"),
    never an industry (every one-word Latin sector of the gold files has codes: IT, EdTech,
    IaaS, MedTech); a tech word of :mod:`.sector_tech` ("Foodtech", "GreenTech") is kept
    whether or not it has codes; so is one ``said_as_field`` tells is said after a field noun
    ("в сегменте BNPL", rufacts.grammars.sector_latin_fields)."""
    return [v for v in values if v.okved or not _LATIN_WORD.fullmatch(v.sector)
            or tech_form(v.sector) or said_as_field is not None and said_as_field(v)]


__all__ = ["named_only", "without_frame"]
