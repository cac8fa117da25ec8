"""The verb forms the person-name rules read a subject by: one test of a past-tense singular verb
(:func:`past_singular`) and of a singular verb of the present or future (:func:`non_past_singular`),
for the rules that read a name as the subject of a verb after it ("Л. М. Шатохина защитила",
"Заместитель главы района Александра Мельникова провела") or before it ("Концерт дала Саяна
Хомушку", "Операцию провёл Лео Бокерия", "Эту должность занимает X").

The tagger gives a Russian verb its gender and number but no tense ("подписала": Gender=Fem,
Number=Sing), so the past tense is read by its ending: -л, -ла, -ло (-лся, -лась, -лось reflexive),
the ending of the verb's gender (:data:`PAST_ENDINGS`); a tense the tagger does give counts as well.
No form of the present or future ends so. A participle (a verb form with a case: "выступивший") or
an infinitive, converb is no finite verb. The masculine past without -л ("вырос", "внёс", "умер")
is not read: these rules have never taken it.
"""
from __future__ import annotations

from ..grammars.morph import UD_GENDERS
from .doc_words import morph_values
from .name_verb_reach import walk, word_at

PAST_ENDINGS: dict[str, tuple[str, ...]] = {
    "masc": ("л", "лся"),
    "femn": ("ла", "лась"),
    "neut": ("ло", "лось"),
}
ALL_GENDERS = tuple(PAST_ENDINGS)
NON_FINITE = frozenset({"Inf", "Part", "Conv"})
VERB_POS = frozenset({"VERB", "AUX"})


def past_ending(word: str, genders: tuple[str, ...] = ALL_GENDERS) -> bool:
    """``word`` ends in the past-tense singular ending of one of ``genders`` ("защитила": femn)."""
    return word.lower().endswith(tuple(e for g in genders for e in PAST_ENDINGS[g]))


def past_form(verb, genders: tuple[str, ...] = ALL_GENDERS) -> bool:
    """The tagger's past tense, or a past-tense singular ending of one of ``genders``."""
    return "Past" in morph_values(verb, "Tense") or past_ending(verb.lower_, genders)


def finite_singular(verb) -> bool:
    """A verb (or auxiliary) not in the plural, no infinitive, converb nor participle (a case)."""
    return verb.pos_ in VERB_POS and "Plur" not in morph_values(verb, "Number") and not morph_values(verb, "Case") \
        and not NON_FINITE & set(morph_values(verb, "VerbForm"))  # (kept values: ~10 ms less per pass)


def past_singular(verb, genders: tuple[str, ...] = ALL_GENDERS) -> bool:
    """A finite past-tense singular verb tagged with one of ``genders``, its ending of those genders
    ("провела" for ``("femn",)``; "провёл" for any)."""
    if verb is None or not finite_singular(verb):
        return False
    tagged = {UD_GENDERS.get(g) for g in morph_values(verb, "Gender")}
    return bool(tagged & set(genders)) and past_form(verb, genders)


def non_past_singular(verb) -> bool:
    """A finite singular verb of the present or future: tagged singular with no gender (the past has
    one) and no past-tense ending ("занимает", "возглавит"; not "занимал")."""
    return verb is not None and verb.pos_ == "VERB" and finite_singular(verb) \
        and "Sing" in morph_values(verb, "Number") and not morph_values(verb, "Gender") and not past_form(verb)


def past_read_as_noun(verb, genders: tuple[str, ...] = ("masc", "femn")) -> bool:
    """A word the tagger reads as a noun that the analyzer reads as a past singular verb of one of
    ``genders`` with the past's ending ("«Шилда» начала поставки": "начала" tagged as the genitive
    of "начало")."""
    from ..grammars.morph import get_morph
    if verb is None or verb.pos_ != "NOUN" or not past_ending(verb.lower_, genders):
        return False
    return any(p.tag.POS == "VERB" and p.tag.tense == "past" and p.tag.number == "sing" and p.tag.gender in genders
               for p in get_morph().parse(verb.lower_))


def analyzer_past(word: str, gender: str) -> bool:
    """The analyzer reads ``word`` as a past singular verb of ``gender`` ("подтвердило": neut), a
    reading the tagger may have missed."""
    from ..grammars.morph import get_morph
    return any(p.tag.POS == "VERB" and {"past", gender, "sing"} <= p.tag.grammemes
               for p in get_morph().parse(word))


def past_of_gender(verb, gender: str, tagged_tense: bool = False) -> bool:
    """A verb (or auxiliary) in the singular past of one ``gender``: tagged with that gender alone and
    the singular (and the past tense, with ``tagged_tense``), or read so by the analyzer."""
    if verb.pos_ not in VERB_POS:
        return False
    ud = next(g for g, name in UD_GENDERS.items() if name == gender)
    if morph_values(verb, "Gender") == [ud] and morph_values(verb, "Number") == ["Sing"] \
            and (not tagged_tense or morph_values(verb, "Tense") == ["Past"]):
        return True
    return analyzer_past(verb.lower_, gender)


def lower_verb_after(doc, i: int, test):
    """The lower-case word after ``doc[i]`` (over one lower-case adverb: "ЦНИИМ также получил") if
    ``test`` holds for it, else None."""
    verb = word_at(doc, walk(doc, i + 1, _lower_adverb, 1))
    return verb if verb is not None and verb.is_lower and test(verb) else None


def _lower_adverb(word, passed: int) -> bool:
    return word.pos_ == "ADV" and word.is_lower
