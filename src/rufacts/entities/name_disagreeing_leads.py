"""A word opening a person span that agrees with the given name after it in no case and gender is no
part of the name: the tagger glued to the name the end of the phrase before it, an eponym's genitive
or a place's name ("Ведущий инженер НПО Лавочкина Григорий Шубин-Ракитин": the genitive of Лавочкин,
no case of Григорий; "с прокурором округа Кук Десмондом О'Ханлоном": Кук, no man's instrumental, as
Десмондом is). The person span then opens at the given name (docs/gold-conventions.md: PER name =
first [middle] last; personforms41).

Only a dictionary word for a person (a surname, an animate noun) before a dictionary given name in the singular, inside a sentence after a word
it may depend on; two given names of one person agree ("Жан Клод", "Анна Мария"), so does a surname
before its given name ("Петрова Мария Ивановна"; a woman's "Мельник Ольгу Викторовну", which the
dictionary has as a man's noun only, before a patronymic), and a given name the dictionary lacks says nothing;
nor an East Asian family name, which opens its name ("Ким Ир Сен"), nor a given name, which a second one
may follow in another gender or as the dictionary misreads it ("Луис Мария Арганья", "Нур Вали Мехсуд").
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.morph import Morph
from ..lexicons import load_list
from .name_first_before import KAZAKH_PATRONYMIC
from .name_foreign_first import foreign_first_forms
from .name_readings import CASES
from .name_words import _first_name

MIN_WORDS = 3  # the lead, the given name and at least a surname


def _pairs(morph: Morph, word: str, given: bool) -> set[tuple[str, str]]:
    """The (case, gender) of the word's singular noun readings (the dictionary's given name's only)."""
    out = set()
    for p in morph.parse(word):
        grams = p.tag.grammemes
        if "sing" not in grams or p.tag.POS != "NOUN" or (given and "Name" not in grams) \
                or p.tag.case not in CASES or "Infr" in grams:  # (no vocative: "Ир" of Ира)
            continue
        genders = ("masc", "femn") if "ms-f" in grams else (p.tag.gender,)  # "Ткаченко": either
        out.update((p.tag.case, gender) for gender in genders)
    return out


def _apart(doc: Doc, span: Span, morph: Morph) -> bool:
    lead, given = span[0], span[1]
    if span.start == 0 or lead.is_sent_start or not doc[span.start - 1].is_alpha:
        return False
    if not (lead.is_alpha and given.is_alpha and lead.text[:1].isupper() and given.text[:1].isupper()
            and len(lead.text) > 1 and len(given.text) > 1 and lead.text[1:].islower() and given.text[1:].islower()):
        return False
    if not morph.is_known(lead.text) or not morph.is_known(given.text) \
            or lead.lower_ in load_list("east_asian_surnames.txt"):
        return False  # "Ким Ир Сен": a Korean name keeps its order
    if not any("anim" in p.tag.grammemes for p in morph.parse(lead.text)):
        return False  # no person's word, no case to compare: "Дао Тхи Хуен" (Vietnamese; the Tao to the dictionary)
    if foreign_first_forms(lead.text) or any("Name" in p.tag.grammemes for p in morph.parse(lead.text)) \
            or _first_name(morph, lead.text):
        return False  # a given name of its own: "Луис Мария Арганья", "муфтий Нур Вали Мехсуд", "Карлоса Эдуарду"
    third = span[2] if len(span) > 2 else None
    if third is not None and third.is_alpha and len(third.text) > 2 \
            and (third.lower_.endswith(KAZAKH_PATRONYMIC)
                 or any("Patr" in p.tag.grammemes for p in morph.parse(third.text))):  # (not an initial: "О'Ханлоном")
        return False  # the surname before the given name and patronymic: "на Мельник Ольгу Викторовну", "Ерболкызы"
    names = _pairs(morph, given.text, True)
    if not names or not all(p.is_known for p in morph.parse(given.text) if "Name" in p.tag.grammemes):
        return False
    readings = _pairs(morph, lead.text, False)
    return bool(readings) and not readings & names


def _noun_lead(span: Span, morph: Morph) -> bool:
    """A sentence's opening word that is a given name and a common inanimate noun ("Роман", "Вера",
    "Надежда"), before a foreign given name the lexicons read in no case the lead's name is in:
    the noun, its owner's name in the genitive after it ("Роман Ставроса Ламбракиса переведён":
    a novel by Ставрос Ламбракис; foreign51)."""
    from .name_readings import _readings

    lead, given = span[0], span[1]
    if not lead.is_sent_start or not lead.is_alpha or not given.is_alpha or not given.text[:1].isupper():
        return False
    parses = morph.parse(lead.text)
    if not any(p.tag.POS == "NOUN" and "inan" in p.tag.grammemes and "Name" not in p.tag.grammemes
               and p.tag.case == "nomn" for p in parses):
        return False
    lead_cases = {p.tag.case for p in parses if {"Name", "sing"} <= p.tag.grammemes}
    given_cases = {r.case for r in _readings(morph, given.text) if r.role == "first" and r.weight >= 1.0}
    return bool(lead_cases) and bool(given_cases) and not lead_cases & given_cases


def disagreeing_leads(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """Person spans of three words or more without an opening word that agrees with no reading of
    the given name after it."""
    out = []
    for span in spans:
        if span.label_ == "PER" and len(span) >= MIN_WORDS and (_apart(doc, span, morph) or _noun_lead(span, morph)):
            span = Span(doc, span.start + 1, span.end, label="PER")
        out.append(span)
    return out
