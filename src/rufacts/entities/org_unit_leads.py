"""The clause's words the tagger ran into a body's or a unit's name before its head noun (orgunits47):
"[Из сектора этнографии Кавказа]", "[Университет выделил кафедре химии ...]", "[Подведомственным
комитету по культуре ...] библиотекам". A name never opens with a preposition, takes no finite verb
before its head, and its adjectives agree with its head (docs/gold-conventions.md: the name stops at
a verb; a descriptive name is its head, the head's adjectives and its tail).

An ORG span is cut to start at a head noun inside it (:func:`.org_lead_nouns.body_nouns` and the
units of ``lexicons/org_led_unit_heads.txt``: "сектор", "цех"), with the adjectives before the head
that agree with it (:func:`.bodies.adjectives_before`), where the words before the head are:

- one preposition opening the span ("Из" + "сектора ..."; the analyzer reads it as a preposition
  only), the head right after it, its capital the sentence's or its own ("В Управлении ...");
- words holding a finite verb (the tagger's verb the analyzer reads only as a verb or a short
  participle: "Университет выделил" + "кафедре ...", "Средства переданы" + "кафедре ..."), the head
  a lower-case noun after the verb;
- adjectives and participles none of which can agree with the head in case and number
  ("Подведомственным" before "комитету": a dative plural or an instrumental singular before a dative
  singular; "Курируемый министерством" keeps no word: the participle's object is no adjective).

Not a span in quotes (a quoted name may open with a preposition: «За права человека»). Read by
:mod:`.span_passes` among the last passes.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from ..grammars.morph import get_morph
from ..lexicons import load_list
from .bodies import adjectives_before
from .org_lead_nouns import body_nouns

MAX_LEAD = 4  # words before the head: "Университет выделил", "Подведомственным"
QUOTES = "«\"“„"
VERBAL = frozenset({"VERB", "INFN", "PRTS"})  # (a short participle is predicative: "Средства переданы" + "кафедре ...")
SECOND_CASES = {"loc2": "loct", "gen2": "gent", "acc2": "accs"}  # "в Александровском саду": "саду" a second locative


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return body_nouns() | load_list("org_led_unit_heads.txt")


def _preposition(token: Token) -> bool:
    if token.pos_ != "ADP" or not token.is_alpha:
        return False
    parses = get_morph().parse(token.lower_)
    return bool(parses) and parses[0].tag.POS == "PREP"  # ("из": a rare plural of a given name too)


def _finite_verb(token: Token) -> bool:
    if token.pos_ not in ("VERB", "AUX") or not token.is_alpha:
        return False
    parses = get_morph().parse(token.lower_)
    return bool(parses) and all(p.tag.POS in VERBAL for p in parses)


def _can_agree(adjective: Token, noun: Token) -> bool:
    """Some adjective or participle reading of ``adjective`` has the case and number of some noun
    reading of ``noun`` (a plural takes any gender and a singular of coordinated adjectives); a word with no such reading at all counts as
    agreeing (the rule stays out)."""
    morph = get_morph()
    adjectives = [p.tag for p in morph.parse(adjective.lower_) if p.tag.POS in ("ADJF", "PRTF")]
    nouns = [p.tag for p in morph.parse(noun.lower_) if p.tag.POS == "NOUN"]
    if not adjectives or not nouns:
        return True
    return any(a.case == SECOND_CASES.get(n.case, n.case) and (n.number == "plur" or a.number == "sing" and a.gender in (n.gender, None))
               for a in adjectives for n in nouns)  # (a singular before a plural: "Астраханским и Воронежским театрами")


def _head(span: Span) -> int | None:
    """Index in the doc of the first head noun after the span's first word, within ``MAX_LEAD`` words."""
    heads = _heads()
    for k in range(span.start + 1, min(span.end, span.start + 1 + MAX_LEAD)):
        token = span.doc[k]
        if token.pos_ == "NOUN" and (folded_lemma(token) in heads or token.lemma_.lower() in heads):
            return k
    return None


def _cut_start(doc: Doc, span: Span) -> int | None:
    """Where the name starts inside ``span`` after the clause's words before it, or None."""
    h = _head(span)
    if h is None:
        return None
    lead = doc[span.start:h]
    if len(lead) == 1 and _preposition(lead[0]):
        return h
    if not doc[h].is_lower:
        return None
    verbs = [t.i for t in lead if _finite_verb(t)]
    if verbs:
        return adjectives_before(doc, h, set(range(span.start, verbs[-1] + 1)))
    if all(t.pos_ == "ADJ" and t.is_alpha for t in lead) and not any(_can_agree(t, doc[h]) for t in lead):
        return h
    return None


def unit_leads(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with the clause's words before a body's head noun cut off (see the module)."""
    out, changed = [], False
    for s in spans:
        if s.label_ == "ORG" and len(s) >= 2 and not (s.start > 0 and doc[s.start - 1].text in QUOTES):
            start = _cut_start(doc, s)
            if start is not None and s.start < start < s.end:
                s = Span(doc, start, s.end, label="ORG")
                changed = True
        out.append(s)
    return out if changed else spans
