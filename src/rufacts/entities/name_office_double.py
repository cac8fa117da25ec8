"""A double surname right after an office, whatever the tagger read it as ("Начальнику станции
Воронову-Зорину объявлен выговор", "директор комбината Сергеев-Ценский подписал"): a hyphenated word of
two capitalized parts, each a form of a Russian surname in -ов/-ев/-ин (the second also in -ский/-цкий),
after an office of ``lexicons/role_words.txt`` with at most a short genitive chain of its body between
("начальнику станции", "директору завода", "главе Минфина"). Not a place: no Russian place of two parts
ends both in these endings after an office ("мэр Петропавловска-Камчатского": -овск is no surname's).
Read by :func:`rufacts.entities.names_missed.missed_names`."""
from __future__ import annotations

from .name_lone_oblique import ENDINGS, GENITIVE_ENDINGS
from .name_office_surname import after_office

NOMINATIVE = ("ов", "ев", "ёв", "ин", "ын")
FIRST = NOMINATIVE + GENITIVE_ENDINGS + ENDINGS[:20]  # -ов/-ев/-ин in any case
SECOND = FIRST + ENDINGS[20:] + ("ский", "цкий", "ская", "цкая")


def double_surname_after_office(doc, i: int) -> bool:
    token = doc[i]
    parts = token.text.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() and p[1:].islower() and p.isalpha() and len(p) > 3 for p in parts):
        return False
    first, second = (p.lower() for p in parts)
    return first.endswith(FIRST) and second.endswith(SECOND) and after_office(doc, i)
