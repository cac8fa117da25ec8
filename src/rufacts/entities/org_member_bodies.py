"""Bodies of capitalized adjectives and a lower-case head of members
(``lexicons/org_member_heads.txt``: союз, конгресс, федерация...) that the tagger missed:
"Всемирному конгрессу татар", "Всемирный курултай башкир" (the members' genitive plural after
the head), "В Хорватском шахматном союзе" (a lower-case adjective of its field between). A run
of adjectives agreeing with the head, the first capitalized: inside a sentence, or at its start
where the members follow and the adjective is not one of a kind or level
(``lexicons/institution_adjectives.txt``: "Городское собрание жильцов"). Not the head alone
after one capitalized adjective ("в Европейском союзе" is the tagger's), nor with no members a
head that is no organization's descriptor (``lexicons/org_descriptors.txt``: "Питерского
экономического форума" is an event). A place the tagger
read in the adjective is taken in, and so is its region after the members, a place the tagger found
in the genitive that opens with an adjective ("Квалификационная коллегия судей" + "Тульской
области", at a sentence's start too). Read by :mod:`rufacts.components.entities` after the
capitalized heads.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..lexicons import load_list
from .geo import lemma_positions
from .institutions import opens_sentence
from .org_members import _people
from .spans import with_found
from .doc_words import morph_values

MAX_ADJECTIVES = 3  # "Всемирный русский народный собор" (the first capitalized)


def _agree(adjective: Token, head: Token) -> bool:
    return adjective.pos_ == "ADJ" and adjective.is_alpha and bool(
        set(morph_values(adjective, "Case")) & set(morph_values(head, "Case"))) and bool(
        set(morph_values(adjective, "Number")) & set(morph_values(head, "Number")))


def _region(doc: Doc, spans: list[Span], end: int) -> int | None:
    """End of a place the tagger found right after the members, in the genitive, opening with an
    adjective ("Тульской области", "Республики Коми" not: a noun's name may be a descriptor's):
    the region the body serves; None where there is none."""
    from ..grammars.morph import get_morph

    place = next((s for s in spans if s.start == end and s.label_ == "LOC"), None)
    if place is None or len(place) < 2 or place[0].pos_ != "ADJ" or not place[0].text[:1].isupper():
        return None
    genitive = "Gen" in morph_values(place[0], "Case") or any(  # (the tagger may read a locative)
        p.tag.POS == "ADJF" and p.tag.case == "gent" for p in get_morph().parse(place[0].lower_))
    return place.end if genitive else None


def member_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each body of adjectives and a member head it lacks."""
    heads = load_list("org_member_heads.txt")
    found = []
    for k in lemma_positions(doc, heads.__contains__):
        head = doc[k]
        if head.pos_ != "NOUN" or not head.is_lower or "Plur" in morph_values(head, "Number"):
            continue
        start = k
        while start > 0 and k - start < MAX_ADJECTIVES and _agree(doc[start - 1], head):
            start -= 1  # lower-case adjectives after the first, capitalized one
            if doc[start].text[:1].isupper():
                break
        if start == k or not doc[start].text[:1].isupper():
            continue
        end = k + 1
        if end < len(doc) and _people(doc[end]):
            end += 1
            if end + 1 < len(doc) and doc[end].lower_ == "и" and _people(doc[end + 1]):
                end += 2  # "садоводов и огородников"
        members = end > k + 1
        region = _region(doc, spans, end) if members else None
        if region is not None:
            end = region  # "Квалификационная коллегия судей" + "Тульской области": the region it serves
        elif end < len(doc) and (doc[end].text in "«\"„“" or doc[end].text[:1].isupper()):
            continue  # "Московский футбольный клуб «Арарат»": a descriptor before the name
        if not members and (k - start < 2 or head.lemma_.lower() not in load_list("org_descriptors.txt")):
            continue  # "в Европейском союзе": the tagger's; "Питерского экономического форума": an event
        if opens_sentence(doc, start) and (not members or doc[start].lemma_.lower() in load_list(
                "institution_adjectives.txt")):
            continue
        if any(s.start < end and start < s.end and (s.label_ != "LOC" or s.start < start or s.end > end)
               for s in spans):
            continue
        found.append(Span(doc, start, end, label="ORG"))
    return with_found(spans, found)
