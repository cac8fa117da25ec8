"""A person of one or two initials and a surname after them that no span covers ("Из класса Р. Г.
Цагарели вышли лауреаты", "по методике Л. С. Выготского"): the tagger leaves such a name out where the
initials' dots cut its sentence or an unknown foreign surname follows them (a Georgian indeclinable
in -ели). The surname is a capitalized word the dictionary knows as no common word nor place (a
surname it knows, or a word it does not know; name_initials_after._surname_word, but after the dots the
sentence splitter may read as an end), with no capitalized word after it (not the first name of a longer
name), no capitalized word before the initials ("Иванов И. И. Петров": that rule's) and no "имени" (a
body's honoree, which the body's rules take in). The mirror of
:func:`rufacts.entities.name_initials_after.missed_surname_initials`. Read by
:mod:`rufacts.entities.span_passes` (REPAIRED)."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..grammars.morph import get_morph
from .name_initials_after import _frozen_adjectival, _initial_letters

CYRILLIC = re.compile(r"[А-ЯЁ]")  # a Russian capital opening the word


def _surname_after_dot(token: Token) -> bool:
    """A capitalized word (hyphenated parts too) that is no known place nor common word; a sentence's
    first word too, the splitter having cut after an initial's dot."""
    text = token.text
    if not CYRILLIC.match(text) or text.isupper() or len(text) < 2 or not text.replace("-", "").isalpha():
        return False  # (not "U.S. Open": Latin letters)
    morph = get_morph()
    return all(not morph.is_known(part) or any("Surn" in p.tag.grammemes for p in morph.parse(part))
               for part in text.split("-")) or _frozen_adjectival(text, morph)


def missed_initials_surname(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a person of initials and the surname after them no span covers."""
    letters = _initial_letters(doc)
    if not letters:
        return spans
    covered = None
    starts = set(letters)
    found = []
    for i in letters:
        if i - 2 in starts or not CYRILLIC.match(doc[i].text):
            continue  # the second initial of a pair
        end = i + 2
        if end in starts:
            end += 2  # "Р. Г."
        if end >= len(doc) or not _surname_after_dot(doc[end]):
            continue
        if covered is None:
            covered = {j for s in spans for j in range(s.start, s.end)}
        if any(j in covered for j in range(i, end + 1)):
            continue
        after = doc[end + 1] if end + 1 < len(doc) else None
        if after is not None and after.text[:1].isupper() and after.is_alpha:
            continue
        before = doc[i - 1] if i > 0 else None
        if before is not None and (before.lower_ == "имени" or before.lower_ == "." and i > 1 and doc[i - 2].lower_ == "им"):
            continue  # "университетом имени И. М. Сеченова": the honoree, the body's rule's to take in
        if before is not None and before.text[:1].isupper() and before.is_alpha and not before.is_sent_start:
            continue  # "Иванов И. И." + a word: the surname before the initials
        found.append(Span(doc, i, end + 1, label="PER"))
        covered.update(range(i, end + 1))
    return sorted(spans + found, key=lambda s: (s.start, -s.end)) if found else spans
