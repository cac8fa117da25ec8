"""A body's original name in Latin letters, in brackets right after its Russian name:
"концерн «Фольксваген» (Volkswagen)", "Международная амнистия (Amnesty International)",
"Всемирный фонд дикой природы (WWF) (World Wide Fund for Nature)".

- :func:`original_name_spans` makes the bracketed Latin words an organization (the tagger often
  misses them, or reads them as a person or a place), in place of whatever it tagged there;
- :func:`merge_original_names` makes them a mention of the body named before the bracket, whose
  Russian name stays the body's name (as an abbreviation in brackets joins its full name:
  :mod:`rufacts.entities.org_abbreviations`).

An original name is one to seven words of Latin letters and digits (accents, "'", "&", "." and
"-" inside a word allowed), at least one of them capitalized or with a capital inside
("comScore"), the rest function words; nothing Cyrillic, no colon or comma ("(NASDAQ: YNDX)" is
a ticker). A bare Latin abbreviation ("(WWF)") is the abbreviation rules' ("BP" joins "Бритиш
петролеум" there). Between the Russian name and the bracket only a closing quote or an
abbreviation in brackets may stand."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..facts import Organization
from .org_abbreviations import ABBREVIATION, fold_into

MAX_WORDS = 7
LATIN_WORD = re.compile(r"^[A-Za-z0-9\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'’&.\-]*$")
CLOSING = {"»", "\"", "“", "”", "'"}
# "(WWF) (World Wide Fund for Nature)": the abbreviation in brackets may come first
GAP = re.compile(r"^[»\"“”']?\s*(\(\s*[A-ZА-ЯЁ]{2,8}\s*\)\s*)?\(\s*$")
CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def _named(token) -> bool:
    """A word that may carry a name: a capital first or inside ("comScore"), or a digit ("3Com")."""
    return any(c.isupper() or c.isdigit() for c in token.text)


def _original(doc: Doc, i: int) -> int | None:
    """The end of the Latin name in brackets opening at token ``i`` (the "("), at its ")";
    None where the brackets hold anything else."""
    j = i + 1
    while j < len(doc) and j - i - 1 <= MAX_WORDS and doc[j].text != ")":
        if not LATIN_WORD.match(doc[j].text):
            return None
        j += 1
    if j >= len(doc) or doc[j].text != ")" or j == i + 1 or j - i - 1 > MAX_WORDS:
        return None
    words = doc[i + 1:j]
    if not any(_named(t) for t in words) or not words[0].text[:1].isalnum():
        return None
    if len(words) == 1 and ABBREVIATION.match(words[0].text):
        return None  # "(WWF)": an abbreviation, joined by its own rules
    return j


def original_name_spans(doc: Doc, spans: list[Span]) -> list[Span]:
    """The Latin name in brackets after an organization's Cyrillic name, an organization."""
    made: list[Span] = []
    for span in spans:
        if span.label_ != "ORG" or not CYRILLIC.search(span.text):
            continue
        k = span.end
        while k < len(doc) and doc[k].text in CLOSING and k - span.end < 1:
            k += 1
        if k + 3 < len(doc) and doc[k].text == "(" and ABBREVIATION.match(doc[k + 1].text) \
                and doc[k + 2].text == ")" and doc[k + 3].text == "(":
            k += 3  # past "(КЗЖ)"
        if k >= len(doc) or doc[k].text != "(":
            continue
        end = _original(doc, k)
        if end is not None:
            made.append(Span(doc, k + 1, end, label="ORG"))
    if not made:
        return spans
    taken = {i for s in made for i in range(s.start, s.end)}
    kept = [s for s in spans if not any(i in taken for i in range(s.start, s.end))]
    return sorted(kept + made, key=lambda s: (s.start, -s.end))


def merge_original_names(text: str, orgs: list[Organization]) -> list[Organization]:
    """A body named in Latin letters whose mention stands in brackets right after the mention
    of a body named in Cyrillic is that body: its mentions join it, the Cyrillic name stays."""
    target: dict[int, int] = {}
    for i, latin in enumerate(orgs):
        if CYRILLIC.search(latin.name) or ABBREVIATION.match(latin.name):
            continue
        for j, full in enumerate(orgs):
            if i != j and CYRILLIC.search(full.name) and any(
                    f.stop <= m.start and GAP.match(text[f.stop:m.start])
                    and text[m.stop:m.stop + 1] == ")"
                    for f in full.mentions for m in latin.mentions):
                target[i] = j
                break
    return fold_into(orgs, target)
