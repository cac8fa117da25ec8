"""Portuguese surnames in -у: "бразильскую волейболистку Беатрис Фигейреду" -> Фигейреду.

Russian writes Portuguese final -o as -у (Фигейреду, Азеведу, Пинту, Кастру), which reads as
the accusative of a surname in -а. After a word that says the person is from a
Portuguese-speaking country (``lexicons/lusophone_words.txt``), up to a few words before the
name, the cue ``"lusophone"`` (:func:`lusophone_cue`) makes :func:`keep_u` drop those guessed
readings in -а; a surname the lexicons list in -а (Силва, Коста, Оливейра) keeps its own.
"""
from __future__ import annotations

from ..lexicons import load_list
from .first_names import name_class
from .name_germanic_oblique import germanic_oblique
from .name_readings import CASES, LEXICON, Reading

CUE = "lusophone"
GERMANIC = "germanic"  # a German or Dutch particle before the surname ("фон Дитфурту"): no Portuguese name
REACH = 4
LUSOPHONE = frozenset({CUE})


def lusophone_cue(span) -> frozenset[str]:
    doc = span.doc
    words = load_list("lusophone_words.txt")
    for i in range(span.start - 1, max(span.start - 1 - REACH, -1), -1):
        token = doc[i]
        if token.is_punct and token.text not in ("-", "–"):
            return frozenset()
        if token.lemma_.lower() in words:
            return LUSOPHONE
    return frozenset()


def lusophone_first(word: str, readings) -> bool:
    """A Portuguese first name (``lexicons/lusophone_first_names.txt``), as written or in a case
    ("Жуану": Жуан)."""
    names = load_list("lusophone_first_names.txt")
    return word.lower().replace("ё", "е") in names or any(
        r.role == "first" and r.nominative in names for r in readings)


# consonants before Portuguese final -o (-do, -to, -lo, -ro, -jo ...: Машаду, Пинту, Ребелу, Рибейру, Араужу);
# not -с/-ш/-з/-н, which Portuguese surnames also end in (Сантус, Гутерриш, Диниз, Жобин: "Гутерришу" is
# of Гутерриш)
O_STEMS = frozenset("дтлркгвмбпж")  # (-jo: Араужу, no Portuguese word ends in -j)
# stressed Portuguese finals that keep their consonant (Кабрал, Амарал, Агиар, Жил), and the -or, -er of
# names (Жуниор, Витор, Эйтор; Клебер, Вагнер: "Винисиусу Жуниору" is of Жуниор); Portuguese -o after
# them is rare (-eiro is -ейру: Рибейру)
KEPT_FINALS = ("ал", "ар", "ил", "ор", "ер")


def _consonant_stem(nominative: str, word: str) -> bool:
    """"Ребелу" read as the dative of Ребел, a stem Portuguese -o follows; not "Кабралу" (of
    Кабрал) nor "Сантусу" (of Сантус)."""
    return nominative == word[:-1] and (nominative[-1:] in O_STEMS or nominative.endswith(OSO)) \
        and not nominative.endswith(KEPT_FINALS)


# the dative of a Russian surname: "Роберту Петрову", "Роберту Левандовскому"
RUSSIAN_U = ("ову", "еву", "ёву", "ину", "ыну", "ому", "ему")
# ... and the other oblique forms of a Russian surname or patronymic ("Ренату Литвинову", "Данилу Кутепова")
RUSSIAN_OBLIQUE = ("ичу", "ича", "ова", "ева", "ёва", "ина", "ого", "ую")
OSO = ("оз",)  # Portuguese -oso: Кардозу, Баррозу, Рапозу (not Диниз: "Динизу" is of Диниз)


def _consonant_dative(word: str) -> bool:
    """``word`` ends in -у and is no Portuguese given name as written: the dative of a name in a
    consonant ("Нестору": Нестор; not "Паулу" as written, nor a Portuguese name's: "Жуану" of Жуан)."""
    low = word.lower().replace("ё", "е")
    names = load_list("lusophone_first_names.txt")
    return low.endswith("у") and low not in names and low[:-1] not in names


def keep_u(full: list[str], readings: list, cases: frozenset[str]) -> list:
    """Readings without the guessed nominatives in -а of surnames in -у, under the cue; after a
    Portuguese first name (:func:`lusophone_first`) without the guessed consonant stems of the
    later words in -у: "Жуану Ребелу" -> Ребелу, not of Ребел ("Жуана Витора Алмейду" is still of
    Алмейда)."""
    # (not before a Russian surname or patronymic in the dative: "Роберту Петрову", "Эдуарду Сергеевичу")
    # (the first of two given names or the second: "Карлоса Эдуарду Пиньейру Машаду", "Луиса Роберту Баррозу")
    first = len(full) > 1 and GERMANIC not in cases and (lusophone_first(full[0], readings[0]) or (
        len(full) >= 3 and lusophone_first(full[1], readings[1]))) and not any(
        w.lower().endswith(RUSSIAN_U + RUSSIAN_OBLIQUE) for w in full[1:])
    # after a Portuguese first name, declined or not ("Антониу Пинту", "Рафаэла Баррету"), a later
    # word in -у is Portuguese -o, not the accusative of a surname in -а the table only guesses; a
    # surname a lexicon lists in -а keeps it ("Жуана Витора Алмейду"), and so does one the
    # dictionary knows ("Ренату Петрову": of Петрова too)
    if CUE not in cases and not first:
        return readings
    # (a surname the dictionary has in the case the first word is the dictionary's case of a name of
    # another spelling stays a case: "Эдуарду Киму" is Эдуард Ким's dative, no Portuguese Киму; so does a
    # Russian Korean's family name: "Эдуарду Паку")
    declined = frozenset(r.case for r in readings[0] if r.role == "first" and r.weight >= 1.0
                         and r.nominative != full[0].lower()) if len(full) > 1 else frozenset()
    out = []
    for i, (word, rs) in enumerate(zip(full, readings)):
        low = word.lower()
        if first and i == 0:
            # the first name of the list ("Педру" as written, not a case of Педр; "Жуану" of Жуан,
            # not a rare woman's Жуана; a common one stays: "Луизу" may be of Луиза)
            names = load_list("lusophone_first_names.txt")
            # (a Spanish name's case before a surname in -о, a spelling Portuguese -o never takes:
            # "Фабиану Кордеро" is of Фабиан)
            spanish = full[-1].lower().endswith("о") and not full[-1].lower().endswith("ао")
            rs = tuple(r for r in rs if r.role != "first" or r.nominative in names
                       or name_class(r.nominative, r.gender) > 0
                       or spanish and r.nominative in load_list("hispanic_first_names.txt")) or rs
            tail = full[-1].lower()
            if low in names and low.endswith("у") and (len(full) == 2 and (CUE in cases or (
                    tail.endswith("у") and _consonant_stem(tail[:-1], tail) and not tail.endswith(RUSSIAN_U)
                    and not germanic_oblique(tail)  # "Эрику Нюбергу": a German stem's dative, Эрик's too
                    and not any(r.weight >= 1.0 for r in readings[-1])
                    and tail[:-1] not in load_list("east_asian_surnames.txt"))) or len(full) > 2 and full[1].lower() in names):
                # (... and before a second Portuguese given name as written: "Фернанду Энрики Кардозу")
                # a listed Portuguese name in -у before a Portuguese surname in -у stands as written
                # in every case ("У Эдуарду Рибейру": Эдуарду, not of Эдуард; "Роберту Петрову" stays)
                rs = tuple(rs) + tuple(Reading("first", c, "masc", low, LEXICON) for c in CASES)
        elif first and i == 1 and len(full) > 2 and low.endswith("у") and low in load_list("lusophone_first_names.txt") \
                and not _consonant_dative(full[0]):
            # a listed second given name in -у stands as written ("Луиса Роберту Баррозу": not of Роберта),
            # not after the dative of a first name in a consonant, whose case it shares ("Нестору Фабиану
            # Гомесу": of the Spanish Фабиан)
            rs = tuple(r for r in rs if r.role != "last") + tuple(Reading("first", c, "masc", low, LEXICON) for c in CASES)
        elif low.endswith("у") and any(r.nominative == low for r in rs) and not germanic_oblique(low):
            rs = tuple(r for r in rs if not (r.role == "last" and r.nominative != low and r.weight < LEXICON and (
                (CUE in cases or first and i > 0 and r.weight < 1.0) and r.nominative.endswith("а")
                or first and i > 0 and _consonant_stem(r.nominative, low)
                and not (r.case in declined and (r.weight >= 1.0 or r.nominative in load_list("east_asian_surnames.txt"))))))
        out.append(rs)
    return out
