"""A surname written before the given name and patronymic ("утвердила Глухих Виктора Андреевича"):
the tagger may read the person from the given name only and the surname as a word of its own (an
organization, or nothing). A capitalized word right before a person span of a given name and a
patronymic, the word a surname by the dictionary or the indeclinable Siberian surname spelt as an
adjective's plural genitive ("Глухих", "Черных"), joins the person; its own one-word span gives way.
Run in :data:`rufacts.entities.span_pass_runs.LAST`; the three words untagged are
:mod:`rufacts.entities.name_surname_first`'s."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.morph import get_morph
from .name_initials_after import _frozen_adjectival


def _given_patronymic(span: Span) -> bool:
    """Two words: a given name and a patronymic, both by the dictionary."""
    if len(span) != 2:
        return False
    morph = get_morph()
    # a patronymic the dictionary knows, not a foreign surname in -ович only shaped like one ("Спикер
    # Сабора Гордан Яндрокович": Сабора is the parliament's)
    return any("Name" in p.tag.grammemes for p in morph.parse(span[0].text)) \
        and morph.is_known(span[1].text) and any("Patr" in p.tag.grammemes for p in morph.parse(span[1].text))


def _surname_before(doc: Doc, i: int) -> bool:
    token = doc[i]
    text = token.text
    if not token.is_alpha or not text[:1].isupper() or text.isupper():
        return False
    morph = get_morph()
    return _frozen_adjectival(text, morph) or any("Surn" in p.tag.grammemes for p in morph.parse(text))


def _other_surnames(spans: list[Span]) -> set[str]:
    """The last words of the persons of several words the text names: a word spelt as one of them
    before a given name and patronymic is that person's genitive ("вдова Ельцина Наина Иосифовна"
    after "Бориса Ельцина")."""
    return {s[-1].lower_ for s in spans if s.label_ == "PER" and len(s) > 1}


def surname_first_persons(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with the surname before a given name and patronymic joined to the person."""
    by_end = {s.end: s for s in spans}
    out, dropped, changed = [], set(), False
    others = None
    for span in spans:
        if span.label_ != "PER" or span.start == 0 or not _given_patronymic(span) \
                or not _surname_before(doc, span.start - 1):
            out.append(span)
            continue
        others = others if others is not None else _other_surnames(spans)
        if doc[span.start - 1].lower_ in others:  # "вдова Ельцина Наина Иосифовна": his, not hers
            out.append(span)
            continue
        before = by_end.get(span.start)
        if before is not None:
            if len(before) != 1:
                out.append(span)
                continue
            dropped.add((before.start, before.end))
        out.append(Span(doc, span.start - 1, span.end, label="PER"))
        changed = True
    if not changed:
        return spans
    return sorted((s for s in out if (s.start, s.end) not in dropped), key=lambda s: (s.start, -s.end))
