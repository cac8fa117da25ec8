"""A Latvian woman's surname in -иня (Kalniņa, Ozoliņa, Bērziņa: Калниня, Озолиня, Берзиня; the
man's is -иньш) after a Latvian or Lithuanian woman's first name (``lexicons/baltic_first_names.txt``):
it declines as a noun in -я ("Инаре Калнине", "Байбы Озолини", "с Илзе Берзиней"), where the
declension table reads the dative of a Russian Калнина (of Калнин) and the genitive as an
Italian surname standing unchanged (Манчини, Пуччини), and gives no -иня at all for the genitive
-ини; after a Baltic woman's first name the -иня readings (the table's class ``lv-inya``, read only
where asked for) are added above them, and the table's guess of a man's name in the first word
("Инаре": of an Инар) is dropped. Used by :func:`rufacts.entities.name_female_surnames.woman_surname_e`."""
from __future__ import annotations

from ..lexicons import load_list
from .name_table_readings import _rule_readings


def baltic_first(readings) -> bool:
    """A reading of the first word as a Latvian or Lithuanian woman's first name of the lexicon."""
    names = load_list("baltic_first_names.txt")
    return any(r.role == "first" and r.gender in ("femn", None) and r.nominative.replace("ё", "е") in names
               for r in readings)


def latvian_inya(words: list[str], readings: list) -> list:
    """``readings`` with the -иня readings of the last word added after a Baltic woman's first name."""
    if len(words) != 2 or "-" in words[-1] or not baltic_first(readings[0]):
        return readings
    inya = _rule_readings(words[-1], ("lv-inya",))
    if not inya:
        return readings
    out = list(readings)
    # the table's guess of a man's name of the same word gives way ("Инаре": Инара, not of an Инар)
    out[0] = tuple(r for r in out[0] if not (r.role == "first" and r.gender == "masc" and r.weight < 1.0))
    out[-1] = tuple(out[-1]) + inya
    return out
