"""A lone surname the tagger missed after a preposition of persons (read by
:func:`rufacts.entities.names_missed.missed_names`): "О Пятибратове говорят ...", "с Пятибратовым
встретились", "к Кудряшову обратились", "С Пулккиненом клуб подписал", "Без Мирчевского команда ...", "Между Кадырбековым и советом
...": a capitalized word the dictionary does not know, in an oblique case form of a Russian surname in
-ов/-ев/-ин (-ове, -овым, -ову, a woman's -овой ...), -ский/-цкий (-ского, -ским, -скому ...), a Finnish
-нен or a Baltic -ис, -юс, -ньш (-неном, -исе, -ньшу ...), right
after "о", "с", "к", "при", "про", "без", "для", "между", "благодаря", "вопреки" and their variants; a genitive in -ова/-ина
only after a preposition of the genitive ("без", "для"); after "на" only a prepositional in -ове, -ине the
dictionary lacks ("На Шипилове лежала обязанность"; a Czech or Slovak surname with a syllabic р after "на":
:func:`czech_cluster_after_preposition`). Not after "в", "из", "у", "от" (a
village: "в Пятибратове", "из Мирчевского"), not a word the dictionary knows (a place or a common
noun: "с Ростовом") unless it reads it first as a surname and never as a place ("с Ермолаевым"), not
an adjective of the noun after it, agreeing in case ("с Мирчевским районом"). Also a capitalized
adjective form with no noun after it, an adjectival surname ("О Бережном в депо говорят":
:func:`adjectival_surname_after_preposition`), and a double surname the tagger read as a place ("с
Кругловым-Бельским": :func:`double_surname_after_preposition`). After "по", where a place or a
street stands as often ("по Ростову", "по Тверской"), only the dative of "according to" closing its
phrase ("По Кочетову, ситуация ...", "жить по Станиславскому."), or after a noun of a court case
("решение по Галлямову суд примет"): :func:`surname_after_po`."""
from __future__ import annotations

import re

from spacy.tokens import Span

from ..grammars.morph import Morph
from ..lexicons import load_list
from .quotes import OPEN_QUOTES

PREPOSITIONS = frozenset({"о", "об", "обо", "с", "со", "при", "к", "ко", "про", "без", "безо", "для", "между",
                          "меж", "благодаря", "вопреки"})  # ("Благодаря Зиннуровой проект завершили")
GENITIVE_PREPOSITIONS = frozenset({"без", "безо", "для"})
ENDINGS = ("ове", "еве", "ёве", "ине", "ыне", "овым", "евым", "ёвым", "иным", "ыным",
           "ову", "еву", "ёву", "ину", "ыну", "овой", "евой", "ёвой", "иной", "ыной",
           "ского", "цкого", "скому", "цкому", "ским", "цким", "ском", "цком", "ской", "цкой",
           # a Finnish -нен, a Lithuanian or Latvian man's -ис, -юс, -ньш ("с Пулккиненом", "о Ландсбергисе",
           # "к Калниньшу"): no word the dictionary lacks ends so but a foreign surname (it has Вильнюс, Паневежис)
           "неном", "нену", "нене", "исом", "юсом", "ису", "юсу", "исе", "юсе", "ньшем", "ньшу", "ньше")
GENITIVE_ENDINGS = ("ова", "ева", "ёва", "ина", "ына", "нена", "иса", "юса", "ньша", "яна", "янца")
# an Armenian -ян/-янц in a man's oblique case ("При Нерсесяне", "с Мкртчяном", "к Давтяну"): no word the
# dictionary lacks ends so but a surname, not after a stem of a Chinese or Korean place (Шэньяне, Лояне)
ARMENIAN_ENDINGS = ("яне", "яном", "яну", "янце", "янцем", "янцу")
# "на" before a word the dictionary lacks in a man's surname's prepositional ("На Шипилове лежала обязанность",
# "на Ходжаеве ... числится"): a village takes "в" ("в Пятибратове"); a place taking "на" the dictionary knows
# ("на Украине", "на Сахалине")
ON = "на"
ON_ENDINGS = ("ове", "еве", "ёве", "ине", "ыне", "яне", "янце")  # "На Погосяне держалась логистика"


def lone_surname_after_preposition(doc, i: int, morph: Morph) -> bool:
    """Whether ``doc[i]`` is such a surname (the caller checks no span covers it)."""
    token = doc[i]
    if i == 0 or not token.is_alpha or not token.text[:1].isupper() or token.text.isupper() or len(token.text) < 6:
        return False
    if token.lower_.endswith(ARMENIAN_ENDINGS + ("яна", "янца")) and _not_armenian(token.lower_):
        return False  # "на Шэньяне": a Chinese place
    if doc[i - 1].lower_ == ON:
        return token.lower_.endswith(ON_ENDINGS) and not morph.is_known(token.text) and not (
            i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha)
    if doc[i - 1].lower_ not in PREPOSITIONS:
        return False
    if not token.lower_.endswith(ENDINGS + ARMENIAN_ENDINGS) and not (doc[i - 1].lower_ in GENITIVE_PREPOSITIONS
                                                   and token.lower_.endswith(GENITIVE_ENDINGS)):
        return False
    if i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha:
        return False  # a name of more words: the other rules'
    return (not morph.is_known(token.text) or surname_first(morph, token.text)) \
        and not adjective_of_next(doc, i, morph)


def _not_armenian(low: str) -> bool:
    """An -ян stem of a Chinese or Korean place (name_lone_slot.NOT_ARMENIAN: Шэньян, Лоян, Пхеньян)."""
    from .name_lone_slot import NOT_ARMENIAN

    stem = low[:low.rindex("ян") + 2]
    return stem.endswith(NOT_ARMENIAN)


# (not a woman's -ской: a street's, "по Никольской,")
PO_ENDINGS = ("ову", "еву", "ёву", "ину", "ыну", "скому", "цкому", "овой", "евой", "ёвой", "иной", "ыной")
PHRASE_CLOSE = frozenset({",", ".", ";", "—", "–", ")", "!", "?"})


def surname_after_po(doc, i: int, morph: Morph) -> bool:
    """A capitalized word inside a sentence right after "по", in a Russian surname's dative, with
    punctuation right after it: unknown to the dictionary, or with a surname's dative among its readings
    and none of a place or an organization ("По Тарасову, реформа ...", "По Ключевскому, история ...";
    not "по Ростову,", "по Тверской,", "по Никольской,")."""
    token = doc[i]
    if i == 0 or doc[i - 1].lower_ != "по" or token.is_sent_start or not token.is_alpha \
            or not token.text[:1].isupper() or token.text.isupper() or len(token.text) < 6 \
            or not token.lower_.endswith(PO_ENDINGS):
        return False
    if i + 1 < len(doc) and doc[i + 1].text not in PHRASE_CLOSE and not _case_before(doc, i):
        return False  # "по Садовой улице", "по Кутузовскому проспекту"
    parses = morph.parse(token.text)
    if any({"Geox", "Orgn", "Trad"} & p.tag.grammemes for p in parses):
        return False
    return not morph.is_known(token.text) or any("Surn" in p.tag.grammemes and p.tag.case == "datv" for p in parses)


def _case_before(doc, i: int) -> bool:
    """A noun of a court case or an inquiry (``lexicons/name_case_po_heads.txt``) right before "по", and no
    capitalized word after the word at ``i`` ("решение по Галлямову суд примет": the person the case is
    about)."""
    return i >= 2 and doc[i - 2].lemma_.lower() in load_list("name_case_po_heads.txt") \
        and not (i + 1 < len(doc) and doc[i + 1].text[:1].isupper())


def surname_first(morph: Morph, word: str) -> bool:
    """The dictionary reads the word first as a surname and never as a place or an organization
    ("с Ермолаевым"; not "с Ростовом", "с Ивановом")."""
    parses = morph.parse(word)
    return bool(parses) and "Surn" in parses[0].tag.grammemes \
        and not any({"Geox", "Orgn"} & p.tag.grammemes for p in parses)


def adjective_of_next(doc, i: int, morph: Morph, cases: set[str] | None = None) -> bool:
    """The word after is a lower-case noun of a case the word may have as an adjective (one of
    ``cases``, the slot's, where given): the word is that noun's adjective ("с Мирчевским районом",
    "без Мирчевского района", "за Садовым кольцом")."""
    if i + 1 >= len(doc) or not doc[i + 1].is_alpha or not doc[i + 1].is_lower or doc[i + 1].pos_ != "NOUN":
        return False
    own = {p.tag.case for p in morph.parse(doc[i].text)
           if p.tag.POS == "ADJF" and (cases is None or p.tag.case in cases)}
    return any(p.tag.POS == "NOUN" and p.tag.case in own for p in morph.parse(doc[i + 1].text))


def surname_typed_otherwise(spans: list, morph: Morph) -> list:
    """A lone word the tagger took for a place or an organization that the dictionary reads only as a
    surname ("поручил Серебрякову подготовить", "между минздравом и Сапожниковой"): a person. Not in
    quotes (a firm's name: «Сапожников»), not all capitals, not a word with any other parse of note."""
    out = []
    for span in spans:
        if span.label_ in ("LOC", "ORG") and len(span) == 1 and _only_surname(morph, span[0].text) \
                and not (span.start > 0 and span.doc[span.start - 1].text in QUOTES):
            span = Span(span.doc, span.start, span.end, label="PER")
        out.append(span)
    return out


QUOTES = frozenset(OPEN_QUOTES) | {"'"}  # an opening quote before the word: a firm's name


def _only_surname(morph: Morph, word: str) -> bool:
    if not word.isalpha() or not word[:1].isupper() or word.isupper() or not morph.is_known(word):
        return False
    parses = [p for p in morph.parse(word) if p.score >= 0.05]
    return bool(parses) and all("Surn" in p.tag.grammemes for p in parses)


# oblique endings of a Russian adjectival surname in -ой/-ый/-ий (Бережной: "о Бережном", "с Бережным")
ADJECTIVAL_ENDINGS = ("ном", "ным", "ному", "ного", "ной", "ним", "нем", "нему", "него", "ким", "ком", "кому", "кого")
PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "DET"})  # what an adjective goes with or stands among


def adjectival_surname_after_preposition(doc, i: int, morph: Morph) -> bool:
    """A capitalized adjective form inside a sentence right after a preposition of persons, with no
    noun or adjective after it for it to go with ("О Бережном в депо говорят", "с Лесным мы
    работали"): the oblique case of an adjectival surname (Бережной, Лесной), which Russian writes
    with a capital only as a name. Not a word the dictionary has as a place or an organization's."""
    token = doc[i]
    if i == 0 or doc[i - 1].lower_ not in PREPOSITIONS or not token.is_alpha or not token.text[:1].isupper() \
            or token.text.isupper() or token.is_sent_start or len(token.text) < 6 \
            or not token.lower_.endswith(ADJECTIVAL_ENDINGS):
        return False
    if i + 1 < len(doc) and (doc[i + 1].pos_ in PHRASE_POS or doc[i + 1].text[:1].isupper()
                             or doc[i + 1].text in OPEN_QUOTES):
        return False  # "о Бережном отношении", "с Новым годом", a name of more words: not a lone surname
    parses = morph.parse(token.text)
    return bool(parses) and all(p.tag.POS in ("ADJF", "NOUN") for p in parses) \
        and any(p.tag.POS == "ADJF" and "sing" in p.tag.grammemes for p in parses) \
        and not any({"Geox", "Orgn", "Trad"} & p.tag.grammemes for p in parses)


# a Czech or Slovak syllabic р between consonants (Пастрняк, Шкртел, Грдличка, Крчмарж), which no Russian
# word has but a compound of контр-; the man's consonant stem in the case its preposition governs (not a
# place's: "на Трнаву", "с Трнавой", "о Брно" are in no such ending); not the рж, рш of a Czech ř, which
# towns have as often (Пршибрам, Тршинец, Бржецлав)
SYLLABIC_R = re.compile(r"[бвгджзклмнпстфхцчшщ]р[бвгдзклмнпстфхцч]")
CLUSTER_CASES = {"о": ("е",), "об": ("е",), "при": ("е",), "с": ("ом", "ем"), "со": ("ом", "ем"), "к": ("у",),
                 "ко": ("у",), "без": ("а",), "для": ("а",), "у": ("а",), "от": ("а",), "против": ("а",),
                 "на": ("а",), "про": ("а",), "между": ("ом", "ем")}


def czech_cluster_after_preposition(doc, i: int, morph: Morph) -> bool:
    """A capitalized word inside a sentence the dictionary does not know, with a syllabic р between
    consonants in its stem, in a man's consonant-stem ending its preposition governs ("На Пастрняка
    пришлась", "с Крчмаржем", "о Шкртеле"): a Czech or Slovak surname the tagger missed."""
    token = doc[i]
    if i == 0 or token.is_sent_start or not token.is_alpha or not token.text[:1].isupper() or token.text.isupper() \
            or len(token.text) < 6:
        return False
    low = token.lower_
    ending = next((e for e in CLUSTER_CASES.get(doc[i - 1].lower_, ()) if low.endswith(e)), None)
    if ending is None or "контр" in low or not SYLLABIC_R.search(low[:-len(ending)]) \
            or low[-len(ending) - 1] in "аеёиоуыэюяйь":
        return False
    if i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha:
        return False  # a name of more words: the other rules'
    return not morph.is_known(token.text)


def double_surname_after_preposition(doc, i: int) -> bool:
    """A hyphenated word of two capitalized parts right after a preposition of persons, both in an
    oblique case form of a Russian surname, the first of one in -ов/-ев/-ин ("с Кругловым-Бельским",
    "о Петрове-Водкине"): a double surname, whatever the tagger read it as (not "с
    Петропавловском-Камчатским", whose first part is no such surname)."""
    token = doc[i]
    parts = token.text.split("-")
    if i == 0 or doc[i - 1].lower_ not in PREPOSITIONS or len(parts) != 2 \
            or not all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in parts):
        return False
    first, second = (p.lower() for p in parts)
    return first.endswith(ENDINGS[:20]) and second.endswith(ENDINGS)
