"""A first name the tagger left out before a person with two first names: "об Андресе" +
"Фелипе Кастаньеде" -> "Андресе Фелипе Кастаньеде" (used by :mod:`rufacts.entities.names_spans`).

The capitalized word just before a two-word person span, outside any other span and not opening
the sentence, joins it when it and the span's first word are both first names and the three
words read as one name whose first name is the two ("Андрес Фелипе", "Хуан Пабло"); or, before a
span that opens with the first word of an Arabic theophoric or kunya surname (``lexicons/
name_arabic_heads.txt``: "Абу Касра", "Абдель Азиз"), a first name whose name of three words has that
surname ("Мурхаф" + "Абу Касра"); or a hyphenated first name before a one-word surname span
("Касым-Жомартом" + "Токаевым"); a Spanish or Portuguese given name before a span of three or four
words that opens with another ("Антониу" + "Луиша Сантуша да Кошты"); a given name of a people's list
(``lexicons/name_origins.tsv``, kind first) that the dictionary reads as a common noun or a month, in a
case, before a one-word surname span it agrees with ("с Мартом" + "Лааром": the Estonian Март); a
first name before a span of a middle initial and a surname ("Марше" + "Л. Фадж": Марша Л. Фадж).
"""
from __future__ import annotations

from spacy.tokens import Span

from ..grammars.morph import Morph
from ..lexicons import load_list
from .name_words import _capitalized, _first_name
from .names import analyze_name
from .name_place_apposed import apposed_place


def with_first_before(span: Span, covered: set[int], morph: Morph) -> Span:
    doc = span.doc
    i = span.start - 1
    if len(span) == 1 and i >= 0 and i not in covered and "-" in doc[i].text and _capitalized(span[0]) \
            and not doc[i].is_sent_start and _double_first_name(morph, doc[i].text):
        # a hyphenated first name before a lone surname ("с Касым-Жомартом" + "Токаевым")
        parts = analyze_name(morph, [doc[i].text, span[0].text])
        if parts.first is not None and "-" in parts.first and parts.middle is None and parts.last is not None:
            return Span(doc, i, span.end, label="PER")
        return span
    if len(span) == 1 and i >= 0 and i not in covered and not doc[i].is_sent_start and doc[i].is_alpha \
            and _capitalized(doc[i]) and _capitalized(span[0]):
        return _listed_given_before(span, morph)
    if i >= 0 and i not in covered and doc[i].is_alpha and _capitalized(doc[i]) and _capitalized(span[-1]):
        joined = _given_before_initial(span, morph)
        if joined is not span:
            return joined
    if i < 0 or i in covered or doc[i].is_sent_start or not _capitalized(doc[i]) \
            or not (len(span) == 2 and all(_capitalized(t) for t in span) or _iberian_pair(morph, doc[i], span)):
        return span
    if not _first_name(morph, doc[i].text):
        return span
    parts = analyze_name(morph, [doc[i].text] + [t.text for t in span])
    if span[0].lower_ in load_list("name_arabic_heads.txt"):
        return Span(doc, i, span.end, label="PER") if _opens_arabic_surname(parts, span[0].text) else span
    if not _first_name(morph, span[0].text):
        return span
    if parts.first is None or len(parts.first.split()) != 2 or parts.middle is not None or parts.last is None:
        return span
    return Span(doc, i, span.end, label="PER")


def reads_with_arabic_surname(morph: Morph, words: list[str]) -> bool:
    """Three words that read as one first name and a surname opening with the first word of an
    Arabic theophoric or kunya name (``lexicons/name_arabic_heads.txt``): "Насира Абдул Рахима" is
    Насир Абдул Рахим, one person, not "Насира" and a woman "Абдул Рахима" (name_case_split.py)."""
    if len(words) != 3 or words[1].lower() not in load_list("name_arabic_heads.txt") \
            or not _first_name(morph, words[0]):
        return False
    return _opens_arabic_surname(analyze_name(morph, words), words[1])


def _opens_arabic_surname(parts, head: str) -> bool:
    """The three words read as one first name and a surname that opens with the Arabic head."""
    return parts.first is not None and " " not in parts.first and parts.middle is None \
        and parts.last is not None and parts.last.startswith(head + " ")


def _iberian_pair(morph: Morph, token, span: Span) -> bool:
    """A Spanish or Portuguese given name before a longer span that opens with another given name, its
    surnames capitalized ("Антониу" + "Луиша Сантуша да Кошты", "Ана" + "Кристина Сарайва Рибейру")."""
    from .name_hispanic import iberian_given_word
    from .name_readings import _readings

    return len(span) in (3, 4) and _capitalized(span[0]) and _capitalized(span[-1]) \
        and iberian_given_word(token.text, _readings(morph, token.text)) \
        and (iberian_given_word(span[0].text, _readings(morph, span[0].text)) or _first_name(morph, span[0].text))


def _double_first_name(morph: Morph, word: str) -> bool:
    from .place_persons import _double_first_name as double  # (place_persons imports this module's users)
    return double(morph, word)


PLACE_PREPOSITIONS = frozenset({"в", "во", "на"})  # "в Рейне": the river, no Estonian Рейн


# a Kazakh or Kyrgyz patronymic ("Ерланулы", "Сапаркызы", "Асанбекуулу")
KAZAKH_PATRONYMIC = ("улы", "уулу", "ұлы", "кызы", "қызы")


def first_name_place(other: Span, span: Span, morph: Morph) -> bool:
    """A one-word place or organization the tagger made of a first name, right before a two-word
    person span whose first word is a first name too: "с Луизом" (LOC) + "Фелипе Барбозой" -> one
    person with the first name "Луиз Фелипе", as :func:`with_first_before` joins an untagged word.
    Not a word the dictionary knows as a place or body ("в Бразилии" + "Луис Гонсалес"). So too the
    surname before a first name and a Kazakh patronymic in the official order ("Асылбеков" + "Тимур
    Ерланулы": Тимур Ерланулы Асылбеков)."""
    if len(other) == 1 and other.end == span.start and len(span) == 1 and _capitalized(other[0]) \
            and not other[0].is_sent_start and other[0].is_alpha and _capitalized(span[0]) and not (
            other.start > 0 and other.doc[other.start - 1].lower_ in PLACE_PREPOSITIONS):
        # "с Мартом" (LOC: the month) + "Кадастиком": a people's listed given name, as an untagged one joins
        return _listed_given_before(span, morph) is not span
    if len(other) != 1 or other.end != span.start or len(span) != 2 or not _capitalized(other[0]) \
            or other[0].is_sent_start or not all(_capitalized(t) for t in span) or apposed_place(other) \
            or any({"Geox", "Orgn"} & p.tag.grammemes for p in morph.parse(other[0].text)):
        return False
    if span[1].text.lower().endswith(KAZAKH_PATRONYMIC):  # "Асылбеков" (ORG) + "Тимур Ерланулы"
        parts = analyze_name(morph, [other[0].text] + [t.text for t in span])
        return None not in (parts.first, parts.middle, parts.last) and parts.middle == span[1].text \
            and parts.last.lower()[:4] == other[0].text.lower()[:4]
    if not _first_name(morph, other[0].text) or not _first_name(morph, span[0].text):
        return False
    parts = analyze_name(morph, [other[0].text] + [t.text for t in span])
    return parts.first is not None and len(parts.first.split()) == 2 and parts.middle is None \
        and parts.last is not None


def _listed_given_before(span: Span, morph: Morph) -> Span:
    """The word before a one-word span joins it where it is a case of a given name of a people's list
    (``lexicons/name_origins.tsv``) the dictionary knows as another word ("Мартом": of the month) and
    the two read as that first name and a surname ("с Мартом Лааром": Март Лаар)."""
    from .name_origins import first_forms

    doc, i = span.doc, span.start - 1
    names = {name for _case, _gender, name, _origin in first_forms(doc[i].lower_)}
    if not names or not morph.is_known(doc[i].text):
        return span
    parts = analyze_name(morph, [doc[i].text, span[0].text])
    if parts.first is None or parts.first.lower().replace("ё", "е") not in names or parts.middle is not None \
            or parts.last is None:
        return span
    return Span(doc, i, span.end, label="PER")


def _given_before_initial(span: Span, morph: Morph) -> Span:
    """A first name before a span of one middle initial and a surname ("Министру Марше" + "Л. Фадж"): the
    three read as that first name, the initial as the middle name and the surname."""
    from .names import is_initial

    doc, i = span.doc, span.start - 1
    words = [t.text for t in span if t.text != "."]
    if len(words) != 2 or not is_initial(words[0]) or is_initial(words[1]) or not _first_name(morph, doc[i].text):
        return span
    parts = analyze_name(morph, [doc[i].text] + [t.text for t in span])
    if parts.first is None or parts.first.endswith(".") or parts.middle is None or not parts.middle.endswith(".") \
            or parts.last is None:
        return span
    return Span(doc, i, span.end, label="PER")
