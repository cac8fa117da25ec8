"""A legal form right before a quoted organization name belongs to its mention: "ОсОО «Ак-Бота»",
"СПоК «Нива»", "МЧЖ «Бахор»", where the tagger, which does not know the form, took the quoted words
alone. The legal forms are those of ``lexicons/legal_forms.txt`` (one reader,
:mod:`rufacts.lexicons.legal`), written with a capital (a run of them too: "ФГБОУ ВО «...»"); the
span grows over them and over its closing quote, and a span of the form alone gives way.

With its form the name is read as the legal form's apposition, as written ("ОсОО «Ак-Бота»", not the
genitive of an "Ак-Бот" the analyzer guesses for the bare quoted word). Read by
:mod:`rufacts.components.entities` after the quoted names' rules.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lexicons.legal import legal_run
from .quotes import OPENING_QUOTES
from .spans import take_closing_quotes


def _form_start(doc: Doc, quote: int) -> int:
    """Start of the run of capitalized legal forms that ends right before ``doc[quote]``; ``quote``
    where none does."""
    start = quote
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha \
            and legal_run([t.text for t in doc[start - 1:quote]]) == quote - start + 1:
        start -= 1
    return start


def legal_leads(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each quoted organization grown over the legal forms written before it."""
    grown, dropped = [], set()
    for s in spans:
        if s.label_ != "ORG":
            continue
        quote = s.start if doc[s.start].text in OPENING_QUOTES else s.start - 1
        if quote < 1 or doc[quote].text not in OPENING_QUOTES:
            continue
        start = _form_start(doc, quote)
        if start == quote:
            continue
        if any(o is not s and o.start < quote and o.end > start and not (start <= o.start and o.end <= quote)
               for o in spans):
            continue  # a name reaching over the form from before ("директора АО" is the form's own)
        end = take_closing_quotes(doc, quote, s.end)
        grown.append((s, Span(doc, start, end, label="ORG")))
        dropped.update((o.start, o.end) for o in spans if o is not s and start <= o.start and o.end <= quote)
    if not grown:
        return spans
    replaced = {id(s): g for s, g in grown}
    out = [replaced.get(id(s), s) for s in spans if (s.start, s.end) not in dropped]
    return sorted(out, key=lambda s: (s.start, -s.end))
