"""A single word beside initials is the surname: "В. И. Далю" -> В. И. Даль, not a first name
"Даля" with "В." for a patronymic (used by :func:`rufacts.entities.names.analyze_name`).

The initials stand for the first name (and the patronymic): a word left beside them reads as a
surname only, where it has a surname reading ("А. С. Блоку", "Е. М. Малых", "Т. Шайхутдинову").

With no first name to tell the case and gender, the word taken unchanged where only the declension
table guesses so (an indeclinable surname) yields to a heavier reading that declines it: "Ф. Г.
Вебера" is Вебер's genitive, "Р. Ф. Тимониным" Тимонин's instrumental, "Н. Г. Бельскую" Бельская's
accusative, whatever case the words around suggest; a surname the table reads unchanged at
least as heavily as declined keeps both ("Е. М. Малых", "А. Шевчук"), and a nominative the
dictionary knows stays ("Е. В. Чернышова", a woman's, beside Чернышов's genitive). Not a word in
a vowel but -а, -я and the adjectives' -ую, -юю (``INDECLINABLE_ENDS``): "М. Драги", "М. Ганнучи" are
rather indeclinable foreign surnames than the genitives of a Драга, a Ганнуча.

The words around do count where they make the name a subject and name no oblique case: a
nominative verb's or predicate's subject ("О. Умала является", "Как заявил Ф. Кисида", "Д. Ортега
выдвинул") keeps the surname as written beside its declined reading, and the case cues choose
(Умала, not Умал's genitive) where the declined reading is the table's guess as well; a surname
the dictionary or a lexicon knows declined stays ("пресс-секретарь Э. Моралеса сообщил": Моралес,
the noun's genitive), and so does a cue of an oblique case ("Брат Ф. Вебера заявил").
"""
from __future__ import annotations

INDECLINABLE_ENDS = ("и", "ы", "о", "е", "э", "у")
OBLIQUE = frozenset({"gent", "datv", "accs", "ablt", "loct"})


def subject_slot(cases: frozenset[str]) -> bool:
    """The case cues make the name a nominative subject and name no oblique case: a verb's or a
    predicate's subject ("nomn", "nomn:masc", "subject:masc", "onlynomn"), no preposition's,
    noun's or apposition's oblique case beside it ("вызвал Ф. Г. Вебера, директора фирмы")."""
    if any(c in OBLIQUE or (c.startswith("agree:") and c.split(":")[1] in OBLIQUE) for c in cases):
        return False
    return any(c in ("nomn", "onlynomn") or c.startswith(("nomn:", "subject:")) for c in cases)


def surname_beside_initials(full: list[str], initials: list[str], readings: list,
                            cases: frozenset[str] = frozenset()) -> list:
    if not initials or len(full) != 1:
        return readings
    last = tuple(r for r in readings[0] if r.role == "last")
    if not last:
        return readings
    word = full[0].lower().replace("ё", "е")
    if word.endswith(INDECLINABLE_ENDS):
        return [last]  # "М. Драги", "Л. Смаги": a foreign surname in a vowel stands as the cues read it
    declined = max((r.weight for r in last if r.nominative.replace("ё", "е") != word), default=None)
    if declined is not None and not (declined < 1.0 and subject_slot(cases)):
        last = tuple(r for r in last if r.nominative.replace("ё", "е") != word or r.weight >= min(declined, 1.0))
    return [last]
