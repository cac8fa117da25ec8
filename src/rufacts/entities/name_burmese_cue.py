"""A Burmese name of three or four words whose syllables are Vietnamese or Korean ones too, in a text
about Myanmar: "представитель военной администрации Мьянмы Зо Мин Тун" (Зо Мин Тун, not the Vietnamese
family name Зо with the given name Мин Тун).

Burmese names have no family name (docs/gold-conventions.md): the last word, the one the press declines,
is ``last``. By syllables alone (entities/name_asian_syllables.py) a name of three or four Burmese
syllables is read so only where no other inventory fits. In a text that names Myanmar, its people,
capitals, army, river or states (``lexicons/name_burmese_cues.txt``) such a name is Burmese: every word one
Burmese syllable (the last as written or in the nominative). Not a name of two words: the older gold
(tests/gold/names-family-mensforeign33b-aside.jsonl: the former president's name, first Мьин, last Вин) reads those in
the Chinese order, against docs/gold-conventions.md's Burmese line that came after it; left for the
lead to settle (the name is the same string either way, only its parts differ). The cue is read once per doc, from the doc's word index,
while the entity step works on it (entities/doc_words.py); outside that step there is no cue.
Used by :func:`rufacts.entities.names_asian.burmese`.
"""
from __future__ import annotations

from typing import Callable, Sequence

from ..lexicons import load_list
from .doc_words import _HAND, per_doc, word_positions
from .name_asian_syllables import syllable_count


def _cue(doc) -> bool:
    starts = tuple(load_list("name_burmese_cues.txt"))
    return bool(word_positions(doc, lambda text: text.lower().startswith(starts)))


def myanmar_text() -> bool:
    """The doc the entity step works on names Myanmar (``lexicons/name_burmese_cues.txt``)."""
    doc = _HAND[0]
    return doc is not None and per_doc(doc, "myanmar_cue", _cue)


def burmese_in_myanmar(words: Sequence[str], nominative: Callable[[str], str]) -> bool:
    """Three or four capitalized words, each one Burmese syllable (the last as written or in the
    nominative by ``nominative``), in a text about Myanmar."""
    if len(words) not in (3, 4) or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    if not all(syllable_count(w, "burmese") == 1 for w in words[:-1]):
        return False
    last = words[-1]
    if syllable_count(last, "burmese") != 1 and syllable_count(nominative(last), "burmese") != 1:
        return False
    return myanmar_text()
