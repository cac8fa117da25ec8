"""The role phrase: a position word ("мэр", "генеральный директор", "экс-председатель")
with its adjectives and genitive complements, as the role rules of ``roles`` and
``role_anaphora`` read it."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Span, Token

from ..lexicons import load_list
from .role_between import position_lemma
from .role_participles import participle_position
from .doc_words import morph_values

MAX_ROLE_TOKENS = 8
COPULAS = {"являться", "стать", "становиться", "оставаться", "остаться", "быть", "работать"}
ANAPHORA_SENTENCES = 2  # "президент Франции" refers to a person named this many sentences before


@dataclass(frozen=True)
class RoleMatch:
    start: int              # token offsets of the role phrase
    end: int
    head: int               # token index of the role word
    of_span: Optional[Span]  # the organization or place the role is of


def is_word(token: Token) -> bool:
    """Letters, possibly hyphenated: "премьер-министр"."""
    return token.text.replace("-", "").isalpha()


@lru_cache(maxsize=None)
def role_lemmas() -> frozenset[str]:
    """Position words and occupations (``role_words.txt``, ``role_occupations.txt``)."""
    return load_list("role_words.txt") | load_list("role_occupations.txt")


def is_role_word(token: Token) -> bool:
    """A position word in the singular: one person's ("представители партии" are many);
    "экс-председатель" is a position too."""
    if not is_word(token) or "Plur" in morph_values(token, "Number"):
        return False
    lemma = token.lemma_[4:] if token.lemma_.startswith("экс-") else token.lemma_
    lemmas = role_lemmas()

    return (lemma in lemmas or position_lemma(token, lemmas) is not None
            or participle_position(token, lemmas) is not None) and (
        token.is_lower or token.text[:1].isupper() and token.text[1:].islower())


def is_occupation(token: Token) -> bool:
    """A trade rather than a post (``lexicons/role_occupations.txt``): "певица", "футболист"."""
    lemma = token.lemma_[4:] if token.lemma_.startswith("экс-") else token.lemma_
    occupations = load_list("role_occupations.txt")
    return lemma in occupations or position_lemma(token, occupations) is not None


def is_complement(token: Token) -> bool:
    """A lowercase word of a role's genitive complement: "иностранных дел", "города",
    "военно-морских сил" (a hyphenated adjective), "лаборатории" (a genitive the tagger read
    as a locative or a dative: no preposition before it)."""
    if not (is_word(token) and token.is_lower and token.pos_ in ("NOUN", "ADJ")):
        return False
    cases = morph_values(token, "Case")
    if "Gen" in cases:
        return True
    if token.pos_ == "NOUN" and ("Loc" in cases or "Dat" in cases) and _bare_genitive(token):
        return True
    if token.pos_ == "ADJ" and "Acc" in morph_values(token, "Case"):  # "влиятельного": Acc = Gen
        from ..grammars.morph import get_morph

        return any(p.tag.POS == "ADJF" and p.tag.case == "gent"
                   for p in get_morph().parse(token.lower_))
    return False


def _bare_genitive(token: Token) -> bool:
    """A noun with a genitive singular reading and no preposition before it (past its
    adjectives): "руководитель лаборатории", not "в лаборатории"."""
    from ..grammars.morph import get_morph

    doc, i = token.doc, token.i - 1
    while i >= 0 and doc[i].pos_ == "ADJ":
        i -= 1
    if i >= 0 and doc[i].pos_ == "ADP":
        return False
    return any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in get_morph().parse(token.lower_))


def with_adjectives(doc: Doc, head: int) -> int:
    start = head
    while start > 0 and doc[start - 1].pos_ == "ADJ" and doc[start - 1].is_alpha \
            and morph_values(doc[start - 1], "Case") and not doc[start - 1].is_title:
        start -= 1
    if start > 0 and doc[start - 1].is_sent_start and doc[start - 1].pos_ == "ADJ" \
            and morph_values(doc[start - 1], "Case"):
        start -= 1  # "Генеральный директор ..." at the start of a sentence
    return start


def place_adjective(doc: Doc, start: int, head: int):
    """A place adjective among a role's adjectives ("российского президента"), as a span."""
    from .geo import place_of

    for i in range(start, head):
        if (doc[i].is_lower or doc[i].is_sent_start) and place_of(doc[i]):
            return doc[i:i + 1]
    return None


def sentences_between(doc: Doc, a: int, b: int) -> int:
    """How many sentence starts lie in (a, b]."""
    if b - a > 16 and a >= 0 and b < len(doc):  # a long way: the doc's array, not a Token a word
        from spacy.attrs import SENT_START

        return int((doc.to_array(SENT_START)[a + 1:b + 1] == 1).sum())
    return sum(doc[i].is_sent_start for i in range(a + 1, b + 1))
