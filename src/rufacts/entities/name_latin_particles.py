"""Latin-script names of people that :func:`rufacts.entities.name_latin_persons.latin_persons` reads past
its runs of capitalized words (second36p):

- a surname with its lower-case particles ("Ursula von der Leyen", "Hans van der Berg", "Luiz da
  Silva"): a given name of ``lexicons/latin_first_names.txt``, an optional middle initial ("John F.
  Kerrigan"), the particles (a closed class: :data:`PARTICLES`), then one capitalized surname;
- a name inside a longer Latin run opened by a company's word ("Microsoft Satya Nadella",
  "генеральный директор Microsoft Satya Nadella"): from a given name after the run's first word to the
  run's end, two or three words as a run of its own would be.

Each yields (start, end, cut): the person's tokens and where a span of the tagger that opens before it
ends now (the company's "Microsoft"), or None where nothing is to cut."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .doc_words import word_positions

# the particles of European surnames written in Latin letters, lower case
PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "del", "della",
                       "dos", "das", "do", "ter", "ten", "zu", "vom", "af", "av", "y"})
CAPITAL = re.compile(r"^[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+(?:[A-Z\u00c0-\u00de'’][a-z\u00df-\u00ff]+)*$")
INITIAL = re.compile(r"^[A-Z]$")


def _initial(doc: Doc, m: int) -> bool:
    """``doc[m]`` is a middle initial with its dot ("F." in "John F. Kerrigan")."""
    return m + 1 < len(doc) and bool(INITIAL.match(doc[m].text)) and doc[m + 1].text == "." \
        and doc[m].whitespace_ == ""


def particle_names(doc: Doc, is_given) -> list[tuple[int, int]]:
    """(start, end) of each given name [initial] particles Surname of the module's docstring."""
    out = []
    for k in word_positions(doc, CAPITAL.match):  # (no Token made for every word: ~15 ms less per pass)
        if not is_given(doc[k].text):
            continue
        m = k + 1
        initial = _initial(doc, m)
        m += 2 * initial
        p = m
        while m < len(doc) and doc[m].text in PARTICLES and doc[m].whitespace_:
            m += 1
        if m == p and not initial or m >= len(doc) or not CAPITAL.match(doc[m].text):
            continue  # (a run with neither is latin_persons' own)
        out.append((k, m + 1))
    return out


def inner_names(doc: Doc, runs, words_of, is_person_run) -> list[tuple[int, int]]:
    """(start, end) of a person's name that closes a Latin run opened by other words ("Microsoft
    Satya Nadella"): the run's tail from its second word or later, a person's run of its own."""
    out = []
    for i, j in runs:
        for k in range(i + 1, j - 1):
            if doc[k - 1].whitespace_ == "" or not CAPITAL.match(doc[k].text):
                continue
            words = words_of(doc, k, j)
            if words and is_person_run(words):
                out.append((k, j))
                break
    return out
