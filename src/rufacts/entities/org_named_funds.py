"""A foundation named after a person: "предоставил фонд Потанина", "сообщили в фонде
Гуггенхайма", "Грант Фонда Онассиса получила". The tagger finds "Фонд Потанина" capitalized but
leaves the lower-case head out (only the person "Потанина" stands), and after a capitalized noun
opening the sentence it reads head and person as one person ("Грант Фонда Онассиса"). A head of
``lexicons/named_fund_heads.txt`` and the person's span right after it, every word of it in the
genitive, are one organization (docs/gold-conventions.md: a body named after a person keeps the
person's name in the genitive, as "правительство Яна Фишера"); the person's span stays. A person
span with the capitalized head inside it gives its words from the head on to the organization,
the words before it (a sentence's capitalized noun) dropped. After a post ("аудитора фонда Сергея
Магнитского") the person is the post's holder and no span is made. Read by
:mod:`rufacts.entities.span_passes` with the last passes.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lexicons import load_words
from .doc_words import morph_values
from .geo import lemma_positions
from .role_phrase import is_role_word


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return load_words("named_fund_heads.txt")


def _genitive_person(span: Span) -> bool:
    return span.label_ == "PER" and len(span) <= 3 and all(
        t.is_alpha and t.text[:1].isupper() and "Gen" in morph_values(t, "Case") for t in span)


def _person_noun(token) -> bool:
    """A post or a person's noun ("аудитора", "директора", "сотрудник")."""
    return is_role_word(token) or token.pos_ == "NOUN" and "Anim" in morph_values(token, "Animacy")


def named_funds(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each foundation named after a person."""
    hits = lemma_positions(doc, _heads().__contains__)
    if not hits:
        return spans
    added, dropped = [], set()
    for i in hits:
        head = doc[i]
        if head.pos_ != "NOUN" or "Sing" not in morph_values(head, "Number"):
            continue
        inside = next((s for s in spans if s.label_ == "PER" and s.start < i < s.end), None)
        if inside is not None and head.is_title and i == inside.start + 1 and inside.start == doc[i].sent.start \
                and doc[inside.start].pos_ == "NOUN" and "Gen" in morph_values(head, "Case") \
                and 0 < inside.end - i - 1 <= 2 and all(t.is_alpha and t.text[:1].isupper() for t in doc[i + 1:inside.end]):
            # (the tagger may read the person's genitive as a nominative: "Онассиса")
            dropped.add((inside.start, inside.end, inside.label_))  # "[Грант Фонда Онассиса]"
            added.append(Span(doc, i + 1, inside.end, label="PER"))
            added.append(Span(doc, i, inside.end, label="ORG"))
            continue
        if not head.is_lower or any(s.start <= i < s.end for s in spans):
            continue
        person = next((s for s in spans if s.start == i + 1), None)
        if person is None or not _genitive_person(person) or i and _person_noun(doc[i - 1]):
            continue  # "аудитора фонда Сергея Магнитского": the post's holder, not the fund's namesake
        if any(s.label_ != "PER" and s.start < person.end and i < s.end for s in spans):
            continue
        added.append(Span(doc, i, person.end, label="ORG"))
    if not added:
        return spans
    kept = [s for s in spans if (s.start, s.end, s.label_) not in dropped]
    return sorted(kept + added, key=lambda s: (s.start, -s.end))
