"""A person the NER took for an organization with the words around it: a sentence's first
preposition before the name ("[О Вере Павловне Снегирь] в Ставрополе говорят") or a common
noun after it, with its adjectives ("При [Ахмеде аль-Кааби фонд] удвоил вложения", "При [Ринате
Галиеве речной порт] ..."). Where what is left between them
is a person's name -- its first word a first name to the dictionary, every word capitalized or
an Arabic article on a surname ("аль-Кааби"), at most four words -- it is a person's mention.

A first name and patronymic the NER ended before the surname, which it took into the next span
("[Германа Львовича] [Кипарисова Циркулем]", "При [Сергее Павловиче] [Королёве конструкторское
бюро]"), or left untagged ("Благодаря Аркадию Семёновичу [Костромину судоремонтный завод]"):
the surname joins them where it agrees with them (:func:`surname_from_next`).
Read by :mod:`rufacts.components.entities` right after the NER spans are repaired."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.morph import Morph
from .name_first_missed import clear_first_name, first_and_surname
from .name_first_patronymic import patronymic_word
from .name_readings import ARTICLES, SURNAME_PREFIXES, _readings
from .name_words import _capitalized
from .names import PARTICLES, analyze_name
from .names_spans_joins import PATRONYMIC_ENDS, PATRONYMIC_STEMS

MAX_WORDS = 4


def _name_word(token) -> bool:
    """Capitalized, or a lower-case article or prefix before a capitalized surname ("аль-Кааби")."""
    head, _, tail = token.text.partition("-")
    return token.text[:1].isupper() or (head.lower() in ARTICLES | SURNAME_PREFIXES and tail[:1].isupper())


def _first_name(morph: Morph, word: str) -> bool:
    return any("Name" in p.tag.grammemes and "plur" not in p.tag.grammemes for p in morph.parse(word))


def _patronymic(morph: Morph, word: str) -> bool:
    """A word the dictionary reads as a patronymic too ("Абрамовичу": a surname and a patronymic)."""
    return any("Patr" in p.tag.grammemes for p in morph.parse(word))


def _place_word(morph: Morph, word: str) -> bool:
    """A word the dictionary reads as a place name ("Москве")."""
    return any("Geox" in p.tag.grammemes for p in morph.parse(word))


def _oblique_name_head(doc: Doc, start: int, end: int, morph: Morph) -> int:
    """How many words at ``start`` are a person's name in an oblique case -- a clear first name and
    an agreeing surname, a patronymic between them or none -- that the span's next word cannot
    agree with ("[Ильдусе Мингалиеве] Зеленодольский завод", "[Наиле Магдееве] Набережные Челны");
    0 where there is none."""
    for n in (3, 2):
        if start + n >= end or not all(_capitalized(t) for t in doc[start:start + n]) \
                or not clear_first_name(morph, doc[start].text):
            continue
        words = [t.text for t in doc[start:start + n]]
        if n == 3:
            parts = analyze_name(morph, words)
            if not patronymic_word(morph, words[1]) or None in (parts.first, parts.middle, parts.last):
                continue
        elif not first_and_surname(morph, *words):
            continue
        nxt = doc[start + n]
        if not nxt.is_alpha or nxt.lower_ in PARTICLES or not (_capitalized(nxt) or nxt.pos_ in ("NOUN", "ADJ")):
            return 0  # "о Хуане Карлосе де Сото": the surname's particle
        cases = {r.case for r in _readings(morph, words[0]) if r.role == "first" and r.weight >= 1.0}
        after = {p.tag.case for p in morph.parse(nxt.text) if p.tag.case}
        if cases and "nomn" not in cases and not cases & after:
            return n
        return 0
    return 0


def _rest_label(morph: Morph, span: Span, rest: Span) -> str | None:
    """The label of what follows the name in the span: the span's own for an organization or place
    with a capitalized word (a lower-case phrase alone, "судоремонтный завод", is dropped), a place
    for a person span with a place word ("Набережные Челны")."""
    if not any(t.is_alpha and t.text[:1].isupper() for t in rest):
        return None
    if span.label_ in ("ORG", "LOC"):
        return span.label_
    return "LOC" if any(_place_word(morph, t.text) for t in rest) else None


def _split_oblique_head(doc: Doc, span: Span, morph: Morph) -> list[Span] | None:
    """The person's name and the rest, where the span opens (after a sentence's preposition) with a
    name in an oblique case the rest does not agree with; None else. Of a person span the rest
    stays a place ("Набережные Челны") or goes where it is adjectives ("Чистопольский" of the
    "часовой завод" after it)."""
    start = span.start + (span[0].pos_ == "ADP" and span[0].text[:1].isupper())
    n = _oblique_name_head(doc, start, span.end, morph) if len(span) > 2 else 0
    if not n:
        return None
    rest = doc[start + n:span.end]
    quote = next((t.i for t in rest if t.text in "«\"„"), None)
    if rest[0].is_lower and quote is not None and quote + 2 < span.end and doc[span.end - 1].text in "»\"“":
        rest = doc[quote + 1:span.end - 1]  # "судостроительный завод «Прогресс»": the name in quotes, as the tagger marks it
    label = _rest_label(morph, span, rest)
    if label is None and span.label_ == "PER" and not all(t.pos_ == "ADJ" for t in rest):
        return None  # two people glued: entities/name_case_split.py; not the adjective of a body after
    return [Span(doc, start, start + n, label="PER")] + ([Span(doc, rest.start, rest.end, label=label)] if label else [])


def person_in_org(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """The spans with such organizations made the person's mention between the words cut off."""
    out, changed = [], False
    for span in spans:
        start, end = span.start, span.end
        split = _split_oblique_head(doc, span, morph)
        if split is not None:
            out.extend(split)
            changed = True
            continue
        if span.label_ == "ORG":
            if span[0].pos_ == "ADP" and span[0].text[:1].isupper():
                start += 1  # "О", "При": a sentence's first preposition
            while end > start and doc[end - 1].is_alpha and doc[end - 1].is_lower and doc[end - 1].pos_ == "NOUN":
                end -= 1  # "фонд": the sentence's subject after the name
            if end < span.end:  # "судоремонтный завод": the subject's adjectives too
                while end > start and doc[end - 1].is_alpha and doc[end - 1].is_lower and doc[end - 1].pos_ == "ADJ":
                    end -= 1
        if (start, end) != (span.start, span.end) and 2 <= end - start <= MAX_WORDS \
                and all(t.is_alpha or "-" in t.text for t in doc[start:end]) \
                and all(_name_word(t) for t in doc[start:end]) and _first_name(morph, doc[start].text):
            out.append(Span(doc, start, end, label="PER"))
            changed = True
            continue
        out.append(span)
    return out if changed else spans


def _joins(doc: Doc, pair: Span, nxt: Span, morph: Morph) -> bool:
    """The two words of ``pair`` are a first name and patronymic that the first word of ``nxt``,
    right after them, completes as the surname."""
    if not (nxt.start == pair.end
            and (nxt.label_ in ("PER", "ORG")
                 or (nxt.label_ == "LOC" and len(nxt) == 1 and not _place_word(morph, nxt[0].text)))
            and not (nxt[0].pos_ == "ADJ" and len(nxt) > 1 and nxt[1].is_lower)
            and nxt[0].is_alpha and nxt[0].text[:1].isupper() and not nxt[0].is_upper
            and any(stem in pair[1].lower_ for stem in PATRONYMIC_STEMS)):
        return False
    alone = analyze_name(morph, [t.text for t in pair])
    whole = analyze_name(morph, [t.text for t in pair] + [nxt[0].text])
    middle = alone.middle if alone.last is None else (
        alone.last if alone.middle is None and _patronymic(morph, pair[1].text) else None)
    return bool(middle) and middle.lower().endswith(PATRONYMIC_ENDS) \
        and whole.first == alone.first and whole.middle == middle and whole.last is not None


def _untagged_pair(doc: Doc, nxt: Span, before: int, morph: Morph) -> Span | None:
    """The two words right before ``nxt`` where no span holds them and they are capitalized, the
    first a first name to the dictionary ("Благодаря Аркадию Семёновичу [Костромину
    судоремонтный завод]": the tagger found neither); else None."""
    start = nxt.start - 2
    if start < before or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in doc[start:nxt.start]) \
            or not _first_name(morph, doc[start].text):  # (the patronymic after it tells: "Аркадию")
        return None
    return Span(doc, start, nxt.start, label="PER")


def surname_from_next(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """The spans with a first name and patronymic joined by the first word of the span right
    after them where the three read as one name (the rest of that span stays, lower-case words
    alone are dropped: "конструкторское бюро"). The patronymic may be one the dictionary reads as a
    surname too, the two words alone a first name and surname ("[Юрию Абрамовичу] [Фрумкину]"),
    and the next span a one-word place the tagger made of the surname (no place to the dictionary).
    The first name and patronymic may be a span of their own or words no span holds."""
    out, changed, i = [], False, 0
    while i < len(spans):
        span = spans[i]
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        pair, step = None, 2
        # (not a place: "Иван Петрович [Краснодарский край] не покидал")
        if span.label_ == "PER" and len(span) == 2 and nxt is not None and _joins(doc, span, nxt, morph):
            pair = span
        elif span.label_ in ("PER", "ORG", "LOC"):
            untagged = _untagged_pair(doc, span, out[-1].end if out else 0, morph)
            if untagged is not None and _joins(doc, untagged, span, morph):
                pair, nxt, step = untagged, span, 1
        if pair is not None:
            out.append(Span(doc, pair.start, pair.end + 1, label="PER"))
            rest = doc[nxt.start + 1:nxt.end]
            if len(rest) and not all(t.is_lower or not t.is_alpha for t in rest):
                out.append(Span(doc, rest.start, rest.end, label=nxt.label_))
            changed = True
            i += step
            continue
        out.append(span)
        i += 1
    return out if changed else spans
