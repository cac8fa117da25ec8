"""A name of one word after an office is a surname (read in
:func:`rufacts.entities.names_group.group_persons`, weighed in
:func:`rufacts.entities.name_solutions._solutions`): "Вице-президент Гор признал поражение", "встреча
с вице-президентом Гором", "Генсек НАТО Рютте": the press names an office holder by the office and the
surname. A word a dictionary has as a rare first name (Гор, Armenian; no name of
``lexicons/first_names.tsv``) is so read as the surname, in the nominative of the surname.

Not after a title that goes with a given name (``lexicons/name_given_titles.txt``: "король Карл",
"папа Франциск", "принц Гарри", "патриарх Кирилл"), nor for a first name the lexicon lists as a
common one ("тренер Гильермо" keeps it: the rule leaves listed first names alone). After "имам" and "шейх",
which the press puts before a nisba too, an unchanging word in -и no dictionary or lexicon knows as a given
name is the nisba, a surname ("имама Хомейни", "шейху Систани"; "шейх Тамим", "шейхом Мишалем" keep their
given names). The office is the
word right before the name or before a short genitive chain of its body or place ("Генсек НАТО Рютте",
"премьер-министр Японии Исиба"): ``lexicons/role_words.txt``, prefixes aside ("экс-вице-президент").

A name of one word with no word for a person right before it (:func:`bare_name`: "Правительство
Фиалы", "утвердил Михала", "Беседа с Арцруни") is rather a surname than a first name the dictionary
alone knows: the press names a person alone by the surname; weighed in
:func:`rufacts.entities.name_solutions._foreign_first_as_surname`.

After a monastic rank (``lexicons/name_monastic_ranks.txt``) a lone word the dictionary lacks is the monastic name too
("направил архиепископ Пахомий": :func:`given_after_title`).
"""
from __future__ import annotations

import re

from ..grammars.morph import get_morph
from ..lexicons import load_list
from .name_role_compounds import unprefixed
from .name_kin_given import kin_given

OFFICE_SURNAME = frozenset({"officelast"})
BARE = frozenset({"bare"})
TITLE_FIRST = frozenset({"titlefirst"})  # "Шейх Тамим", "эмира Катара Тамима": the given name
CHAIN = 3  # words of a body's or place's name between the office and the name


def _office(token) -> bool:
    lemma = unprefixed(token.lemma_)
    if lemma not in load_list("role_words.txt") and token.lower_[-1:] in "ыеу" and token.is_lower:
        lemma = token.lower_[:-1] + "а"  # "аятоллы": the tagger's lemma "аятолл" misses a title in -а
    return token.pos_ == "NOUN" and lemma in load_list("role_words.txt") \
        and lemma not in load_list("name_given_titles.txt") \
        and token.lemma_.lower() not in load_list("name_given_titles.txt")


def _chain_word(token) -> bool:
    """A word of the genitive chain between the office and the name: "НАТО", "Японии", "ФРС"."""
    return token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "ADJ") \
        and "Nom" not in token.morph.get("Case")


def office_surname(span) -> frozenset[str]:
    """{"officelast"} for a one-word mention after an office; {"titlefirst"} after a title that goes
    with a given name ("Шейх Тамим", "эмира Катара Тамима": Тамим is the emir's given name, weighed
    in :func:`rufacts.entities.name_solutions._solutions`); empty else."""
    if len(span) != 1 or not span[0].is_alpha:
        return frozenset()
    doc = span.doc
    kin = kin_given(span)  # "с женой Людмилой", "двое внуков: Алина и Кира": given names
    if kin:
        return kin
    if span.start > 0 and _monastic(doc[span.start - 1]):
        return TITLE_FIRST
    if span.start > 1 and SEE.search(doc[span.start - 1].text) and 0 <= title_before(doc, span.start) < span.start - 1:
        return TITLE_FIRST  # "принцесса Астурийская Леонор", "митрополит Русенский Неофит": over the see
    for i in range(span.start - 1, max(span.start - 2 - CHAIN, -1), -1):
        token = doc[i]
        if _given_title(token) and token.pos_ == "NOUN":
            if token.lemma_.lower() in SURNAME_TOO and _nisba(span[0].text):
                return OFFICE_SURNAME  # "имама Хомейни": the nisba the press names him by
            return frozenset() if _adjectival(span[0]) else TITLE_FIRST  # "князь Вяземский": a surname
        if _office(token):
            return OFFICE_SURNAME
        if not _chain_word(token):
            return frozenset()
    return frozenset()


# Muslim titles the press puts before a given name ("шейх Тамим") and before a nisba alike ("имам Хомейни")
SURNAME_TOO = frozenset({"имам", "шейх"})
KNOWN_GIVEN = 1.0  # a first name's reading by the dictionary or a lexicon (name_readings)


def _nisba(word: str) -> bool:
    """A word in -и, a nisba's unchanging ending ("Хомейни", "Систани"), that the dictionary or a first-name
    lexicon does not know as a given name ("Сабри", "Хани" are)."""
    from .name_readings import _readings

    return word[-1:].lower() == "и" and not any(
        r.role == "first" and r.weight >= KNOWN_GIVEN for r in _readings(get_morph(), word))


ADJECTIVAL = re.compile(r"(?:ий|ый|ой|ая|ого|его|ому|ему|ым|им|ом|ую|ей)$")


def _adjectival(token) -> bool:
    """An adjectival surname after a noble's title ("князь Вяземский", "графиня Толстая", "князю
    Трубецкому"), no given name: an adjective's ending the dictionary reads as an adjective or a surname."""
    morph = get_morph()
    return ADJECTIVAL.search(token.text) is not None and any(
        p.tag.POS == "ADJF" and morph.is_known(token.text) or "Surn" in p.tag.grammemes
        for p in morph.parse(token.text))  # not the analyzer's guess ("шейхом Тамимом": no adjective "тамимый")


def after_office(doc, start: int) -> bool:
    """The word at ``start`` follows an office, right after it or after a short genitive chain of
    its body, capitalized or not ("начальнику станции", "главе Минфина"; entities/name_office_double.py)."""
    for i in range(start - 1, max(start - 2 - CHAIN, -1), -1):
        token = doc[i]
        if _office(token):
            return True
        if not (_chain_word(token) or (token.pos_ == "NOUN" and token.is_lower and "Gen" in token.morph.get("Case"))):
            return False
    return False


def bare_name(span) -> frozenset[str]:
    """{"bare"} for a one-word mention after no noun for a person (a title, an office, a relative, a
    person: "митрополитом Савватием", "сын Демид", "мальчик Архип" keep their first names); empty
    else."""
    if len(span) != 1 or not span[0].is_alpha:
        return frozenset()
    if span.start > 0 and title_before(span.doc, span.start) >= 0:
        return frozenset()  # "Папа Римский Франциск", "епископу Выборгскому Игнатию": the given name
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.pos_ in ("NOUN", "PROPN") and (
            "Anim" in before.morph.get("Animacy") or _office(before)
            or unprefixed(before.lemma_) in load_list("name_given_titles.txt")
            or before.lemma_.lower() in load_list("name_given_titles.txt")):
        return frozenset()
    return BARE


def _lemma_misread(token, titles) -> bool:
    """A title whose lemma the tagger made up, no word of the dictionary: read by the dictionary's
    lemmas of the word as written, or as the feminine in -ия a neuter -ие guess stands for, as the
    tagger reads a rare noun in -ия ("игумении" -> "игумение": игумения)."""
    lemma = token.lemma_.lower()
    morph = get_morph()
    if morph.is_known(lemma):
        return False
    return lemma.endswith("ие") and lemma[:-2] + "ия" in titles or any(
        p.normal_form in titles for p in morph.parse(token.text))


def _given_title(token) -> bool:
    """A title of ``lexicons/name_given_titles.txt`` as written in running text: lower case, opening
    its sentence, or a capitalized common noun as the press writes a pontiff's or a monarch's title
    ("игуменья", "архиепископу", "Патриарх", "и Папа Франциск"); not inside an open quote («Король Лир»)."""
    titles = load_list("name_given_titles.txt")
    if token.is_lower or token.is_sent_start:
        if token.lemma_.lower() not in titles and token.text.lower() not in titles \
                and not _lemma_misread(token, titles):
            return False
    elif token.pos_ not in ("NOUN", "PROPN") or not token.text[1:].islower() or not any(
            p.normal_form in titles and not {"Name", "Surn"} & p.tag.grammemes
            for p in get_morph().parse(token.text)):  # "Патриарха", which the tagger may call a proper noun
        return False
    before = token.doc[token.sent.start:token.i].text
    return before.count("«") <= before.count("»") and before.count('"') % 2 == 0


SEE = re.compile(r"(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую)$")  # a see's adjective: "Выборгскому"
SEE_WORDS = frozenset({"и", "всея", "руси", "всех"})  # "Московский и всея Руси", "всех армян"


def title_before(doc, i: int) -> int:
    """The index of a title right before the word at ``i``, or before the name of its see
    ("митрополита Санкт-Петербургского и Ладожского Варсонофия", "епископу Выборгскому Игнатию"):
    capitalized adjectives and the closed words of ``SEE_WORDS``; -1 where there is none."""
    j = i - 1
    while j > 0 and i - j <= 6 and ((token := doc[j]).lower_ in SEE_WORDS or (
            SEE.search(token.text) and token.text[:1].isupper() and not token.is_sent_start)):
        j -= 1
    return j if doc[i - 1].lower_ != "и" and _given_title(doc[j]) else -1


def given_after_title(doc, i: int, morph) -> bool:
    """The word at ``i`` is a person's given name alone right after a title that goes with a given
    name ("грамоту архиепископу Феофану", "возглавляет игуменья Феофания, которая"): a capitalized
    word the dictionary has as a first name, no capitalized word after it (a full name is read
    elsewhere). Read by :func:`rufacts.entities.names_missed.missed_names` where the tagger took
    the name for a place or an organization, or left it out."""
    token = doc[i]
    if i == 0 or token.is_sent_start or not token.is_alpha or not token.text[:1].isupper() \
            or not token.text[1:].islower():
        return False
    if i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha:
        return False  # (before the title, the dearer test)
    title = title_before(doc, i)
    if title < 0:
        return False
    if not morph.is_known(token.text):  # "архиепископ Пахомий": a monastic name the dictionary lacks
        return _monastic(doc[title])
    # after a monastic rank and its see's adjective, any word ("Митрополит Ростовский и Новочеркасский
    # Меркурий": the planet's name to the dictionary; personforms40)
    return any("Name" in p.tag.grammemes and "anim" in p.tag.grammemes for p in morph.parse(token.text)) \
        or title < i - 1 and _monastic(doc[title])


def _monastic(token) -> bool:
    ranks = load_list("name_monastic_ranks.txt")
    # (capitalized at a sentence's start too: "Архиепископ Ярославский и Ростовский Пантелеимон")
    return (token.is_lower or token.is_sent_start and token.text[1:].islower()) and (
        token.lemma_.lower() in ranks or token.lower_ in ranks)
