"""A noun for a woman before a name over a longer phrase of its complements (used by
:func:`rufacts.entities.name_apposition._female_noun_before` where the two genitive words it reads
itself do not reach): "чемпионка Европы по биатлону Александра Коршунова", "художница России Ярослава
Белова", "фигуристка из Москвы Александра Бойкова", "чемпионка мира в беге на 400 метров Валерия
Кузьмина", "победительница шоу «Голос» Ярослава Дегтярёва". The name is in apposition to the
woman's noun, of her case and gender, not a man's genitive ("Александра Коршунова" of Александр
Коршунов) that nothing in the phrase could govern.

The phrase between may hold prepositions and their objects, numbers, adjectives, inanimate nouns in
an oblique case, names of places and bodies, and a quoted name; no verb, comma, animate noun or
other person. The woman may be named by an adjective or participle used as a noun ("ведущая программы «Время»",
"уполномоченная по правам ребенка"): one pymorphy3 marks as such (Subx) or a post of
``lexicons/role_words.txt``, feminine and singular, with no noun of its own after it.

Its last word must be one that owns no person in the genitive: a place's or body's
name, the object of a preposition in the dative, prepositional or instrumental, a counted noun
("400 метров") or a closing quote; a common noun in the genitive ("поклонница творчества Александра
Пушкина": his work) leaves the name to the other cues.
"""
from __future__ import annotations

from functools import lru_cache

from ..grammars.morph import get_morph
from ..lexicons import load_list
from .doc_words import morph_values
from .quotes import QUOTES

REACH = 8  # words between the woman's noun and the name
CLOSING = frozenset("»”\"“")
OBJECT_CASES = frozenset({"Dat", "Loc", "Ins"})


def _last_word_closes(doc, i: int) -> bool:
    """The word right before the name owns no person in the genitive (see the module's doc)."""
    token = doc[i]
    if token.text in CLOSING:
        return True
    if token.pos_ == "PROPN" and "Anim" not in morph_values(token, "Animacy") and token.ent_type_ != "PER":
        return True
    cases = set(morph_values(token, "Case"))
    if token.pos_ == "NOUN" and cases & OBJECT_CASES and i > 0 and any(
            doc[j].pos_ == "ADP" for j in range(max(i - 3, 0), i)):
        return True  # "по биатлону", "в регионе", "по правам ребенка в регионе"
    if token.pos_ in ("NOUN", "ADJ") and _indeclinable(token.lower_) and i > 0 and any(
            doc[j].pos_ == "ADP" and doc[j].lower_ != "для" for j in range(max(i - 3, 0), i)):
        return True  # "по водному поло": an indeclinable noun, whatever the tagger's case or part (w373)
    if _honoree(doc, i):
        return True  # "театра имени Вахтангова": the honoree's genitive is the body's name
    return token.pos_ == "NOUN" and i > 0 and doc[i - 1].like_num  # "400 метров"


@lru_cache(maxsize=4096)
def _woman_adjective_form(word: str) -> bool:
    return any(p.tag.POS in ("ADJF", "PRTF") and {"femn", "sing", "nomn"} <= p.tag.grammemes
               and ("Subx" in p.tag.grammemes or p.normal_form in load_list("role_words.txt"))
               for p in get_morph().parse(word))


def _woman_adjective(doc, token) -> bool:
    """"ведущая", "уполномоченная": a feminine adjective used as a noun for a woman, with no noun
    of its own right after it."""
    if token.pos_ not in ("ADJ", "VERB") or "Fem" not in morph_values(token, "Gender"):
        return False
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.pos_ == "NOUN" and "Nom" in morph_values(after, "Case"):
        return False
    return _woman_adjective_form(token.lower_)


def female_noun_over_complements(doc, start: int, is_woman):
    """The noun for a woman (``is_woman(token)``) before the name at ``start`` over up to
    :data:`REACH` words of its complements, or None."""
    if start < 2 or not _last_word_closes(doc, start - 1):
        return None
    quoted, animate = False, None
    for i in range(start - 1, max(start - 2 - REACH, -1), -1):
        token = doc[i]
        if token.text in QUOTES:
            quoted = (not quoted) if token.text in ("\"", "“") else token.text in CLOSING
            continue
        if quoted:
            continue  # inside a quoted name: "шоу «Голос»"
        if i < start - 1 and (is_woman(token) or _woman_adjective(doc, token) or _woman_proper(token)):
            return None if animate is not None else token
        if _honoree(doc, i):
            continue  # "актриса театра имени Вахтангова Евгения Крюкова": a body's honoree, no owner
        if token.ent_type_ == "PER" or token.pos_ in ("VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "PRON"):
            return None
        if token.pos_ == "ADP":
            animate = None  # the person noun is inside a prepositional phrase: "по правам человека"
            continue
        if token.pos_ == "NUM" or token.like_num:
            continue
        if token.pos_ not in ("NOUN", "PROPN", "ADJ") or ("Nom" in morph_values(token, "Case")
                                                          and not _indeclinable(token.lower_)):
            return None  # (an indeclinable noun in any case the tagger gives it: "победительница шоу «Голос»")
        if "Anim" in morph_values(token, "Animacy") and token.pos_ == "NOUN":
            if i == start - 1:
                return None
            animate = i
            continue
        if token.pos_ == "PROPN" and "Anim" in morph_values(token, "Animacy"):
            return None
    return None


@lru_cache(maxsize=4096)
def _indeclinable(word: str) -> bool:
    """A word the dictionary knows only as indeclinable ("шоу", "поло", "кино", "жюри")."""
    parses = [p for p in get_morph().parse(word) if p.tag.POS in ("NOUN", "ADJF")]
    return bool(parses) and all("Fixd" in p.tag.grammemes for p in parses)


def _honoree(doc, i: int) -> bool:
    """A capitalized word of a name after "имени" or "им." ("театра имени Вахтангова", "имени
    А. С. Пушкина"): the honoree of a body, whose genitive owns no one in the phrase."""
    for j in range(i - 1, max(i - 5, -1), -1):
        word = doc[j]
        if word.lower_ in ("имени", "им"):
            return all(doc[k].text[:1].isupper() or doc[k].text == "." for k in range(j + 1, i + 1)) \
                and doc[j + 1].text != "."  if word.lower_ == "имени" else doc[i].text[:1].isupper()
        if not (word.text[:1].isupper() or word.text == "."):
            return False
    return False


def _woman_proper(token) -> bool:
    """A lower-case noun for a woman the tagger read as a proper noun ("капитанша команды")."""
    return token.pos_ == "PROPN" and token.is_lower and "Anim" in morph_values(token, "Animacy") \
        and "Fem" in morph_values(token, "Gender") and "Sing" in morph_values(token, "Number") \
        and "Nom" in morph_values(token, "Case")
