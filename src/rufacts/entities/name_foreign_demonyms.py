"""A noun of nationality the tagger took into a person mention at the start of a sentence
("Ивуарийцу Ибрахиму Диабате", "Нигерийке Блессинг Окагбаре"): no part of the name, it is left
out; a mention of a demonym alone ("Сенегалец забил") is no person. The demonyms are the class
of ``lexicons/demonyms.txt`` (lemmas), matched by any of the dictionary's readings of the word
(it also guesses the lemma of one it lacks: "Ивуарийцу" -> ивуариец). Used by
:func:`rufacts.entities.names_spans.person_spans`.

A lower-case demonym right before the name is its apposition, in its case (:func:`demonym_cue`, read
by :func:`rufacts.entities.names_group.group_persons`): "проиграла немке Ангелике Кербер" is
Ангелика's dative, not a German Ангелике; a demonym, unlike a position ("помощнику Ивана Петрова"),
takes no possessor after it."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Span

from ..grammars.morph import Morph, get_morph
from ..lexicons import load_list


def is_demonym(morph: Morph, word: str) -> bool:
    """A form of a noun of ``lexicons/demonyms.txt`` (singular)."""
    demonyms = load_list("demonyms.txt")
    return any(p.tag.POS == "NOUN" and "plur" not in p.tag.grammemes and p.normal_form in demonyms
               for p in morph.parse(word))


def without_demonym(span: Span, morph: Morph) -> Optional[Span]:
    """The person mention without a capitalized demonym at its start (None: a demonym alone)."""
    words = [t for t in span if not t.is_space]
    if not words or not words[0].is_alpha or not words[0].text[:1].isupper() \
            or not is_demonym(morph, words[0].text):
        return span
    if len(words) == 1:
        return None if words[0].is_sent_start else span
    from .names import PARTICLES  # "Нидерландец Рууд ван дер Мер": particles stay lower-case
    if not all(t.text[:1].isupper() or t.lower_ in PARTICLES for t in words[1:] if t.is_alpha) \
            or not words[1].text[:1].isupper():
        return span
    return Span(span.doc, words[1].i, span.end, label=span.label_)


def demonym_cue(span: Span) -> frozenset[str]:
    """{"agree:<case>:<gender>"} of a lower-case singular demonym in an oblique case right before the
    name (its dictionary readings; both genders for a man's noun, which may stand for a woman)."""
    if span.start == 0:
        return frozenset()
    word = span.doc[span.start - 1]
    if not word.is_alpha or not word.is_lower:
        return frozenset()
    demonyms = load_list("demonyms.txt")
    cues = set()
    for p in get_morph().parse(word.text):
        if p.tag.POS == "NOUN" and "sing" in p.tag.grammemes and p.normal_form in demonyms \
                and p.tag.case not in (None, "nomn"):
            case = {"gen2": "gent", "loc2": "loct"}.get(p.tag.case, p.tag.case)
            for gender in ("masc", "femn") if p.tag.gender == "masc" else (p.tag.gender,):
                cues.add(f"agree:{case}:{gender}")
    return frozenset(cues)
