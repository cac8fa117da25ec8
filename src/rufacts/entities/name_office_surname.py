"""A name of one word after an office is a surname (read in
:func:`rufacts.entities.names_group.group_persons`, weighed in
:func:`rufacts.entities.name_solutions._solutions`): "Вице-президент Гор признал поражение", "встреча
с вице-президентом Гором", "Генсек НАТО Рютте": the press names an office holder by the office and the
surname. A word a dictionary has as a rare first name (Гор, Armenian; no name of
``lexicons/first_names.tsv``) is so read as the surname, in the nominative of the surname.

Not after a title that goes with a given name (``lexicons/name_given_titles.txt``: "король Карл",
"папа Франциск", "принц Гарри", "патриарх Кирилл"), nor for a first name the lexicon lists as a
common one ("тренер Гильермо" keeps it: the rule leaves listed first names alone). The office is the
word right before the name or before a short genitive chain of its body or place ("Генсек НАТО Рютте",
"премьер-министр Японии Исиба"): ``lexicons/role_words.txt``, prefixes aside ("экс-вице-президент").

A name of one word with no word for a person right before it (:func:`bare_name`: "Правительство
Фиалы", "утвердил Михала", "Беседа с Арцруни") is rather a surname than a first name the dictionary
alone knows: the press names a person alone by the surname; weighed in
:func:`rufacts.entities.name_solutions._foreign_first_as_surname`.
"""
from __future__ import annotations

from ..lexicons import load_list
from .name_role_compounds import unprefixed

OFFICE_SURNAME = frozenset({"officelast"})
BARE = frozenset({"bare"})
CHAIN = 3  # words of a body's or place's name between the office and the name


def _office(token) -> bool:
    lemma = unprefixed(token.lemma_)
    return token.pos_ == "NOUN" and lemma in load_list("role_words.txt") \
        and lemma not in load_list("name_given_titles.txt") \
        and token.lemma_.lower() not in load_list("name_given_titles.txt")


def _chain_word(token) -> bool:
    """A word of the genitive chain between the office and the name: "НАТО", "Японии", "ФРС"."""
    return token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "ADJ") \
        and "Nom" not in token.morph.get("Case")


def office_surname(span) -> frozenset[str]:
    """{"officelast"} for a one-word mention after an office; empty else."""
    if len(span) != 1 or not span[0].is_alpha:
        return frozenset()
    doc = span.doc
    for i in range(span.start - 1, max(span.start - 2 - CHAIN, -1), -1):
        token = doc[i]
        if _office(token):
            return OFFICE_SURNAME
        if not _chain_word(token):
            return frozenset()
    return frozenset()


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
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.pos_ in ("NOUN", "PROPN") and (
            "Anim" in before.morph.get("Animacy") or _office(before)
            or unprefixed(before.lemma_) in load_list("name_given_titles.txt")
            or before.lemma_.lower() in load_list("name_given_titles.txt")):
        return frozenset()
    return BARE
