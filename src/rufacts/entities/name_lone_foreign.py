"""A lone foreign surname the tagger missed right after a preposition (read by
:func:`rufacts.entities.names_missed.missed_names`): "Без Маккормика команда проиграла", "От Йылмаза
потребовали покинуть страну", "Переговоры с Акташем зашли в тупик".

The Russian surname shapes (-ов, -ин, -ский, -нен, -ис) are :mod:`rufacts.entities.name_lone_oblique`'s; a
foreign surname has no shape of its own in most peoples (Йылмаз, Демирель, Акташ are words like
Кагул, Бостон), so the word must be a capitalized word the dictionary does not know (a place or a
firm of note it knows: "От Бостона", "от Сбербанка"), alone (no capitalized word after it, no quote
before it), in the ending a man's consonant stem takes in the preposition's case ("без", "от", "у":
-а/-я; "с": -ом/-ем; "к": -у/-ю; "о", "при": -е), and the sentence must show a person:

- a Gaelic opening (``lexicons/name_lone_foreign_openings.txt``: Мак + a consonant, Маккормик,
  Макгрегор) after a preposition of persons, which opens no Russian word and no place;
- or a word that takes a person with that preposition (``lexicons/name_foreign_governors.tsv``:
  "потребовали от", "изъяли у", "переговоры с") within the clause, in the few words before the
  preposition or right after the surname ("От Демиреля требовали"), where a town in that slot would
  be no object of it.

Which nominative the word has (Демирель, not Демирел) is the readings' choice."""
from __future__ import annotations

from functools import lru_cache

from ..grammars.morph import Morph
from ..lexicons import load_list, load_rows
from .quotes import OPEN_QUOTES

# a man's consonant-stem endings in the case each preposition governs
ENDINGS = {"о": ("е",), "об": ("е",), "при": ("е",), "с": ("ом", "ем"), "со": ("ом", "ем"), "к": ("у", "ю"),
           "ко": ("у", "ю"), "без": ("а", "я"), "для": ("а", "я"), "от": ("а", "я"), "у": ("а", "я"),
           "против": ("а", "я"), "между": ("ом", "ем"), "благодаря": ("у", "ю")}
# prepositions after which a Gaelic opening alone says a person (not "у", "от": places' too)
PERSON_PREPOSITIONS = frozenset({"о", "об", "при", "с", "со", "к", "ко", "без", "для", "против", "между",
                                 "благодаря"})
MIN_LENGTH = 6
BEFORE = 4  # words before the preposition where its governor may stand ("Кредиторы потребовали от")
AFTER = 3  # ... and after the surname ("От Демиреля требовали", "От Йылмаза потребовали")
CLAUSE_STOPS = frozenset({",", ";", ":", "—", "–", "(", ")", ".", "!", "?", "«", "»"})
CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")


@lru_cache(maxsize=1)
def _governors() -> dict[str, frozenset[str]]:
    return {lemma.lower().replace("ё", "е"): frozenset(preps.split(","))
            for lemma, preps in load_rows("name_foreign_governors.tsv")}


@lru_cache(maxsize=1)
def _openings() -> tuple[str, ...]:
    return tuple(load_list("name_lone_foreign_openings.txt"))


def _shape(word: str, prep: str) -> bool:
    """Title case, long enough, in a consonant stem's ending of ``prep``'s case."""
    if len(word) < MIN_LENGTH or not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return False
    low = word.lower()
    end = next((e for e in ENDINGS[prep] if low.endswith(e)), None)
    return end is not None and low[-len(end) - 1] in CONSONANTS


def _governed(doc, i: int, prep: str, morph: Morph) -> bool:
    table = _governors()

    def takes(token) -> bool:
        if not token.is_alpha:
            return False
        lemmas = {token.lemma_.lower(), token.lower_} | {p.normal_form for p in morph.parse(token.text)[:2]}
        return any(prep in table.get(lemma.replace("ё", "е"), ()) for lemma in lemmas)

    for j in range(i - 2, max(-1, i - 2 - BEFORE), -1):
        if doc[j].text in CLAUSE_STOPS:
            break
        if takes(doc[j]):
            return True
    for j in range(i + 1, min(len(doc), i + 1 + AFTER)):
        if doc[j].text in CLAUSE_STOPS:
            break
        if takes(doc[j]):
            return True
    return False


def lone_foreign_after_preposition(doc, i: int, morph: Morph, typed: bool = False) -> bool:
    """Whether ``doc[i]`` is such a surname (the caller checks no span covers it and it opens no sentence).
    With ``typed`` (the tagger read the word alone as a place or an organization) only a Gaelic opening
    counts: a body is as often the object of "обратились к", "изъяли у" ("У Гринписа изъяли")."""
    if i == 0:
        return False
    prep = doc[i - 1].lower_
    token = doc[i]
    if prep not in ENDINGS or not _shape(token.text, prep):
        return False
    if i + 1 < len(doc) and doc[i + 1].is_alpha and doc[i + 1].text[:1].isupper():
        return False  # a name of more words: the other rules'
    if i >= 2 and doc[i - 2].text in OPEN_QUOTES:
        return False
    if morph.is_known(token.text):
        return False
    low = token.lower_
    if prep in PERSON_PREPOSITIONS and low.startswith(_openings()) and not low.rstrip("аяуюеом").endswith("дс"):
        return True  # "Без Маккормика" (not a firm's plural: Макдоналдс)
    return not typed and _governed(doc, i, prep, morph)
