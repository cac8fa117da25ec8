"""The agent of a short passive participle opening its sentence, which the tagger missed: "Сурьей
Пиллаи разработан алгоритм", "Приянкой Чопрой была подписана петиция" (used by
:func:`rufacts.entities.names_missed.missed_names`). The sentence's first two words read as a
first name and a surname in the instrumental, and a short passive participle follows them (over a
past form of "быть"): the instrumental of the agent, not a sentence-opening noun's capital. A given
name the dictionary lacks (a foreign one of the lexicon) is taken in here, where the slot says it is
a person's instrumental."""
from __future__ import annotations

from ..grammars.morph import Morph
from .name_case_cues import _short_passive
from .name_readings import _readings
from .name_words import MISSED
from .names import analyze_name

GEO = {"Geox", "Orgn"}


def _participle_after(doc, j: int, morph: Morph) -> bool:
    if j < len(doc) and doc[j].lemma_ == "быть" and doc[j].is_lower:
        j += 1
    return j < len(doc) and doc[j].is_lower and _short_passive(morph, doc[j].text)


def agent_before_passive(doc, i: int, covered: set[int], morph: Morph) -> bool:
    """The two words from ``i`` on open the sentence, read as a person's name in the instrumental and
    stand before a short passive participle."""
    if i + 2 >= len(doc) or not doc[i].is_sent_start or {i, i + 1} & covered:
        return False
    a, b = doc[i], doc[i + 1]
    if not (a.is_alpha and b.is_alpha and a.text[:1].isupper() and b.text[:1].isupper() and a.text[1:].islower()):
        return False
    if not _participle_after(doc, i + 2, morph):
        return False
    if any(GEO & p.tag.grammemes for w in (a.text, b.text) for p in morph.parse(w)):
        return False  # "Москвой и Петербургом", a place or an organization
    parts = analyze_name(morph, [a.text, b.text])
    if parts.first is None or parts.last is None or parts.middle is not None or not parts.candidates \
            or parts.candidates[0][0] < MISSED or parts.gender is None:
        return False
    first = parts.first.lower()
    last = parts.last.lower()
    return any(r.role == "first" and r.case == "ablt" and r.nominative == first for r in _readings(morph, a.text)) \
        and any(r.role == "last" and r.case == "ablt" and r.nominative == last for r in _readings(morph, b.text))
