"""Words of the clause the tagger ran into an organization's quoted name from the sentence's start
("Таможня оштрафовала «Балтийскую стивидорную компанию»", "Из академии бокса «Дархан» вышли",
"Участники ассоциации «Урал — детям!»", "Родовая община «Ямб-то» получила"): they stay out.

- a verb before the opening quote (a word the tagger and the analyzer read only as a finite verb
  or an infinitive, :func:`rufacts.entities.org_verb_edges._verb`): the name starts at the quote;
- a preposition opening the span ("Из академии бокса «Дархан»"): a name opens with no preposition
  outside its quotes;
- a capitalized noun opening the sentence before a lower-case descriptor in the genitive
  (``lexicons/org_descriptors.txt``) and the quote ("Участники ассоциации «...»"): the people of
  the body, not its name;
- a lower-case common noun right before the quote, after adjectives that agree with it only
  ("Родовая община «Ямб-то»", "Национальная община «Ханты ях»"), no descriptor of
  ``org_descriptors.txt`` (those :func:`rufacts.entities.orgs.split_descriptor` reads as the kind):
  the kind in apposition, the quoted words the name.
Read by :func:`rufacts.entities.org_verb_edges.without_verb_edges`.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..lexicons import load_list
from .quotes import CLOSE_QUOTES, OPEN_QUOTES, QUOTES


def _agreeing_kind(lead) -> bool:
    """``lead``: adjectives and a lower-case noun they agree with, no descriptor."""
    noun = lead[-1]
    if len(lead) < 2 or noun.pos_ != "NOUN" or not noun.is_lower or not noun.is_alpha \
            or noun.lemma_ in load_list("org_descriptors.txt"):
        return False
    feats = ("Case", "Number", "Gender")
    return all(t.pos_ == "ADJ" and t.is_alpha and all(
        not t.morph.get(f) or not noun.morph.get(f) or t.morph.get(f) == noun.morph.get(f) for f in feats)
        for t in lead[:-1])


def without_quoted_lead(span: Span, verb) -> Span:
    """``span`` without the clause's words before its quoted name; ``verb``: the verb test."""
    if span.label_ != "ORG":
        return span
    doc = span.doc
    quote = next((t.i for t in span if t.text in OPEN_QUOTES), None)
    if quote is None or quote == span.start or not any(c.isalpha() for t in doc[quote + 1:span.end] for c in t.text):
        return span
    lead = doc[span.start:quote]
    start = span.start
    if any(verb(t) for t in lead):
        start = quote
    elif lead[0].pos_ == "ADP" and lead[0].is_alpha and len(lead) > 1:
        start += 1
    elif len(lead) == 2 and lead[0].is_sent_start and lead[0].pos_ == "NOUN" and lead[0].is_title \
            and lead[0].lemma_ not in load_list("org_descriptors.txt") and lead[1].is_lower \
            and lead[1].lemma_ in load_list("org_descriptors.txt") and lead[1].morph.get("Case") == ["Gen"]:
        start += 1
    elif _agreeing_kind(lead):
        start = quote
    if start == span.start:
        return span
    end = span.end
    if start == quote and doc[end - 1].text in CLOSE_QUOTES and not any(
            t.text in QUOTES for t in doc[quote + 1:end - 1]):
        start, end = quote + 1, end - 1  # the words inside the quotes, as a quoted name's span is
    return Span(doc, start, end, label=span.label_)
