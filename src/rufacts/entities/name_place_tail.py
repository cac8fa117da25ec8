"""A place name after a person's name is no part of it ("При Мишеле Сулеймане Ливан сохранил ...",
"Благодаря Анне Петровой Казань получила ..."): the name in an oblique case after a preposition,
the place the subject of the clause. :func:`without_place_tail` splits a person or place span of
three or more capitalized words whose last word the dictionary knows as a place (``Geox``) in
no case any reading of the words before it has, where those words read clearly as a name: the
person and the place. A place in the name's case stays ("Андрею Орлу": Орёл, a surname too).
"""
from __future__ import annotations

from spacy.tokens import Span

from ..grammars.morph import Morph
from .name_mongolian import place_before_mongolian
from .name_words import MISSED, _capitalized
from .place_persons import reads_clearly


def _cases(morph: Morph, word: str, place: bool = False) -> set[str]:
    return {p.tag.case for p in morph.parse(word)
            if p.tag.case and (not place or "Geox" in p.tag.grammemes)}


def _given_and_surname(morph: Morph, words: list[str]) -> bool:
    """Three or more words that read as a first name (a double one too) and a surname, however weakly
    ("Хуаном Мануэлем Сантосом"): the case clash with the place after them already tells."""
    from .names import analyze_name

    parts = analyze_name(morph, words)
    return len(words) >= 3 and parts.first is not None and parts.last is not None


def without_place_tail(span: Span, morph: Morph) -> list[Span]:
    """``[person, place]`` for a span that glued a place to a name, else ``[span]``."""
    words = [t for t in span if not t.is_space]
    mongolian = place_before_mongolian(span, morph)  # "аймака Сэлэнгэ Батын Ганбаатар": the place before
    if mongolian is not None:
        return mongolian
    if span.label_ not in ("PER", "LOC") or len(words) < 3 or len(words) != len(span) \
            or not all(_capitalized(t) for t in words):
        return [span]
    place, name = words[-1], [t.text for t in words[:-1]]
    if not morph.is_known(place.text):
        return [span]
    place_cases = _cases(morph, place.text, place=True)
    if not place_cases:
        return [span]
    name_cases = set.intersection(*(_cases(morph, w) for w in name))
    if not name_cases or name_cases & place_cases or not (
            reads_clearly(morph, name, MISSED) or _given_and_surname(morph, name)):
        return [span]
    from .name_iberian_joins import iberian_double_surname

    if iberian_double_surname(morph, [t.text for t in words]):  # "Тиагу Алмейды Сантуса": Сантус, a surname too
        return [span]
    return [Span(span.doc, span.start, span.end - 1, label="PER"),
            Span(span.doc, span.end - 1, span.end, label="LOC")]


def surname_out_of_place(spans: list[Span], morph: Morph) -> list[Span]:
    """An adjectival surname after a first name and patronymic that the tagger took into a place
    with the lower-case noun after it ("При Ольге Ивановне Белой район вышел ...": Белая, not "Белый
    район"): where the adjective does not agree with the noun, it joins the person and the place goes."""
    from .name_first_patronymic import patronymic_word
    from .name_lead_words import agrees

    out: list[Span] = []
    for span in spans:
        previous = out[-1] if out else None
        if previous is not None and previous.label_ == "PER" and span.label_ in ("LOC", "ORG") \
                and previous.end == span.start and len(span) == 2 and len(previous) >= 2 \
                and patronymic_word(morph, previous[-1].text) and _capitalized(span[0]) \
                and span[0].pos_ == "ADJ" and span[1].is_lower and span[1].pos_ == "NOUN" \
                and not agrees(span[0], span[1]):
            out[-1] = Span(span.doc, previous.start, span.start + 1, label="PER")
            continue
        out.append(span)
    return out
