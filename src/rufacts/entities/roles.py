"""Roles of persons: a position word with what it is a position of, next to a name.

- before the name: "мэр Москвы Сергей Собянин", "генеральный директор ООО «Ромашка»
  Иван Петров", "министр иностранных дел России Сергей Лавров";
- after it, as an apposition: "Сергей Собянин, мэр Москвы, ...";
- a role alone after a verb of saying refers to the person last named:
  "«...», - отметил глава города".
Position lemmas come from ``lexicons/role_words.txt``, verbs of saying from
``lexicons/speech_verbs.txt``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

from spacy.tokens import Doc, Span, Token

from ..facts import Role
from ..lexicons import load_list

MAX_ROLE_TOKENS = 8


@dataclass(frozen=True)
class RoleMatch:
    start: int              # token offsets of the role phrase
    end: int
    head: int               # token index of the role word
    of_span: Optional[Span]  # the organization or place the role is of


def _is_word(token: Token) -> bool:
    """Letters, possibly hyphenated: "премьер-министр"."""
    return token.text.replace("-", "").isalpha()


def _is_role_word(token: Token) -> bool:
    return _is_word(token) and token.lemma_ in load_list("role_words.txt") and (
        token.is_lower or token.text[:1].isupper() and token.text[1:].islower())


def _is_complement(token: Token) -> bool:
    """A lowercase word of a role's genitive complement: "иностранных дел", "города"."""
    return token.is_alpha and token.is_lower and "Gen" in token.morph.get("Case") and \
        token.pos_ in ("NOUN", "ADJ")


def _with_adjectives(doc: Doc, head: int) -> int:
    start = head
    while start > 0 and doc[start - 1].pos_ == "ADJ" and doc[start - 1].is_alpha \
            and doc[start - 1].morph.get("Case") and not doc[start - 1].is_title:
        start -= 1
    if start > 0 and doc[start - 1].is_sent_start and doc[start - 1].pos_ == "ADJ" \
            and doc[start - 1].morph.get("Case"):
        start -= 1  # "Генеральный директор ..." at the start of a sentence
    return start


def role_before(doc: Doc, person: Span, entities: dict[int, Span]) -> Optional[RoleMatch]:
    """A role phrase ending right before ``person``; ``entities`` maps token start -> span
    of organizations and places."""
    i = person.start - 1
    of_span = None
    steps = 0
    while i >= 0 and steps < MAX_ROLE_TOKENS:
        token = doc[i]
        ent = next((e for s, e in entities.items() if s <= i < e.end), None)
        if ent is not None:
            if of_span is None or ent.start < of_span.start:
                of_span = ent if of_span is None else of_span
            i = ent.start - 1
        elif _is_role_word(token):
            return RoleMatch(_with_adjectives(doc, i), person.start, i, of_span)
        elif _is_complement(token) or token.text in "«»\"":
            i -= 1
        else:
            return None
        steps += 1
    return None


APPOSITION = {",", "-", "–", "—"}


def role_after(doc: Doc, person: Span, entities: dict[int, Span]) -> Optional[RoleMatch]:
    """"Сергей Собянин, мэр Москвы, ..." / "Светлана Яковлева - директор ...": a comma or
    a dash, then a role phrase."""
    i = person.end
    if i >= len(doc) or doc[i].text not in APPOSITION:
        return None
    i += 1
    start = i
    while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        i += 1
    if i >= len(doc) or not _is_role_word(doc[i]):
        return None
    head = i
    i += 1
    of_span = None
    while i < len(doc) and i - start < MAX_ROLE_TOKENS:
        if i in entities:
            of_span = entities[i]
            i = of_span.end
            break
        if not (_is_complement(doc[i]) or doc[i].lower_ in ("в", "при", "по", "от")):
            break
        i += 1
    while i > head + 1 and doc[i - 1].pos_ == "ADP":
        i -= 1
    return RoleMatch(start, i, head, of_span)


def speaker_roles(doc: Doc, persons: list[Span], entities: dict[int, Span]) -> list[tuple[Span, RoleMatch]]:
    """Roles standing alone after a verb of saying, with the person last named before."""
    verbs = load_list("speech_verbs.txt")
    person_starts = {p.start for p in persons}
    out = []
    for token in doc:
        if token.lemma_ not in verbs or token.pos_ != "VERB":
            continue
        i = token.i + 1
        start = i
        while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].is_lower:
            i += 1
        if i >= len(doc) or not _is_role_word(doc[i]):
            continue
        head = i
        i += 1
        while i < len(doc) and _is_complement(doc[i]) and i not in entities:
            i += 1
        of_span = entities.get(i)
        end = of_span.end if of_span is not None else i
        if end in person_starts or (end < len(doc) and doc[end].is_title and doc[end].is_alpha):
            continue  # a name follows: role_before handles it
        previous = [p for p in persons if p.end <= start]
        if previous:
            out.append((previous[-1], RoleMatch(start, end, head, of_span)))
    return out


def _role_fact(doc: Doc, match: RoleMatch, morph, name_of: Callable[[Span], str]) -> Role:
    from .normal import join_words, normalize_words

    title_end = match.of_span.start if match.of_span is not None and \
        match.of_span.start > match.head else match.end
    title_tokens = [t for t in doc[match.start:title_end] if not t.is_punct and not t.is_space]
    words = normalize_words(morph, [t.text for t in title_tokens])
    if words and not (words[0].isupper() and len(words[0]) > 1):
        words[0] = words[0].lower()  # a position is a common noun: "Губернатор ..." -> "губернатор"
    title = join_words(words, [bool(t.whitespace_) for t in title_tokens])
    phrase = doc[match.start:match.end]
    while len(phrase) and (phrase[-1].is_punct or phrase[-1].is_space) and \
            phrase[-1].text not in "»\"":
        phrase = phrase[:-1]
    of = name_of(match.of_span) if match.of_span is not None else None
    return Role(title=title, of=of, text=phrase.text, start=phrase.start_char,
                stop=phrase.end_char)


def person_roles(doc: Doc, persons: list[Span], others: list[Span], morph,
                 name_of: Callable[[Span], str]) -> dict[tuple[int, int], list[Role]]:
    """Roles found for each person span, keyed by its (start, end) token offsets."""
    entities: dict[int, Span] = {}
    for span in sorted(others, key=lambda s: (s.start, s.end - s.start)):
        entities[span.start] = span  # the longest span starting at a token wins
    roles: dict[tuple[int, int], list[Role]] = {}
    for person in persons:
        for finder in (role_before, role_after):
            match = finder(doc, person, entities)
            if match is not None:
                roles.setdefault((person.start, person.end), []).append(
                    _role_fact(doc, match, morph, name_of))
    for person, match in speaker_roles(doc, persons, entities):
        roles.setdefault((person.start, person.end), []).append(
            _role_fact(doc, match, morph, name_of))
    return roles
