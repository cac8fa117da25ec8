"""Descriptive organization names the tagger cut inside their tail.

A name that opens with a capital and has a lower-case tail cannot stop where that tail is still
open:

- on an adjective: the noun it agrees with comes next and belongs to the name ("Национальной
  ассамблеи народной" + "власти", "трибунал ООН по бывшей" + "Югославии");
- on a lower-case noun of its tail or the head noun of capitalized adjectives, with a genitive group opened by an adjective after it, the
  field the tail names ("Союза издателей и распространителей" + "печатной продукции",
  "Управления по контролю за оборотом" + "алкогольных напитков", "Верховной ассамблеи" +
  "народных представителей"), or with "и" and a genitive
  noun that closes the phrase ("Норвежская академия наук" + "и литературы").

Not a group whose noun names a body ("совета директоров" + "крупной компании": a second body),
a post or a person ("и сотрудников"), or a time ("прошлого года", a date), nor words another entity took
whole; a place the grown name takes in stays a place of its own (``nested_places``).
Read by :mod:`rufacts.components.entities`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from ..lexicons import load_list
from .org_district_scopes import district_scopes
from .org_remit_extents import dangling_remits, dative_openers, people_scopes
from .org_lead_nouns import body_nouns

MAX_ADJECTIVES = 3  # "малого и среднего" before the noun of one group


def cases_of(token: Token) -> set[str]:
    """The tagger's cases of a token (UD names: "Gen", "Dat", ...)."""
    return set(token.morph.get("Case"))


def _agrees(adj: Token, noun: Token) -> bool:
    """An adjective and a noun share a case and a number (where both have one)."""
    numbers = set(adj.morph.get("Number")), set(noun.morph.get("Number"))
    return bool(cases_of(adj) & cases_of(noun)) and (not all(numbers) or bool(numbers[0] & numbers[1]))


def _word(token: Token, pos: str) -> bool:
    return token.is_alpha and token.is_lower and token.pos_ == pos


def _closing_noun(token: Token, persons: bool = True) -> bool:
    """A noun that may close a name's tail: no body or time of its own, nor a post or a person
    after "и" (``persons``: "наук и сотрудников"; "ассамблеи народных представителей" is a name)."""
    lemma = folded_lemma(token)
    return lemma not in body_nouns() and lemma not in load_list("name_time_objects.txt") \
        and not (persons and (lemma in load_list("role_words.txt") or lemma in load_list("role_occupations.txt")))


def _adjective_end(doc: Doc, last: Token, i: int) -> int | None:
    """End of the agreeing adjectives and their noun from ``i`` after the adjective ``last``."""
    j = i
    while j < len(doc) and j - i < MAX_ADJECTIVES and (
            _word(doc[j], "ADJ") and cases_of(doc[j]) & cases_of(last)
            or doc[j].lower_ == "и" and j > i and j + 1 < len(doc) and _word(doc[j + 1], "ADJ")):
        j += 1
    if j >= len(doc) or not doc[j].is_alpha or doc[j].pos_ not in ("NOUN", "PROPN") \
            or not _agrees(last, doc[j]):
        return None
    return j + 1


def _genitive_group_end(doc: Doc, i: int) -> int | None:
    """End of a lower-case genitive group opened by an adjective at ``i`` ("печатной продукции")."""
    if i >= len(doc) or not _word(doc[i], "ADJ") or "Gen" not in cases_of(doc[i]):
        return None
    end = _adjective_end(doc, doc[i], i + 1)
    if end is None or not doc[end - 1].is_lower or "Gen" not in cases_of(doc[end - 1]) \
            or not _closing_noun(doc[end - 1], persons=False) \
            or end < len(doc) and doc[end].lower_ in ("не", "ни"):  # "новых траншей не одобрил": an object
        return None
    return end


def _coordinated_noun_end(doc: Doc, last: Token, i: int) -> int | None:
    """End of "и" + a genitive noun after the genitive noun ``last`` that closes the phrase."""
    if i + 1 >= len(doc) or doc[i].lower_ != "и" or "Gen" not in cases_of(last):
        return None
    noun = doc[i + 1]
    if not _word(noun, "NOUN") or "Gen" not in cases_of(noun) or not _closing_noun(noun):
        return None
    after = doc[i + 2] if i + 2 < len(doc) else None
    if after is not None and after.is_alpha and after.is_lower and after.pos_ in ("NOUN", "ADJ"):
        return None  # "наук и министерства образования": a phrase goes on, maybe a second body
    return i + 2


def _tail_end(doc: Doc, span: Span) -> int | None:
    last = span[-1]
    if len(span) < 2 or not span[0].text[:1].isupper() or span.end >= len(doc):
        return None
    if _word(last, "ADJ"):
        return _adjective_end(doc, last, span.end)
    if not _word(last, "NOUN"):
        return None
    if span[-2].is_alpha and span[-2].is_lower:  # "академия наук": a noun of the tail
        return _genitive_group_end(doc, span.end) or _coordinated_noun_end(doc, last, span.end)
    if all(t.pos_ == "ADJ" and t.text[:1].isupper() for t in span[:-1]):  # "Верховной ассамблеи": the head
        return _genitive_group_end(doc, span.end)  # (not "Общественного совета и полпредства": two bodies)
    return None


def open_tails(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with the organization names cut inside their tail grown to its end (first those
    closed on their remit's preposition or before the people of their history: :mod:`rufacts.entities.org_remit_extents`;
    those closed before their district: :mod:`rufacts.entities.org_district_scopes`)."""
    spans = people_scopes(doc, dangling_remits(doc, dative_openers(doc, district_scopes(doc, spans))))  # ("суда США" + "по Южному округу Флориды")
    grown: dict[int, Span] = {}
    dropped: set[int] = set()
    dates = {i for s in (doc.spans["dates"] if "dates" in doc.spans else ()) for i in range(s.start, s.end)}
    for n, span in enumerate(spans):
        end = _tail_end(doc, span) if span.label_ == "ORG" else None
        if end is None or any(i in dates for i in range(span.end, end)):
            continue  # "банка" + "двенадцатого сентября": a date
        others = [k for k, s in enumerate(spans) if k != n and s.start < end and s.end > span.end]
        if any(spans[k].start < span.end or spans[k].end > end for k in others):
            continue  # another entity holds words past the tail's end
        grown[n] = Span(doc, span.start, end, label="ORG")
        dropped.update(others)  # "Югославии" inside "трибунал ... по бывшей Югославии"
    if not grown:
        return spans
    out = [grown.get(n, s) for n, s in enumerate(spans) if n not in dropped]
    return sorted(out, key=lambda s: (s.start, -s.end))
