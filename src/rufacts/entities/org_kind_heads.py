"""Bodies named by a place's adjective before an adjective of their kind and a head noun that
names a body only so (``lexicons/org_kind_heads.tsv``): "в Кенозерском национальном парке",
"Сочинский национальный парк" (a park run by a state institution of that name, an organization as a
reserve is: ``lexicons/institution_nouns.txt``), "О Датском орнитологическом обществе".

The head in the singular, lower-case, right after a lower-case adjective of its kind that agrees
with it, with capitalized adjectives of the same case before that, is one organization from the first
of them to the head. Not a sentence's first word unless a place's adjective ("Старый национальный
парк"), nor the first word in quotes ("«Гражданское правовое общество — ...»": a title's capital); a
name after the head ("национальный парк «Лосиный остров»") makes the words its descriptor, left to
the descriptor rules; the tagger's place inside the phrase gives way, and so does its person of
place adjectives alone ("вручено [Успенскому] районному казачьему обществу"); an organization or
another person overlapping the phrase stands.

The head's reading (``agreeing_head``, read by ``normal.normalize_words``): of a noun's readings in the
case its adjectives share, the one whose gender they share ("парке": "парк", not "парка", after
"национальном"; "Измайловском парке" is "Измайловский парк").

Read by :mod:`rufacts.components.entities`.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..grammars.morph import get_morph
from ..lexicons import load_rows
from .institutions import RELATIVE, _before_name, opens_sentence
from .doc_words import word_positions
from .quotes import OPENING_QUOTES
from .spans import with_found

SECOND_CASES = {"loc2": "loct", "gen2": "gent"}
MAX_ADJECTIVES = 3  # "Национальный парк" + "Куршская коса" is a quoted or a genitive name, not adjectives


def agreeing_head(morph, parses: list, adjectives, case: str, kinds: frozenset[str]):
    """The first of ``parses`` in ``case`` whose gender an adjective of ``adjectives`` has in that
    case, where some reading in that case has another gender; None else."""
    in_case = [p for p in parses if p.tag.case == case]
    if len({p.tag.gender for p in in_case}) < 2 or not adjectives:
        return None
    genders = None
    for word in adjectives:
        own = {p.tag.gender for p in morph.parse(word) if p.tag.POS in kinds
               and SECOND_CASES.get(p.tag.case, p.tag.case) == case and p.tag.number == "sing"}
        if own:
            genders = own if genders is None else genders & own
    return next((p for p in in_case if genders and p.tag.gender in genders), None)


def agreeing_cases(morph, parses: list, adjectives, kinds: frozenset[str]) -> list[str]:
    """The cases of ``parses`` with which every word of ``adjectives`` that reads as an adjective
    agrees in case, number and (in the singular) gender: "городской поликлиники № 17" is the
    genitive singular, not a nominative plural ("городской" is no plural); empty where none agrees
    ("Большого, Мариинского театров": a head shared by names)."""
    out = []
    for noun in parses:
        case = SECOND_CASES.get(noun.tag.case, noun.tag.case)
        words = [[p for p in morph.parse(w) if p.tag.POS in kinds] for w in adjectives]
        if any(words) and all(any(
                SECOND_CASES.get(a.tag.case, a.tag.case) == case and a.tag.number == noun.tag.number
                and (noun.tag.number == "plur" or a.tag.gender == noun.tag.gender or noun.tag.gender is None)
                for a in readings) for readings in words if readings):
            out.append(noun.tag.case)
    return out


@lru_cache(maxsize=1)
def kind_heads() -> dict[str, frozenset[str]]:
    """Head lemma -> the lemmas of its kind adjectives ("*": any), ``lexicons/org_kind_heads.tsv``."""
    return {row[0]: frozenset(row[1].split()) for row in load_rows("org_kind_heads.tsv")}


def head_of_text(text: str, heads) -> str | None:
    """The head lemma a lower-case word is in the singular, or None."""
    if not text.islower() or not text.isalpha():
        return None
    return next((p.normal_form for p in get_morph().parse(text)
                 if p.normal_form in heads and p.tag.number == "sing" and p.tag.POS == "NOUN"), None)


def _adjective_person(span: Span, start: int, k: int) -> bool:
    """The tagger's person of adjectives alone among the place's adjectives before the head
    ("вручено [Успенскому] районному казачьему обществу"): the place's adjective, no person."""
    return span.label_ == "PER" and start <= span.start and span.end < k and all(t.pos_ == "ADJ" for t in span)


def kind_head_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each body named by its place's and its kind's adjectives."""
    heads = kind_heads()
    opens = tuple(head[:3] for head in heads)  # a noun's forms keep its stem's first letters
    found = []
    # (the words that can be a head, each distinct word of the doc read once)
    for k in word_positions(doc, lambda text: text.startswith(opens) and head_of_text(text, heads) is not None):
        kind = doc[k - 1]
        if k < 2 or kind.pos_ != "ADJ" or not kind.is_lower or "Plur" in doc[k].morph.get("Number"):
            continue
        head = head_of_text(doc[k].text, heads)
        if head is None or "*" not in heads[head] and folded_lemma(kind) not in heads[head]:
            continue
        cases = set(kind.morph.get("Case"))
        start = k - 1
        while start > 0 and k - 1 - start < MAX_ADJECTIVES and doc[start - 1].pos_ == "ADJ" \
                and doc[start - 1].is_alpha and cases & set(doc[start - 1].morph.get("Case")):
            start -= 1
        while start < k - 1 and not doc[start].text[:1].isupper():
            start += 1
        if start == k - 1 or _before_name(doc, k + 1, spans) or start and doc[start - 1].text in OPENING_QUOTES:
            continue
        if opens_sentence(doc, start) and not folded_lemma(doc[start]).endswith(RELATIVE):
            continue  # "Старый национальный парк": a sentence's capital on a quality
        if any(s.label_ in ("ORG", "PER") and s.start <= k and start < s.end and not _adjective_person(s, start, k)
               for s in spans):
            continue
        found.append(Span(doc, start, k + 1, label="ORG"))
    return with_found(spans, found)
