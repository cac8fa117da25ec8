"""Wholes and parts of the identity readings of :mod:`.sector_topic_frames` (w145): the whole
"из них" refers to (a counted group, a count another reader made, a bare number whose noun a
topic genitive or a question said: "Резидентов у нас тридцать, из них …", "— Сколько у вас
резидентов? — Тридцать, из них …"), and a part named before its number ("из них
станкостроителей — двенадцать", "из них аграрного профиля — пять")."""
from __future__ import annotations

import re
from typing import Optional, Sequence

from .sector_context import adjective_sectors, object_lemma, written_lemma
from .sector_normal import join_sectors
from .sector_words import first_grams as _pos
from .sector_words import forms, in_case, tokenize


def _groups():
    from .sector_topic_frames import _groups as groups
    return groups


def _noun_of(token) -> Optional[str]:
    if not forms(token):
        return None
    return written_lemma(token) or object_lemma(token)


def whole_of(morph, text: str, start: int, at: int, tokens: Sequence, found: Sequence):
    """(total, noun) of the whole "из них" refers to: the last counted group before ``at``
    in the sentence, a count another reader made there, or a bare number answering a
    question "Сколько <noun>?" said just before."""
    best = None
    for first, last, count, noun in _groups()(morph, tokens):
        if tokens[last].span.stop <= at:
            if noun is None:  # "Экспонентов у нас триста, из них …": a topic genitive
                noun = _topic_noun(tokens, first) or \
                    _question_noun(morph, text[max(0, start - 160):start])
            if noun:
                best = (tokens[last].span.stop, count, noun)
    for v in found:
        if start <= v.stop <= at and v.total is None and (best is None or v.stop > best[0]):
            best = (v.stop, v.count, v.object)
    return best[1:] if best else (None, None)


def _topic_noun(tokens: Sequence, k: int) -> Optional[str]:
    """The counted noun a clause opens with in the genitive plural, its number later
    ("Резидентов в парке сейчас тридцать"): the first word of the sentence before ``k``."""
    words = [t for t in tokens[:k] if t.type == "RU"]
    if not words or not _noun_of(words[0]) or not any(
            {"NOUN", "gent", "plur"} <= set(f.grams.values) for f in forms(words[0])):
        return None
    return _noun_of(words[0])


def _question_noun(morph, before: str) -> Optional[str]:
    """The counted noun of a question ending ``before`` ("Сколько у вас резидентов? —")."""
    m = re.search(r"(?i:\bсколько\s+)(?P<q>[^?!.]{3,120})\?\s*[—–-]?\s*$", before)
    if m is None:
        return None
    q = tokenize(morph, before, *m.span("q"))
    return next((_noun_of(t) for t in q if _noun_of(t) and in_case(t, "gent")), None)


def part_sector(tokens: Sequence, noun: str) -> Optional[tuple[str, str]]:
    """(object, sector) of a part named before its number: a plural genitive noun of a
    trade ("машиностроителей" -> машиностроитель, машиностроение) or adjectives before a
    profile noun ("медицинского профиля" -> the whole's noun, медицина)."""
    if tokens and all(_pos(t) & {"ADJF", "PRTF"} for t in tokens[:-1]) and len(tokens) > 1:
        names = adjective_sectors(tokens[:-1], noun)
        if names:
            return noun, join_sectors(names)
    if len(tokens) == 1 and _noun_of(tokens[0]) and in_case(tokens[0], "gent"):
        from .sector_nouns import agent_industry
        name = agent_industry(_noun_of(tokens[0]))
        return (_noun_of(tokens[0]), name) if name else None
    return None


__all__ = ["part_sector", "whole_of"]
