"""Indian surnames in -а in a case in -е: "о Раджеше Мехте" -> Мехта, not Мехт.

The declension table reads a surname in -е the dictionary lacks as the prepositional of a
consonant stem too (Мехт, Мишр). An Indian surname ends in -а after two consonants (Мехта,
Гупта, Мишра, Шарма, Махиндра, Малхотра) far more often than in such a cluster, so after a given
name of ``lexicons/indian_first_names.txt`` (or an Indian one of ``name_foreign_first_names.tsv``), or where the cluster is a stop or fricative before a
sonorant no Russian word ends in unless the dictionary has it (Мишр-, Чопр-, Шукл-), the
consonant-stem readings of the last word go where a reading in -а is left. A doubled consonant
and a final -х stay (Бхатт, Сингх: "о Манмохане Сингхе" is of Сингх); so does every reading after a
man's given name in the nominative ("хирург Санджай Дешпанде": the surname is in the nominative too).

After an Indian given name, a case of a surname in -л is of a hard -л (:func:`indian_hard_l`): "об
Амите Бансале" is of Бансал, not of the soft Бансаль the table reads -але as (French and German
Дюваль, Видаль): Indian surnames write the Hindi l hard (Агарвал, Миттал, Гоял, Нагпал).
"""
from __future__ import annotations

from ..grammars.letters import CONSONANTS, OBSTRUENTS, SONORANTS, VOWELS
from ..lexicons import load_list
from .name_foreign_first import first_name_peoples


def _cluster(stem: str, indian: bool) -> bool:
    a, b = stem[-2:-1], stem[-1:]
    if not (a in CONSONANTS and b in CONSONANTS) or a == b or b == "х":
        return False
    return indian or (a in OBSTRUENTS and b in SONORANTS)


def _indian_given(full: list[str], readings: list) -> bool:
    given = load_list("indian_first_names.txt")
    return full[0].lower().replace("ё", "е") in given or any(
        r.role == "first" and (r.nominative in given or "indian" in first_name_peoples(r.nominative))
        for r in readings[0])


def south_asian_given(word: str, readings) -> bool:
    """``word`` is a South Asian given name of the lexicons in a case the lexicon reads firmly ("Пушпой": Пушпа,
    "Раму": Рам; people "indian" of ``name_foreign_first_names.tsv``): two such before a surname are one given
    name ("с Пушпой Камалом Дахалом": Пушпа Камал; read by entities/names_spans.py)."""
    return any(r.role == "first" and r.weight >= 1.0 and "indian" in first_name_peoples(r.nominative) for r in readings)


def indian_hard_l(full: list[str], readings: list) -> list:
    """After an Indian given name, a surname's soft -ль reading the table guesses is of a hard -л."""
    if len(full) < 2 or not _indian_given(full, readings):
        return readings
    last = readings[-1]
    if any(r.role == "last" and r.weight >= 1.0 for r in last):
        return readings  # a surname the dictionary knows declines as it says
    hard = {r.nominative for r in last if r.role == "last"}
    out = []
    for r in last:
        if r.role == "last" and r.nominative.endswith("ль"):
            if r.nominative[:-1] in hard:
                continue
            r = r._replace(nominative=r.nominative[:-1])
        out.append(r)
    return list(readings[:-1]) + [tuple(out)]


def indian_surname_a(full: list[str], readings: list) -> list:
    """Readings of the last word without two-consonant stems where a reading in -а is left."""
    if len(full) < 2 or not full[-1].lower().endswith("е"):
        return readings
    last = readings[-1]
    if any(r.role == "last" and r.weight >= 1.0 for r in last):
        return readings  # a surname the dictionary knows declines as it says
    indian = _indian_given(full, readings)
    first = full[0].lower()
    if first[-1:] not in VOWELS and any(r.role == "first" and r.case == "nomn" and r.gender == "masc"
                                       and r.nominative == first and r.weight >= 1.0 for r in readings[0]):
        return readings  # a man's given name in the nominative: his surname stands so ("Санджай Дешпанде")
    low = full[-1].lower()
    # ... and the unchanged reading a woman's name gives ("о Приянке Чопре": Чопра, not Чопре)
    kept = tuple(r for r in last if not (r.role == "last" and (
        _cluster(r.nominative.rstrip("ь"), indian) or (indian and r.nominative == low and _cluster(low[:-1], True)))))
    if not any(r.role == "last" and r.nominative == low[:-1] + "а" for r in kept):
        return readings
    return list(readings[:-1]) + [kept]
