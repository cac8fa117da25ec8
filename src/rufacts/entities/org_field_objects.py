"""The object of a unit's field of scholarship, cut off the unit's name, taken back: "отделом
истории" + "театра", "отдел археологии" + "Средневековья" (the tagger's organization), "кафедры
истории" + "России", "лаборатории физики" + "горных пород".

A unit named by its field ("отдел истории": docs/gold-conventions.md, a unit named by its type and
field is an organization, lower case as written) keeps the field's genitive object: the field's
noun governs it. The unit rules stop before a body's or an institution's noun, the unit's owner after
most fields ("сектор фольклора" + "института"), and before a capitalized word; here a span that
opens with a unit's head (``lexicons/org_unit_heads.txt``) and ends with a field
(``lexicons/org_field_objects.tsv``, ``lexicons/org_sector_fields.txt``) grows over
- a capitalized place or period in the genitive right after it: a place span, a word the
  dictionary reads as a place, or a listed period ("Средневековья"; of two words, a capitalized
  adjective and its noun: "Древнего мира", "Средних веков"), which the tagger's span of it
  (an organization) gives up;
- lower-case adjectives and a noun in the genitive, not a post's noun and not a body's or an
  institution's noun but after the fields marked "any" ("истории" + "театра": a history's object).
Not over a person or a word another body's span holds. Read by :mod:`rufacts.components.entities`
with the last tail rules.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..lexicons import load_list, load_rows
from .doc_words import case_reading

MAX_ADJECTIVES = 3


@lru_cache(maxsize=1)
def _fields() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(fields, fields whose object may be an institution's noun, periods)."""
    rows = [row for row in load_rows("org_field_objects.tsv") if row]
    kind = {row[0]: (row[1] if len(row) > 1 else "") for row in rows}
    fields = frozenset(k for k, v in kind.items() if v != "period") | load_list("org_sector_fields.txt")
    return fields, frozenset(k for k, v in kind.items() if v == "any"), frozenset(k for k, v in kind.items() if v == "period")


def _unit(span: Span) -> bool:
    from .org_lead_nouns import unit_heads

    first = span[0]
    return len(span) > 1 and (first.is_lower or first.is_sent_start) and first.pos_ == "NOUN" \
        and (folded_lemma(first) in unit_heads() or folded_lemma(first) == "сектор")


def _capital_end(doc: Doc, end: int, by_start: dict[int, Span], periods: frozenset[str]) -> int | None:
    """End of a capitalized place or period in the genitive at ``end``; None where none."""
    from ..grammars.morph import get_morph

    token = doc[end]
    if not (token.is_alpha and token.text[:1].isupper() and not token.is_upper) or token.is_sent_start:
        return None
    other = by_start.get(end)
    if other is not None and other.label_ == "PER":
        return None
    if not case_reading(token, "Gen", ("gent",)):
        return None
    if other is not None and other.label_ == "LOC":
        return other.end
    if folded_lemma(token) in periods or any("Geox" in p.tag.grammemes for p in get_morph().parse(token.lower_)[:2]):
        return end + 1
    nxt = doc[end + 1] if end + 1 < len(doc) else None
    if token.pos_ == "ADJ" and nxt is not None and nxt.is_lower and nxt.is_alpha \
            and f"{folded_lemma(token)} {folded_lemma(nxt)}" in _two_word_periods(periods):
        return end + 2  # "Древнего мира", "Средних веков", "Нового времени"
    return None


@lru_cache(maxsize=1)
def _two_word_periods(periods: frozenset[str]) -> frozenset[str]:
    """The periods of two words by the lemmas of their words ("средние века" -> "средний век")."""
    from ..grammars.morph import get_morph

    morph = get_morph()
    return frozenset(" ".join(morph.parse(w)[0].normal_form.replace("ё", "е") for w in p.split())
                     for p in periods if " " in p)


def _lower_end(doc: Doc, end: int, taken: set[int], institutions: bool) -> int | None:
    """End of lower-case genitive adjectives and a genitive noun at ``end``; None where none."""
    from .org_lead_nouns import body_nouns

    j = end
    while j < len(doc) and j - end < MAX_ADJECTIVES and doc[j].is_lower and doc[j].pos_ == "ADJ" \
            and case_reading(doc[j], "Gen", ("gent",)):
        j += 1
    if j >= len(doc) or any(k in taken for k in range(end, j + 1)):
        return None
    noun = doc[j]
    if not (noun.is_lower and noun.is_alpha and noun.pos_ == "NOUN" and case_reading(noun, "Gen", ("gent",))):
        return None
    lemma = folded_lemma(noun)
    if lemma in load_list("role_words.txt") or (lemma in body_nouns() and not institutions):
        return None
    return j + 1


def field_objects(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each unit named by its field grown over the field's object."""
    fields, any_object, periods = _fields()
    by_start = {s.start: s for s in spans}
    out, changed, dropped = [], False, set()
    for span in spans:
        if span.label_ == "ORG" and span.end < len(doc) and _unit(span) and span[-1].pos_ == "NOUN" \
                and span[-1].is_lower and folded_lemma(span[-1]) in fields:
            end = _capital_end(doc, span.end, by_start, periods)
            if end is None:
                taken = {i for s in spans if s is not span for i in range(s.start, s.end)}
                end = _lower_end(doc, span.end, taken, folded_lemma(span[-1]) in any_object)
            if end is not None:
                other = by_start.get(span.end)
                if other is not None and other.label_ == "ORG":
                    dropped.add((other.start, other.end))  # "Средневековья" read as a body
                span, changed = Span(doc, span.start, end, label="ORG"), True
        out.append(span)
    if not changed:
        return spans
    out = [s for s in out if (s.start, s.end) not in dropped]
    return sorted(out, key=lambda s: (s.start, -s.end))
