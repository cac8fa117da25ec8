"""Coordinated names that share one plural head: "солисты Большого, Мариинского театров",
"ректоры Томского и Новосибирского государственных университетов". The tagger (or the institution
rules) takes the last adjective with the head as a body, and the first adjective alone as another
("Большого"); that first body's name is its adjectives with the shared head, in the singular
("Большой театр"; rufacts.entities.normal reads a plural head after singular capitalized
adjectives as one body's). Read by :func:`rufacts.components.entities.normal_name`. In the
nominative the tagger often reads a feminine or neuter plural head as a genitive singular
("Калужская и Тульская епархии", "Российская и Белорусская академии наук"): a head read only as a
plural in the adjectives' case is a plural one (two bodies: Калужская епархия, Тульская епархия).
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Span, Token

from ..grammars.morph import get_morph
from .doc_words import morph_values

JOINS = (",", "и")
MAX_NAMES = 4  # coordinated adjectives before the head: "Большого, Мариинского и Михайловского"
MAX_HEAD = 3   # the head's own lower-case adjectives and the noun: "государственных университетов"


def _capital_adjective(token: Token) -> bool:
    return token.pos_ == "ADJ" and token.is_alpha and token.is_title


def _elliptic_adjective(token: Token) -> bool:
    """A capitalized adjective, or a word the tagger read as the noun an adjective makes
    ("Малого" in "Малого, Вахтанговского театров")."""
    return _capital_adjective(token) or token.is_alpha and token.is_title and token.pos_ in ("NOUN", "PROPN") and any(
        p.tag.POS == "ADJF" for p in get_morph().parse(token.text))


def _plural_noun(noun: Token, adjective: Token) -> bool:
    """A plural head noun: tagged so, or read only as a plural in the cases of the capitalized
    adjective's singular before it ("Суздальская епархии": the nominative plural, not the genitive
    singular the tagger takes; "Тульской епархии" may be one body's singular)."""
    if "Plur" in morph_values(noun, "Number"):
        return True
    morph = get_morph()
    cases = {p.tag.case for p in morph.parse(adjective.text) if p.tag.POS in ("ADJF", "PRTF") and p.tag.number == "sing"}
    parses = [p for p in morph.parse(noun.text) if p.tag.POS == "NOUN" and p.tag.case in cases]
    return bool(parses) and all(p.tag.number == "plur" for p in parses)


def _genitive(token: Token) -> bool:
    return token.is_lower and token.pos_ in ("NOUN", "ADJ") and "Gen" in morph_values(token, "Case")


def shared_head(span: Span) -> tuple[Span, int] | None:
    """(the shared head's words after the coordinated names, the index of its noun in them) for an
    ORG span of capitalized adjectives alone whose head comes after the names coordinated with it;
    None for any other span."""
    if span.label_ != "ORG" or not all(_elliptic_adjective(t) for t in span):
        return None
    doc, i, names = span.doc, span.end, 0
    while i + 1 < len(doc) and doc[i].text in JOINS and _capital_adjective(doc[i + 1]) and names < MAX_NAMES:
        i += 1
        while i < len(doc) and _capital_adjective(doc[i]):
            i += 1
        names += 1
    if not names:
        return None
    head = i
    while head < len(doc) and head - i < MAX_HEAD and doc[head].is_lower and doc[head].pos_ == "ADJ":
        head += 1
    noun = doc[head] if head < len(doc) else None
    if noun is None or noun.pos_ != "NOUN" or not noun.is_lower or not _plural_noun(noun, doc[i - 1]):
        return None
    end = head + 1  # the head's genitive complement: "Российской и Белорусской академий наук"
    while end < len(doc) and end - head <= MAX_HEAD and (_genitive(doc[end]) or doc[end].lower_ == "и" and end + 1 < len(
            doc) and _genitive(doc[end + 1]) and doc[end - 1].pos_ == "NOUN"):  # "театров оперы и балета"
        end += 1
    while end > head + 1 and doc[end - 1].pos_ != "NOUN":
        end -= 1
    return doc[i:end], head - i


def shared_head_words(span: Span, found: tuple[Span, int] | None,
                      normalize: Callable[[list[str]], list[str]]) -> list[str] | None:
    """The normal words of the span's name with its shared head (``found``: :func:`shared_head` of
    the span), the head in the singular ("Большого" -> Большой театр); None where there is no shared
    head."""
    if found is None:
        return None
    tail, noun = found
    words = normalize([t.text for t in span] + [t.text for t in tail[:noun + 1]])
    if len(words) != len(span) + noun + 1 or words[-1] == tail[noun].text:
        return None  # the head not put in the singular
    return words + [t.text for t in tail[noun + 1:]]


def _plural_headed(span: Span) -> bool:
    """An ORG span of capitalized adjectives, the head's lower-case ones and a plural noun, with
    its genitive complement ("Белорусская академии наук")."""
    k = 0
    while k < len(span) and _capital_adjective(span[k]):
        k += 1
    while k < len(span) - 1 and span[k].is_lower and span[k].pos_ == "ADJ":
        k += 1
    return 0 < k < len(span) and span[k].pos_ == "NOUN" and span[k].is_lower and _plural_noun(span[k], span[0]) \
        and len(span) - k - 1 <= MAX_HEAD and all(_genitive(t) for t in span[k + 1:])


def shared_head_orgs(doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each capitalized adjective coordinated before a body of a
    plural head ("Пермского" in "Пермского и Казанского суворовских училищ"), in the body's case;
    another type's span ending at that adjective goes (the tagger's "[Воспитанники Пермского]")."""
    taken = {i for s in spans if s.label_ == "ORG" for i in range(s.start, s.end)}
    new: list[Span] = []
    for span in spans:
        if span.label_ != "ORG" or not _plural_headed(span):
            continue
        k, cases = span.start, set(morph_values(span[0], "Case"))
        while k >= 2 and doc[k - 1].text in JOINS and _elliptic_adjective(doc[k - 2]) and k - 2 not in taken \
                and cases & set(morph_values(doc[k - 2], "Case")) and "Sing" in morph_values(doc[k - 2], "Number"):
            new.append(Span(doc, k - 2, k - 1, label="ORG"))
            k -= 2
    if not new:
        return spans
    ends = {s.end for s in new}
    kept = [s for s in spans if not (s.label_ != "ORG" and s.end in ends)]
    return sorted(kept + new, key=lambda s: (s.start, -s.end))
