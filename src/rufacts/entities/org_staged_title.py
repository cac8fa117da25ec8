"""A work's title after a venue's name: "поставила в Камышинском драматическом театре «Вишнёвый сад»"
is the theatre Камышинский драматический театр and the play, not a theatre named «Вишнёвый сад».

A quoted name right after an organization's proper name (a capitalized adjective first, a lower-case
head noun last) in a place phrase ("в"/"на"), where a verb of staging or showing
(``lexicons/org_staging_verbs.txt``) stands right before the phrase (adverbs between) or right after
the quotes, and the verb has no object of its own in the clause ("Премьеру показали в Омском театре
«Галёрка»": the theatre's name), is the verb's object: :func:`staged_title`. The tagger's span that runs
into it ends before the quotes (:func:`without_staged_title`, read by
:func:`rufacts.entities.org_name_extent.joined_orgs`), and the quoted name is a title, no organization
(:func:`rufacts.entities.quoted.quoted_orgs`)."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lexicons import load_list

PLACE_PREPOSITIONS = frozenset({"в", "во", "на"})
OPEN = frozenset("«\"„")
REACH = 3  # adverbs between the verb and the preposition ("поставила впервые в ...")
NAME_REACH = 5  # words of the venue's name


def staged_title(doc: Doc, quote: int) -> bool:
    """The quoted name opening at ``quote`` is the object of a staging verb, after a venue's name."""
    end = quote
    start = end - 1
    if start < 0 or doc[start].pos_ != "NOUN" or not doc[start].is_lower:
        return False
    while start > 0 and quote - start < NAME_REACH and doc[start - 1].pos_ == "ADJ":
        start -= 1
    if start == end - 1 or not doc[start].text[:1].isupper() or start == 0 \
            or doc[start - 1].lower_ not in PLACE_PREPOSITIONS:
        return False
    verb = _staging_before(doc, start - 1)
    if verb is None:
        close = next((k for k in range(quote + 1, min(quote + 8, len(doc))) if doc[k].text in "»\"“"), None)
        verb = close + 1 if close is not None and close + 1 < len(doc) and _staging(doc[close + 1]) else None
    return verb is not None and not _object_before(doc, verb)


def without_staged_title(span: Span) -> Span:
    if span.label_ != "ORG":
        return span
    quote = next((i for i, t in enumerate(span) if t.text in OPEN), None)
    if quote is None or quote < 2 or not staged_title(span.doc, span.start + quote):
        return span
    return Span(span.doc, span.start, span.start + quote, label="ORG")


def _staging(token) -> bool:
    return token.pos_ == "VERB" and token.lemma_.lower() in load_list("org_staging_verbs.txt")


def _staging_before(doc: Doc, prep: int) -> int | None:
    for i in range(prep - 1, max(prep - 1 - REACH, -1), -1):
        if _staging(doc[i]):
            return i
        if doc[i].pos_ != "ADV":
            return None
    return None


def _object_before(doc: Doc, verb: int) -> bool:
    """An inanimate noun in the accusative in the verb's clause before it: its object put first."""
    for i in range(verb - 1, -1, -1):
        token = doc[i]
        if token.text in (",", ".", ";", ":", "—") or token.is_sent_end and i < verb - 1:
            return False
        if token.pos_ == "NOUN" and "Acc" in token.morph.get("Case") and "Inan" in token.morph.get("Animacy") \
                and "Nom" not in token.morph.get("Case"):
            return True
    return False
