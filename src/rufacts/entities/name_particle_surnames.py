"""Persons whose surname opens with a Dutch, German or Portuguese particle
(``lexicons/name_surname_particles.tsv``: "ван", "фон", "душ"), which the tagger often types as a place
or cuts in pieces in an oblique case ("Хенку ван ден" + "Босу", both places; "Паулу Мануэла" +
"Сантуша"): a capitalized word, the particle with the particles after it ("дер", "ден", "де", "тер",
"цу") and a capitalized word are one PER span (the particle and the surname alone after a word that
is only a thing's noun, at a sentence's start: "Позиция фон Бюлова", "Заявление ван Дейка"); a PER span that ends at the particle lends its start.
The tagger's spans inside it give way; a span reaching past it (an organization named after the
person: "Музей Винсента ван Гога") keeps it, and nothing is added."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.morph import Morph
from .honoree import surname_particles
from .name_lead_words import thing_noun_only
from .name_words import _capitalized
from .spans import positions


def _cap(token) -> bool:
    return _capitalized(token) and len(token.text) > 1


def particle_surname_spans(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """One PER span over "<Given> <particle>+ <Surname>" where the tagger gave none (see the module)."""
    leads, following = surname_particles("lead"), surname_particles("after")
    given = surname_particles("given")
    found: list[tuple[int, int]] = []
    for i in positions(doc, leads | given):  # the words of ``leads`` only
        token = doc[i]
        if i == 0 or not _cap(doc[i - 1]) or token.is_sent_start:
            continue  # lower-case only: "Ван" with a capital is also a Chinese or Vietnamese name
        j = i + 1
        while j < len(doc) and doc[j].text in following:
            j += 1
        if j >= len(doc) or not _cap(doc[j]):
            continue
        start, end = i - 1, j + 1
        if token.text not in leads and not _given_particle(doc, start, i, end, spans, morph):
            continue
        if doc[start].is_sent_start and thing_noun_only(morph, doc[start].text):
            start = i  # "Позиция фон Бюлова": the noun governs the surname
        for s in spans:  # the tagger's given names before the particle lend their start ("Паулу Мануэла")
            if s.label_ == "PER" and s.start < start and s.end == i:
                start = s.start
        if any(s.label_ == "PER" and s.start <= start and end <= s.end for s in spans):
            continue  # the tagger's own
        if any(s.start < end and start < s.end and (s.start < start or s.end > end) for s in spans):
            continue  # a longer name holds it ("Музей Винсента ван Гога")
        found.append((start, end))
    if not found:
        return spans
    out = [s for s in spans if not any(b <= s.start and s.end <= e for b, e in found)]
    out.extend(Span(doc, b, e, label="PER") for b, e in found)
    return sorted(out, key=lambda s: s.start)


def _given_particle(doc: Doc, start: int, i: int, end: int, spans: list[Span], morph: Morph) -> bool:
    """A ``given`` particle ("де") at ``i`` opens a surname: a dictionary given name before it, no place
    after it, a piece of the name the tagger's person and no span of another type over the whole."""
    if not any(p.is_known and "Name" in p.tag.grammemes for p in morph.parse(doc[start].text)):
        return False
    if any(p.is_known and "Geox" in p.tag.grammemes for p in morph.parse(doc[end - 1].text)):
        return False  # "Сантьяго де Чили"
    if any(s.label_ != "PER" and s.start <= start and end <= s.end for s in spans):
        return False
    return any(s.label_ == "PER" and s.start < end and start < s.end for s in spans)
