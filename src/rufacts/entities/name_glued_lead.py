"""A body's or a place's name glued before a person's name: "главный детский хирург Коми Андрей
Васильевич Ильин", "председателя организации Росуглепрофа Ринаты Хабибуллиной", "губернатор
департамента Бояка А. Л. Гарсес Оспина".

The tagger runs the capitalized genitive (or indeclinable) word of the post's phrase into the person
span. It is no name part where all of these hold:

- the word before it is a lower-case noun, whose dependent it is ("хирург", "организации");
- the word itself reads as no first name, patronymic or surname of the dictionary or a lexicon (a
  place or a body the dictionary tags Geox or Orgn, "Коми", "Татэнерго"; or a word it does not know,
  "Росуглепрофа"): a surname before a given name ("директора Петрова Ивана Сергеевича") is one;
- the words after it open with a given name the dictionary or a lexicon knows firmly, or with
  initials, and hold a surname too (not a given name and patronymic alone, whose surname the
  word may be: "утвердила Глухих Виктора Андреевича").
"""
from __future__ import annotations

from spacy.tokens import Span

from ..grammars.morph import Morph
from .name_readings import _readings
from .names import is_initial

FIRM = 1.0  # a dictionary's or a lexicon's reading
NAME_GRAMS = frozenset({"Name", "Surn", "Patr"})


def _name_word(morph: Morph, word: str) -> bool:
    """``word`` reads firmly as a person's name part, or the dictionary tags it as one."""
    if any(r.role in ("first", "middle", "last") and r.weight >= FIRM for r in _readings(morph, word)):
        return True
    return any(NAME_GRAMS & p.tag.grammemes for p in morph.parse(word) if morph.is_known(word))


def _given(morph: Morph, word: str) -> bool:
    return any(r.role == "first" and r.weight >= FIRM for r in _readings(morph, word)) \
        and not any(r.role == "middle" and r.weight >= FIRM for r in _readings(morph, word))


def _middle(morph: Morph, word: str) -> bool:
    return any(r.role == "middle" and r.weight >= FIRM for r in _readings(morph, word))


def without_glued_lead(span: Span, morph: Morph) -> Span:
    """``span`` without a glued body's or place's word before the person's name (see the module)."""
    words = [t for t in span if not t.is_space and t.text != "."]
    if len(words) < 3 or span.start == 0 or span[0].is_sent_start:
        return span
    before = span.doc[span.start - 1]
    lead, second = words[0], words[1]
    if before.pos_ != "NOUN" or not before.text.islower() or not lead.text[:1].isupper() \
            or not lead.text.isalpha() or _name_word(morph, lead.text):
        return span
    rest = [t.text for t in words[1:]]
    if is_initial(second.text):
        full = [w for w in rest if not is_initial(w)]
        if not full:
            return span
    elif not _given(morph, second.text) or (len(rest) == 2 and _middle(morph, rest[1])):
        return span  # (a given name and patronymic alone: the word before may be the surname)
    return Span(span.doc, second.i, span.end, label=span.label_)
