"""Nouns for people in apposition before a person's name, which give the name's case and
gender (used by :func:`rufacts.entities.names_group.name_hints`): a noun for a woman
("журналистку Савельеву"), a kinship noun whose person is named after it ("Сын Рената
Каримова") or who is named ("его жена Рената Каримова")."""
from __future__ import annotations

from functools import lru_cache

from ..grammars.morph import UD_CASES, UD_GENDERS
from ..lexicons import load_list, load_rows
from .doc_words import any_between, in_hand, lower_positions, per_doc
from .name_role_compounds import unprefixed
from .name_post_governed import post_governed_cases
from .name_solutions import HINT
from .name_female_chain import female_noun_over_complements
from .first_names import listed_first
from .names import is_initial
from .doc_words import morph_values

# a person's gender by a word's UD gender: a neuter word tells none (the person-name rules read these)
GENDERS = {ud: g for ud, g in UD_GENDERS.items() if g != "neut"}


def _relative_of(doc, noun) -> bool:
    """A kinship noun whose person is the one named after it ("Сын Рената Каримова"); not after
    a possessive ("его жена Рената Каримова": she is named)."""
    return unprefixed(noun.lemma_) in load_list("kin_words.txt") and not (
        noun.i > 0 and doc[noun.i - 1].pos_ in ("DET", "PRON"))


def _female_apposition(token) -> bool:
    """A noun for a woman just before a name, in apposition ("журналистку", "чемпионка";
    not a relative: "жена Петрова" may be Petrov's wife)."""
    return (token.pos_ == "NOUN" and "Anim" in morph_values(token, "Animacy")
            and "Fem" in morph_values(token, "Gender") and "Sing" in morph_values(token, "Number")
            and unprefixed(token.lemma_) not in load_list("kin_words.txt"))


def _female_noun_before(doc, start: int):
    """The noun for a woman in apposition before a name, over up to two genitive words
    ("чемпионка мира Александра Степанова") or a longer phrase of its complements
    (entities/name_female_chain.py: "чемпионка Европы по биатлону Александра Коршунова"), or None."""
    for i in range(start - 1, max(start - 4, -1), -1):
        token = doc[i]
        if _female_apposition(token):
            return token
        if token.pos_ not in ("NOUN", "ADJ") or "Gen" not in morph_values(token, "Case") \
                or "Anim" in morph_values(token, "Animacy"):
            break

    return female_noun_over_complements(doc, start, _female_apposition)


def relative_owner(span, before, morph) -> bool:
    """A surname alone right after a kinship or relation noun that opens its phrase ("Жена Кержакова",
    "Экс-супруга Аршавина", "помощница Шувалова"): the relative's genitive, never the relative
    herself in apposition, who would be named with her first name ("жена Анна Кержакова"); a first
    name alone may be either ("мать Раиса") and is left to the other cues. Initials before the surname
    change nothing ("адвокат Дж. Ассанжа": Assange's lawyer, name_initials_last reads no subject there)."""

    words = [t for t in span if not t.is_space and t.text != "."]
    while len(words) > 1 and is_initial(words[0].text):
        words = words[1:]
    if len(words) != 1 or before is None or before.pos_ != "NOUN" or not _relative_of(span.doc, before) \
            or "Sing" not in morph_values(before, "Number"):
        return False
    word = words[0].text
    return not listed_first(morph, word) and not any(
        "Name" in p.tag.grammemes for p in morph.parse(word))


def kin_apposition(doc, noun):
    """(cases, gender, weight) of a name after a kinship noun with a possessive before it, in
    apposition: the noun's case and gender ("его жена Рената Каримова открыла", "их сыну Ренату");
    None else."""
    if noun is None or noun.pos_ != "NOUN" or unprefixed(noun.lemma_) not in load_list("kin_words.txt") \
            or noun.i == 0 or doc[noun.i - 1].pos_ not in ("DET", "PRON") \
            or "Sing" not in morph_values(noun, "Number"):
        return None
    case = UD_CASES.get(next(iter(morph_values(noun, "Case")), ""))
    gender = GENDERS.get(next(iter(morph_values(noun, "Gender")), ""))
    if not case or not gender:
        return None
    return frozenset({case}), gender, HINT


# third-person pronouns of one gender that rather refer back to a name before them: the
# possessive and the forms after a preposition ("его" is also the neuter's; a subject "он",
# "она" or a dative "ей" is often another person: not taken)
PRONOUNS = {"её": "femn", "ее": "femn", "неё": "femn", "нее": "femn", "ней": "femn", "нею": "femn",
            "нему": "masc"}


CLAUSE_MARKS = frozenset({":", "—", "–", ","})


def pronoun_gender(span) -> frozenset[str]:
    """{"gender:<g>"}: the gender of the first third-person pronoun after a name in its sentence,
    with no other name between ("об Адриане Лиме рассказано о её детстве"), or a noun for a woman
    opening the clause right after it ("о Серафиме Дурново: балерина вернулась"); empty else."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text in CLAUSE_MARKS and any(
            _female_apposition(t) for t in doc[span.end + 1:min(span.end + 3, span.sent.end)]):
        return frozenset({"gender:femn"})  # "говорили о Серафиме Дурново: балерина вернулась"
    end = span.sent.end
    if in_hand(doc) and not any_between(per_doc(doc, "pronouns", _pronoun_positions), span.end, end):
        return frozenset()  # the entity step: no pronoun in the rest of the sentence
    for token in doc[span.end:end]:
        if token.ent_type_ == "PER":
            return frozenset()
        gender = PRONOUNS.get(token.lower_)
        if gender:
            return frozenset({f"gender:{gender}"})
    return frozenset()


def _pronoun_positions(doc) -> list[int]:
    return lower_positions(doc, PRONOUNS)


def oblique_position(before, morph) -> frozenset[str]:
    """The cases of a position word in an oblique case just before a name, which the name
    in apposition shares ("сенатора Нарусову", "министру Лаврову"); a nominative one may
    own a genitive ("помощник Путина"), so it gives nothing. After an animate plural noun in the
    dative or instrumental, the names in apposition take its case or are its genitive dependent
    ("хирургам Мухадину Тлупову и ...", "сотрудникам Иванова"): no subject of a verb before it."""
    plural = plural_apposition(before)
    if plural:
        return plural
    if before is None or before.pos_ != "NOUN" or before.lemma_.lower() not in load_list("role_words.txt") \
            or "Sing" not in morph_values(before, "Number"):
        return frozenset()
    cases = frozenset(p.tag.case for p in morph.parse(before.text.lower())
                      if p.tag.POS == "NOUN" and "sing" in p.tag.grammemes and p.tag.case in UD_CASES.values())
    if not cases or "nomn" in cases:
        return frozenset()
    return _with_owner(before.doc, before.i, cases, morph)


def plural_apposition(before) -> frozenset[str]:
    """{the noun's case, "gent"} for an animate plural noun in the dative or instrumental (by the
    tagger) right before a name; empty else, and empty after a verb right before the noun, whose
    subject the name may be ("Как заявил журналистам Ф. Кисида")."""
    if before is None or before.pos_ != "NOUN" or "Plur" not in morph_values(before, "Number") \
            or "Anim" not in morph_values(before, "Animacy"):
        return frozenset()
    if before.i > 0 and before.doc[before.i - 1].pos_ in ("VERB", "AUX"):
        return frozenset()
    case = {"Dat": "datv", "Ins": "ablt"}.get(next(iter(morph_values(before, "Case")), ""))
    return frozenset({case, "gent"}) if case else frozenset()


def _with_owner(doc, i: int, cases: frozenset[str], morph) -> frozenset[str]:
    """The cases of the person noun at ``i`` (:func:`_governed`) and of a person noun that owns it
    (:func:`_owner_of_person`); where there is such an owner, the noun at ``i`` is its genitive, no
    accusative ("Заместителю министра В. С. Лапину": Лапин's dative, not a woman's accusative)."""
    owner = _owner_of_person(doc, i, cases, morph)
    own = _governed(doc, i, cases)
    return ((own & {"gent"}) or own) | owner if owner else own


@lru_cache(maxsize=1)
def _preposition_cases() -> dict[str, frozenset[str]]:
    """The cases each preposition governs (``lexicons/name_context.tsv``)."""
    return {word: frozenset(cases.split(",")) for word, cases in load_rows("name_context.tsv")}


def _governed(doc, i: int, cases: frozenset[str]) -> frozenset[str]:
    """``cases`` of the person noun at ``i`` narrowed to those the preposition before it (over its
    adjectives) governs: the name in apposition shares the noun's one case ("у посла Нигерии X": the
    genitive, not the accusative "посла" also spells; "к уполномоченному X": the dative)."""
    j = i - 1
    while j >= 0 and doc[j].pos_ in ("ADJ", "DET"):  # "у нового посла"
        j -= 1
    if j < 0 or doc[j].pos_ != "ADP":
        return cases
    return (cases & _preposition_cases().get(doc[j].lower_, frozenset())) or cases


# words that may stand between a person noun and the name in apposition to it: its dependents in the
# genitive or instrumental ("директору школы", "заведующему отделением", "главе Минздрава области")
DEPENDENT_CASES = frozenset({"Gen", "Ins"})


def _person_noun_cases(token, morph, kin: bool = False) -> frozenset[str]:
    """The oblique cases of a singular noun for a person ("прапорщика", "директору", "главе";
    a participle or adjective pymorphy3 marks as used as a noun, Subx: "заведующему"), by pymorphy3's
    animate parses of its form; empty where a nominative is among them (a nominative noun may own
    a genitive: "помощник Путина"), for a kinship noun (handled before; with ``kin``, read as well:
    an owner of a genitive post, "помощнику руководителя X") or a name."""
    if token.pos_ not in ("NOUN", "VERB", "ADJ") or "Sing" not in morph_values(token, "Number") \
            or (not kin and unprefixed(token.lemma_) in load_list("kin_words.txt")):
        return frozenset()
    parses = morph.parse(token.text.lower())
    # a thing noun whose person sense is a rare homonym of the same word ("преподавателю родного языка
    # Д. С. X": язык, an inanimate reading of the same lemma), where the tagger reads it inanimate
    things = {p.normal_form for p in parses if "inan" in p.tag.grammemes} \
        if "Inan" in morph_values(token, "Animacy") else set()
    cases = set()
    for p in parses:
        grams = p.tag.grammemes
        if p.normal_form in things:
            continue
        if "sing" not in grams or grams & {"Name", "Surn", "Patr", "Geox", "Orgn"} or p.tag.case is None:
            continue
        if (p.tag.POS == "NOUN" and "anim" in grams) or (
                p.tag.POS in ("ADJF", "PRTF") and ("Subx" in grams or p.normal_form in load_list("role_words.txt"))):
            cases.add(p.tag.case)
    if not cases or "nomn" in cases:
        return frozenset()
    return frozenset(c for c in cases if c in UD_CASES.values())


def _owner_of_person(doc, i: int, cases: frozenset[str], morph) -> frozenset[str]:
    """The oblique cases of a person noun that owns the genitive person noun at ``i``, over the
    genitive noun's adjectives and up to two inanimate dependents before it (a participle's object
    too: "исполняющему обязанности директора X"): a name after the pair is in apposition to either
    ("заместителю председателя правительства X": the dative or the genitive, so "Свиягину К. А." is
    Свиягин's dative, not a woman's accusative); empty else."""
    if "gent" not in cases or "Gen" not in morph_values(doc[i], "Case"):
        return frozenset()
    j, skipped = i - 1, 0
    while j >= 0:
        token = doc[j]
        outer = _person_noun_cases(token, morph, kin=True) or post_governed_cases(doc, j, morph)  # "поручить врио главы X"
        if outer:  # (a genitive owner adds no case, unless its preposition leaves it another one: "на
            # заместителя главы района О. В. Зарудину", the accusative of Зарудина)
            outer = _governed(doc, j, outer)
            return outer if "gent" not in outer else frozenset()
        if token.pos_ in ("ADJ", "DET"):
            j -= 1
            continue
        if skipped < 2 and token.pos_ == "NOUN" and {"Gen", "Acc"} & set(morph_values(token, "Case")) \
                and "Anim" not in morph_values(token, "Animacy"):
            skipped += 1
            j -= 1
            continue
        return frozenset()
    return frozenset()


def _participle_cases(token, morph) -> frozenset[str]:
    """The oblique cases of an active participle in the singular right before a name, used as a noun
    for the person ("у американского разыгрывающего X", "передал пас нападающему X"): every reading
    of its form is such a participle; empty where a nominative is among them."""
    if token.pos_ not in ("VERB", "ADJ") or "Sing" not in morph_values(token, "Number"):
        return frozenset()
    parses = morph.parse(token.text.lower())
    if not parses or not all(p.tag.POS == "PRTF" and "actv" in p.tag.grammemes for p in parses):
        return frozenset()
    cases = {p.tag.case for p in parses if "sing" in p.tag.grammemes and p.tag.gender != "neut"}
    return frozenset() if not cases or "nomn" in cases else frozenset(c for c in cases if c in UD_CASES.values())


PLACE_PREPOSITIONS = frozenset({"в", "во", "на"})
QUOTE_MARKS = frozenset("«»\"„“”")
CLOSING_QUOTES = frozenset("»”")
TOGGLING_QUOTES = frozenset("\"“")  # opening or closing as they come


def oblique_apposition(doc, start: int, morph) -> frozenset[str]:
    """The cases of a noun for a person in an oblique case before a name, over up to three of its
    genitive or instrumental dependents (a place's name among them, or "в" and a place), which the name in
    apposition shares ("допросили
    прапорщика Гуськова", "вынесен директору школы А. С. Меньшову": not the verb's inverted
    subject); empty else."""
    counted, quoted = 0, False
    for i in range(start - 1, -1, -1):
        token = doc[i]
        if token.text in QUOTE_MARKS or quoted:
            # a body's quoted name the noun owns: "директору «Лабори Мерсье» X" (walking back, a closing
            # quote opens the name, an opening one ends it)
            if token.text in QUOTE_MARKS:
                quoted = (not quoted) if token.text in TOGGLING_QUOTES else token.text in CLOSING_QUOTES
            continue
        counted += 1
        if counted > 4:
            return frozenset()
        # (an adjective of the noun after it is no person: "инженер управляющей компании X", not "управляющей")
        attribute = token.pos_ in ("ADJ", "VERB") and i + 1 < start and doc[i + 1].pos_ == "NOUN" \
            and bool(set(morph_values(token, "Case")) & set(morph_values(doc[i + 1], "Case")))
        cases = frozenset() if attribute else _person_noun_cases(token, morph) or (
            _participle_cases(token, morph) if i == start - 1 else frozenset()) \
            or post_governed_cases(doc, i, morph)  # "поручить замглавы администрации X": the dative
        if cases:
            return _with_owner(doc, i, cases, morph)
        if token.ent_type_ == "LOC" and token.pos_ == "PROPN" and i > 0 and doc[i - 1].pos_ == "NOUN":
            continue  # a place's name after its noun, in any case: "губернатору штата Баия", "провинции Хэбэй"
        if token.ent_type_ == "LOC" and token.pos_ == "PROPN" and i > 1 and doc[i - 1].lower_ in PLACE_PREPOSITIONS:
            continue  # the place of the post: "посла в Найроби Тесфайе Гебремедхина", "консулу в Милане"
        if token.lower_ in PLACE_PREPOSITIONS and i + 1 < start and doc[i + 1].ent_type_ == "LOC":
            continue
        if token.ent_type_ == "ORG" and len(token.text) > 1 and token.text.isupper() and token.text.isalpha():
            continue  # a body's acronym, of no case: "директора АНО «Соседская помощь» X", "главе ГБУ «...»"
        if token.pos_ not in ("NOUN", "ADJ", "PROPN") or not DEPENDENT_CASES & _cases(token, morph) \
                or "Anim" in morph_values(token, "Animacy"):
            return frozenset()
    return frozenset()


DICTIONARY_CASES = {case: ud for ud, case in UD_CASES.items()}


def _cases(token, morph) -> set[str]:
    """The tagger's cases of a word; where it gives none, the dictionary's of the word's known readings
    ("командиру воздушного судна Коломийцу": "судна" tagged an adjective of no case, the dictionary's
    genitive of судно)."""
    tagged = morph_values(token, "Case")
    if tagged or not morph.is_known(token.text):
        return set(tagged)
    return {DICTIONARY_CASES.get(p.tag.case) for p in morph.parse(token.lower_) if p.tag.POS in ("NOUN", "ADJF")}
