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

:func:`given_after_title` finds a lone first name after such a title the tagger missed ("направил
архиепископ Пахомий"; read by :func:`rufacts.entities.names_missed.missed_names`).
"""
from __future__ import annotations

from ..lexicons import load_list
from .name_role_compounds import unprefixed

OFFICE_SURNAME = frozenset({"officelast"})
TITLE_FIRST = frozenset({"titlefirst"})
# ranks of monastic clergy, named by the monastic name alone ("архиепископ Пахомий", "игуменья Феофания"):
# a word alone after one is the first name, one the dictionary lacks too; not a priest's or a pastor's
# rank, named by the surname as often ("протоиерей Смирнов")
MONASTIC = frozenset({"патриарх", "митрополит", "архиепископ", "епископ", "архимандрит", "игумен", "игуменья",
                      "иеромонах", "иеродиакон", "схиигумен", "схиархимандрит", "архиерей", "монах", "монахиня"})
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
    """{"officelast"} for a one-word mention after an office, {"titlefirst"} right after a monastic
    rank; empty else."""
    if len(span) != 1 or not span[0].is_alpha:
        return frozenset()
    doc = span.doc
    if span.start > 0 and _monastic(doc[span.start - 1]):
        return TITLE_FIRST
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


def given_after_title(doc, i: int, first_name, morph) -> bool:
    """``doc[i]`` is a lone first name right after a lower-case title that goes with a given name
    (``lexicons/name_given_titles.txt``: "архиепископ Пахомий", "митрополит Феогност", "король Карл"),
    which the tagger missed: a capitalized word inside its sentence that ``first_name`` (the dictionary
    or a first-name lexicon) reads as a first name, or after a monastic rank (``MONASTIC``) one the
    dictionary lacks, with no capitalized word after it. The caller checks no span covers it."""
    if i == 0:
        return False
    token, title = doc[i], doc[i - 1]
    if token.is_sent_start or not token.is_alpha or not token.text[:1].isupper() or token.text.isupper() \
            or not title.is_lower or (title.lemma_.lower() not in load_list("name_given_titles.txt")
                                      and title.lower_ not in load_list("name_given_titles.txt")):
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and after.is_alpha and after.text[:1].isupper():
        return False
    return first_name(token.text) or (_monastic(title) and not morph.is_known(token.text))


def _monastic(token) -> bool:
    return token.is_lower and (token.lemma_.lower() in MONASTIC or token.lower_ in MONASTIC)
