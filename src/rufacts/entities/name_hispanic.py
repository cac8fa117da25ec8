"""Spanish surnames in -а after a Spanish first name: "об Андресе Фелипе Кастаньеде" -> Кастаньеда;
in -нья: "Рикардо Акунье" -> Акунья (:func:`spanish_nya`).

The declension table reads a surname in -е as the prepositional of a consonant stem too
("Кастаньеде": of Кастаньед), which a Russian surname may be. A Spanish word ends in a vowel or
in -с, -з, -н, -л, -р (-d, -j, -x rarely), so after a first name of
``lexicons/hispanic_first_names.txt`` (:func:`drop_foreign_stems`) the consonant-stem readings
of the last word in -е whose stem ends otherwise go, where a reading in -а is left (not the
dictionary's surnames), unless the first name is one other peoples share
(``lexicons/hispanic_shared_first_names.txt``: "о Томасе Гольдшмидте", "об Оскаре Хольмберге").
"""
from __future__ import annotations

from ..lexicons import load_list
from .first_names import name_class
from .name_table_readings import CASES, Reading

SPANISH_FINALS = frozenset("снлрзйх")
CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
VOWELS_AND_SIGNS = frozenset("аеёиоуыэюяйьъ")


# letters no Spanish word has as Russian writes it (Spanish "cu" is "ку": Эскуэла; "ö" of Nordic and
# German names is "ё"): a surname with them after a first name Spanish and other peoples share
# ("Оскар", "Томас", "Мартин") is no Spanish one ("Линдквисте", "Бергстрёме")
NON_SPANISH = ("кв", "ё")


# Spanish surnames in -era are many (Кабрера, Эррера, Ривера, Валера), in -er few (Феррер): "о Матиасе
# Кабрере" is of Кабрера
STEMS_OF_A = ("ер",)


def _foreign_stem(nominative: str) -> bool:
    return nominative[-1:] in CONSONANTS and (nominative[-1:] not in SPANISH_FINALS
                                              or nominative.endswith(STEMS_OF_A))


def drop_foreign_stems(full: list[str], readings: list) -> list:
    """Readings of the last word without consonant stems a Spanish surname has not, after a
    Spanish first name."""
    if not _spanish_first(full, readings) or _shared_first(full, readings):
        return readings
    if not full[-1].lower().endswith("е"):  # the prepositional or dative only: "Гарипова" is of Гарипов
        return readings
    if any(seq in full[-1].lower() for seq in NON_SPANISH):  # "об Оскаре Линдквисте": Линдквист
        return readings
    last = readings[-1]
    kept = tuple(r for r in last if not (r.role == "last" and r.weight < 1.0
                                         and _foreign_stem(r.nominative.rstrip("ь"))))
    if not any(r.role == "last" and r.nominative.endswith("а") for r in kept):
        return readings
    return list(readings[:-1]) + [kept]


# the finals of Spanish and Portuguese words as Russian writes them: Spanish ones and Portuguese -s
# (-ш: Фрейташ, Гомеш; -m they write -н: Жобин)
IBERIAN_FINALS = SPANISH_FINALS | frozenset("ш")
STEM_BELOW = 0.05  # a stem no Iberian surname has weighs this much below the word's reading in -а


def _non_iberian_stem(nominative: str) -> bool:
    """A consonant stem no Spanish or Portuguese surname has: one in a consonant no Iberian word ends
    in ("Сарайв", "Миранд", "Кост"), a soft one but -ль ("Ларь": Spanish -l is -ль, -r a hard -р) or a
    doubled consonant ("Ибарр")."""
    if nominative.endswith("ь"):
        return not nominative.endswith("ль")
    last = nominative[-1:]
    return last in CONSONANTS and (last not in IBERIAN_FINALS or nominative[-2:-1] == last)


def iberian_surname_a(full: list[str], readings: list) -> list:
    """After a Spanish or Portuguese first name (not one other peoples share), the table's guessed
    consonant stems no Iberian surname has weigh below a reading of the same word as a surname in -а: "Сарайва" is Сарайва (not the genitive of Сарайв),
    "Сарайвы" and "Сарайве" of it, "о Франсиско Хавьере Ортисе Ларе" of Лара (not Ларь; nor Лар:
    in -е, of a stem no given name has whose form in -а the dictionary knows as one). A
    listed given name in the middle ("Хуан Давид") keeps its readings."""
    readings = _woman_given_a(full, readings)
    if not (_spanish_first(full, readings) or _lusophone_first(full, readings)) or _shared_first(full, readings):
        return readings
    out = list(readings)
    for i in range(1, len(full)):
        low = full[i].lower().replace("ё", "е")
        if iberian_given(low) or any(seq in low for seq in NON_SPANISH):
            continue
        in_a = [r for r in out[i] if r.role == "last" and r.nominative.endswith(("а", "я"))]
        # a word in -е of a given name in -а the dictionary knows, whose stem is none ("Ларе": Лара, not Лар)
        known_a = {r.nominative[:-1] for r in out[i] if r.role == "first" and r.weight >= 1.0
                   and r.nominative.endswith("а")} - {r.nominative for r in out[i] if r.weight >= 1.0} \
            if low.endswith("е") else set()
        # below the -а reading of its case and gender, not gone: the given names' case may still call
        # for the stem ("Хосе Мануэля Кабальеро Бональда": Бональд, a Spanish -d)
        if _given_unchanged(full[:i], out[:i]):
            # given names that stand in every case say no case: a stem is below the -а reading of any case
            # ("ассистент Артуро Пинеда": Пинеда, no genitive of a Пинед) (foreign51)
            in_a = [r._replace(case=case) for r in in_a for case in CASES]
        out[i] = tuple(_below(r, in_a) if r.weight < 1.0 and r.role in ("first", "last") and (
            _non_iberian_stem(r.nominative) or r.nominative.rstrip("ь") in known_a) else r for r in out[i])
        out[i] = _unchanged_in_i(low, out[i])
    return _spanish_u(full, _given_as_written(full, out))


LISTED_AS_WRITTEN = 1.1  # a listed given name in a vowel, as written: above a dictionary's declined reading


def _given_as_written(full: list[str], readings: list) -> list:
    """A listed Spanish or Portuguese given name in -е, -и, -о stands as written in the cases the
    dictionary reads no declined name of it in ("выдвинули Ирене Гарридо": Ирене, a woman's name,
    the accusative of Ирена being Ирену); in the dative and prepositional Ирена's reading stays, and the
    slot decides."""
    low = full[0].lower().replace("ё", "е")
    if low[-1:] not in "еио" or not iberian_given(low):
        return readings  # (not -у, the accusative of a name in -а: "Теодору", "Ренату")
    # only in the cases no declined reading of the dictionary's spells so ("о Ирене Жилинскене" is of Ирена)
    have = {r.case for r in readings[0] if r.role == "first" and r.weight >= 1.0}
    # of the gender the dictionary knows the word's declined reading as (Ирене: Ирена's, a woman's)
    genders = {r.gender for r in readings[0] if r.role == "first" and r.weight >= 1.0 and r.gender}
    gender = next(iter(genders)) if len(genders) == 1 else None
    added = tuple(Reading("first", case, gender, low, LISTED_AS_WRITTEN) for case in CASES if case not in have)
    return [tuple(readings[0]) + added] + list(readings[1:])


def _portuguese_o(low: str) -> bool:
    """``low`` in -у may be a Portuguese surname in -o (Баррозу, Машаду, Пинту): its stem ends as
    Portuguese -o's do (name_lusophone.O_STEMS, -оз)."""
    from .name_lusophone import _consonant_stem

    return _consonant_stem(low[:-1], low)


def _spanish_u(full: list[str], readings: list) -> list:
    """After a Spanish given name no Portuguese list shares, a last part in -у is a case of a declined
    surname (the dative of a man's in a consonant: "Хуану Гонсалесу"; the accusative of one in -а:
    "Ирене Гарридо Солсону", Солсона), not a word standing as written: Spanish words do not end in
    -u as Russian writes Portuguese -o (Машаду, Лоуренсу)."""
    low = full[-1].lower().replace("ё", "е")
    first = full[0].lower().replace("ё", "е")
    if len(full) < 2 or not low.endswith("у") or first not in load_list("hispanic_first_names.txt") \
            or _lusophone_first(full, readings) or _portuguese_o(low):
        return readings  # (a Portuguese surname after a given name both peoples spell so: "Хосе Мануэлем Баррозу")
    kept = tuple(r for r in readings[-1] if not (r.nominative == low and r.weight < 1.0))
    if not any(r.role == "last" for r in kept):
        return readings
    return list(readings[:-1]) + [kept]


def _unchanged_in_i(low: str, readings) -> tuple:
    """A part in -и stands as written (Spanish and Quechua words in -i do not decline: "Фелипе Мамани
    Чоке"), not the genitive of a guessed word in a consonant and -я no Spanish or Portuguese word ends in
    (Маманя); one in -ия, -ья, -йя declines (Гарсии, Акуньи, Гойи)."""
    readings = tuple(readings)
    if not low.endswith("и") or low[-2:-1] in VOWELS_AND_SIGNS or not any(r.nominative == low for r in readings):
        return readings
    return tuple(r for r in readings if not (r.weight < 1.0 and r.nominative == low[:-1] + "я"))


# the endings of a woman's given name in -а by case (Жоана: Жоаны, Жоане, Жоану, Жоаной, Жоане)
WOMAN_A_ENDS = (("gent", ("ы", "и")), ("datv", ("е",)), ("accs", ("у",)), ("ablt", ("ой", "ей")), ("loct", ("е",)))
WOMAN_A = 1.0  # below the dictionary's man's name (1.2), which has no case of the surname to go with


def _woman_given_a(full: list[str], readings: list) -> list:
    """A woman's Spanish or Portuguese given name in -а of a listed man's name in a consonant
    ("о Жоане Гимарайнс": Жоана, of Жоан's stem): the surname in a consonant stands unchanged, as a
    woman's does (a man's would decline: "о Жоане Гимарайнсе"), so the first word in a case ending of
    -а is her name in that case, which the table does not guess where the dictionary knows the man's."""
    if len(full) < 2 or full[-1][-1:].lower() not in CONSONANTS:
        return readings
    low = full[0].lower().replace("ё", "е")
    added = []
    for case, ends in WOMAN_A_ENDS:
        for end in ends:
            stem = low[:-len(end)]
            if low.endswith(end) and len(stem) > 2 and stem[-1:] in CONSONANTS and iberian_given(stem) and not any(
                    r.role == "first" and r.case == case and r.gender == "femn" for r in readings[0]):
                added.append(Reading("first", case, "femn", stem + "а", WOMAN_A))
    if not added:
        return readings
    return [tuple(readings[0]) + tuple(added)] + list(readings[1:])


def _given_unchanged(words: list[str], readings: list) -> bool:
    """Every word is a first name read as written in every case (Артуро, Хосе), weighed as a known name."""
    return bool(words) and all(
        {r.case for r in rs if r.role == "first" and r.weight >= 1.0 and r.nominative == w.lower().replace("ё", "е")}
        >= set(CASES) for w, rs in zip(words, readings))


def _below(stem, in_a: list):
    """A stem's reading weighed below the reading in -а of its case that agrees with its gender."""
    weight = max((r.weight for r in in_a if r.case == stem.case and (r.gender is None or stem.gender is None
                                                                      or r.gender == stem.gender)), default=None)
    return stem if weight is None else stem._replace(weight=min(stem.weight, weight - STEM_BELOW))


def _lusophone_first(full: list[str], readings: list) -> bool:
    """A name of two words or more whose first is a Portuguese first name, as written or in a case."""
    names = load_list("lusophone_first_names.txt")
    return len(full) >= 2 and (full[0].lower().replace("ё", "е") in names or any(
        r.role == "first" and r.nominative in names for r in readings[0]))


def _spanish_first(full: list[str], readings: list) -> bool:
    """A name of two words or more whose first is a Spanish first name, as written or in a case."""
    return len(full) >= 2 and (full[0].lower().replace("ё", "е") in load_list("hispanic_first_names.txt") or any(
        r.role == "first" and r.nominative in load_list("hispanic_first_names.txt") for r in readings[0]))


def _shared_first(full: list[str], readings: list) -> bool:
    """The first word is a Spanish first name other peoples write so too, as written or in a case
    (lexicons/hispanic_shared_first_names.txt: "о Томасе Гольдшмидте" is of Гольдшмидт)."""
    shared = load_list("hispanic_shared_first_names.txt")
    return full[0].lower().replace("ё", "е") in shared or any(
        r.role == "first" and r.nominative in shared and r.weight >= 1.0 for r in readings[0])


def spanish_nya(full: list[str], readings: list) -> list:
    """After a Spanish first name, a surname word in -нье is the dative or prepositional of one in
    -нья (Spanish ñ: "Рикардо Акунье", "Пенье Ньето"), not a French -нье that stands (Гарнье,
    Ренье), and one in a vowel and -йи, -йе a case of one in -йя (Spanish -ya, Portuguese -ia: "Рикардо
    Маглайи", "Беатрис Хаддад Майе"):
    the as-written guess goes where the -нья (-йя) reading is left."""
    if not _spanish_first(full, readings):
        return readings
    # (-нье not after a name Russian lists too, which other peoples share: "о Томасе Ренье", Belgian;
    # no French word ends in a vowel and -йе)
    shared = any(name_class(n, None, True) for n in {full[0].lower()} | {r.nominative for r in readings[0] if r.role == "first"})
    out = list(readings)
    for i in range(1, len(full)):
        low = full[i].lower()
        if not (low.endswith("нье") and not shared or low.endswith(("йи", "йе")) and low[-3:-2] in "аеоуэяю"
                and not (shared and low.endswith("йи"))):
            continue  # (Spanish -ya as -йя: "Рикардо Маглайи" is of Маглайя, as "Гойи" of Гойя)
        kept = tuple(r for r in out[i] if not (r.role == "last" and r.weight < 1.0 and r.nominative == low))
        if low.endswith("йе"):
            # the case of a surname in -йя, as sure as a listed one (no other people's pass reads it as
            # written: "Беатрис Хаддад Майе" is of Майя), the dictionary's given name as a surname too
            ya = low[:-1] + "я"
            kept = tuple(r._replace(weight=1.0) if r.role == "last" and r.nominative == ya else r for r in kept) + tuple(
                r._replace(role="last", weight=1.0) for r in kept if r.role == "first" and r.nominative == ya
                and not any(q.role == "last" and q.nominative == ya and q.case == r.case for q in kept))
        if any(r.role == "last" and r.nominative == low[:-1] + "я" for r in kept):
            out[i] = kept
    return out


def iberian_given(nominative: str) -> bool:
    """A Spanish or Portuguese given name of the lexicons (hispanic_first_names, lusophone_first_names)."""
    return nominative in load_list("hispanic_first_names.txt") or nominative in load_list("lusophone_first_names.txt")


def given_and_two_surnames(words: list[str], readings: list) -> bool:
    """Three words after a Spanish or Portuguese given name, the middle one none of those lists
    nor a first name the dictionary or a lexicon knows ("Мигеля Охеды Сальседо", "Карлосу
    Мендосе Гарсии"): the given name and two surnames, the father's and the mother's; a listed
    middle word is a double given name ("Мигель Анхель", "Мария Хосе")."""
    if len(words) != 3:
        return False
    first = words[0].lower().replace("ё", "е")
    if not (iberian_given(first) or any(r.role == "first" and iberian_given(r.nominative) for r in readings[0])):
        return False
    middle = words[1].lower().replace("ё", "е")
    return not iberian_given(middle) and not any(
        r.role in ("first", "middle") and (r.weight >= 1.0 or iberian_given(r.nominative)) for r in readings[1])


def iberian_given_word(word: str, readings) -> bool:
    """``word`` is a Spanish or Portuguese given name of the lexicons, as written or in a case ("Жуана": Жуан)."""
    return iberian_given(word.lower().replace("ё", "е")) or any(
        r.role == "first" and iberian_given(r.nominative) for r in readings)


SECOND_DECLINED = 1.0  # the middle word read as a surname declined in a case: the dictionary's or a lexicon's
SECOND_YA = 0.6  # the last word as the same case of a surname in -ья: above its as-written guess (0.55)


def second_surname_ya(full: list[str], readings: list) -> list:
    """A double surname declines in both parts: after a first name and a surname read only in one
    oblique case with an ending of its own ("Виктору Родригесу Падилье": Родригес's dative), the last
    word in -ье is the same case of a surname in -ья (Падилья; Spanish ll), not one that stands as
    written. Only where the table reads the word so (a first-name guess of the same form)."""
    if len(full) != 3 or not full[2].lower().endswith("ье"):
        return readings
    low = full[1].lower().replace("ё", "е")
    declined = {r.case for r in readings[1] if r.role == "last" and r.weight >= SECOND_DECLINED and r.nominative != low}
    if len(declined) != 1 or declined & {"nomn", "accs", "gent"}:
        return readings  # one case the ending says (-у, -ом, -е); a genitive may be a man's -а or an unchanged -а
    (case,) = declined
    ya = full[2].lower()[:-1] + "я"
    if not any(r.case == case and r.nominative == ya for r in readings[2]):
        return readings
    out = list(readings)
    out[2] = tuple(out[2]) + (Reading("last", case, None, ya, SECOND_YA),)
    return out


AFTER_PARTICLE = "after_particle"  # a case hint's mark: the last word followed a Romance particle ("де", "дель")
PARTICLE_UNCHANGED = 0.45  # as the table's as-written guess of a nominative


def unchanged_after_particle(full: list[str], readings: list, cases: frozenset[str]) -> list:
    """The last word in -а, -я of a surname after a Romance particle ("Лусией Фернандес де Кордоба")
    may stand unchanged in every case, as the press often leaves it: the first name's case decides
    (Лусия Фернандес де Кордоба), where no reading of the word in that case would agree. A declined one
    ("Жаира Мендеса де Алмейды") keeps its own readings."""
    if AFTER_PARTICLE not in cases or len(full) < 2 or full[-1][-1:].lower() not in ("а", "я"):
        return readings
    low = full[-1].lower()
    have = {(r.case, r.gender) for r in readings[-1] if r.role == "last"}
    added = tuple(Reading("last", case, gender, low, PARTICLE_UNCHANGED) for case in CASES
                  for gender in ("masc", "femn") if (case, gender) not in have)
    return list(readings[:-1]) + [tuple(readings[-1]) + added]
