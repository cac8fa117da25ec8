"""A person in business the tagger read as a company with its legal form ("[ИП Дорофееву С. И]"): a
span of an organization that opens with the legal form of a person (``lexicons/entrepreneur_forms.txt``:
"ИП", "индивидуальный предприниматель", "глава КФХ") and goes on with a person's name only (one to
three capitalized words, initials after them or not, no quotes) is the person, without the form;
the dot of a last initial joins it. Run in :data:`rufacts.entities.span_pass_runs.LAST`."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lexicons import load_list

MAX_WORDS = 3


def _form_length(span: Span) -> int:
    """Words of the person's legal form that open ``span`` (0 where none does)."""
    forms = load_list("entrepreneur_forms.txt")
    for size in (2, 1):
        if len(span) > size and " ".join(t.lower_ for t in span[:size]) in forms:
            return size
    return 0


def _person_words(doc: Doc, start: int, end: int) -> bool:
    """Tokens ``start``..``end`` are capitalized words, then initials with their dots (the last dot
    may be outside)."""
    words = initials = 0
    i = start
    while i < end and doc[i].is_alpha and len(doc[i].text) > 1 and doc[i].text[:1].isupper() \
            and not doc[i].text.isupper():
        words, i = words + 1, i + 1
    while i < end and len(doc[i].text) == 1 and doc[i].text.isupper() and doc[i].is_alpha:
        initials, i = initials + 1, i + 1
        if i < end and doc[i].text == ".":
            i += 1
    return i == end and 1 <= words <= MAX_WORDS and initials <= 2 and words + initials >= 2


def entrepreneur_persons(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an organization of a person's legal form and name turned into that person."""
    out, changed = [], False
    for span in spans:
        size = _form_length(span) if span.label_ == "ORG" else 0
        if not size or not _person_words(doc, span.start + size, span.end):
            out.append(span)
            continue
        end = span.end
        if end < len(doc) and doc[end].text == "." and len(doc[end - 1].text) == 1:
            end += 1
        out.append(Span(doc, span.start + size, end, label="PER"))
        changed = True
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans
