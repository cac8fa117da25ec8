"""Organizations referred to by their common noun.

After "компания «Ростелеком»" a later "компания", "компании", "холдинг"; after "Минфин
России" a later "министерство", "ведомство" is a mention of that organization, in its
entity, with ``form`` "common_noun". ``lexicons/org_common_nouns.tsv`` says which
organizations a noun may refer to (by descriptor, category or a word of the name).

A noun is a reference only when
- an organization of a kind it accepts was named before it in the article (the nearest
  one is meant; where two different ones are named in that sentence it is left alone);
- it stands in the singular, in lower case, outside every entity span;
- nothing but a demonstrative (``lexicons/anaphora_words.txt``: "эта", "сама") stands
  before it: "другая компания", "любой банк", "крупнейший банк", "призовой фонд" are none;
- no name, quote or genitive complement follows it ("компания Apple" names one itself,
  "фонд матча" is no body).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..facts import Mention, Organization, mention_order
from ..lexicons import load_list, load_rows
from .doc_words import morph_values

FORM = "common_noun"


@lru_cache(maxsize=1)
def common_nouns() -> dict[str, frozenset[str]]:
    """Noun lemma -> the descriptors, categories and name words it accepts."""
    return {noun: frozenset(a.strip() for a in accepts.split(","))
            for noun, accepts in load_rows("org_common_nouns.tsv")}


def _labels(org: Organization, spans: list[Span]) -> set[str]:
    """What a noun may match in an organization: its kind, category, the lemma of the
    first noun of its mentions and of their proper names ("Национальный банк Украины":
    банк; "руководство телеканала" is no телеканал)."""
    out = {org.kind or "", org.category or ""}
    for span in spans:
        head = next((t for t in span if t.pos_ in ("NOUN", "PROPN") and t.is_alpha), None)
        if head is not None:
            out.add(head.lemma_.lower())
        out.update(t.lemma_.lower() for t in span if t.is_alpha and not t.is_lower)
    return out - {""}


def _generic_before(doc: Doc, i: int) -> bool:
    """A number, or an adjective or pronoun that is no demonstrative, before the noun."""
    if i == 0:
        return False
    before = doc[i - 1]  # a full adjective or pronoun, not "позже"
    if before.like_num:  # "3 компании", "две компании"
        return True
    return before.pos_ in ("ADJ", "DET", "NUM", "PRON") and before.is_alpha \
        and bool(morph_values(before, "Case")) \
        and before.lemma_.lower() not in load_list("anaphora_words.txt")


def _plural_after(doc: Doc, i: int) -> bool:
    """"федерации, которые": a relative pronoun in the plural says the noun is plural."""
    k = i + 2 if i + 1 < len(doc) and doc[i + 1].text == "," else i + 1
    return k < len(doc) and doc[k].lemma_.lower() == "который" and "Plur" in morph_values(doc[k], "Number")


def _named_after(doc: Doc, i: int, people: set[int]) -> bool:
    """A name (not a person's: "глава компании Иван Петров"), a quote or a genitive
    complement right after the noun."""
    if i + 1 >= len(doc):
        return False
    after = doc[i + 1]
    if after.text in "«\"„“" or (after.is_alpha and after.text[:1].isupper()
                                   and after.i not in people):
        return True
    return after.is_alpha and after.is_lower and after.pos_ in ("NOUN", "ADJ") \
        and "Gen" in morph_values(after, "Case")


def common_noun_references(doc: Doc, orgs: list[Organization], org_spans: list[Span],
                           covered: set[int]) -> tuple[list[Organization], list[Span]]:
    """Organizations with their common-noun mentions added, and those mentions as ORG
    spans (for roles: "глава компании" is a position in that organization).
    ``org_spans``: the organization spans the entities were built from; ``covered``:
    token indices inside any entity span."""
    from .geo import lemma_positions

    nouns = common_nouns()
    descriptors = load_list("org_descriptors.txt")  # "в технополисе": its own kind only
    if not orgs:
        return orgs, []
    people = {i for s in doc.ents if s.label_ == "PER" for i in range(s.start, s.end)}
    by_char = {(s.start_char, s.end_char): s for s in org_spans}
    named: list[tuple[int, int, int, int]] = []  # (start char, sentence start, org, end char)
    labels = []
    for k, org in enumerate(orgs):
        spans = [by_char[(m.start, m.stop)] for m in org.mentions if (m.start, m.stop) in by_char]
        labels.append(_labels(org, spans))
        named += [(s.start_char, s.sent.start, k, s.end_char) for s in spans]
    named.sort()
    extra: dict[int, list[Mention]] = {}
    new_spans: list[Span] = []
    for i in lemma_positions(doc, lambda lemma: lemma in nouns or lemma in descriptors):
        token = doc[i]
        if i in covered or not (token.is_lower or token.is_sent_start and token.text[1:].islower()) \
                or token.pos_ not in ("NOUN", "PROPN") or "Plur" in morph_values(token, "Number") \
                or _generic_before(doc, i) or _named_after(doc, i, people) or _plural_after(doc, i):
            continue
        lemma = token.lemma_.lower()
        accepts = nouns.get(lemma, frozenset()) | {lemma}
        before = [(start, sent, k) for start, sent, k, stop in named  # not its own span
                  if stop <= token.idx and labels[k] & accepts]
        if not before:
            continue  # no organization of that kind named before: no mention
        sent = before[-1][1]
        if len({k for _, s, k in before if s == sent}) > 1:
            continue  # two of that kind in the nearest sentence: either could be meant
        k = before[-1][2]
        extra.setdefault(k, []).append(Mention(token.idx, token.idx + len(token.text),
                                               token.text, FORM))
        new_spans.append(Span(doc, i, i + 1, label="ORG"))
    if not extra:
        return orgs, []
    out = [Organization(o.name, o.kind, tuple(sorted(set(o.mentions) | set(extra[k]),
                                                     key=mention_order)), o.category, o.canonical)
           if k in extra else o for k, o in enumerate(orgs)]
    return out, new_spans
