"""A given name opening its sentence that is also a title's form ("Эмиру Хаджиомеровичу, мэру Тузлы,
предъявлены обвинения": Эмир, a Bosnian given name, and the dative of эмир) goes back into the person
span the title rule cut it from: a title in running text is written in lower case, and a capitalized
given name (the dictionary's or a listed foreign one) right before a name word that agrees with it in case and gender is the person's
first name (docs/gold-conventions.md: PER name = first [middle] last; personforms41).

Not a title that is no given name ("Президенту Вучичу", "Папе Франциску"), nor a word of another case
or gender than the name after it.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.morph import Morph
from .name_disagreeing_leads import _pairs
from .name_foreign_first import foreign_first_forms


def _given_before(doc: Doc, span: Span, morph: Morph) -> bool:
    i = span.start - 1
    if i < 0 or not doc[i].is_sent_start or not doc[i].is_alpha or not doc[i].text[:1].isupper() \
            or not doc[i].text[1:].islower() or len(span) != 1 or not span[0].is_alpha:
        return False
    word = doc[i].text
    given = {(case, gender) for case, gender, _name in foreign_first_forms(word)}
    if any(p.is_known and "Name" in p.tag.grammemes for p in morph.parse(word)):
        given |= _pairs(morph, word, True)
    return bool(given & _pairs(morph, span[0].text, False))


def opening_given_names(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """A one-word person span right after a sentence-opening given name (see the module) takes it in."""
    taken = {s.start for s in spans}
    out = []
    for span in spans:
        if span.label_ == "PER" and span.start - 1 not in taken and _given_before(doc, span, morph):
            span = Span(doc, span.start - 1, span.end, label="PER")
        out.append(span)
    return out
