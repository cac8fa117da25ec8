"""Hyphenated Central Asian names whose parts are Turkic words (``lexicons/org_turkic_words.txt``):
"«Ак-Бота»", "«Сары-Арка»", "«Бахор-Ота»", "«Кара-Суу»". The dictionary lacks them, and its guess
reads a last part in a vowel as a Russian case form ("Ак-Бота" as the genitive of an "Ак-Бот",
"Сары-Арка" of a "Сара-Арк"). Where the first part is such a word and the last one is too, the name
is in its nominative as written (so it is where the last part alone is one and no Russian word:
"«Жайылма-Суу»"); where the last part is a Russian case form of one ("с «Ак-Ботой»",
"в «Сары-Арке»", "«Ак-Жола»"), only it goes back to that word (the first part never declines). Read
by :func:`rufacts.entities.normal._normalize_words` before its other hyphenated names' rules.
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicons import load_list


@lru_cache(maxsize=1)
def russian_words() -> frozenset[str]:
    """The list's words that are Russian words as well ("бала", "кол", "бал"): read as a name's
    last part only after a first part the list holds."""
    from ..grammars.morph import get_morph

    morph = get_morph()
    return frozenset(w for w in load_list("org_turkic_words.txt") if morph.is_known(w))

# Russian case endings of a noun in -а ("Бота": Боты, Боте, Боту, Ботой) and of one in a consonant
# ("Жол": Жола, Жолу, Жоле, Жолом), longest first
A_ENDINGS = ("ою", "ой", "ы", "и", "е", "у")
CONSONANT_ENDINGS = ("ом", "ем", "а", "у", "е", "я", "ю")


def _own(word: str) -> bool:
    """One of the list's words of four letters or more that is no Russian word."""
    return len(word) >= 4 and word in load_list("org_turkic_words.txt") and word not in russian_words()


def _single_oblique(word: str) -> str | None:
    """A one-word name that is a Russian case form of one of the list's words, in that word
    ("«Тушумом»" -> Тушум, "«Байлыка»" -> Байлык, "«Мекене»" -> Мекен; "«Мерекой»" -> Мереке, a
    word in -е the press declines as one in -а); None else ("«Байлык»" stands as written)."""
    low = word.lower().replace("ё", "е")
    if _own(low):
        return None
    for ending in A_ENDINGS:
        stem = low[:-len(ending)]
        if low.endswith(ending) and len(stem) > 1:
            for final in ("а", "е"):
                if _own(stem + final):
                    return word[:len(stem)] + final
    for ending in CONSONANT_ENDINGS:
        stem = low[:-len(ending)]
        if low.endswith(ending) and _own(stem) and stem[-1] not in "аеёиоуыэюяөү":
            return word[:len(stem)]
    return None


def turkic_hyphen(word: str) -> str | None:
    """``word`` in its nominative where it is such a name ("Ак-Ботой" -> "Ак-Бота"); None else."""
    parts = word.split("-")
    low = word.lower().replace("ё", "е")
    if len(parts) == 1 and word[:1].isupper() and low in load_list("org_turkic_words.txt") \
            and low not in russian_words() and len(low) >= 4:
        return word  # "«Береке»": one of the words, no Russian one (no locative of a "Берека")
    if len(parts) == 1 and word[:1].isupper() and word.isalpha():
        return _single_oblique(word)  # "«Тушумом»" -> Тушум, "«Мерекой»" -> Мереке
    if len(parts) != 2 or not all(p[:1].isupper() and p.isalpha() for p in parts):
        return None
    words = load_list("org_turkic_words.txt")
    first, last = parts[0].lower().replace("ё", "е"), parts[1].lower().replace("ё", "е")
    if first not in words:
        # a first part the list lacks ("Жайылма-Суу"): a last part that is one of its words and no
        # Russian word stands as written too (no accusative of a "Жайылма-Суа")
        return word if len(last) >= 3 and last in words and last not in russian_words() else None
    if last in words:
        return word  # "Ак-Бота", "Кара-Суу": as written
    for ending in A_ENDINGS:
        if last.endswith(ending) and last[:-len(ending)] + "а" in words and len(last) > len(ending) + 1:
            return parts[0] + "-" + parts[1][:-len(ending)] + "а"  # "Ак-Ботой" -> Ак-Бота
    for ending in CONSONANT_ENDINGS:
        stem = last[:-len(ending)]
        if last.endswith(ending) and stem in words and len(stem) > 1 and stem[-1] not in "аеёиоуыэюяөү":
            return parts[0] + "-" + parts[1][:-len(ending)]  # "Ак-Жола" -> Ак-Жол
        if last.endswith(ending) and ending in ("я", "ю", "е", "ем") and stem + "й" in words:
            return parts[0] + "-" + parts[1][:-len(ending)] + "й"  # "Кок-Сая" -> Кок-Сай
    return None
