"""A person the NER took for an organization with the words around it: a sentence's first
preposition before the name ("[О Вере Павловне Снегирь] в Ставрополе говорят") or a common
noun after it ("При [Ахмеде аль-Кааби фонд] удвоил вложения"). Where what is left between them
is a person's name -- its first word a first name to the dictionary, every word capitalized or
an Arabic article on a surname ("аль-Кааби"), at most four words -- it is a person's mention.

A first name and patronymic the NER ended before the surname, which it took into the next span
("[Германа Львовича] [Кипарисова Циркулем]", "При [Сергее Павловиче] [Королёве конструкторское
бюро]"): the surname joins them where it agrees with them (:func:`surname_from_next`).
Read by :mod:`rufacts.components.entities` right after the NER spans are repaired."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.morph import Morph
from .name_readings import ARTICLES, SURNAME_PREFIXES
from .names import analyze_name
from .names_spans_joins import PATRONYMIC_ENDS, PATRONYMIC_STEMS

MAX_WORDS = 4


def _name_word(token) -> bool:
    """Capitalized, or a lower-case article or prefix before a capitalized surname ("аль-Кааби")."""
    head, _, tail = token.text.partition("-")
    return token.text[:1].isupper() or (head.lower() in ARTICLES | SURNAME_PREFIXES and tail[:1].isupper())


def _first_name(morph: Morph, word: str) -> bool:
    return any("Name" in p.tag.grammemes and "plur" not in p.tag.grammemes for p in morph.parse(word))


def person_in_org(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """The spans with such organizations made the person's mention between the words cut off."""
    out, changed = [], False
    for span in spans:
        start, end = span.start, span.end
        if span.label_ == "ORG":
            if span[0].pos_ == "ADP" and span[0].text[:1].isupper():
                start += 1  # "О", "При": a sentence's first preposition
            while end > start and doc[end - 1].is_alpha and doc[end - 1].is_lower and doc[end - 1].pos_ == "NOUN":
                end -= 1  # "фонд": the sentence's subject after the name
        if (start, end) != (span.start, span.end) and 2 <= end - start <= MAX_WORDS \
                and all(t.is_alpha or "-" in t.text for t in doc[start:end]) \
                and all(_name_word(t) for t in doc[start:end]) and _first_name(morph, doc[start].text):
            out.append(Span(doc, start, end, label="PER"))
            changed = True
            continue
        out.append(span)
    return out if changed else spans


def surname_from_next(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """The spans with a first name and patronymic joined by the first word of the span right
    after them where the three read as one name (the rest of that span stays, lower-case words
    alone are dropped: "конструкторское бюро")."""
    out, changed, i = [], False, 0
    while i < len(spans):
        span = spans[i]
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        # (not a place: "Иван Петрович [Краснодарский край] не покидал")
        if span.label_ == "PER" and len(span) == 2 and nxt is not None and nxt.start == span.end \
                and nxt.label_ in ("PER", "ORG") and not (nxt[0].pos_ == "ADJ" and len(nxt) > 1 and nxt[1].is_lower) \
                and nxt[0].is_alpha and nxt[0].text[:1].isupper() and not nxt[0].is_upper \
                and any(stem in span[1].lower_ for stem in PATRONYMIC_STEMS):
            alone = analyze_name(morph, [t.text for t in span])
            whole = analyze_name(morph, [t.text for t in span] + [nxt[0].text])
            if alone.last is None and alone.middle and alone.middle.lower().endswith(PATRONYMIC_ENDS) \
                    and whole.first == alone.first and whole.middle == alone.middle and whole.last is not None:
                out.append(Span(doc, span.start, span.end + 1, label="PER"))
                rest = doc[nxt.start + 1:nxt.end]
                if len(rest) and not all(t.is_lower or not t.is_alpha for t in rest):
                    out.append(Span(doc, rest.start, rest.end, label=nxt.label_))
                changed = True
                i += 2
                continue
        out.append(span)
        i += 1
    return out if changed else spans
