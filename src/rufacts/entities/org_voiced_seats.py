"""A community's seat the tagger read as a place (``lexicons/org_voiced_seat_nouns.txt``: лавра,
монастырь, пустынь) that speaks as a body: after "в"/"на", a capitalized name of adjectives and
the seat's noun, right before a verb in the plural past with no subject of its own ("В
Киево-Печерской лавре отвергли претензии министерства", "В Троице-Сергиевой лавре заявили"), is
an organization; its name is the place's words in the nominative ("Киево-Печерская лавра").
Named as a place ("паломники посетили Почаевскую лавру", "в лавре прошла служба") it stays one.

A house or an institution the tagger read as a place, named by a capitalized adjective of two
nations (``lexicons/org_joint_nation_parts.txt``: "Российско-Немецком доме", "Германо-Российского
дома"), is the body they founded, whatever the words around it (:func:`joint_houses`).

Read by :mod:`rufacts.components.entities`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.morph import get_morph
from ..lexicons import load_list


def _voiced(doc: Doc, span: Span) -> bool:
    if span.start == 0 or doc[span.start - 1].lower_ not in ("в", "во", "на") or span.end >= len(doc):
        return False
    head, verb = span[-1], doc[span.end]
    morph = get_morph()
    seats = load_list("org_voiced_seat_nouns.txt")  # (by the dictionary's readings: "лавре" is "лавр" to the tagger)
    return any(p.normal_form in seats for p in morph.parse(head.lower_) if p.tag.POS == "NOUN") \
        and span[0].text[:1].isupper() and verb.pos_ == "VERB" and any(
            p.tag.POS == "VERB" and p.tag.tense == "past" and p.tag.number == "plur" for p in morph.parse(verb.lower_)) \
        and not any((t.pos_ in ("PROPN", "PRON") or "Anim" in t.morph.get("Animacy")) and "Nom" in t.morph.get("Case")
                    for t in doc[span.end + 1:span.end + 3])  # "В лавре заявили монахи": the monks speak


def _joint_house(span: Span) -> bool:
    from .institutions import institution_heads

    first, head = span[0], span[-1]
    parts = first.lower_.split("-")
    return len(span) >= 2 and len(parts) == 2 and first.text[:1].isupper() and first.pos_ == "ADJ" \
        and parts[0] in load_list("org_joint_nation_parts.txt") and head.pos_ == "NOUN" and head.is_lower \
        and (head.lemma_.lower() in institution_heads() or head.lemma_.lower() == "дом")


def voiced_seats(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each such place an ORG span."""
    if not any(s.label_ == "LOC" for s in spans):
        return spans
    return [Span(doc, s.start, s.end, label="ORG") if s.label_ == "LOC" and (_voiced(doc, s) or _joint_house(s))
            else s for s in spans]
