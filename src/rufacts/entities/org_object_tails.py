"""A body's name the tagger cut between its verbal noun and that noun's object (orgextent43).

Funds and agencies are named by what they do to what: "Казахстанский фонд гарантирования
депозитов", "Агентство страхования вкладов", "Институт повышения квалификации". Where a noun follows
the object ("передала Казахстанскому фонду гарантирования депозитов реестр вкладчиков") the tagger
may stop at the verbal noun, and the body's name is then "Казахстанский фонд гарантирования"; the
rules of open tails (:mod:`.org_open_tails`) take in a genitive group opened by an adjective only.

:func:`object_tails`: an organization span opened by a capitalized word and closed by a lower-case
verbal noun of ``lexicons/org_object_heads.txt`` in the genitive, with a lower-case noun of the
span's own before it (the head: "фонду"), takes in the one lower-case noun right after it that the
tagger reads in the genitive: its object; so does a span closed by its lower-case head noun of a body
over such a verbal noun and its object ("Армянскому фонду" + "страхования вкладов"). Not a noun another span holds, a body's noun (a second
body: "Фонда поддержки" + "министерства"), a kind of place, a time or a generic owner
(``lexicons/org_place_kind_nouns.txt``, ``lexicons/org_object_refused.txt``: "Фонд поддержки" +
"региона" names where the fund works, not what it supports). The pass runs after every other
tail rule (:mod:`.org_open_tails` and the rest), so it grows only a span they left cut: read before
them it took "объектов" alone and they no longer reached "Тверской области" ("Управлением
государственной охраны объектов культурного наследия Тверской области").

Read by :mod:`rufacts.entities.span_passes` at the end of the last passes.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from ..lexicons import load_list
from .org_lead_nouns import body_nouns


def _genitive_noun(token: Token) -> bool:
    return token.is_alpha and token.is_lower and token.pos_ == "NOUN" and "Gen" in token.morph.get("Case")


def _object(token: Token) -> bool:
    """A lower-case genitive noun that may be the object closing a name."""
    lemma = folded_lemma(token)
    return _genitive_noun(token) and lemma not in body_nouns() \
        and lemma not in load_list("org_place_kind_nouns.txt") and lemma not in load_list("org_object_refused.txt")


def _object_end(doc: Doc, span: Span, heads: frozenset[str]) -> int | None:
    """End of the object after the span's closing verbal noun, or of the verbal noun and its
    object after the span's closing head noun ("Армянскому фонду" + "страхования вкладов")."""
    end, last = span.end, span[-1]
    if _genitive_noun(last) and folded_lemma(last) in heads \
            and any(t.pos_ == "NOUN" and folded_lemma(t) in body_nouns() for t in span[:-1]):
        return end + 1 if _object(doc[end]) else None
    if last.is_lower and last.pos_ == "NOUN" and folded_lemma(last) in body_nouns() and end + 1 < len(doc) \
            and _genitive_noun(doc[end]) and folded_lemma(doc[end]) in heads and _object(doc[end + 1]):
        return end + 2
    return None


def object_tails(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each body cut after its verbal noun grown over that noun's object."""
    heads = load_list("org_object_heads.txt")
    taken = {i for s in spans for i in range(s.start, s.end)}
    out, changed = [], False
    for span in spans:
        end = _object_end(doc, span, heads) if span.label_ == "ORG" and len(span) >= 2 \
            and span.end < len(doc) and span[0].text[:1].isupper() else None
        if end is None or any(i in taken for i in range(span.end, end)):
            out.append(span)
            continue
        out.append(Span(doc, span.start, end, label="ORG"))
        changed = True
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans
