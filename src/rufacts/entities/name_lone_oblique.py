"""A lone surname the tagger missed after a preposition of persons (read by
:func:`rufacts.entities.names_missed.missed_names`): "О Пятибратове говорят ...", "с Пятибратовым
встретились", "к Кудряшову обратились": a capitalized word the dictionary does not know, in an
oblique case form of a Russian surname in -ов/-ев/-ин (-ове, -овым, -ову, ...), right after "о", "с",
"к", "при", "про" and their variants. Not after "в" or "на" (a village: "в Пятибратове"), not a word
the dictionary knows (a place or a common noun: "с Ростовом")."""
from __future__ import annotations

from ..grammars.morph import Morph

PREPOSITIONS = frozenset({"о", "об", "обо", "с", "со", "при", "к", "ко", "про"})
ENDINGS = ("ове", "еве", "ёве", "ине", "ыне", "овым", "евым", "ёвым", "иным", "ыным",
           "ову", "еву", "ёву", "ину", "ыну")


def lone_surname_after_preposition(doc, i: int, morph: Morph) -> bool:
    """Whether ``doc[i]`` is such a surname (the caller checks no span covers it)."""
    token = doc[i]
    if i == 0 or doc[i - 1].lower_ not in PREPOSITIONS or not token.is_alpha or not token.text[:1].isupper() \
            or token.text.isupper() or len(token.text) < 6 or not token.lower_.endswith(ENDINGS):
        return False
    if i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha:
        return False  # a name of more words: the other rules'
    return not morph.is_known(token.text)
