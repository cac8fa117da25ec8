"""A person's name as the object of the verb before it (used by
:func:`rufacts.entities.names_group.name_hints`): the verb has its subject already where an
organization's common noun in the nominative agreeing with it stands before it ("Суд назначил",
"Совет директоров уволил", "Учёный совет рекомендовал"); the name after a transitive verb is
then its accusative object ("рекомендовал Г. А. Ветрова"), or its dative where an inanimate
accusative noun or a counted one follows the name ("назначил Ломакину Р. В. наказание", "три года
колонии")."""
from __future__ import annotations

from ..grammars.morph import Morph
from ..lexicons import load_list
from .spans import after_dot
from .doc_words import morph_values

ACCUSATIVE = frozenset({"accs"})
DATIVE = frozenset({"datv"})


def body_subject_before(doc, verb: int) -> bool:
    """An organization's common noun (``lexicons/org_descriptors.txt``) in the nominative singular
    before the verb at ``verb``, over adjectives, adverbs and genitive words, of the verb's gender."""
    genders = morph_values(doc[verb], "Gender")
    if "Plur" in morph_values(doc[verb], "Number"):
        return False
    for i in range(verb - 1, max(verb - 5, -1), -1):
        token = doc[i]
        if token.pos_ == "NOUN" and "Nom" in morph_values(token, "Case") and "Sing" in morph_values(token, "Number") \
                and token.lemma_.lower() in load_list("org_descriptors.txt") \
                and (not genders or genders == morph_values(token, "Gender")) and not (i and doc[i - 1].pos_ == "ADP"):
            return True  # (not the object of a preposition: "В суд обратился X")
        if token.pos_ in ("ADJ", "ADV", "DET") or (token.pos_ in ("NOUN", "PROPN") and "Gen" in morph_values(token, "Case")):
            continue
        if (token.pos_ == "ADP" and i + 1 < verb and doc[i + 1].pos_ in ("NOUN", "PROPN")) \
                or (token.pos_ in ("NOUN", "PROPN") and i and doc[i - 1].pos_ == "ADP"):
            continue  # a place's phrase between: "Суд в Осло заключил", "Полиция в Мальмё задержала"
        if token.pos_ == "PROPN" and "Loc" in morph_values(token, "Case") and i > 0 and doc[i - 1].pos_ != "ADP":
            continue  # "Прокуратура Мехико обвинила": a genitive the tagger reads as prepositional
        return False
    return False


TAIL = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM"})
MAX_TAIL = 6


def subject_head(doc, i: int) -> int:
    """Index of the head of a subject whose last word is at ``i``, over the words that depend on it
    in oblique cases and their prepositions ("Директор музея", "Глава администрации района",
    "Председатель комитета по бюджету"): the first word in the nominative going back, up to
    six words; ``i`` itself where that word is in the nominative or none is found."""
    for j in range(i, max(i - MAX_TAIL, -1), -1):
        token = doc[j]
        if token.pos_ in TAIL and "Nom" in morph_values(token, "Case"):
            return j
        if token.pos_ != "ADP" and not (token.pos_ in TAIL and morph_values(token, "Case")) \
                and not (token.text == "-" or token.is_punct and token.text in "«»\""):
            return i
    return i


def inanimate_accusative(token) -> bool:
    """An inanimate noun in the accusative: a verb's direct object ("кредит", "зарплату")."""
    return token.pos_ == "NOUN" and morph_values(token, "Case") == ["Acc"] \
        and "Inan" in morph_values(token, "Animacy")


def object_cases(verb, span, morph: Morph) -> frozenset[str]:
    """The cases of a name right after a transitive verb that is not a verb of saying, whose
    subject an organization's noun before it is: the accusative, or the dative before an
    inanimate accusative noun; none else (the verb's subject unknown, the name may be it)."""
    if not body_subject_before(span.doc, verb.i) or verb.lemma_.lower() in load_list("speech_verbs.txt") or not any(
            p.tag.POS in ("VERB", "INFN") and "tran" in p.tag.grammemes for p in morph.parse(verb.text.lower())):
        return frozenset()
    return dative_before_object(span, ACCUSATIVE)


def dative_before_object(span, cases: frozenset[str]) -> frozenset[str]:
    """The dative where an inanimate noun in the accusative follows the name ("выдал Смирнову
    кредит": the verb's direct object is the noun), also over its adjectives ("показал Вуковичу
    вторую жёлтую карточку", "объявил Кузнецову строгий выговор"), else ``cases``."""
    doc = span.doc
    end = after_dot(doc, span.end)
    if end < len(doc) and "accs" in cases and (
            inanimate_accusative(doc[end]) or _counted_object(doc, end) or _modified_object(doc, end)):
        return DATIVE
    return cases


MODIFIERS = frozenset({"ADJ", "DET", "NUM"})  # "вторую", "все", "новый"
MAX_MODIFIERS = 3


def _object_case(token) -> bool:
    """The accusative, or the nominative the tagger gives an inanimate word whose accusative is
    the same ("новый паспорт", "строгий выговор", "новое обвинение", "все документы"): not a
    feminine singular, whose two cases differ ("новая квартира")."""
    case = morph_values(token, "Case")
    return case == ["Acc"] or case == ["Nom"] and not (
        "Fem" in morph_values(token, "Gender") and "Sing" in morph_values(token, "Number"))


def _modified_object(doc, i: int) -> bool:
    """An inanimate noun, not one of time (``lexicons/name_time_objects.txt``: "третий день"),
    after one to three of its modifiers from ``i``, all in the accusative (or a nominative like
    it): a direct object that the name before it is the dative beside."""
    j = i
    while j < len(doc) and j - i < MAX_MODIFIERS and (
            doc[j].lower_ == "все" or (doc[j].pos_ in MODIFIERS and _object_case(doc[j]))):
        j += 1
    if j >= len(doc):
        return False
    noun = doc[j]  # with no modifier, a bare noun the tagger calls nominative ("объявил Кузнецову выговор")
    return noun.pos_ == "NOUN" and "Inan" in morph_values(noun, "Animacy") and _object_case(noun) \
        and noun.lemma_.lower() not in load_list("name_time_objects.txt")


def _counted_object(doc, i: int) -> bool:
    """A numeral and an inanimate noun from ``i``: a counted direct object ("назначил Хабибуллину
    Р. Р. три года колонии", "выплатил Петровой пять миллионов рублей")."""
    return doc[i].pos_ == "NUM" and morph_values(doc[i], "Case") in (["Acc"], ["Nom"], []) \
        and i + 1 < len(doc) and doc[i + 1].pos_ == "NOUN" and "Inan" in morph_values(doc[i + 1], "Animacy")
