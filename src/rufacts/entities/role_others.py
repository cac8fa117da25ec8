"""When a role phrase next to a name, or said without one, is someone else's (used by
:mod:`.roles` and :mod:`.role_anaphora`):

- a kinship word before the phrase, past an opening quote ("брат «короля поп-музыки» X") or
  the roles chained after it ("дочь писателя, актёра и режиссёра X"): :func:`kin_before`;
- a staff word before the name when a complement of that word follows the name ("помощник
  Хиллари Клинтон по европейским делам" is not Clinton): :func:`staff_of`;
- an apposition in the nominative after a name in an oblique case ("Ли Пэн, соратник Цзян
  Цзэминя, премьер Госсовета": the premier is Ли Пэн): :func:`apposition_clash`;
- a nameless role that runs on into a name in its own clause ("Глава представительства в
  регионе помощник госсекретаря X заявил"): :func:`name_ahead`;
- a post given to an object ("назначил его на должность архиепископа"):
  :func:`object_appointed`;
- a nameless role that a person named before already holds, word and ``of`` alike ("Президент
  США Дональд Трамп ... у Ким Чен Ына ... заявление президент США сделал"): that person's, not
  the one named last (:func:`same_role_holder`).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lexicons import load_list
from .quotes import OPENING_QUOTES

ACCUSATIVE_PRONOUNS = {"его", "её", "ее", "их", "меня", "нас", "вас", "тебя", "себя"}


def word_before(doc: Doc, start: int, modifiers: bool = False) -> int:
    """The index of the word before ``start`` past opening quotes (-1 if none); ``modifiers``:
    past adjectives and participles (verbs with a case) too ("дочь действующего президента")."""
    i = start - 1
    while i >= 0 and (doc[i].text in OPENING_QUOTES or (modifiers and doc[i].is_lower and (
            doc[i].pos_ == "ADJ" or (doc[i].pos_ == "VERB" and doc[i].morph.get("Case"))))):
        i -= 1
    return i


def kin_before(doc: Doc, start: int) -> int:
    """The index of a kinship or relation word (``kin_words.txt``) right before ``start``, past
    opening quotes, adjectives and participles; -1 if there is none."""
    i = word_before(doc, start, modifiers=True)
    found = i >= 0 and doc[i].is_alpha and doc[i].lemma_.lower() in load_list("kin_words.txt")
    return i if found else -1


def staff_of(doc: Doc, head: int, person: Span) -> bool:
    """Whether the staff word ``doc[head]`` (``person_staff.txt``) right before ``person``
    takes a complement after the name ("по ... делам", "по вопросам ..."): the name is the
    one served, and the role is not theirs."""
    if doc[head].lemma_.lower() not in load_list("person_staff.txt") or head + 1 != person.start:
        return False
    i = person.end
    if i >= len(doc) or doc[i].lower_ != "по":
        return False
    i += 1
    while i < len(doc) and (doc[i].pos_ in ("ADJ", "CCONJ") or doc[i].text == ","):
        i += 1
    return i < len(doc) and doc[i].pos_ == "NOUN" and doc[i].morph.get("Case") == ["Dat"]


def _governed(doc: Doc, person: Span) -> bool:
    """The name's last word reads as a genitive, dative or instrumental and a common noun for
    a person governs the name ("соратник Цзян Цзэминя"; not "13 ноября Василий Шумов")."""
    words = [t for t in person if t.is_alpha]
    if not words or words[-1].morph.get("Case") not in (["Gen"], ["Dat"], ["Ins"]):
        return False
    before = doc[person.start - 1] if person.start > 0 else None
    return before is not None and before.pos_ == "NOUN" and before.is_lower \
        and before.morph.get("Animacy") == ["Anim"]


def apposition_clash(doc: Doc, head: int, person: Span) -> bool:
    """Whether an apposition's role word ``doc[head]`` can only be a nominative while the name
    before it is an oblique case governed by a noun: the role is that noun's person's."""
    if doc[head].morph.get("Case") != ["Nom"] or not _governed(doc, person):
        return False
    return _singular_cases(doc[head].lower_.removeprefix("экс-")) == {"nomn"}


@lru_cache(maxsize=16_384)
def _singular_cases(word: str) -> frozenset[str]:
    """The cases of the word's singular noun readings ("премьер": the nominative only; its
    genitive plural reading is of "премьера")."""
    from ..grammars.morph import get_morph

    return frozenset(p.tag.case for p in get_morph().parse(word)
                     if p.tag.POS == "NOUN" and p.tag.number == "sing" and p.tag.case)


def name_ahead(doc: Doc, end: int, starts: set[int], width: int = 8, any_case: bool = False) -> bool:
    """Whether a name that can be a subject (``any_case``: any name) begins within ``width``
    words after ``end``, before any verb or punctuation: the role phrase is part of that
    name's apposition ("на пост главы МВД полковника Игоря Шуневича": the colonel's)."""
    for i in range(end, min(len(doc), end + width)):
        token = doc[i]
        if i in starts:
            return any_case or not token.morph.get("Case") or "Nom" in token.morph.get("Case")
        if token.pos_ in ("VERB", "AUX") or (token.is_punct and token.text not in "«»\""):
            return False
    return False


def object_appointed(doc: Doc, post_start: int) -> bool:
    """Whether the post phrase starting at ``post_start`` ("должность архиепископа") follows
    a preposition after an accusative pronoun ("назначил его на должность"): the post is
    the pronoun's, not the subject's."""
    prep = post_start - 1
    if prep < 1 or doc[prep].pos_ != "ADP":
        return False
    return doc[prep - 1].lower_ in ACCUSATIVE_PRONOUNS  # (right before a preposition
    # "его", "её", "их" are no possessives: "перевёл её на пост")


def same_role_holder(doc: Doc, roles: dict, fact, head_lemma: str, before: int):
    """The key (token start, end) of the last person span among ``roles`` (person span -> roles
    found) named before token ``before``, within the sentences a nameless role refers back to,
    with a role of the same position word and the same ``of`` as ``fact``; None if there is
    none or ``fact`` has no ``of``."""
    from .role_phrase import ANAPHORA_SENTENCES, sentences_between

    if not fact.of:
        return None
    keys = [key for key, found in roles.items() if key[1] <= before
            and sentences_between(doc, key[0], before) <= ANAPHORA_SENTENCES and any(
        r.of == fact.of and head_lemma in r.title.lower().replace("экс-", "").split()
        for r in found)]
    return max(keys) if keys else None
