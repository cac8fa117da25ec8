"""Finnish surnames in -ла/-ля (Пиетиля, Мякеля, Коскела, Хакала: Finnish -la/-lä, "the place of")
in the dative and prepositional: "о Юсси Мякеле" is of Мякеля, not of a Мякел or Мякель,
since Finnish has no surname in a consonant after a stem of two syllables or more, nor any in a soft
sign (lexicons/name_origin_declension.tsv lets a Swedish one of Finland in -ль through: Даль). The
ending follows the stem's vowel harmony: a stem with a back vowel (а, о, у) takes -ла ("Коскеле":
Коскела), one with front or neutral vowels only -ля ("Мякеле": Мякеля, "Пиетиле": Пиетиля). Read
by :func:`rufacts.entities.names.analyze_name` where the mention is Finnish by its first name, its
surname's ending or its phrase (entities/name_origins.py), or, for -ля, by the stem's own front harmony:
a stem in е, и before л with a front vowel after a consonant (Finnish ä, ö, y: я, ё, ю) and no back one
is Finnish whatever stands beside it ("Приз достался Мякеле": Мякеля); not -юле, of Turkish and French
-юль (Акгюле, Жюле), nor a stem of neutral vowels only (Микеле, an Italian name standing unchanged)."""
from __future__ import annotations

import re
from typing import Sequence

from .name_origins import mention_origins
from .name_table_readings import Reading

LA_CASE = re.compile(r"^(.*[аеиоуэяюё])ле$")  # a stem in a vowel and л, in -е of a dative or prepositional
VOWELS = re.compile(r"[аеёиоуыэюя]")
BACK = re.compile(r"[аоу]")
FRONT = re.compile(r"[бвгджзклмнпрстфхцчшщ][яёю]|^[яё]")  # ä, ö, y after a consonant, or opening the word
FRONT_STEM = re.compile(r"[еи]$")  # the vowel before the л of a Finnish -lä (Мякеля, Пиетиля)
# marks of a Finnish stem whatever its harmony: a doubled k (Finnish kk: Вирккула; not tt, pp, which French
# and Italian double too: Атталь), a long vowel (aa, ee, uu: Куусела), the diphthongs ie, uo after a
# consonant (Ниемеля, Пуолакка)
FINNISH_MARKS = re.compile(r"кк|аа|ээ|ии|оо|уу|яя|[бвгджзклмнпрстфхцчшщ](?:ие|уо)")
WEIGHT = 0.55  # above the declension table's guesses (0.4-0.5), below the dictionary's names


def finnish_la(full: Sequence[str], readings: list, cases: frozenset[str]) -> list:
    """The surname's readings with the -ла/-ля nominative of a Finnish name in -ле added above the
    table's consonant-stem guesses."""
    m = LA_CASE.match(full[-1].lower())
    if m is None or len(VOWELS.findall(m.group(1))) < 2:
        return readings
    if any(r.role == "last" and r.weight >= 1.0 for r in readings[-1]):
        return readings  # the dictionary's surname decides
    stem = m.group(1) + "л"
    if not front_harmony(m.group(1)) and not finnish_marks(m.group(1)):
        origins = mention_origins(full, readings, cases)
        if "finnish" not in origins.all or not origins.strong:
            return readings
    nominative = stem + ("а" if BACK.search(stem) else "я")
    out = list(readings)
    out[-1] = tuple(readings[-1]) + tuple(Reading("last", case, None, nominative, WEIGHT) for case in ("datv", "loct"))
    return out


def finnish_marks(stem: str) -> bool:
    """A stem before -ле with a mark of Finnish spelling (``FINNISH_MARKS``: "виркку" of Вирккуле,
    "ниеме" of Ниемеле); no Italian one in -ле has them (Микеле, Натале)."""
    return bool(FINNISH_MARKS.search(stem))


def front_harmony(stem: str) -> bool:
    """A stem before -ле of Finnish front harmony: е or и before the л, a front vowel after a consonant,
    no back vowel ("мяке" of Мякеле, "пиети" not: neutral vowels only)."""
    return bool(FRONT_STEM.search(stem)) and not BACK.search(stem) and bool(FRONT.search(stem))
