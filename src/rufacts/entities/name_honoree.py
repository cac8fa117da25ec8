"""The person a body or a place is named after (read by
:func:`rufacts.entities.names_spans.person_spans`): the name after "имени" or "им." at the end of an
organization's or a place's span is a person mention of its own, as factRuEval and the names gold
mark it ("музей имени В. В. Бианки", "академии им. В. Р. Филиппова", "Театр имени Евгения
Вахтангова", "музей имени академика В. А. Обручева").

The name may follow titles in lower case ("академика", "генерала армии", "профессора"); it is
initials and a surname, or a first name (and patronymic) and surname that read clearly. What is not
a person stays out: a number or an event ("имени 50-летия Октября"), lower-case words
("имени Ленинского комсомола"), a lone word the dictionary does not know as a surname ("имени
Победы"; "Парк имени Горького" gives Горький).
"""
from __future__ import annotations

from spacy.tokens import Span

from ..grammars.morph import Morph
from .names import analyze_name, is_initial
from .name_words import MISSED, MISSED_KNOWN, _first_name, _hyphenated_cap
from ..lexicons import load_list
from .name_first_missed import clear_first_name

MAX_TITLES = 3  # lower-case words between "имени" and the name: "генерала армии", "академика"
NAMED_MARGIN = 0.3  # a first name and surname below MISSED_KNOWN: the best reading's lead over the next


def honoree(span: Span, morph: Morph) -> Span | None:
    """The person after "имени"/"им." at the end of ``span``; None where there is none."""
    words = [t for t in span if not t.is_space]
    i = _after_named(words)
    if i is None:
        return None
    titles = 0
    while i < len(words) and titles < MAX_TITLES and words[i].is_alpha and words[i].is_lower:
        i, titles = i + 1, titles + 1  # "имени академика", "имени генерала армии"
    rest = words[i:]
    if not rest or not _hyphenated_cap(rest[-1]) or is_initial(rest[-1].text):
        return None
    if _initials_then_surname(rest):
        return Span(span.doc, rest[0].i, rest[-1].i + 1, label="PER")
    if len(rest) == 1 and titles == 0:  # "Парк имени Горького": a surname the dictionary knows
        return Span(span.doc, rest[0].i, rest[0].i + 1, label="PER") if _known_surname(morph, rest[0].text) else None
    if len(rest) not in (2, 3) or not all(_hyphenated_cap(t) for t in rest):
        return None
    parts = analyze_name(morph, [t.text for t in rest])  # a clear reading only
    scores = [c[0] for c in parts.candidates[:2]] + [0.0]
    if parts.first is None or parts.last is None or scores[0] < MISSED or (
            scores[0] < MISSED_KNOWN and scores[0] - scores[1] < NAMED_MARGIN):
        return None
    return Span(span.doc, rest[0].i, rest[-1].i + 1, label="PER")


def _known_surname(morph: Morph, word: str) -> bool:
    """A surname the dictionary knows in the genitive ("Пушкина", "Горького"; not "Победы")."""
    return morph.is_known(word) and any(
        "Surn" in p.tag.grammemes and "gent" in p.tag.grammemes for p in morph.parse(word))


def _after_named(words: list) -> int | None:
    """Index of the word after "имени" or "им." in ``words``; None where neither stands."""
    for i, t in enumerate(words):
        if t.lower_ == "имени":
            return i + 1
        if t.lower_ == "им" and i + 1 < len(words) and words[i + 1].text == ".":
            return i + 2
        if t.lower_ == "им.":
            return i + 1
    return None


def _initials_then_surname(rest: list) -> bool:
    """"В. В. Бианки", "В.Р. Филиппова", "А. Пушкина": one or two initials with their dots, then
    one capitalized word."""
    letters = [t.text for t in rest[:-1] if t.text != "."]
    dots = sum(t.text == "." for t in rest[:-1])
    if len(letters) == 1 and len(letters[0]) > 1:  # "В.В." read as one token
        letters = [c for c in letters[0] if c != "."]
        dots = len(letters)
    return 1 <= len(letters) <= 2 and all(is_initial(x) for x in letters) and dots == len(letters)


def after_named_abbreviation(span: Span) -> bool:
    """The mention right after "им." inside a sentence ("университета им. Г. Р. Державина"): the
    genitive, as after "имени" (lexicons/name_context.tsv); read by
    :func:`rufacts.entities.names_group.name_hints`."""
    doc, i = span.doc, span.start
    return i > 1 and doc[i - 1].text == "." and doc[i - 2].lower_ == "им" and not span[0].is_sent_start


def without_award_eponym(span: Span, morph: Morph) -> Span:
    """A person span the tagger began with the genitive of the name an award is called by ("лауреат
    премии Ласкера Катрин Делакруа-Моро", "медали Филдса Марине ..."): the eponym goes where it is no
    first name and the words after it open with a clear first name and read as a person; the award's
    name is the eponym alone ("премии Андрея Белого" stays: a first name opens it)."""

    doc = span.doc
    if span.label_ != "PER" or len(span) < 3 or span.start == 0 \
            or doc[span.start - 1].lemma_.lower() not in load_list("event_heads.txt") \
            or "Gen" not in span[0].morph.get("Case") or clear_first_name(morph, span[0].text) \
            or not clear_first_name(morph, span[1].text):
        return span
    parts = analyze_name(morph, [t.text for t in span[1:]])
    if parts.first is None or parts.last is None:
        return span
    return Span(doc, span.start + 1, span.end, label="PER")


def after_honoree(span: Span, morph: Morph) -> Span:
    """A person span right after "имени" whose first word is the honoree's and the words after it another
    person's name ("аэропорта имени Шахджалаля Шафикул Ислам сообщил": the director is Шафикул Ислам): the
    span without that word, where the rest is a first name and a surname that read clearly and the whole
    does not (the honoree's own name is in the genitive, after "имени")."""
    doc = span.doc
    if span.label_ != "PER" or len(span) < 3 or span.start == 0 or doc[span.start - 1].lower_ != "имени" \
            or not all(t.is_alpha and t.text[:1].isupper() for t in span) or _first_name(morph, span[0].text):
        return span  # ("имени Роберта Габриэля Мугабе": the honoree's first names)
    rest = [t.text for t in span[1:]]
    parts = analyze_name(morph, rest)
    whole = analyze_name(morph, [t.text for t in span])
    if parts.first is None or parts.last is None or parts.middle is not None or not parts.candidates \
            or parts.candidates[0][0] < MISSED or (whole.candidates and whole.candidates[0][0] >= MISSED):
        return span
    return Span(doc, span.start + 1, span.end, label="PER")
