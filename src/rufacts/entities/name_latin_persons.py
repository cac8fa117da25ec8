"""People whose names the press writes in Latin letters, which the tagger reads as an organization
or misses (read by :mod:`rufacts.components.entities`): "профессор Hans Clevers", "специально для
Jean-Claude Juncker", "подписали Алексей Миллер и Claudio Descalzi".

A Latin name does not decline, so its words, not its slot, say it is a person's: a run of two or three
capitalized Latin words (:func:`rufacts.entities.org_latin_slots._runs`) whose first word is a given name
(``lexicons/latin_first_names.txt``; each part of a hyphenated one), the others capitalized words of
letters, none of them a company's, a place's or an event's word nor a legal form and the whole run no
company named after its founder nor opening with one (``lexicons/latin_person_stops.txt``: "Philip
Morris", "Kate Spade Handbags"), not inside quotes (an opening quote before it in its sentence that is
not closed: "песни ''Jumpin' Jack Flash''") and not right after a work's noun (``lexicons/work_title_heads.txt``:
"альбом Mark Hollis" is the album).
The run becomes a person where no span touches it or a place's or an organization's span of the
tagger lies inside it; an organization's slot after these rules (a descriptor before it: "компания
Philip Morris", :func:`rufacts.entities.org_latin_slots.latin_slot_orgs`) still takes it back."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lexicons import load_list
from ..lexicons.legal import legal_forms
from .org_latin_slots import _runs, has_latin

WORD = re.compile(r"^[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]*(?:[A-Z\u00c0-\u00de'’][a-z\u00df-\u00ff]+)*$")  # "Müller", "McDonald", "O'Neil"
MAX_WORDS = 3


def _words(doc: Doc, i: int, j: int) -> list[str] | None:
    """The run's words, a hyphenated word one ("Jean-Claude"); None where a token is no word of letters."""
    words, k = [], i
    while k < j:
        if doc[k].text in "-" and words and k + 1 < j and doc[k - 1].whitespace_ == "" and doc[k].whitespace_ == "":
            words[-1] += "-" + doc[k + 1].text
            k += 2
            continue
        words.append(doc[k].text)
        k += 1
    return words


def _given(word: str) -> bool:
    firsts = load_list("latin_first_names.txt")
    return all(part.lower() in firsts for part in word.split("-"))


def _person_run(words: list[str]) -> bool:
    stops = load_list("latin_person_stops.txt")
    if not 2 <= len(words) <= MAX_WORDS or not _given(words[0]):
        return False
    if not all(WORD.match(p) for w in words for p in w.split("-")):
        return False
    run = " ".join(words).lower()
    if run in stops or any(w.lower() in stops for w in words):
        return False
    if any(run.startswith(stop + " ") for stop in stops if " " in stop):  # "Kate Spade Handbags"
        return False
    return not any(w.lower().rstrip(".") in _legal() for w in words[1:])


OPENING, CLOSING, STRAIGHT = "«„", "»", ("\"", "''", "'", "“", "”")


def _in_quotes(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` stands inside quotes opened before it in its sentence: a « or „ not closed,
    or an odd number of straight quotes (the press's "''Jumpin' Jack Flash''")."""
    depth, straight = 0, 0
    for tok in doc[doc[i].sent.start:i]:
        if tok.text in OPENING:
            depth += 1
        elif tok.text in CLOSING:
            depth = max(0, depth - 1)
        elif tok.text in STRAIGHT and not (tok.i > 0 and doc[tok.i - 1].text in STRAIGHT
                                           and not doc[tok.i - 1].whitespace_):
            straight += 1  # two apostrophes written as one quote count once
    return depth > 0 or straight % 2 == 1


def _after_work(doc: Doc, i: int) -> bool:
    """Whether a work's noun stands right before ``doc[i]`` ("альбом", "песня", "фильм")."""
    return i > 0 and doc[i - 1].is_alpha and doc[i - 1].lemma_.lower() in load_list("work_title_heads.txt")


@lru_cache(maxsize=1)
def _legal() -> frozenset[str]:
    return frozenset(f.lower().rstrip(".") for f in legal_forms())


def latin_persons(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a PER span for each Latin-script name of a person (see the module's docstring)."""
    if not has_latin(doc):
        return spans
    found, dropped = [], set()
    for i, j in _runs(doc):
        words = _words(doc, i, j)
        if not words or not _person_run(words):
            continue
        if i > 0 and doc[i - 1].text in "«\"„“" or j < len(doc) and doc[j].text in "»\"“”":
            continue  # a quoted title or company
        if _in_quotes(doc, i) or _after_work(doc, i):
            continue
        touching = [s for s in spans if s.start < j and s.end > i]
        if any(s.label_ == "PER" or not (i <= s.start and s.end <= j) for s in touching):
            continue
        found.append(Span(doc, i, j, label="PER"))
        dropped.update((s.start, s.end, s.label_) for s in touching)
    found, spans = _particle_and_inner(doc, spans, found, dropped)
    if not found:
        return spans
    spans = [s for s in spans if (s.start, s.end, s.label_) not in dropped]
    return sorted(spans + found, key=lambda s: (s.start, -s.end))


def _particle_and_inner(doc: Doc, spans: list[Span], found: list[Span], dropped: set):
    """The names of :mod:`rufacts.entities.name_latin_particles` ("Ursula von der Leyen", "Microsoft
    Satya Nadella"): a span of the tagger inside one is dropped, one that opens before it ends at it."""
    from .name_latin_particles import inner_names, particle_names
    candidates = particle_names(doc, _given) + inner_names(doc, _runs(doc), _words, _person_run)
    cut = []
    for i, j in candidates:
        if any(f.start < j and f.end > i for f in found) or _in_quotes(doc, i) or _after_work(doc, i):
            continue
        if " ".join(t.text for t in doc[i:j]).lower() in load_list("latin_person_stops.txt"):
            continue
        touching = [s for s in spans if s.start < j and s.end > i]
        if any(s.label_ == "PER" or s.end > j for s in touching):
            continue
        found.append(Span(doc, i, j, label="PER"))
        for s in touching:
            dropped.add((s.start, s.end, s.label_))
            if s.start < i:
                cut.append(Span(doc, s.start, i, label=s.label_))  # "Microsoft" before "Satya Nadella"
    return found, spans + cut


def role_apposition(doc: Doc, i: int, j: int, spans: list[Span]) -> bool:
    """A person's Latin name (``doc[i:j]``, a PER span of its own) after a company's descriptor that a
    position governs: "основатель компании Mark Shuttleworth", "глава корпорации Satya Nadella" name
    the founder and the head, not the company (read by
    :func:`rufacts.entities.org_latin_slots.latin_slot_orgs`)."""
    if not any(s.label_ == "PER" and (s.start, s.end) == (i, j) for s in spans):
        return False
    words = _words(doc, i, j)
    if not words or not _person_run(words) or i < 1:
        return False
    roles = load_list("role_words.txt")  # two words before, or right before ("директора Satya Nadella")
    return any(t.is_alpha and t.lemma_.lower().replace("ё", "е") in roles for t in (doc[max(i - 2, 0)], doc[i - 1]))
