"""Counted nouns written as abbreviations (w101, the family "abbreviation objects"): "40 КФХ",
"пять АЗС", "три СТО", "5 тыс. ИП".

pymorphy3 knows some of them as indeclinable nouns ("ИП", "СТО": NOUN, Fixd, Abbr) and reads
others as unknown words ("КФХ", "АЗС": UNKN), so the grammar's noun tests (a counted noun, a
genitive plural after "тыс.") missed the latter. :func:`abbreviation_forms` gives an
abbreviation of the counted nouns (``sector_object_classes.tsv``, ``sector_objects.txt``)
written in capitals the forms of an indeclinable noun: every case, singular and plural. The
same letters in lower case are no abbreviation: "сто компаний" (a hundred) keeps only its
numeral reading (:func:`without_lowercase_abbreviations`).
"""
from __future__ import annotations

from yargy.morph import Form, Grams

from .sector_lexicon import lexicon

_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def _is_abbreviation(word: str) -> bool:
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()


def abbreviation_forms(word: str, parses) -> list[Form]:
    """Indeclinable noun forms of a counted abbreviation pymorphy3 does not know as a noun,
    or knows only in the singular ("ИП", "СТО": "5 тыс. ИП" wants a genitive plural)."""
    lemma = word.lower()
    if not _is_abbreviation(word) or lemma not in lexicon().objects \
            or any(p.tag.POS == "NOUN" and "plur" in p.tag for p in parses):
        return []
    numbers = ("plur",) if any(p.tag.POS == "NOUN" for p in parses) else ("plur", "sing")
    return [Form(lemma, Grams({"NOUN", "inan", "Fixd", "Abbr", number, case}))
            for number in numbers for case in _CASES]


def without_lowercase_abbreviations(word: str, forms: list) -> list:
    """"сто компаний": a counted abbreviation's noun reading ("СТО") needs capitals."""
    if word.isupper() or not any("Abbr" in f.grams.values for f in forms):
        return forms
    objects = lexicon().objects
    kept = [f for f in forms if not ("Abbr" in f.grams.values and "NOUN" in f.grams.values
                                      and f.normalized in objects)]
    return kept or forms
