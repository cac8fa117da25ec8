"""Classes of Russian letters that spelling and declension rules test a word's letters by: closed-class
grammar, one place for the project. Each class is a frozenset of single letters, so ``x in CLASS``
tests one letter (an empty slice is in none); a rule takes the class it means, with or without ё, ы, й.
"""
from __future__ import annotations

VOWELS = frozenset("аеиоуэюя")  # the vowels a name ends in, ё and ы aside
VOWELS_WITH_YO = VOWELS | {"ё"}
VOWELS_ALL = VOWELS_WITH_YO | {"ы"}
VOWELS_ALL_AND_YOT = VOWELS_ALL | {"й"}  # a vowel or й: no consonant stem before a case ending

OBSTRUENTS = frozenset("бвгджзкпстфхцчшщ")
SONORANTS = frozenset("рлмн")
CONSONANTS = OBSTRUENTS | SONORANTS  # й, ь, ъ aside
CONSONANTS_AND_YOT = CONSONANTS | {"й"}

VELARS = frozenset("гкх")
HUSHING = frozenset("жшчщ")
VELARS_AND_HUSHING = VELARS | HUSHING  # и, not ы, after them: "Чака" -> "Чаки", "морской" -> "морские"
HUSHING_AND_TS = HUSHING | {"ц"}  # unstressed -ей, -ем, not -ой, -ом, after them: "Саша" -> "Сашей"
