"""A quoted name of a word the dictionary lacks and a country's or a region's name in the genitive
(a state company of the Balkans and Central Asia: "«Электропривреда Сербии»", "«Электропривреду
Черногории»", "«Электропривреду Боснии и Герцеговины»"): the head alone declines, and its slot
says its case where the analyzer guesses a masculine it has no ground for ("Электропривред").

- The head in -а/-я with a feminine nominative reading, right before a feminine past singular verb
  after the closing quote ("«Электропривреда Сербии» объявила тендер"): the subject, as written.
- The head in -у/-ю with a feminine accusative reading, right after a verb whose object is as a
  rule an organization (``lexicons/org_object_verbs.txt``, :func:`.org_verb_objects._accusative_verb`:
  "обязал «Электропривреду Черногории»"): the feminine's accusative, -а/-я.

The place is capitalized words (and "и" between them) each with a place's genitive reading
(pymorphy3's Geox); it stands as written. Read by :func:`rufacts.components.entities.group_named`
beside the one-word readers of ``org_verb_objects`` and ``org_case``.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..grammars.morph import Morph, restore_case
from .name_verb_forms import past_singular
from .org_verb_objects import ENDINGS, QUOTES, _accusative_verb

NOMINATIVE_ENDINGS = ("а", "я")


def _place_genitive(morph: Morph, words) -> bool:
    """Capitalized place names in the genitive, "и" between them ("Боснии и Герцеговины")."""
    if not words or words[-1].text == "и":
        return False
    return all(w.text == "и" or w.is_alpha and w.text[:1].isupper() and not w.is_upper and any(
        "Geox" in p.tag.grammemes and p.tag.case == "gent" for p in morph.parse(w.text)) for w in words)


def _feminine(morph: Morph, word: str, case: str) -> bool:
    return any(p.tag.POS == "NOUN" and p.tag.case == case and p.tag.gender == "femn" and p.tag.number == "sing"
               for p in morph.parse(word))


def place_tailed_name(morph: Morph, span: Span) -> str | None:
    """The nominative of a quoted head and its genitive place; None where the rule does not hold."""
    words = [t for t in span if not (t.is_space or t.text in QUOTES)]
    if len(words) < 2:
        return None
    doc, head = span.doc, words[0]
    if head.i == 0 or doc[head.i - 1].text not in QUOTES or words[-1].i + 1 >= len(doc) \
            or doc[words[-1].i + 1].text not in QUOTES:
        return None
    word = head.text
    if not (word.isalpha() and word[:1].isupper() and not word.isupper() and len(word) > 4) \
            or morph.is_known(word.lower()) or not _place_genitive(morph, words[1:]):
        return None
    tail = doc[words[1].i:words[-1].i + 1].text
    low = word.lower()
    if low.endswith(NOMINATIVE_ENDINGS) and _feminine(morph, word, "nomn"):
        k = words[-1].i + 2
        if k < len(doc) and past_singular(doc[k], ("femn",)):
            return f"{word} {tail}"  # "«Электропривреда Сербии» объявила"
    if low[-1:] in ENDINGS and _feminine(morph, word, "accs") and _accusative_verb(span):
        return f"{restore_case(word, low[:-1] + ENDINGS[low[-1]])} {tail}"  # "обязал «Электропривреду Черногории»"
    return None
