"""A transliterated English trade word closing a company's name, declined as a Russian masculine
noun in a consonant though the dictionary lacks it (``lexicons/org_trade_tails.txt``: "Майнинга",
"Майнингом" of майнинг; pymorphy3 guesses "Майнинга" as a woman's name): its nominative and case,
for :func:`rufacts.entities.org_frozen_names._frozen_first` ("с «Кастор Майнингом»" -> Кастор
Майнинг) and :func:`rufacts.entities.quoted.slot` ("Акции «Нордвейл Майнинга»": the genitive after
a noun of a company's shares).
"""
from __future__ import annotations

from ..grammars.morph import restore_case
from ..lexicons import load_list

# endings of a masculine noun in a consonant, longest first, and the case each gives
ENDINGS = (("ом", "ablt"), ("а", "gent"), ("у", "datv"), ("е", "loct"), ("", "nomn"))


def trade_tail(word: str) -> tuple[str, str] | None:
    """(nominative as ``word`` is written, case) of a listed trade word or its case form; None else."""
    if not word.isalpha() or not word[:1].isupper() or word.isupper():
        return None
    low = word.lower().replace("ё", "е")
    tails = load_list("org_trade_tails.txt")
    for ending, case in ENDINGS:
        if low.endswith(ending) and low[:len(low) - len(ending)] in tails:
            return restore_case(word, low[:len(low) - len(ending)]), case
    return None
