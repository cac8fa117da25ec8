"""A monarch's or a pontiff's name with its regnal number ("Карл III", "папы Льва XIV", "королю
Фредерику X", "короля Карла XVI Густава"): the words beside the Roman numeral are given names,
declined as given names are, and the numeral stays as written, so the whole name is the first
name ("Лев XIV": first "Лев XIV", no surname). The number is no surname ("XIV") and no initial
("X." of "Фредерику X"). Editor's choice where docs/gold-conventions.md is silent: the number is
part of the name a reader writes. Read by :func:`rufacts.entities.names.analyze_name`."""
from __future__ import annotations

import re
from typing import Callable, Optional, Sequence

from spacy.tokens import Span

from ..lexicons import load_list
from .doc_words import word_positions

# I to XXXIX in Latin letters, as the press writes regnal numbers (a Cyrillic "Х" is an initial)
ROMAN = re.compile(r"X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3}")


def regnal_name(words: Sequence[str], analyze: Callable,
                nominative: Optional[Callable] = None) -> Optional[tuple[str, Optional[str]]]:
    """(first, gender) of a name of one or two given names and a Roman numeral after the first
    of them; None for any other name. ``analyze(words)`` reads the given names alone;
    ``nominative(word)`` tells a word the dictionary has in the nominative (no declined given name
    is read as a surname left as written: "Льву XIV" is Лев XIV)."""
    at = [i for i, w in enumerate(words) if ROMAN.fullmatch(w)]
    ordinal = None
    if not at and len(words) in (2, 3):
        ordinal = ordinal_number(words[-1])  # "При Николае Втором": the number written out
        at = [len(words) - 1] if ordinal else []
    if len(at) != 1 or at[0] == 0 or len(words) > 3:
        return None
    given = [w for i, w in enumerate(words) if i != at[0]]
    if not all(len(w) > 1 and w[:1].isupper() and w[1:2].islower() for w in given):
        return None  # "Фредерик X." of initials is not here: every given name is a word
    parts = analyze(given)
    if parts.family_first:
        return None
    forms = [p for p in (parts.first, parts.middle, parts.last) if p]
    if len(given) == 1 and parts.first is None and parts.last == given[0] and nominative is not None \
            and not nominative(given[0]):  # "папе Римскому Льву XIV передал": a given name, not a surname
        first = next((c for c in parts.candidates if c[1] and not c[3] and c[1] != given[0]), None)  # as written
        if first is not None and first[1][:1] == given[0][:1] and _known_given(first[1]):
            if ordinal:
                number = _ordinal_nominative(ordinal, first[4])
                return (first[1] + " " + number, first[4]) if number else None
            return first[1] + " " + words[at[0]], first[4]
    if len(forms) != len(given) or any(f[:1].lower() != w[:1].lower() for f, w in zip(forms, given)):
        return None
    number = _ordinal_nominative(ordinal, parts.gender) if ordinal else words[at[0]]
    if not number:
        return None  # "Николае Втором" of no gender the given name and the number share
    forms.insert(at[0], number)
    return " ".join(forms), parts.gender


def _known_given(name: str) -> bool:
    """A given name the dictionary or a lexicon knows ("Лев" of "Льву XIV"), which a declined word before
    a regnal number is read as; an unknown word stays as written ("с королём Тонги Тупу IV", no "Туп")."""
    from ..grammars.morph import get_morph
    from .name_words import _first_name
    return _first_name(get_morph(), name)


# the ordinals a regnal number is written out in (a closed class; not a guessed "Вэйго" of a "вэйй")
REGNAL_ORDINALS = frozenset({"первый", "второй", "третий", "четвертый", "пятый", "шестой", "седьмой", "восьмой",
                             "девятый", "десятый", "одиннадцатый", "двенадцатый", "тринадцатый", "четырнадцатый",
                             "пятнадцатый", "шестнадцатый"})


def ordinal_number(word: str) -> list:
    """The dictionary's singular ordinal readings of a capitalized word ("Второй", "Втором",
    "Первая"): a regnal number written out after a given name ("Николай Второй", "Екатерина
    Вторая"), as the numeral it stands for; empty for any other word (a closed class: the
    dictionary's ordinal adjectives)."""
    if len(word) < 4 or not word[:1].isupper() or not word[1:].islower() or not word.isalpha():
        return []
    from ..grammars.morph import get_morph
    return [p for p in get_morph().parse(word.lower()) if p.tag.POS == "ADJF" and "Anum" in p.tag.grammemes
            and "sing" in p.tag.grammemes and p.normal_form.replace("ё", "е") in REGNAL_ORDINALS]


def _ordinal_nominative(parses: list, gender: Optional[str]) -> Optional[str]:
    """The ordinal in the nominative of the given name's gender, capitalized ("Второй",
    "Вторая"); None where no reading of the word has that gender (a masculine "Втором" after a
    woman's name)."""
    if gender not in ("masc", "femn"):
        return None
    for p in parses:
        if p.tag.gender == gender or gender == "masc" and p.tag.gender == "neut":
            form = p.inflect({"nomn", "sing", gender})
            if form is not None:
                return form.word[:1].upper() + form.word[1:]
    return None


def _given_word(token) -> bool:
    """A capitalized word that may be a given name before its regnal number ("Мсвати", which the
    tagger may read as a verb), not a title ("Король III") nor a word in capitals."""
    text = token.text
    return (len(text) > 1 and text.isalpha() and text[:1].isupper() and text[1:].islower()
            and token.lower_ not in load_list("name_given_titles.txt")
            and token.lemma_.lower() not in load_list("name_given_titles.txt"))


def _realm_word(token, morph) -> bool:
    """A capitalized word between a monarch's title and his given name that is no given name the
    dictionary or a lexicon knows: his realm's genitive ("Король Тонги Тупу IV", "Король Эсватини
    Мсвати III"), not a first given name ("Папа Иоанн Павел II")."""
    from .name_words import _first_name
    return _given_word(token) and not _first_name(morph, token.text)


def regnal_spans(doc, spans: list, morph) -> list:
    """A monarch's name the tagger cut at its regnal number: a person span of the numeral alone or
    opening with it takes the given name before it in ("Король Эсватини Мсвати III": Мсвати III,
    not "III"), a person span of the realm's genitive, the given name and the numeral after a title
    keeps the name ("Король Тонги Тупу IV": Тупу IV), a person span of the given name alone takes the numeral after it; where no span
    covers either, a given name and its number after a title of ``lexicons/name_given_titles.txt``
    and at most two words of its realm ("Король Свазиленда Мсвати III объявил", "королю Лесото
    Летсие III") are a person. Read by :func:`rufacts.entities.names_missed.missed_names`."""
    from .name_office_surname import _given_title

    numerals = [i for i in word_positions(doc, lambda text: text[:1] in "IVX" and ROMAN.fullmatch(text), capital=True)
                if i > 0]
    if not numerals:
        return spans
    out = list(spans)
    for k in numerals:
        before = doc[k - 1]
        if not _given_word(before):
            continue
        at = next((s for s in out if s.start <= k < s.end), None)
        own = next((s for s in out if s.start <= k - 1 < s.end), None)
        if at is not None and at is own and at.label_ == "PER" and at.start == k - 2 and k > 2 \
                and _given_title(doc[k - 3]) and _realm_word(doc[k - 2], morph):
            out[out.index(at)] = Span(doc, k - 1, at.end, label="PER")  # "Король Тонги Тупу IV": no "Тонги"
        elif at is not None and at.label_ == "PER" and at.start == k and own is None:
            out[out.index(at)] = Span(doc, k - 1, at.end, label="PER")  # "Мсвати III" of "III"
        elif own is not None and own.label_ == "PER" and own.end == k and at is None:
            out[out.index(own)] = Span(doc, own.start, k + 1, label="PER")  # "Мсвати" and its "III"
        elif at is None and own is None and any(
                _given_title(doc[j]) for j in range(max(k - 4, 0), k - 1)
                if all(not t.is_punct for t in doc[j + 1:k - 1])):
            out.append(Span(doc, k - 1, k + 1, label="PER"))  # "Король Свазиленда Мсвати III"
    return sorted(out, key=lambda s: s.start)
