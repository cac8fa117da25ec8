"""A body's or a place's name glued before a person's name: "главный детский хирург Коми Андрей
Васильевич Ильин", "председателя организации Росуглепрофа Ринаты Хабибуллиной", "губернатор
департамента Бояка А. Л. Гарсес Оспина".

The tagger runs the capitalized genitive (or indeclinable) word of the post's phrase into the person
span. It is no name part where all of these hold:

- the word before it is a lower-case noun, whose dependent it is ("хирург", "организации");
- the word itself reads as no first name, patronymic or surname of the dictionary or a lexicon (a
  place or a body the dictionary tags Geox or Orgn, "Коми", "Татэнерго"; or a word it does not know
  after a noun for a thing, the body's kind: "организации Росуглепрофа", not "тяжеловес Йоандри", and
  not ending as the given name after it does: "книги Лаймена Фрэнка Баума"):
  a surname before a given name ("директора Петрова Ивана Сергеевича") is one;
- the words after it open with a given name the dictionary or a lexicon knows firmly, or with
  initials, and hold a surname too (not a given name and patronymic alone, whose surname the
  word may be: "утвердила Глухих Виктора Андреевича");
- the whole reads as no East Asian name, whose family name comes first ("коллегам Доан Тхи Хыонг").
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from ..grammars.morph import Morph
from .name_readings import _readings
from .names import is_initial
from .names_asian import asian_name

FIRM = 1.0  # a dictionary's or a lexicon's reading
NAME_GRAMS = frozenset({"Name", "Surn", "Patr"})
# the ends of Russian, Turkic and Ukrainian surnames in any case: such a word is a surname before the given name
SURNAME_SHAPE = re.compile(r"(?:ов|ев|ёв|ин|ын|ск|цк)(?:а|у|ым|ой|е|ого|ому|ий|ая|ую|ом)?$|(?:ых|их|ко|ук|юк|чук)$")


def _name_word(morph: Morph, word: str) -> bool:
    """``word`` reads firmly as a person's name part, or the dictionary tags it as one."""
    if any(r.role in ("first", "middle", "last") and r.weight >= FIRM for r in _readings(morph, word)):
        return True
    return any(NAME_GRAMS & p.tag.grammemes for p in morph.parse(word) if morph.is_known(word))


def _place_or_body(morph: Morph, word: str) -> bool:
    """The dictionary knows ``word`` as a place's or a body's name ("Коми", "Татэнерго")."""
    return morph.is_known(word) and any({"Geox", "Orgn"} & p.tag.grammemes for p in morph.parse(word))


def _thing_noun(morph: Morph, word: str) -> bool:
    """Every noun reading the dictionary has of ``word`` is inanimate ("организации", "профсоюза")."""
    nouns = [p for p in morph.parse(word.lower()) if p.tag.POS == "NOUN"]
    return bool(nouns) and all("inan" in p.tag.grammemes for p in nouns)


def _given(morph: Morph, word: str) -> bool:
    return any(r.role == "first" and r.weight >= FIRM for r in _readings(morph, word)) \
        and not any(r.role == "middle" and r.weight >= FIRM for r in _readings(morph, word))


def _middle(morph: Morph, word: str) -> bool:
    return any(r.role == "middle" and r.weight >= FIRM for r in _readings(morph, word))


def _same_ending(lead: str, second: str) -> bool:
    """An unknown word ending as the given name after it does is a given name before it, in the same
    case ("книги Лаймена Фрэнка Баума", "министр по делам религии Муджахид Юсуф Рава"); a body's word
    in the genitive before a name in another form is none ("Росуглепрофа Ринаты Хабибуллиной")."""
    vowels = "аеёиоуыэюя"
    a, b = lead.lower()[-1], second.lower()[-1]
    return a == b or (a not in vowels and b not in vowels)


def without_glued_lead(span: Span, morph: Morph) -> Span:
    """``span`` without a glued body's or place's word before the person's name (see the module)."""
    words = [t for t in span if not t.is_space and t.text != "."]
    if len(words) < 3 or span.start == 0 or span[0].is_sent_start:
        return span
    before = span.doc[span.start - 1]
    lead, second = words[0], words[1]
    if before.pos_ != "NOUN" or not before.text.islower() or not lead.text[:1].isupper() \
            or not lead.text.isalpha() or len(lead.text) < 3 or is_initial(lead.text) or _name_word(morph, lead.text):
        return span
    # a word the dictionary does not know names the body the noun before it is ("организации
    # Росуглепрофа"), not a person ("тяжеловес Йоандри Эрнандес Кастильо": a given name it lacks)
    if not _place_or_body(morph, lead.text):
        if not _thing_noun(morph, before.text) or _same_ending(lead.text, second.text):
            return span
    if SURNAME_SHAPE.search(lead.text.lower()):
        return span  # "Жусупбеков Бахытжан Серикулы": a surname first, as official lists write it
    rest = [t.text for t in words[1:]]
    if asian_name(morph, [lead.text] + rest) is not None:
        return span  # "Нгуен Тхи Тхуй", "Доан Тхи Хыонг": a Vietnamese family name opens the name
    if is_initial(second.text):
        full = [w for w in rest if not is_initial(w)]
        if not full:
            return span
    elif not _given(morph, second.text) or (len(rest) == 2 and _middle(morph, rest[1])):
        return span  # (a given name and patronymic alone: the word before may be the surname)
    return Span(span.doc, second.i, span.end, label=span.label_)
