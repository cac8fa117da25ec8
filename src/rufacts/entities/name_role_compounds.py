"""A hyphenated word for a person's trade, rank or speciality is no name part
("Инженер-конструктор Павел Лобанов", "Генерал-майор И. В. Степанов", "Инженеру-технологу Марии
Сидоровой"): :func:`without_role_compound` drops it from the start of a person span the tagger
took it into, capitalized at a sentence's start.

A word counts where every hyphen part is a role noun: a lemma of ``lexicons/role_words.txt``,
``lexicons/role_occupations.txt`` or ``lexicons/name_role_compound_parts.txt``, or an animate
common noun the dictionary knows and reads with no name, surname or patronymic reading. A
hyphenated surname has a part that is none ("Мамин-Сибиряк", "Лебедев-Кумач"), so do
hyphenated first names ("Жан-Пьер", "Анна-Мария").

Prefixes of ``lexicons/name_role_prefixes.txt`` may open such a word before its role nouns
("Экс-советник Голубев", "Пресс-агента Киркорова", "Экс-вице-мэр", "Экс-жене Аршавина"): a prefix
is no name part either, and the rest is read as above; a word of prefixes alone is not taken.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ..grammars.morph import Morph
from ..lexicons import load_list

NAME_PARTS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})


@lru_cache(maxsize=1)
def role_lemmas() -> frozenset[str]:
    return (load_list("role_words.txt") | load_list("role_occupations.txt")
            | load_list("name_role_compound_parts.txt"))


def _role_part(morph: Morph, part: str) -> bool:
    parses = morph.parse(part.lower())
    if not parses or any(NAME_PARTS & p.tag.grammemes for p in morph.parse(part)):
        return False
    lemmas = role_lemmas()
    if any(p.tag.POS == "NOUN" and p.normal_form.replace("ё", "е") in lemmas
           or p.normal_form in lemmas for p in parses):
        return True
    best = parses[0]
    return morph.is_known(part.lower()) and best.tag.POS == "NOUN" and "anim" in best.tag.grammemes


def role_compound(morph: Morph, word: str) -> bool:
    """"Врач-онколог", "Инженеру-технологу", "Генерал-майор": every part a role noun; "Экс-советник",
    "Пресс-агент": prefixes, then role nouns."""
    parts = word.split("-")
    if len(parts) < 2 or not all(p.isalpha() for p in parts):
        return False
    prefixes = load_list("name_role_prefixes.txt")
    lead = 0
    while lead < len(parts) - 1 and parts[lead].lower() in prefixes:
        lead += 1
    return all(_role_part(morph, p) for p in parts[lead:])


def unprefixed(lemma: str) -> str:
    """A lemma without the role prefixes it opens with ("экс-супруга" -> "супруга",
    "экс-вице-мэр" -> "мэр"), lower case; as it is where nothing follows them."""
    parts = lemma.lower().split("-")
    prefixes = load_list("name_role_prefixes.txt")
    lead = 0
    while lead < len(parts) - 1 and parts[lead] in prefixes:
        lead += 1
    return "-".join(parts[lead:])


def without_role_compound(span: Span, morph: Morph) -> Span:
    """The span without a role compound at its start, where capitalized words follow it."""
    words = [t for t in span if not t.is_space]
    if span.label_ != "PER" or len(words) < 2 or "-" not in words[0].text \
            or not words[1].text[:1].isupper() or not role_compound(morph, words[0].text):
        return span
    return Span(span.doc, words[1].i, span.end, label="PER")
