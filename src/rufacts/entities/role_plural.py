"""One plural role before a list of names is each one's (w98): "губернаторы Иван Петров и
Олег Сидоров", "депутаты Госдумы Ирина Волкова и Сергей Ладыгин", "космонавты Алексей
Овчинин, Олег Скрипочка и Джефф Уильямс". Used by :mod:`.roles`."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span

from .role_between import inserted
from .role_phrase import MAX_ROLE_TOKENS, RoleMatch, is_complement, is_word, role_lemmas, with_adjectives
from .doc_words import morph_values


def list_start(doc: Doc, person: Span, by_end: dict[int, Span]) -> Optional[int]:
    """Where the list of names ``person`` ends ("X, Y и Z") starts; ``person.start`` for a
    name alone or the first of them."""
    start = person.start
    for _ in range(12):
        sep = start - 1
        if sep < 1 or doc[sep].lower_ not in (",", "и") or sep not in by_end:
            return start
        start = by_end[sep].start
    return start


def plural_role(doc: Doc, end: int, entities: dict[int, Span], person: Span) -> Optional[RoleMatch]:
    """A role phrase headed by a plural position word ending right before ``end``, where the
    first name of the list, ``person``, starts; not a post sought ("кандидат в губернаторы
    Олег Демин"), nor others' role ("адвокаты Ивана Петрова", "представителями Путина":
    a genitive name after a role in another case)."""
    match = _plural_role(doc, end, entities)
    if match is None or match.start > 0 and doc[match.start - 1].lower_ in ("в", "во"):
        return None
    case = morph_values(doc[match.head], "Case")
    if morph_values(person[0], "Case") == morph_values(person[-1], "Case") == ["Gen"] \
            and case not in (["Gen"], ["Acc"]):  # (the tagger errs on one word: "Алексей Овчинин")
        return None
    return match


def _plural_role(doc: Doc, end: int, entities: dict[int, Span]) -> Optional[RoleMatch]:
    i = end - 1
    if i > 0:
        i -= inserted(doc, i)
    of_span = None
    steps = 0
    while i >= 0 and steps < MAX_ROLE_TOKENS:
        token = doc[i]
        ent = next((e for s, e in entities.items() if s <= i < e.end <= end), None)
        if ent is not None:
            if of_span is None or ent.start < of_span.start:
                of_span = ent
            i = ent.start - 1
        elif (token.is_lower or token.is_sent_start and token.text[1:].islower()) and is_word(token) \
                and morph_values(token, "Number") == ["Plur"] \
                and token.lemma_ in role_lemmas():
            return RoleMatch(with_adjectives(doc, i), end, i, of_span)
        elif is_complement(token) or token.text in "«»\"" or token.lower_ in ("в", "при", "по"):
            i -= 1
        else:
            return None
        steps += 1
    return None
