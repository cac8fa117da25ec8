"""A town's executive named by its type and the town (``lexicons/town_executive_heads.txt``), lower
case as written: "примэрии Бельц", "примэрия Кагула", "мэрии Кишинэу". The tagger reads a town it
does not know as a person ("Бельц") or leaves it out ("Кагула"); after such a head a capitalized
word is the place the body serves: the word becomes a place and the head with it an organization,
named with its type ("примэрия Бельц", docs/gold-conventions.md; :func:`.orgs.split_descriptor`).
A town the tagger found as a place, or a word inside a longer span, stays as it is (the
descriptor rules take "мэрии Оренбурга"), but after a head that is no descriptor
(``lexicons/org_descriptors.txt``: "исполком", a body's unit before an organization, "исполком
РФС") the head and the tagger's place are one organization: "в исполкоме Альметьевска" -> исполком
Альметьевска, "исполком Зеленодольского муниципального района". Read by
:func:`.org_prefixed_bodies.prefixed_bodies`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.morph import get_morph
from ..lexicons import load_list
from .doc_words import case_reading
from .geo import lemma_positions

PERSONAL = frozenset({"Surn", "Name", "Patr"})


def _town_word(token) -> bool:
    """A capitalized Cyrillic word, no acronym, that the dictionary knows as no person's name
    ("Бельц", "Кагула", "Кишинэу"; not "в мэрии Собянин провёл совещание")."""
    text = token.text.replace("-", "")
    return text.isalpha() and token.text[:1].isupper() and not token.is_upper and not text.isascii() \
        and not any(PERSONAL & p.tag.grammemes for p in get_morph().parse(token.text))


def _genitive(token) -> bool:
    """The tagger's or the dictionary's genitive ("Казани", which the tagger may read as a locative)."""
    return case_reading(token, "Gen", ("gent",))


def town_executives(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each town executive head and the town after it that no place or organization
    span covers an ORG span, the town a LOC span (instead of the tagger's one-word person)."""
    heads, descriptors = load_list("town_executive_heads.txt"), load_list("org_descriptors.txt")
    out, changed = list(spans), False
    for i in lemma_positions(doc, heads.__contains__):
        j = i + 1
        if j >= len(doc) or not doc[i].is_lower or doc[i].pos_ != "NOUN":
            continue
        place = next((s for s in out if s.start == j and s.label_ == "LOC"), None)
        if place is not None and doc[i].lemma_.lower() not in descriptors and _genitive(doc[j]) \
                and "Plur" not in doc[i].morph.get("Number") and not any(s.start <= i < s.end for s in out):
            out.append(Span(doc, i, place.end, label="ORG"))  # "исполкома Казани": the place stays a mention
            changed = True
            continue
        if not _town_word(doc[j]):
            continue
        holding = [s for s in out if s.start < j + 1 and i < s.end]
        if any(not (s.label_ == "PER" and s.start == s.end - 1 == j) for s in holding):
            continue  # the tagger's place or a longer span: the other rules read it
        out = [s for s in out if s not in holding] + [Span(doc, i, j + 1, label="ORG"), Span(doc, j, j + 1, label="LOC")]
        changed = True
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans
