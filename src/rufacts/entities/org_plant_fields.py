"""An enterprise named by its place's adjective takes the product after its head (orgextent45).

"Инвестор выкупил Барнаульскую фабрику мебели": the institution rules name the enterprise by the
adjective and the head ("Барнаульскую фабрику") and stop there; what it makes, the lower-case
genitive words after the head, is the name's ("Барнаульская фабрика мебели", as "Томский завод
растительных масел" the tagger keeps whole). A span opening with a capitalized adjective and closing
with a head of ``lexicons/org_plant_field_heads.txt`` takes up to four such words
(:func:`rufacts.entities.org_field_genitives.genitive_end`), the first of them a genitive to the tagger;
not a person, an owner's or a post's noun ("завода компании", "фабрики директора"), nor a kind of place
("завода района"), nor words right before "не" or "ни" (the negated verb's object: "на заводе турбин не
хватает", as :mod:`.institutions` reads it).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..lexicons import load_list
from .doc_words import morph_values
from .org_field_genitives import genitive_end
from .org_lead_nouns import body_nouns


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return load_list("org_plant_field_heads.txt")


@lru_cache(maxsize=1)
def _not_fields() -> frozenset[str]:
    return body_nouns() | load_list("role_words.txt") | load_list("org_place_kind_nouns.txt") \
        | load_list("org_unit_seat_kinds.txt")


def plant_fields(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each enterprise grown over its product's genitive words (see the module)."""
    out, changed = [], False
    taken = None
    for s in spans:
        if s.label_ == "ORG" and len(s) > 1 and s.end < len(doc) and s[0].text[:1].isupper() \
                and s[0].pos_ == "ADJ" and folded_lemma(s[-1]) in _heads() and doc[s.end].is_lower \
                and "Gen" in morph_values(doc[s.end], "Case") and "Anim" not in morph_values(doc[s.end], "Animacy"):
            if taken is None:
                taken = {i for t in spans for i in range(t.start, t.end)}
            end = genitive_end(doc, s.end, taken)
            nouns = [t for t in doc[s.end:end or s.end] if t.pos_ == "NOUN"]
            if end is not None and nouns and folded_lemma(nouns[0]) not in _not_fields() \
                    and not (end < len(doc) and doc[end].lower_ in ("не", "ни")):  # "заводе турбин не хватает": an object
                s, changed = Span(doc, s.start, end, label="ORG"), True
        out.append(s)
    return out if changed else spans
