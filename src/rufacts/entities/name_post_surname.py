"""A lone surname right after a noun for a person in an oblique case, which the tagger missed (read by
:func:`rufacts.entities.names_missed.missed_names`): "Бывшему мэру Демчуку суд вернул автомобиль",
"Блогера Мосолова оштрафовали", "поручили начальнику городской полиции Шуваеву", "с генеральным
подрядчиком Тимашевым", "о бывшем директоре завода Ушатове".

The press names an office holder by the post and the surname; the name stands in apposition to the post
noun and shares its case (:func:`rufacts.entities.name_apposition.oblique_apposition`: the noun right
before the name, or over a short chain of its genitive dependents, "начальнику городской полиции").
A capitalized word there, mid-sentence, that no span covers, that opens no longer capitalized run and
that reads as a surname in one of those cases is the person: the dictionary's surname reading
(known or guessed: "Шуваеву", "Ушатове"), or a word it does not know with a Russian surname's
stem and that case's ending ("Мосолова": the genitive of Мосолов) or of one with a fleeting vowel ("судна
Коломийцу": Коломиец); in the genitive, which may be the
post's own place or body ("архиепископа Ньюарка"), only the latter. Not a listed first name
("директору Ивану": the first-name rules read it), nor a word the dictionary knows as a place or a
body's name ("жителю Москвы", "начальнику полиции Лыскову").
"""
from __future__ import annotations

from ..grammars.morph import Morph
from .first_names import listed_first
from .name_fleeting import fleeting_readings
from .name_apposition import oblique_apposition

MIN_LENGTH = 5
# a Russian surname's stem (-ов, -ев, -ёв, -ин, -ын) and its masculine or feminine ending in a case
STEMS = ("ов", "ев", "ёв", "ин", "ын")
ENDINGS = {
    "gent": ("а", "ой"),
    "datv": ("у", "ой"),
    "accs": ("а", "у"),
    "ablt": ("ым", "ой"),
    "loct": ("е", "ой"),
}
PLACE_OR_BODY = frozenset({"Geox", "Orgn", "Trad"})
OWNER_CASES = frozenset({"gent", "accs"})


def _stem_ending(word: str, cases: frozenset[str]) -> bool:
    low = word.lower()
    return any(low.endswith(stem + end) and len(low) - len(end) - len(stem) >= 3
               for case in cases for end in ENDINGS.get(case, ()) for stem in STEMS)


def surname_reading(morph: Morph, word: str, cases: frozenset[str]) -> bool:
    """``word`` reads as a singular surname in one of ``cases``, and as no place or body the dictionary
    knows (a guessed place's reading of a word it lacks counts for nothing: "мэре Чупахине")."""
    parses = morph.parse(word)
    if morph.is_known(word) and any(PLACE_OR_BODY & p.tag.grammemes for p in parses):
        return False
    fits = {p.tag.case for p in parses if "Surn" in p.tag.grammemes and "sing" in p.tag.grammemes} & cases
    if fits - OWNER_CASES:
        return True
    # a genitive may be the post's own place or body ("архиепископа Ньюарка", "мэра Ньюарка", whose
    # noun's form is its accusative too): only a Russian surname's form
    return (bool(fits) or not morph.is_known(word)) and (_stem_ending(word, cases) or _fleeting(word, cases))


def _fleeting(word: str, cases: frozenset[str]) -> bool:
    """The word is a case of one of ``cases`` of a surname with a fleeting vowel
    (``lexicons/name_fleeting.tsv``: "командиру воздушного судна Коломийцу": Коломиец)."""
    return any(reading[1] in cases for reading in fleeting_readings(word, lambda *parts: parts))


def surname_after_post(doc, i: int, morph: Morph, inside: int = 0) -> bool:
    """The capitalized word at ``i`` is a lone surname in apposition to a person noun before it
    (``inside``: the end of a span that holds it, whose lower-case words after it go)."""
    token = doc[i]
    if i == 0 or token.is_sent_start or not token.is_alpha or len(token.text) < MIN_LENGTH \
            or not token.text[:1].isupper() or token.text[1:] != token.text[1:].lower():
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and after.text[:1].isupper() and after.is_alpha and i + 1 >= inside:
        return False  # the first word of a longer name, the other rules' part
    if not doc[i - 1].is_alpha or doc[i - 1].text[:1].isupper() and not doc[i - 1].is_sent_start:
        return False  # right after a person noun or its lower-case dependents
    if after is not None and after.is_lower and after.pos_ in ("NOUN", "ADJ") \
            and any(p.tag.POS == "ADJF" for p in morph.parse(token.text)):
        return False  # an adjective of the noun after it: "Главврачу Старолесской районной больницы"
    cases = oblique_apposition(doc, i, morph)
    if not cases or listed_first(morph, token.text):
        return False
    return surname_reading(morph, token.text, cases)


def post_surname_spans(doc, spans: list, morph: Morph) -> list:
    """``spans`` with a place or organization the tagger made of such a surname (alone, or with the
    lower-case words after it: "Бывшему мэру Демчуку суд вернул", "Демчуку суд" read as a body)
    turned into the person."""
    from spacy.tokens import Span

    out = []
    for span in spans:
        if span.label_ in ("LOC", "ORG") and all(t.is_lower or t.is_punct for t in span[1:]) \
                and surname_after_post(doc, span.start, morph, inside=span.end):
            span = Span(doc, span.start, span.start + 1, label="PER")
        out.append(span)
    return out
