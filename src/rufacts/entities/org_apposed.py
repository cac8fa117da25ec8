"""Quoted organization names in apposition that stand as written, read by
:func:`rufacts.components.entities.group_named`:

- :func:`apposed_phrase`: a name of several words after a descriptor whose first word is a dictionary
  noun in the nominative ("фонд «Наследие Севера»", "радиостанцию «Эхо Севера»", "газета «Вести
  Урала»"): the words after it are its genitive complement, not a frozen company name whose second word
  declines ("«Газпром нефти»" -> Газпром нефть, :func:`rufacts.entities.normal._frozen_first`);
- :func:`apposed_after_trade`: a one-word name after a descriptor and the plural genitive of its trade
  ("сети пекарен «Алаадьи»", "сети аптек «Ригла»"): the name is in apposition to the descriptor, as
  written, whatever ending an unknown word has.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..grammars.morph import Morph
from ..lexicons import load_list
from .normal import CLOSE_QUOTES, OPEN_QUOTES, QUOTES, join_words, spaced
from .spans import word_before

NAME_GRAMMEMES = frozenset({"Orgn", "Name", "Surn", "Patr", "Geox", "Abbr"})


def _inner(span: Span) -> list | None:
    """The words between the quotes of a span that is one quoted name, else None."""
    tokens = [t for t in span if not t.is_space]
    if len(tokens) < 3 or tokens[0].text not in OPEN_QUOTES or tokens[-1].text not in CLOSE_QUOTES:
        return None
    inner = tokens[1:-1]
    return None if any(t.text in QUOTES for t in inner) else inner


def _common_nominative(morph: Morph, word: str) -> bool:
    """A dictionary noun (no name, place or organization) with a nominative reading."""
    if not word[:1].isupper() or word.isupper() or not morph.is_known(word):
        return False
    parses = [p for p in morph.parse(word) if p.tag.POS == "NOUN"]
    return bool(parses) and not any(NAME_GRAMMEMES & p.tag.grammemes for p in parses) \
        and any(p.tag.case == "nomn" for p in parses)


def apposed_phrase(morph: Morph, rest: Span) -> str | None:
    """The quoted name of ``rest`` (the span after its descriptor) as written where it has two or more
    words of letters, the first a dictionary noun in the nominative and the second a capitalized noun
    in the genitive ("«Наследие Севера»"); None else."""
    inner = _inner(rest)
    if inner is None or len(inner) < 2 or not all(t.is_alpha for t in inner[:2]):
        return None
    first, second = inner[0].text, inner[1].text
    if len(inner) == 2 and _foreign_being(morph, first, second):
        return join_words([t.text for t in inner], [spaced(t) for t in inner])  # "компании «Свартсхраун Орка»"
    if not _common_nominative(morph, first) or not second[:1].isupper():
        return None
    seconds = [p for p in morph.parse(second) if p.tag.POS == "NOUN"]
    if not any(p.tag.case == "gent" for p in seconds) or any(
            p.normal_form in load_list("org_descriptors.txt") for p in seconds):
        return None  # a descriptor second is the name's own head: "«Почта Банка»" -> Почта Банк
    return join_words([t.text for t in inner], [spaced(t) for t in inner])


def _foreign_being(morph: Morph, first: str, second: str) -> bool:
    """A first word the dictionary lacks, and a capitalized second word whose noun readings are all a
    being's in an oblique case ("Хейдарфьорд Орка": орк): a foreign name in apposition to its
    descriptor, its "-а" no genitive (a company's name is no being declined)."""
    if morph.is_known(first.lower()) or not first[:1].isupper() or not second[:1].isupper() or first.isupper():
        return False
    seconds = [p for p in morph.parse(second) if p.tag.POS == "NOUN"]
    return bool(seconds) and all(p.tag.animacy == "anim" and p.tag.case != "nomn"
                                 and not {"Name", "Surn", "Patr"} & p.tag.grammemes for p in seconds)


def apposed_after_trade(morph: Morph, span: Span) -> str | None:
    """A one-word quoted name right after "<descriptor> <plural genitive>" ("сети пекарен «Алаадьи»")
    as written; None else."""
    words = [t for t in span if not (t.is_space or t.text in QUOTES)]
    if len(words) != 1 or not words[0].is_alpha or not words[0].text[:1].isupper() or words[0].i == 0 \
            or span.doc[words[0].i - 1].text not in OPEN_QUOTES:
        return None
    before = word_before(span.doc, words[0].i)
    if before is None or before.i == 0 or not before.is_alpha:
        return None
    descriptor = span.doc[before.i - 1]  # the trade word by the dictionary: the tagger reads "пекарен" an adjective
    if descriptor.lemma_.lower() not in load_list("org_descriptors.txt") or not any(
            p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "plur" and p.tag.animacy == "inan"
            for p in morph.parse(before.text)):  # not people: "совета директоров «Тверьэнергосбыта»"
        return None
    return words[0].text
