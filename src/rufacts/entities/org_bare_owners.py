"""A unit named by its remit that ran on into its owner named by its type alone: "в [отделе по
работе с инвесторами хокимията] уточнили", "в [отделе по связям с общественностью акимата]". The
owner without a name of its own (no place or name after it) is no part of the unit's name
(docs/gold-conventions.md: "отдела газификации министерства" -> "отдел газификации"; a named
owner stays: "департамент городского хозяйства мэрии Ярославля"). Such an owner is a body's noun
(:func:`rufacts.entities.org_lead_nouns.body_nouns`) in the genitive singular closing a lower-case
organization span with a "с" remit, right after a noun in the instrumental ("с инвесторами", "с
общественностью") or people in the genitive plural ("с обращениями граждан"), which take no body
for their genitive; after another genitive the noun may be the remit's object ("по проверке
деятельности администрации") and stays. Read last of the span passes."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.morph import get_morph
from .org_lead_nouns import body_nouns


def _owner_noun(word: str) -> bool:
    """A body's noun in the genitive singular to the dictionary ("хокимията", "акимата", "мэрии")."""
    heads = body_nouns()
    return any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "sing" and p.normal_form in heads
               for p in get_morph().parse(word))


def _owner_free(token) -> bool:
    """A noun that takes no body for its genitive: an instrumental after "с" ("с инвесторами"), or
    people in the genitive plural ("обращениями граждан", "прав потребителей")."""
    cases, number = token.morph.get("Case"), token.morph.get("Number")
    return token.pos_ == "NOUN" and token.is_lower and (
        cases == ["Ins"] or cases == ["Gen"] and number == ["Plur"] and token.morph.get("Animacy") == ["Anim"])


def _bare_owner(doc: Doc, span: Span) -> bool:
    if len(span) < 4 or not span[0].is_lower or span.end < len(doc) and (
            doc[span.end].text[:1].isupper() and doc[span.end].is_alpha):
        return False
    last = span[-1]
    return last.is_lower and last.is_alpha and _owner_free(span[-2]) and any(t.lower_ == "с" for t in span[1:-2]) \
        and _owner_noun(last.text)


def without_bare_owners(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with such an owner cut off the unit."""
    out, changed = [], False
    for span in spans:
        if span.label_ == "ORG" and _bare_owner(doc, span):
            span = Span(doc, span.start, span.end - 1, label="ORG")
            changed = True
        out.append(span)
    return out if changed else spans
