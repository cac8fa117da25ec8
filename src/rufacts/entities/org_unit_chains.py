"""A lower-case unit of an institution or an authority named by the genitive chain of its field or
remit, as the press writes it after a post (docs/gold-conventions.md: a unit named by its type and
field is an organization, lower case as written):

- :func:`posted_units`: a unit's noun (``lexicons/org_posted_unit_heads.txt``) in the genitive right
  after a post (``lexicons/org_unit_posts.txt``: "главного специалиста сектора мониторинга лесных
  пожаров", "старший научный сотрудник лаборатории геномики растений") with lower-case words after it
  that the analyzer reads as genitives, ending in a noun, is one unit, where no other rule found it:
  the post says the noun is a unit ("сектор экономики" alone is a part of the economy), and the
  tagger's reading of the field's words says nothing (it reads "геномики" as a name). Not where an
  owner follows (an organization, a body's noun: "начальник службы безопасности" + "компании
  Verizon"), which the roles read as the post's body.
- :func:`chain_tails`: a unit that opens with such a noun and goes on in lower-case genitive words,
  cut where the body rules stop reading (three words: "отдела ведомственного контроля качества"),
  takes in the rest of the chain ("медицинской помощи") up to :data:`MAX_CHAIN` words.

The chain stops at a body's or an institution's noun after a noun ("отдела продаж" + "компании": the
owner, no part of the name, as :func:`rufacts.entities.org_lead_nouns.owner_after`; a field's verbal
noun first stays: "отдела организации оказания ... помощи") or first after a post's unit, at a post, at a word another span
holds, at anything not a lower-case genitive; adjectives agree with the noun after them
(:func:`rufacts.entities.org_field_genitives.genitive_end`). Read by :mod:`rufacts.components.entities`.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..lexicons import load_list
from .doc_words import morph_values
from .geo import lemma_positions
from .org_field_genitives import _genitives, _word
from .org_lead_nouns import body_nouns

MAX_CHAIN = 6  # "ведомственного контроля качества медицинской помощи" (5)


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return load_list("org_posted_unit_heads.txt")


@lru_cache(maxsize=1)
def _posts() -> frozenset[str]:
    return load_list("org_unit_posts.txt")


def _reading(token) -> tuple[str, set] | None:
    """("NOUN"/"ADJF", the analyzer's genitive readings) of a lower-case word, or None."""
    if not _word(token) or token.pos_ not in ("NOUN", "ADJ", "PROPN"):
        return None  # (a lower-case PROPN is the tagger's misreading of a noun: "геномики")
    read = _genitives(token)
    if not read:
        return None
    pos = "ADJF" if token.pos_ == "ADJ" else "NOUN"
    if pos == "NOUN" and not any(r[0] == "NOUN" for r in read):
        return None
    return pos, read


def chain_end(doc: Doc, j: int, taken: set[int], first: bool) -> int | None:
    """End of a unit's genitive chain from ``j``: adjectives agreeing with the noun after them and
    nouns, no stop noun (the first noun of a field may not be one either), ending in a noun; None
    where none."""
    owners, posts = body_nouns(), _posts() | load_list("role_words.txt")
    readings, k = [], j
    while k < len(doc) and k - j < MAX_CHAIN and k not in taken:
        found = _reading(doc[k])
        lemma = folded_lemma(doc[k])
        if found is None or found[0] == "NOUN" and (lemma in posts or lemma in owners and (
                first and not readings or readings and readings[-1][0] == "NOUN")):
            break  # (an owner's noun right after a noun: "отдела продаж" + "компании"; "отдела организации" + ...: a field)
        readings.append(found)
        k += 1
    while readings and readings[-1][0] != "NOUN":
        readings.pop()
    if not readings or first and readings[0][0] == "ADJF" and len(readings) < 2:
        return None
    for n, (pos, read) in enumerate(readings):
        if pos == "ADJF":
            noun = next((r for p, r in readings[n + 1:] if p == "NOUN"), None)
            if noun is None or not any(a[0] == "ADJF" and a[2] == x[2] and (x[2] == "plur" or a[1] == x[1])
                                       for a in read for x in noun if x[0] == "NOUN"):
                readings = readings[:n]
                break
    while readings and readings[-1][0] != "NOUN":
        readings.pop()
    return j + len(readings) if readings else None


def posted_units(doc: Doc, spans: list[Span]) -> list[Span]:
    """New ORG spans: a unit's noun right after a post with its genitive field."""
    heads = _heads()
    hits = lemma_positions(doc, heads.__contains__)
    if not hits:
        return []
    taken = {i for s in spans for i in range(s.start, s.end)}
    posts, owners, out = _posts(), body_nouns(), []
    starts = {s.start for s in spans if s.label_ == "ORG"}
    for i in hits:
        token = doc[i]
        if i == 0 or i in taken or token.pos_ != "NOUN" or not token.is_lower \
                or morph_values(token, "Number") == ["Plur"] or "Gen" not in morph_values(token, "Case") \
                and not any(r[0] == "NOUN" and r[2] == "sing" for r in _genitives(token)):  # ("лаборатории": Loc to the tagger)
            continue
        post = doc[i - 1]
        if not post.is_lower or post.pos_ != "NOUN" or folded_lemma(post) not in posts:
            continue
        end = chain_end(doc, i + 1, taken, True)
        if end is None or end < len(doc) and (end in starts or doc[end].pos_ == "NOUN" and folded_lemma(doc[end]) in owners):
            continue  # "начальник службы безопасности" + "компании Verizon": the owner's unit, left to the roles
        out.append(Span(doc, i, end, label="ORG"))
        taken.update(range(i, end))
    return out


def chain_tails(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each lower-case unit cut inside its genitive chain grown over the rest of it."""
    heads = _heads()
    taken = {i for s in spans for i in range(s.start, s.end)}
    out, changed = [], False
    for span in spans:
        if span.label_ == "ORG" and 2 < len(span) <= MAX_CHAIN and span[0].is_lower \
                and folded_lemma(span[0]) in heads and span.end < len(doc) \
                and all(_reading(t) is not None for t in span[1:]) and _reading(doc[span.end]) is not None:
            end = chain_end(doc, span.start + 1, taken - set(range(span.start, span.end)), False)
            if end is not None and end > span.end and end - span.start - 1 <= MAX_CHAIN:
                span, changed = Span(doc, span.start, end, label="ORG"), True
                taken.update(range(span.start, end))
        out.append(span)
    return out if changed else spans
