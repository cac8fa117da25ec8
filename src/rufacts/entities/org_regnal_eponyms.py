"""An organization named after a monarch with no "имени": the monarch's capitalized title, the
given name in the genitive and a regnal numeral or epithet ("Петербургский государственный
университет путей сообщения Императора Александра I", "в музее-библиотеке Императора Николая II",
"кадетский корпус Великого князя Константина"). The tagger ends the body before the title and reads
the title with the name as a person ("[Императора Александра I]"); the name of the body goes on to the
end of the eponym (docs/gold-conventions.md: a descriptive name keeps its "имени" phrase, and the
eponym without "имени" is the same phrase), and the person, a mention of the monarch too, keeps the
name without the title ("Александр I").

Right after an ORG span: a capitalized title of ``lexicons/org_regnal_titles.txt`` in the genitive,
then one or two capitalized words of a name in the genitive, then a Roman numeral or "Великого" /
"Великой", or, with no numeral, the title's own capital where the name ends the clause. The span
grows over them; a PER span on the title and the name is cut to the name.

Read by :mod:`rufacts.components.entities` among the last passes of the organizations' extent.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..lexicons import load_list
from .doc_words import morph_values

ROMAN = re.compile(r"^[IVX]{1,5}$")
EPITHETS = frozenset({"великого", "великой", "святого", "святой"})
MAX_NAME = 2  # "Александра", "Марии Фёдоровны"


@lru_cache(maxsize=1)
def _titles() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(e.split()) for e in load_list("org_regnal_titles.txt")), key=len, reverse=True))


def _title_end(doc: Doc, k: int) -> int | None:
    """End of a capitalized regnal title in the genitive at ``k``; None where none stands."""
    if k >= len(doc) or not doc[k].text[:1].isupper() or "Gen" not in morph_values(doc[k], "Case"):
        return None
    for words in _titles():
        end = k + len(words)
        if end <= len(doc) and all(folded_lemma(doc[i]) == w for i, w in zip(range(k, end), words)):
            return end
    return None


def eponym_end(doc: Doc, k: int) -> tuple[int, int] | None:
    """(start of the name, end of the eponym) of a monarch's eponym opening at ``k``; None else."""
    name = _title_end(doc, k)
    if name is None:
        return None
    j = name
    while j < len(doc) and j - name < MAX_NAME and doc[j].is_alpha and doc[j].is_title \
            and not ROMAN.match(doc[j].text) and "Gen" in morph_values(doc[j], "Case"):
        j += 1
    if j == name:
        return None
    if j < len(doc) and (ROMAN.match(doc[j].text) or doc[j].lower_ in EPITHETS):
        return name, j + 1
    return None


def regnal_eponyms(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each organization grown over a monarch's eponym right after it."""
    grown = {}
    for span in spans:
        if span.label_ == "ORG" and span.end < len(doc) and span[-1].text[-1:].isalpha():
            found = eponym_end(doc, span.end)
            if found is not None and not any(
                    s.label_ == "ORG" and s.start < found[1] and s.end > span.end for s in spans):
                grown[(span.start, span.end)] = found
    if not grown:
        return spans
    out = []
    for span in spans:
        found = grown.get((span.start, span.end)) if span.label_ == "ORG" else None
        if found is not None:
            out.append(Span(doc, span.start, found[1], label="ORG"))
            continue
        eponym = next((f for (b, e), f in grown.items() if span.label_ == "PER" and span.start == e
                       and span.end == f[1]), None)
        out.append(Span(doc, eponym[0], span.end, label="PER") if eponym is not None else span)
    return sorted(out, key=lambda s: (s.start, -s.end))
