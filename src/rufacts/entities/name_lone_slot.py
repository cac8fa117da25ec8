"""A lone surname in an oblique slot after a verb or a noun, not after a preposition:

- :func:`foreign_surname_in_slot` (read by :func:`rufacts.entities.names_missed.missed_names`): a
  capitalized word the dictionary does not know, in a surname ending of a people
  (``lexicons/name_lone_foreign_ends.txt``: Georgian -дзе/-швили, Armenian -ян, Romanian -еску ...)
  or a woman's Russian-type surname in an oblique case (-овой, -иной: "Инициатива Шарафутдиновой"),
  right after a verb, a noun or an adjective, that no span covers ("Отставку Сагинашвили приняли",
  "передала здание кинотеатра Цхададзе"): a person the tagger missed. Not after a preposition (a
  place: "в Абовяне") nor after a kind of place ("города Мармариса"), not in quotes (a firm), not the
  first word of a name of more words;
- :func:`dative_after_fronted_object` (read by :func:`rufacts.entities.names_group.name_hints`): a
  verb of giving (``lexicons/name_giving_verbs.txt``) in the plural of no subject, right before the
  name, whose accusative thing stands before it in its clause ("Кредит выдали Карпову", "Квартиру в
  новом доме выделили Карпову"): the name is the dative (Карпов), not a woman's accusative (Карпова).
"""
from __future__ import annotations

from functools import lru_cache

from ..grammars.morph import Morph
from ..lexicons import load_list
from .quotes import CLOSE_QUOTES
from .doc_words import morph_values

SLOT_POS = frozenset({"VERB", "NOUN", "ADJ", "AUX"})  # what a lone surname in an oblique slot follows
DATIVE = frozenset({"datv"})
MIN_LENGTH = 5
# -ян of a Chinese or Korean place, not an Armenian surname: Шэньян, Гуйян, Лоян, Пхеньян
NOT_ARMENIAN = ("ьян", "йян", "оян", "эян")


@lru_cache(maxsize=1)
def _ends() -> tuple[str, ...]:
    return tuple(sorted(load_list("name_lone_foreign_ends.txt"), key=len, reverse=True))


# a woman's Russian-type surname in an oblique case ("Инициатива Шарафутдиновой"): no common word or place
# the dictionary lacks ends so after a long stem
WOMAN_OBLIQUE = ("овой", "евой", "ёвой", "иной", "ыной")
WOMAN_MIN = 9


@lru_cache(maxsize=8192)
def _people_surname(word: str) -> bool:
    """(Kept by the word: each listed ending tried on every capitalized word: ~15 ms less per pass.)"""
    low = word.lower()
    if len(low) >= WOMAN_MIN and low.endswith(WOMAN_OBLIQUE):
        return True
    end = next((e for e in _ends() if low.endswith(e)), None)
    if end is None or len(low) <= len(end) + 2:
        return False
    return end not in ("ян", "янц") or not low.removesuffix("ц").endswith(NOT_ARMENIAN)


def foreign_surname_in_slot(doc, i: int, morph: Morph) -> bool:
    """Whether ``doc[i]`` is such a surname (the caller checks no span covers it)."""
    token = doc[i]
    if i == 0 or token.is_sent_start or not token.is_alpha or not token.text[:1].isupper() or token.text.isupper() \
            or len(token.text) < MIN_LENGTH or not _people_surname(token.text) or morph.is_known(token.text):
        return False
    before = doc[i - 1]
    if before.pos_ not in SLOT_POS or not (before.is_lower or before.is_sent_start and before.pos_ != "ADJ"):
        return False  # after a preposition, a quote, another capitalized word: not this slot
    if before.lemma_ in load_list("org_place_kind_nouns.txt"):
        return False  # "в районе курортного города Мармариса": a place's name after its kind
    after = doc[i + 1] if i + 1 < len(doc) else None
    return after is None or not (after.text[:1].isupper() and after.is_alpha) and after.text not in CLOSE_QUOTES


CLAUSE_STOPS = frozenset({",", ";", ":", "—", "–", "«", "»", "(", ")"})


def dative_after_fronted_object(doc, verb) -> frozenset[str] | None:
    """{"datv"} for a name right after ``verb`` where the verb is one of giving in the plural and an
    inanimate singular noun in the accusative (not a preposition's) stands before it in its clause;
    None else."""
    if verb is None or verb.pos_ != "VERB" or "Plur" not in morph_values(verb, "Number") \
            or verb.lemma_.lower() not in load_list("name_giving_verbs.txt"):
        return None
    i = verb.i - 1
    start = verb.sent.start
    while i >= start and doc[i].text not in CLAUSE_STOPS and doc[i].lower_ not in ("что", "который", "которые"):
        token = doc[i]
        if token.pos_ in ("NOUN", "PROPN", "PRON") and "Nom" in morph_values(token, "Case") \
                and ("Anim" in morph_values(token, "Animacy") or token.pos_ == "PRON"):
            return None  # a subject: "Кредит банкиры выдали ..."
        if token.pos_ == "NOUN" and morph_values(token, "Case") == ["Acc"] and "Inan" in morph_values(token, "Animacy") \
                and "Sing" in morph_values(token, "Number") and not _after_preposition(doc, i, start):
            return DATIVE
        i -= 1
    return None


def _after_preposition(doc, i: int, start: int) -> bool:
    """The noun at ``i`` is a preposition's, over its adjectives ("на развитие", "в новом доме")."""
    j = i - 1
    while j >= start and doc[j].pos_ in ("ADJ", "DET", "NUM"):
        j -= 1
    return j >= start and doc[j].pos_ == "ADP"
