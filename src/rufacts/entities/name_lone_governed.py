"""A lone surname after a preposition that also stands before places ("на", "за", "перед", "над",
"под", "по"), read by :func:`rufacts.entities.names_spans.person_spans`. The slot decides between a
person and a street or place named after one:
- a Russian surname's instrumental after "перед", "над", "за", "под" ("перед Хромцовым поставили
  задачу", "следили за Ухиновой") and a woman's accusative after "на", "за" ("пожаловались на
  Ухинову"): a person, since a place there has another ending (-овом, -ово);
- a man's accusative (the genitive's -ова, -ина, -ского) or a woman's prepositional (-овой) after
  "на", "за" is a person only where a word before it takes a person with that preposition
  (lexicons/name_preposition_governors.tsv: "возложили ответственность на Ухинова", "жалоба на
  Бородина", "женился на Ухиновой", "проголосовали за Карпова"); without one, "на Гагарина",
  "на Ленина" is the street of the man's name said short ("живёт на Ленина") where the man is one
  streets are named after (lexicons/street_honorees.txt), and so is every such genitive after "по"
  ("ехал по Вернадского": a person takes the dative there, "по Чехову").
The word must be alone (no capitalized word after it), not an adjective of the noun after it ("за
Садовым кольцом"), and a word the dictionary does not know or reads first as a surname and never
as a place (name_lone_oblique's test); where a word before takes a person there, also one it has
only as a common noun of a surname's shape ("свалили вину на Травина": травина). So too right after
a verb that takes a person in the word's case (lexicons/name_verbs.tsv: "уволил Лапину",
:func:`verb_object_surname`) or a noun of a thing given or addressed to a person, in the dative
(lexicons/name_dative_nouns.txt: "Выговор Лапину объявили"). The tagger's one-word place or
organization of such a word becomes the person, and its one-word person in a street's slot is
dropped, with the streets coordinated after it ("по Гагарина и Ленина")."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ..grammars.morph import Morph
from ..lexicons import load_list, load_rows
from .name_case_cues import verb_cases
from .name_lone_oblique import GENITIVE_ENDINGS as SURNAME_GENITIVES, adjective_of_next, surname_first
from .doc_words import word_positions
from .name_words import _capitalized
from .name_burden_slot import burden_slot

INSTRUMENTAL_PREPOSITIONS = frozenset({"перед", "передо", "над", "надо", "за", "под", "подо"})
ACCUSATIVE_PREPOSITIONS = frozenset({"на", "за"})
INSTRUMENTAL_ENDINGS = ("овым", "евым", "ёвым", "иным", "ыным", "овой", "евой", "ёвой", "иной", "ыной",
                        "ским", "цким")
FEMININE_ACCUSATIVE = ("ову", "еву", "ёву", "ину", "ыну", "скую", "цкую")
# a man's accusative (= genitive) and a woman's prepositional: a street's name too ("на Ленина", "на Садовой")
GOVERNED_ENDINGS = ("ова", "ева", "ёва", "ина", "ына", "ского", "цкого", "овой", "евой", "ёвой", "иной", "ыной")
GENITIVE_ENDINGS = SURNAME_GENITIVES + ("ского", "цкого")
STREET_PREPOSITIONS = frozenset({"на", "по"})
# prepositions of persons whose lone surname of a common noun's spelling needs a word that takes a person
# there ("претензии к Лапиной"; "с" and "о" are left out: "встреча с Родиной", "песня о Родине")
PERSON_PREPOSITIONS = frozenset({"к", "ко"})
WINDOW = 4  # words before the preposition where its governor may stand ("ответственность за аварию на")


@lru_cache(maxsize=1)
def governors() -> dict[str, frozenset[str]]:
    """lemma (ё read as е) -> the prepositions with which it takes a person
    (lexicons/name_preposition_governors.tsv)."""
    return {lemma.lower().replace("ё", "е"): frozenset(prepositions.split(","))
            for lemma, prepositions in load_rows("name_preposition_governors.tsv")}


def governed(doc, i: int, morph: Morph) -> bool:
    """A word in the few words before the preposition ``doc[i - 1]``, within its clause, that takes a
    person with it."""
    prep = doc[i - 1].lower_
    table = governors()
    for j in range(i - 2, max(-1, i - 2 - WINDOW), -1):
        token = doc[j]
        if (token.is_punct and token.text not in "«»\"") or token.lower_ == prep:
            return False  # another clause, or the preposition's slot of a word further back ("жалобы на ямы на")
        lemmas = {token.lemma_.lower(), token.lower_} | {p.normal_form for p in morph.parse(token.text)[:2]}
        if any(prep in table.get(lemma.replace("ё", "е"), ()) for lemma in lemmas):
            return True
    return False


def _surname_word(doc, i: int, morph: Morph, homographs: bool = False) -> bool:
    """A lone capitalized word of a surname's (a common noun's homograph only where ``homographs``:
    a word before says a person goes there; "на Родину" alone is no Родина)."""
    token = doc[i]
    if not _capitalized(token) or token.is_sent_start or len(token.text) < 6:
        return False
    if i + 1 < len(doc) and (_capitalized(doc[i + 1]) or doc[i + 1].text[:1].isupper()):
        return False  # a name of more words: the other rules'
    return (not morph.is_known(token.text) or surname_first(morph, token.text)
            or homographs and homograph_surname(morph, token.text, PREPOSITION_CASES.get(doc[i - 1].lower_))) \
        and not adjective_of_next(doc, i, morph, PREPOSITION_CASES.get(doc[i - 1].lower_))


# the cases a preposition governs: an adjective of the noun after must be in one ("за Садовым кольцом";
# "на Ухинову губернатору" is no possessive's dative)
PREPOSITION_CASES = {"на": {"accs", "loct", "loc2"}, "к": {"datv"}, "ко": {"datv"}, "за": {"accs", "ablt"},
                     "под": {"accs", "ablt"},
                     "подо": {"accs", "ablt"}, "перед": {"ablt"}, "передо": {"ablt"}, "над": {"ablt"},
                     "надо": {"ablt"}}


OTHER_NAMES = frozenset({"Geox", "Orgn", "Name", "Patr", "Abbr", "Trad", "Init"})
SURNAME_STEMS = ("ов", "ев", "ёв", "ин", "ын")


def homograph_surname(morph: Morph, word: str, cases=None) -> bool:
    """A word of a Russian surname's shape in -ов/-ев/-ин that the dictionary has only as a common
    noun or adjective, no name or place, and whose noun cannot fill the slot, of ``cases`` ("наградили
    Лапина": лапина is a nominative; "надзор за Стрелковой": стрелковый an adjective with no noun):
    capitalized inside a sentence, in a person's slot, it is the surname. Not where the noun fits the
    slot ("защищали Родину", "уволил Лапину"): a capitalized common noun as well."""
    lower = word.lower()
    stem = next((lower[:-len(e)] for e in sorted(ALL_ENDINGS, key=len, reverse=True) if lower.endswith(e)), None)
    if stem is None or not stem.endswith(SURNAME_STEMS) or len(stem) < 4:
        return False
    parses = morph.parse(word)
    return bool(parses) and not any(OTHER_NAMES & p.tag.grammemes for p in parses) \
        and all(p.tag.POS in ("NOUN", "ADJF", "ADJS") for p in parses) \
        and not any(p.tag.POS == "NOUN" and p.tag.case in (cases or ()) for p in parses)


# oblique endings after the -ов/-ев/-ин stem
ALL_ENDINGS = ("а", "у", "ым", "ой", "е")


def governed_surname(doc, i: int, morph: Morph) -> bool:
    """Whether ``doc[i]`` is a lone surname in a person's slot after such a preposition (see the module)."""
    if i == 0:
        return False
    prep, word = doc[i - 1].lower_, doc[i].lower_
    if prep in INSTRUMENTAL_PREPOSITIONS and word.endswith(INSTRUMENTAL_ENDINGS):
        return _surname_word(doc, i, morph, governed(doc, i, morph))  # "надзор за Стрелковой": стрелковый
    if prep in PERSON_PREPOSITIONS:  # "претензии к Лапиной": the others' rules take words not of the dictionary
        return homograph_surname(morph, doc[i].text, PREPOSITION_CASES[prep]) and governed(doc, i, morph) \
            and _surname_word(doc, i, morph, True)
    if prep not in ACCUSATIVE_PREPOSITIONS:
        return False
    if not word.endswith(GOVERNED_ENDINGS + FEMININE_ACCUSATIVE):
        return False
    cue = governed(doc, i, morph)
    if word.endswith(FEMININE_ACCUSATIVE) and _surname_word(doc, i, morph, cue):
        return True
    return cue and word.endswith(GOVERNED_ENDINGS) and _surname_word(doc, i, morph, True)


def street_slot(span: Span, morph: Morph) -> bool:
    """A one-word person of the tagger's in a street's slot: a man's surname in the genitive after "по"
    ("по Вернадского"), or after "на" one of the surnames streets are named after
    (lexicons/street_honorees.txt) with no word before that takes a person with "на" ("на Гагарина";
    not "обращены на Пескова")."""
    doc, i = span.doc, span.start
    if span.label_ != "PER" or len(span) != 1 or i == 0 or doc[i - 1].lower_ not in STREET_PREPOSITIONS:
        return False
    token = doc[i]
    if not _capitalized(token) or not token.lower_.endswith(GENITIVE_ENDINGS):
        return False
    if i + 1 < len(doc) and (doc[i + 1].text[:1].isupper() or doc[i + 1].text == "-"):
        return False
    parses = morph.parse(token.text)
    if not any("Surn" in p.tag.grammemes and p.tag.case in ("gent", "accs") and p.tag.gender == "masc"
               for p in parses):
        return False
    if doc[i - 1].lower_ == "по":
        return True
    honorees = load_list("street_honorees.txt")
    return any(p.normal_form.replace("ё", "е") in honorees or p.normal_form in honorees for p in parses
               if p.tag.case in ("gent", "accs")) and not governed(doc, i, morph)


def _next_street(street: Span, span: Span, morph: Morph) -> bool:
    """A one-word person of a man's surname in the genitive right after a street's "и" or comma."""
    doc = span.doc
    if span.start != street.end + 1 or doc[street.end].text not in ("и", ",") or span.label_ != "PER" \
            or len(span) != 1 or not span[0].lower_.endswith(GENITIVE_ENDINGS):
        return False
    if span.end < len(doc) and doc[span.end].text[:1].isupper():
        return False
    return any("Surn" in p.tag.grammemes and p.tag.case in ("gent", "accs") and p.tag.gender == "masc"
               for p in morph.parse(span[0].text))


SLOT_PREPOSITIONS = INSTRUMENTAL_PREPOSITIONS | ACCUSATIVE_PREPOSITIONS | PERSON_PREPOSITIONS


def _surname_shape(text: str) -> bool:
    """What :func:`_surname_word` asks of a word's text first (a cheap look at each distinct word)."""
    return len(text) >= 6 and text[:1].isupper() and not text.isupper()


def governed_slots(doc, spans: list[Span], morph: Morph) -> list[Span]:
    """The spans with such surnames made persons (missed, or read as a one-word place or organization)
    and the tagger's persons in a street's slot dropped."""
    covered = {}
    for span in spans:
        for k in range(span.start, span.end):
            covered[k] = span
    out, street = [], None
    for span in spans:
        if span.label_ in ("LOC", "ORG") and (len(span) == 1 or len(span) == 2 and span[1].is_lower) \
                and governed_surname(doc, span.start, morph):  # also "на Ухинову губернатору" read as one place
            span = Span(doc, span.start, span.start + 1, label="PER")
        elif burden_slot(span, morph):  # "ответственность лежит на Зульфикаре Тараре" (a place to the tagger)
            span = Span(doc, span.start, span.end, label="PER")
        elif street_slot(span, morph) or (street is not None and _next_street(street, span, morph)):
            street = span  # "по Гагарина и Ленина": the streets, one after another
            continue
        out.append(span)
    # both tests end in _surname_word's: a capitalized word of six letters or more, not in capitals
    found = [Span(doc, i, i + 1, label="PER") for i in word_positions(doc, _surname_shape, capital=True)
             if i and i not in covered and (doc[i - 1].lower_ in SLOT_PREPOSITIONS and governed_surname(doc, i, morph)
                                            or verb_object_surname(doc, i, morph))]
    return sorted(out + found, key=lambda s: s.start) if found else out


# a case of a person's slot -> the endings of a Russian surname in it (man's and woman's)
CASE_ENDINGS = {"accs": ("ова", "ева", "ёва", "ина", "ына", "ову", "еву", "ёву", "ину", "ыну"),
                "datv": ("ову", "еву", "ёву", "ину", "ыну", "овой", "евой", "ёвой", "иной", "ыной"),
                "ablt": ("овым", "евым", "ёвым", "иным", "ыным", "овой", "евой", "ёвой", "иной", "ыной")}


DATIVE = frozenset({"datv"})


def verb_object_surname(doc, i: int, morph: Morph) -> bool:
    """A surname's shape right after a verb that takes a person in a case it has
    (lexicons/name_verbs.tsv): "уволил Лапину", "поручили Травиной", or after a noun of
    lexicons/name_dative_nouns.txt in the dative ("Выговор Лапину"), where the dictionary has the
    word only as a common noun and the tagger passed it by."""
    if i == 0 or doc[i - 1].pos_ not in ("VERB", "AUX", "NOUN"):
        return False
    if doc[i - 1].pos_ == "NOUN":
        cases = DATIVE if doc[i - 1].lemma_.lower().replace("ё", "е") in load_list("name_dative_nouns.txt") \
            else frozenset()
    else:
        cases = verb_cases().get(doc[i - 1].lemma_, frozenset())
    word = doc[i].lower_
    if not any(word.endswith(CASE_ENDINGS.get(c, ())) for c in cases):
        return False
    return homograph_surname(morph, doc[i].text, cases) and _surname_word(doc, i, morph, True)
