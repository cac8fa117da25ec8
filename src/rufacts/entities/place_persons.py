"""Person mentions the tagger read as places or organizations (used by
:mod:`rufacts.entities.names_spans`):

- a two-word place that reads clearly as a first name and a surname ("На Марке Рютте", "На
  Аркадии Дворковиче", "с Фомой Коростелем", "В Анне-Марии Войцеховской": a double first name), and a
  three-word one of a first name, a patronymic and a surname ("Феофаном Аристарховичем Плещеевым-Лужиным");
- a place or organization span running over a noun for a person into a name ("Сербской
  волейболистке Миле Йованович"), or an organization span of a word for the people around a
  person and the name ("Пресс-служба Павла Дурова"): the name after the noun is the person.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.morph import Morph
from ..lexicons import load_list
from .doc_words import word_positions
from .name_readings import ARTICLES, NOUN_SURNAME, _readings
from .name_words import MISSED, MISSED_KNOWN, _capitalized, _first_name, _hyphenated_cap, _surname
from .names import analyze_name
from .name_apposition import oblique_apposition
from .name_lone_oblique import lone_surname_after_preposition, surname_first
from .name_honorifics import see_adjective
from .name_first_missed import iberian_reading

APPOSED_CASES = {"gent", "datv", "accs", "ablt", "loct"}


def _reads_as_person(morph: Morph, words: list[str]) -> bool:
    """Two or three capitalized words that read well as one name, the first a first name
    the dictionary knows or a word it does not know ("Павла Дурова", "Жозепа Борреля")."""
    first = words[0]
    if morph.is_known(first) and not any("Name" in p.tag.grammemes for p in morph.parse(first)):
        return False
    return reads_clearly(morph, words, 0.7)


def reads_clearly(morph: Morph, words: list[str], need: float) -> bool:
    """The words read as a first name and a surname, the best reading scoring ``need`` or more."""
    parts = analyze_name(morph, words)
    return parts.first is not None and parts.last is not None and parts.candidates[0][0] >= need


def _with_article(word: str) -> bool:
    """"аль-Шамси": the Arabic article and a capitalized word."""
    head, _, tail = word.partition("-")
    return head.lower() in ARTICLES and tail[:1].isupper() and tail.isalpha()


def _place_word(morph: Morph, word: str) -> bool:
    """A word the dictionary reads as a place; one with the Arabic article only where it knows the word
    after the article as one ("эз-Зор"), not by the guess it makes of the article's shape ("аль-Мутейри",
    "аш-Шейбани": surnames, "Министру инвестиций ... Бандару аль-Мутейри")."""
    if _with_article(word):
        tail = word.partition("-")[2]
        return morph.is_known(tail) and any("Geox" in p.tag.grammemes for p in morph.parse(tail))
    return any("Geox" in p.tag.grammemes for p in morph.parse(word))


def _place_as_person(span: Span, morph: Morph) -> Span:
    """"На Марке Рютте": a two-word place that reads clearly as a first name and a surname
    (no place reading) (the dictionary's, the lexicon's or an unknown word; a noun for an animal
    read as a surname, "Фомой Коростелем") is a person; so is one word the dictionary reads first as a
    surname and never as a place, after a preposition of persons ("с Ермолаевым"); so is one of three or
    four words that reads as a Spanish or Portuguese name (name_first_missed.iberian_reading)."""
    if span.label_ == "LOC" and len(span) == 1 and surname_first(morph, span[0].text) \
            and lone_surname_after_preposition(span.doc, span.start, morph):
        return Span(span.doc, span.start, span.end, label="PER")  # "с Ермолаевым": no place
    if span.label_ == "LOC" and len(span) in (3, 4) and iberian_reading(morph, span):
        return Span(span.doc, span.start, span.end, label="PER")  # "предложил Фелипи Араужу Лиме контракт"
    if span.label_ == "LOC" and len(span) == 3 and _with_patronymic(morph, span):
        return Span(span.doc, span.start, span.end, label="PER")  # "Феофаном Аристарховичем Плещеевым-Лужиным"
    if span.label_ != "LOC" or len(span) != 2:
        return span
    double = _double_first_name(morph, span[0].text)  # "с Жаном-Люком Кола": a person whatever Кола is
    if not (_capitalized(span[0]) or double) or not (_capitalized(span[1]) or _with_article(span[1].text)) \
            or not (double or _first_name(morph, span[0].text)) or not (
                double or _surname(morph, span[1].text) or _animal_surname(morph, span[1].text)) \
            or (_place_word(morph, span[1].text) and not double):
        return span
    need = MISSED if not morph.is_known(span[1].text) else MISSED_KNOWN  # "На Аркадии Дворковиче"
    if not reads_clearly(morph, [t.text for t in span], need):
        return span
    return Span(span.doc, span.start, span.end, label="PER")


def _with_patronymic(morph: Morph, span: Span) -> bool:
    """Three capitalized words, a first name, a patronymic and a surname the dictionary reads so, agreeing
    ("Феофаном Аристарховичем Плещеевым-Лужиным": an old patronymic; a double surname no place)."""
    words = [t.text for t in span]
    if not all(_capitalized(t) or _hyphenated_cap(t) for t in span) \
            or not any("Patr" in p.tag.grammemes for p in morph.parse(words[1])) \
            or not any("Name" in p.tag.grammemes for p in morph.parse(words[0])):
        return False
    parts = analyze_name(morph, words)
    return parts.middle is not None and parts.last is not None and parts.candidates[0][0] >= 2.0


def _double_first_name(morph: Morph, word: str) -> bool:
    """A hyphenated word every part of which is a first name ("Жаном-Люком", "Анна-Мария")."""
    parts = word.split("-")
    return len(parts) > 1 and all(p[:1].isupper() and _first_name(morph, p) for p in parts)


def apposed_surname(span: Span, morph: Morph) -> Span:
    """"отправили в отставку главу района Косого": a one-word place, no place to the dictionary,
    that is an adjective in the case of a noun for a person before it (over its genitive words)
    is the person's surname, an adjectival one (Косой, Кривого)."""
    if span.label_ != "LOC" or len(span) != 1 or not _capitalized(span[0]) or span[0].is_sent_start:
        return span
    if see_adjective(span.doc, span.start, morph):
        return span  # "герцогини Кембриджской": the realm's adjective (entities/name_honorifics.py)
    parses = morph.parse(span[0].text)
    if any({"Geox", "Name", "Orgn"} & p.tag.grammemes for p in parses):
        return span
    cases = {p.tag.case for p in parses if p.tag.POS == "ADJF" and p.tag.number == "sing"
             and p.tag.gender in ("masc", "femn")} & APPOSED_CASES
    if not cases or not cases & oblique_apposition(span.doc, span.start, morph):
        return span
    return Span(span.doc, span.start, span.end, label="PER")


def _animal_surname(morph: Morph, word: str) -> bool:
    """A masculine animate common noun read as a surname ("Коростелем", "Соловьём")."""
    return any(p.tag.POS == "NOUN" and "anim" in p.tag.grammemes and p.tag.gender == "masc"
               for p in morph.parse(word)) and any(
        r.role == "last" and r.weight >= NOUN_SURNAME for r in _readings(morph, word))


HONOREE = frozenset({"имени", "им."})  # a body named after the person: the honoree rule's


def person_after_noun(span: Span, morph: Morph) -> Span | None:
    """The name after a word for a person inside a place or organization span: two or three
    capitalized words to the span's end that read as a first name and surname, after a
    lower-case noun for a person ("Сербской волейболистке Миле Йованович" -> "Миле Йованович")
    or, in an organization, after a first word for the people around them
    (``lexicons/person_staff.txt``: "Пресс-служба Павла Дурова" -> "Павла Дурова"); None else."""
    if span.label_ not in ("LOC", "ORG"):
        return None
    words = [t for t in span if not t.is_space]
    staff = span.label_ == "ORG" and len(words) in (3, 4) \
        and words[0].lemma_.lower() in load_list("person_staff.txt")
    for i in range(len(words) - 3, max(len(words) - 5, -1), -1):
        noun, rest = words[i], words[i + 1:]
        if (noun.pos_ == "NOUN" and noun.text.islower() and "Anim" in noun.morph.get("Animacy")
                or i == 0 and staff) \
                and all(_hyphenated_cap(t) for t in rest) and not any(t.lower_ in HONOREE for t in words[:i]) \
                and _reads_as_person(morph, [t.text for t in rest]):  # ("музее имени императора Петра
            return Span(span.doc, rest[0].i, span.end, label="PER")  # Великого": the body's honoree's)
    return _person_before_tail(span, words, morph)


def _person_before_tail(span: Span, words: list, morph: Morph) -> Span | None:
    """"инвестору [Тревору Блэквуду суд]": an organization span of a name and the lower-case noun
    after it (the clause's subject the tagger took in), right after a lower-case noun for a person:
    the name alone is a person mention."""
    doc = span.doc
    if span.label_ != "ORG" or span.start == 0 or len(words) not in (3, 4) or not words[-1].is_lower \
            or words[-1].pos_ != "NOUN" or not all(_hyphenated_cap(t) for t in words[:-1]):
        return None
    noun = doc[span.start - 1]
    if noun.pos_ != "NOUN" or not noun.text.islower() or "Anim" not in noun.morph.get("Animacy") \
            or not _reads_as_person(morph, [t.text for t in words[:-1]]):
        return None
    return Span(doc, span.start, words[-2].i + 1, label="PER")


# two places side by side the tagger found, the second a word the dictionary lacks: a first name
# reading of the first and any surname reading of the second agreeing will do
JOINED_UNKNOWN = 1.25


def joined_places(spans: list[Span], morph: Morph) -> list[Span]:
    """Two one-word places side by side, a first name and a word no dictionary knows as a place,
    that read clearly as one name ("Александрии" + "Окасио-Кортес"): one person mention."""
    out: list[Span] = []
    for span in spans:
        previous = out[-1] if out else None
        if previous is not None and previous.label_ == span.label_ == "LOC" and previous.end == span.start \
                and len(previous) == len(span) == 1 and _capitalized(previous[0]) and span[0].text[:1].isupper() \
                and _first_name(morph, previous[0].text) \
                and not any("Geox" in p.tag.grammemes for p in morph.parse(span[0].text)):
            need = JOINED_UNKNOWN if not morph.is_known(span[0].text) else MISSED_KNOWN
            if reads_clearly(morph, [previous[0].text, span[0].text], need):
                out[-1] = Span(span.doc, previous.start, span.end, label="PER")
                continue
        out.append(span)
    return out


def double_first_spans(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """A hyphenated first name ("Жаном-Люком", "Анной-Марией") and a capitalized word after it that
    no span covers and that read clearly as a first name and a surname: a person mention the tagger
    missed ("с Жаном-Люком Кола")."""
    covered = {i for span in spans for i in range(span.start, span.end)}
    found = [Span(doc, i, i + 2, label="PER") for i in word_positions(doc, lambda text: "-" in text)
             if i < len(doc) - 1 and i not in covered and i + 1 not in covered and _capitalized(doc[i + 1])
             and _double_first_name(morph, doc[i].text)
             and reads_clearly(morph, [doc[i].text, doc[i + 1].text], MISSED_KNOWN)]
    return sorted(spans + found, key=lambda s: s.start) if found else spans
