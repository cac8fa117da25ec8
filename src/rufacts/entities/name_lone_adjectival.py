"""A lone surname of an adjective's shape the tagger missed where no preposition of persons stands
before it (read by :func:`rufacts.entities.names_missed.missed_names`): a substantivized adjective
(Бережной, Лесной, Полевой: "поддержали Бережную на выборах", "освистали Лесного после промаха", "По
словам Бережной, возглавляющей фонд") or an indeclinable surname in -ых/-их (Седых, Черных: "Книга
Черных, вышедшая весной", "Под руководством Седых команда ..."). Russian writes an adjective with a
capital inside a sentence only as a name or in a name of more words, so a capitalized adjective form
with no capitalized word beside it and no word after it that it could go with (a noun, adjective or
determiner agreeing in case: "Для Бережного этот матч" is no "Бережного этого") is a person's
surname. At the opening of a sentence, where every word has a capital, the adjective must agree with a
past singular verb right after it or with a nominative participle after a comma ("Бережная
подчеркнула", "Лесной отметил", "Седых уточнила": a plural -ых with a singular verb is a surname),
or be in a case a plural verb of no subject right after it governs in a person (lexicons/name_verbs.tsv:
"Бережной вручили премию", "Лесного освистали").
At the opening the word must also have a surname's shape (-ых, a listed -ой, an adjective in the
stressed -ой: "Главный заявил" is no one's surname). Not a pronoun, a numeral, an adjective the
dictionary marks as often a noun ("Русский"), a participle ("Первый", "Каждый"), not a word the dictionary
has as a noun, a place or an organization too, not after a preposition of places ("в Большом", "на
Красной"), not in quotes. Which person the surname names (Бережной or Бережная) is the readings'
choice, by the slot's case and the cues of gender. Also a word inside a sentence the dictionary reads
only as a surname, alone in the same way ("Рекорд Макаренко, установленный в 2010 году":
:func:`lone_dictionary_surname`)."""
from __future__ import annotations

from ..grammars.morph import Morph
from ..lexicons import load_list
from .name_case_cues import verb_cases
from .name_lone_oblique import PREPOSITIONS, _only_surname
from .name_subject_clause import nominative_participle_gender
from .name_verb_forms import past_singular
from .quotes import OPEN_QUOTES

# prepositions of persons, not places, besides name_lone_oblique's: "Против Горбатых возбудили дело",
# "благодаря Бережной" ("у", "от", "до" stand also before a village: "у Лесного")
PERSON_PREPOSITIONS = PREPOSITIONS | {"против", "ради", "благодаря", "вопреки", "вместо", "кроме", "насчёт", "насчет"}
PLURAL_SURNAME = ("ых", "их")  # Седых, Черных, Долгих: the indeclinable genitive plural
NOT_SURNAME = frozenset({"Subx", "Apro", "Anum", "Geox", "Orgn", "Trad", "Abbr", "Name", "Patr"})
MIN_SCORE = 0.1  # a reading weaker than this does not make the word another's ("Черных": a noun чёрный)
ALONG_POS = frozenset({"NOUN", "ADJF", "PRTF", "NPRO", "NUMR"})  # what an adjective goes with


def lone_adjectival_surname(doc, i: int, morph: Morph) -> bool:
    """Whether ``doc[i]`` is such a surname (the caller checks no span covers it)."""
    token = doc[i]
    if not token.is_alpha or not token.text[:1].isupper() or token.text.isupper() or len(token.text) < 5:
        return False
    prev = doc[i - 1] if i > 0 and not token.is_sent_start else None
    if prev is not None and prev.text in OPEN_QUOTES:
        return False  # «Новая»: a title
    if prev is not None and (prev.is_space or (prev.is_punct and prev.text not in (",", ")"))):
        prev = None  # after a colon or a dash a clause opens as a sentence does ("Джемилев: Положительная была")
    if prev is not None and (_capital_of_name(prev) or any(c.isdigit() for c in prev.text)
                             or (prev.pos_ == "ADP" and prev.lower_ not in PERSON_PREPOSITIONS)):
        return False  # "Великой Отечественной", "в Большом", "ул. 1-я Останкинская"
    if prev is not None and prev.is_sent_start and prev.text[:1].isupper() and _goes_with(morph, token.text, prev.text):
        return False  # "Папа Римский лишил": the title's adjective after its noun, not a surname
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and (after.text[:1].isupper() or after.text in OPEN_QUOTES or after.pos_ in ("PROPN", "NUM")):
        return False  # a name of more words
    genders = _adjective_genders(morph, token.text)
    if not genders or (after is not None and _goes_with(morph, token.text, after.text)):
        return False
    if prev is not None:
        return True
    return _surname_shape(morph, token.text) and (_agrees_after(doc, i, genders)
                                                  or _object_before_verb(doc, i, morph))


def _adjective_genders(morph: Morph, word: str) -> set[str]:
    """The genders of the word's nominative singular as an adjectival surname ({"masc", "femn"} for an
    indeclinable -ых); empty where the word is no adjective only (a noun, a participle, a pronoun, a
    place's adjective) or the dictionary does not know it."""
    if not morph.is_known(word):
        return set()
    parses = [p for p in morph.parse(word) if p.score >= MIN_SCORE]
    if not parses or any(_other_word(p, word) for p in parses) or _family(parses):
        return set()
    if word.lower().endswith(PLURAL_SURNAME) and any("plur" in p.tag.grammemes for p in parses):
        return {"masc", "femn"}
    if not any(p.tag.POS == "ADJF" and "sing" in p.tag.grammemes and p.tag.gender in ("masc", "femn")
               for p in parses):
        return set()
    return {p.tag.gender for p in parses if p.tag.case == "nomn" and p.tag.gender in ("masc", "femn")} or {"oblique"}


def _family(parses) -> bool:
    """The plural of a surname of another shape: a family ("клан Шаймиевых", "семьи Романовых"), no
    person's indeclinable -ых (nor an indeclinable surname the dictionary also lists in the plural:
    Макаренко)."""
    return any({"Surn", "plur"} <= p.tag.grammemes and p.normal_form != p.word for p in parses)


def _other_word(parse, word: str) -> bool:
    """A reading that makes the word no adjectival surname: a pronoun, a numeral, a noun (not a
    surname), a participle, a place or an organization of this very spelling ("Лесной" is no place
    for reading лесна)."""
    grammemes = parse.tag.grammemes
    if {"Geox", "Orgn", "Trad"} & grammemes:
        return parse.normal_form == word.lower().replace("ё", "е")
    return bool(NOT_SURNAME & grammemes) or parse.tag.POS not in ("ADJF", "NOUN") \
        or (parse.tag.POS == "NOUN" and "Surn" not in grammemes)


def _surname_shape(morph: Morph, word: str) -> bool:
    """At a sentence's opening, where the capital says nothing, the word must look like a surname: an
    indeclinable -ых/-их, a surname of the dictionary or of lexicons/surnames_oy.txt (Бережной), or
    an adjective of the stressed -ой most adjectival surnames have (Лесной, Полевой; not "Главный
    заявил")."""
    if word.lower().endswith(PLURAL_SURNAME):
        return True
    listed = load_list("surnames_oy.txt")
    for p in morph.parse(word):
        lemma = p.normal_form
        if "Surn" in p.tag.grammemes or lemma.endswith("ой") or lemma[:-2] + "ой" in listed:
            return True
    return False


def _goes_with(morph: Morph, word: str, next_word: str) -> bool:
    """The word after is a noun, adjective, participle, pronoun or numeral of a case and number the word
    may have: the word is its adjective ("Бережного отношения"), not a surname."""
    forms = {_form(p) for p in morph.parse(word) if p.tag.POS == "ADJF"}
    return any(p.tag.POS in ALONG_POS and _form(p) in forms for p in morph.parse(next_word) if p.score >= 0.05)


def _form(parse) -> tuple:
    """Case, number, gender (none in the plural, where an adjective has none but a noun keeps its own:
    "Белых ночей") and, in the accusative, animacy: "Бережного" (an animate accusative) does not go
    with "этот" (an inanimate one)."""
    tag = parse.tag
    return (tag.case, tag.number, tag.gender if tag.number != "plur" else None,
            tag.animacy if tag.case == "accs" else None)


def _capital_of_name(prev) -> bool:
    """The word before has a capital of a name's, not only of its sentence's ("Великой Отечественной";
    not "Книга Черных")."""
    return prev.text[:1].isupper() and not (prev.is_sent_start and prev.pos_ not in ("PROPN", "ADJ"))


def _object_before_verb(doc, i: int, morph: Morph) -> bool:
    """A sentence's first word right before a plural finite verb of no subject that
    lexicons/name_verbs.tsv lists with a case the word has as a person ("Бережной вручили премию",
    "Лесного освистали", "Черных назначили"): the verb's object put first."""
    verb = doc[i + 1] if i + 1 < len(doc) else None
    if verb is None or verb.pos_ != "VERB" or "Plur" not in verb.morph.get("Number") \
            or {"Inf", "Part", "Conv"} & set(verb.morph.get("VerbForm")):
        return False
    cases = verb_cases().get(verb.lemma_, frozenset()) - {"nomn"}
    parses = morph.parse(doc[i].text)
    if doc[i].lower_.endswith(PLURAL_SURNAME) and not any("Surn" in p.tag.grammemes for p in parses):
        return False  # "Молодых поддержали": the young ones; a plural -ых only as the dictionary's surname
    return any(p.tag.case in cases and (p.tag.case != "accs" or "anim" in p.tag.grammemes
                                        or "plur" in p.tag.grammemes)
               for p in parses if p.tag.POS == "ADJF")


def place_read_as_surname(doc, i: int, morph: Morph) -> bool:
    """A one-word place or organization of the tagger's that is such a surname in an oblique form only,
    the object of the verb before it ("освистали Лесного после промаха"): a place there would be in
    its nominative ("посетили Лесной"). After a noun only a dative that is no other case, the person
    a thing goes to ("Руководство командой Широкому поручили"; a genitive there is a place's: "жителей
    Жуковского", "улице Советской")."""
    if i == 0 or doc[i - 1].pos_ not in ("VERB", "AUX", "NOUN") or not lone_adjectival_surname(doc, i, morph):
        return False
    parses = morph.parse(doc[i].text)
    if doc[i - 1].pos_ == "NOUN":
        return all(p.tag.case == "datv" for p in parses)
    return not any(p.tag.case == "nomn" for p in parses)


def _agrees_after(doc, i: int, genders: set[str]) -> bool:
    """A sentence's first word: a past singular verb right after it, or a nominative participle after a
    comma, of a gender of its nominative (any gender for a plural -ых)."""
    wanted = tuple(g for g in genders if g in ("masc", "femn"))
    if not wanted or i + 1 >= len(doc):
        return False
    if doc[i + 1].text == ",":
        return i + 2 < len(doc) and nominative_participle_gender(doc[i + 2]) in wanted
    return past_singular(doc[i + 1], wanted)


def lone_dictionary_surname(doc, i: int, morph: Morph) -> bool:
    """A capitalized word inside a sentence that the dictionary reads only as a surname, with no
    capitalized word beside it and no quote before it ("Рекорд Макаренко, установленный в 2010 году",
    "Показания Мельник суд учёл"): the person the tagger missed, in any case."""
    token = doc[i]
    if i == 0 or token.is_sent_start or len(token.text) < 4:
        return False
    prev = doc[i - 1]
    if prev.text in OPEN_QUOTES or prev.is_space or (prev.is_punct and prev.text not in (",", ")")) \
            or _capital_of_name(prev) or (prev.pos_ == "ADP" and prev.lower_ not in PERSON_PREPOSITIONS):
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and (after.text[:1].isupper() or after.text in OPEN_QUOTES or after.pos_ in ("PROPN", "NUM")):
        return False
    return _only_surname(morph, token.text) and not _family(morph.parse(token.text))
