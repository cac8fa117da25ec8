"""The order of a name with a surname particle inside it ("Риккардо Ди Фалько", "Стефано Ди Лоренцо").

A particle of a surname (ди, де, дель, фон ...) in the middle of a name opens the surname: the word
after it is the surname and the words before it the first name. The name without its particle
("Риккардо Фалько") is read by :func:`rufacts.entities.names.analyze_name`, which may put two Italian
given names the other way round ("Фалько Риккардо", Фалько being a first name too); the particle says
which order is meant, so the best reading whose surname is the word after the particle is taken."""
from __future__ import annotations

from dataclasses import replace


def surname_after_particle(inner, last_word: str):
    """``inner`` (the NameParts of the name without its particles) with the best of its candidates whose
    surname is ``last_word`` and which has a first name, where its own best reading has another surname."""
    if inner.last is not None and inner.last.split()[-1][:3].lower() == last_word[:3].lower():
        return inner
    best = max((c for c in inner.candidates if c[1] and c[3] and c[3].split()[-1][:3].lower() == last_word[:3].lower()),
               key=lambda c: c[0], default=None)
    if best is None:
        return inner
    return replace(inner, first=best[1], middle=best[2], last=best[3], last_options=(best[3],), gender=best[4])
