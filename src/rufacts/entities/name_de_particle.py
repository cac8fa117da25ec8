"""After the particle "де" of a French, Belgian or Dutch name, a last word in a consonant + -е is a
consonant stem's prepositional or dative, or a surname standing as written, not the case of a surname
in -а: French, Flemish and Dutch surnames after "de" end in a consonant or an unstressed -е (De Smet,
De Clercq, de Villepin), rarely in -a ("о Филиппе Де Смете": Де Смет, not Де Смета). Spanish, Portuguese
and Italian names after "де" keep their -а surnames ("о Винченцо Де Луке": Де Лука), so the rule
stands aside where the given name is an Italian, Spanish or Portuguese one. Read by
:func:`rufacts.entities.names.analyze_name` on the name without its particle, which passes the hint
``DE_PARTICLE`` in ``cases``.
"""
from __future__ import annotations

from .name_readings import Reading

DE_PARTICLE = "de_particle"  # a case hint's mark: the last word followed the particle "де"
DE_WORDS = frozenset({"де"})


def _romance_given(word: str, readings: tuple[Reading, ...]) -> bool:
    """An Italian, Spanish or Portuguese given name of the lexicons, as written or in a case."""
    from .name_hispanic import iberian_given_word
    from .name_italian import _italian_given

    return _italian_given(word) or iberian_given_word(word, readings) or any(
        r.role == "first" and _italian_given(r.nominative) for r in readings)


def de_particle_surname(full: list[str], readings: list, cases: frozenset[str]) -> list:
    """The -а readings of a last word in a consonant + -е dropped after "де" (see the module's notes)."""
    from .name_surname_e import CONSONANT_E, RUSSIAN_STEMS

    if DE_PARTICLE not in cases or len(full) != 2:
        return readings
    word = full[-1].lower().replace("ё", "е")
    if not CONSONANT_E.search(word) or word.endswith(RUSSIAN_STEMS) or "-" in word \
            or _romance_given(full[0], readings[0]):
        return readings
    kept = tuple(r for r in readings[-1] if not (
        r.role == "last" and r.weight < 1.0 and r.nominative == word[:-1] + "а"))
    if len(kept) == len(readings[-1]) or not any(r.role == "last" for r in kept):
        return readings
    return [*readings[:-1], kept]
