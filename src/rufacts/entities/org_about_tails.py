"""A body's name closed by "наук" and the "о" phrase of their subject (orgextent43).

Universities and institutes of sciences are named by the sciences' subject: "Литовский университет
наук о здоровье", "Институт наук о Земле", "Школа наук о жизни"; the tagger stops at "наук" (a
preposition ends its names), and the body's name is then "Литовский университет наук".

:func:`about_tails`: an organization span opened by a capitalized word and closed by a lower-case
noun of ``lexicons/org_about_heads.txt`` (наука), or by a lower-case unit's noun (:func:`.org_lead_nouns.body_nouns`:
"отделение химии и наук о материалах", a unit of an academy) in the genitive plural takes in "о", the lower-case
adjectives after it and the noun they agree with in the locative (lower case, or capitalized and
alone: "о Земле"); not where another entity holds those words but a place or a person ("Земле" the
tagger read as a place: it stays one of its own), nor without the noun ("наук о том, что": no
subject of a name).

Read by :mod:`rufacts.entities.span_passes` among the last passes.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from ..grammars.morph import get_morph
from ..lexicons import load_list
from .org_lead_nouns import body_nouns

MAX_ADJECTIVES = 2  # "о сельском хозяйстве", "о жизни"


def _locative(token: Token, pos: str) -> bool:
    if "Loc" in token.morph.get("Case") and token.pos_ in (pos, "PROPN"):
        return True
    tag = "ADJF" if pos == "ADJ" else "NOUN"
    return any(p.tag.POS == tag and p.tag.case in ("loct", "loc2") for p in get_morph().parse(token.lower_))


def _subject_end(doc: Doc, i: int) -> int | None:
    """End of the adjectives and their noun in the locative after "о" at ``i``; None where none."""
    j = i + 1
    while j < len(doc) and j - i <= MAX_ADJECTIVES and doc[j].is_lower and doc[j].pos_ == "ADJ" \
            and doc[j].is_alpha and _locative(doc[j], "ADJ"):
        j += 1
    if j >= len(doc) or not doc[j].is_alpha or doc[j].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = doc[j]
    if not (noun.is_lower or noun.is_title and j == i + 1) or not _locative(noun, "NOUN") \
            or folded_lemma(noun) in ("то", "том"):
        return None
    return j + 1


def _unit(token: Token) -> bool:
    """A lower-case unit's noun opening the span: "отделение химии и наук" + "о материалах"."""
    return token.is_lower and token.pos_ == "NOUN" and folded_lemma(token) in body_nouns()


def about_tails(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each body closed by "наук" grown over the "о" phrase of their subject."""
    heads = load_list("org_about_heads.txt")
    out, changed = [], False
    for span in spans:
        last = span[-1]
        end = _subject_end(doc, span.end) if span.label_ == "ORG" and len(span) > 1 \
            and span.end + 1 < len(doc) and doc[span.end].lower_ == "о" and (span[0].text[:1].isupper() or _unit(span[0])) \
            and last.is_lower and folded_lemma(last) in heads and "Plur" in last.morph.get("Number") else None
        if end is None or any(s is not span and s.label_ not in ("LOC", "PER") and s.start < end and s.end > span.end
                              for s in spans):
            out.append(span)
            continue
        out.append(Span(doc, span.start, end, label="ORG"))
        changed = True
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans
