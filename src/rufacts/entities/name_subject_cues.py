"""A person mention as the subject of a verb by the words around it, for
:func:`rufacts.entities.names_group.name_hints`: the gender of a verb after a person noun the name
stands in apposition to ("пианист Кэнта Мацумура выступил"), of a feminine verb after a post and its
oblique dependents ("Заместитель главы района Александра Мельникова провела": the woman's
nominative), of a past-tense verb a few words before the name ("подписала председатель комиссии
Гришина"); a verb with its own animate subject before it ("Посол передал письмо ...") takes none;
a genitive after a position word ("тренер сборной")."""
from __future__ import annotations

from spacy.tokens import Span

from ..lexicons import load_list
from .name_apposition import GENDERS, _relative_of
from .name_role_compounds import unprefixed
from .name_objects import body_subject_before, inanimate_accusative, subject_head
from .name_participle_cues import participle_cue
from .name_verb_forms import past_singular
from .name_verb_reach import word_after
from .name_post_woman import animate_accusative, feminine_verb_before, person_post, speaker_before
from .doc_words import morph_values


def apposition_subject_firm(span: Span, after) -> bool:
    """The verb after a name in apposition to a masculine person noun is feminine ("Спикер парламента
    Ганы X открыла"): the verb agrees with the name, not the noun, which a genitive owner cannot make
    ("помощник Путина заявил" may be the helper's), so the name is its nominative subject for sure."""
    while after is not None and after.pos_ == "ADV" and after.i + 1 < len(after.doc):
        after = after.doc[after.i + 1]
    if after is None or "Fem" not in morph_values(after, "Gender"):
        return False
    doc = span.doc
    noun = next((doc[i] for i in range(span.start - 1, max(span.start - 5, -1), -1)
                 if doc[i].pos_ == "NOUN" and "Nom" in morph_values(doc[i], "Case")), None)
    return noun is not None and "Masc" in morph_values(noun, "Gender")


def _apposition_subject(span: Span, after) -> str | None:
    """Gender of the nominative a name takes in apposition to a person noun in the nominative
    before it (over genitive words: "Министр финансов Ганы Кофи Менса", "пианист Кэнта
    Мацумура") when a singular finite verb follows it: the verb's gender, else a masculine
    noun's. A reading of that gender only: "помощник Путина заявил" keeps Путин's genitive. An
    adverb may stand before the verb ("астронавт Такуя Мориока впервые выйдет")."""
    while after is not None and after.pos_ == "ADV" and after.i + 1 < len(after.doc):
        after = after.doc[after.i + 1]
    doc = span.doc
    if after is None or after.pos_ not in ("VERB", "AUX") or "Plur" in morph_values(after, "Number") \
            or {"Inf", "Part", "Conv"} & set(morph_values(after, "VerbForm")):
        # with no verb right after, a person noun in the nominative right before a woman's given name
        # ("Эксперт Фридерике Отто из Имперского колледжа считает"): hers, whatever its gender
        token = doc[span.start - 1] if span.start > 0 else None
        if token is not None and _person_nominative(token) and _woman_given(span[0].text):
            return "femn"
        return None
    for i in range(span.start - 1, max(span.start - 5, -1), -1):
        token = doc[i]
        if _person_nominative(token):
            gender = GENDERS.get(next(iter(morph_values(after, "Gender")), "")) or (
                "masc" if "Masc" in morph_values(token, "Gender") else None)
            if not morph_values(after, "Gender") and _woman_given(span[0].text):
                return "femn"  # "Эксперт Фридерике Отто считает": a common-gender noun, a woman's name
            return gender
        if token.pos_ == "ADP" or (token.pos_ in ("NOUN", "PROPN", "ADJ") and _in_phrase(doc, i)):
            continue  # "Чемпион мира по шахматам Гукеш Доммараджу сыграл"
        if _indeclinable_place(token):
            continue  # "Министр финансов Зимбабве Мтули Нкубе представил": the tagger's nominative
        # (a participle of a genitive noun too: "Главный инженер управляющей компании X подписал")
        if token.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB") or not _genitive_form(token):
            return None
    return None


def _genitive_form(token) -> bool:
    """A word in the genitive, or in the animate plural accusative that spells it ("Лидер ультраправых
    Джордже Симион пообещал": the tagger's accusative of a substantive adjective; w373)."""
    case = morph_values(token, "Case")
    return "Gen" in case or ("Acc" in case and "Plur" in morph_values(token, "Number")
                             and "Anim" in morph_values(token, "Animacy"))


def _person_nominative(token) -> bool:
    """A person noun in the nominative singular, no kinship word ("его жена Рената": kin_apposition's)."""
    return token.pos_ == "NOUN" and "Nom" in morph_values(token, "Case") and "Sing" in morph_values(token, "Number") \
        and "Anim" in morph_values(token, "Animacy") and unprefixed(token.lemma_) not in load_list("kin_words.txt")


def woman_in_apposition(span: Span, case: str | None) -> frozenset[str]:
    """{"nomn:femn"} for a woman's given name after a person noun in the nominative that reads as one's
    relative or agent ("Адвокат Ренате Хоффман полагает": her, not a man's genitive), else nothing."""
    return frozenset({"nomn:femn"}) if case == "nomn" and _woman_given(span[0].text) else frozenset()


def _woman_given(word: str) -> bool:
    """A woman's given name as written, no man's name in any case: a listed foreign one ("Фридерике",
    "Карине") or the dictionary's ("Мария"); not "Александра", a man's genitive too, which a masculine
    noun's apposition may own ("помощник Александра Мельникова считает") (second36p)."""
    from ..grammars.morph import get_morph
    from .name_foreign_first import foreign_first_forms
    from .name_lexicon_readings import _foreign_names
    low = word.lower().replace("ё", "е")
    genders = {g for _c, g, nominative in foreign_first_forms(low) if nominative == low}
    genders |= {_foreign_names()[0].get(low)} - {None}
    names = [p for p in get_morph().parse(low) if "Name" in p.tag.grammemes]
    genders |= {p.tag.gender for p in names if p.normal_form.replace("ё", "е") == low and p.tag.case == "nomn"}
    return genders == {"femn"} and not any(p.tag.gender == "masc" and p.tag.case in ("gent", "accs") for p in names)


def _indeclinable_place(token) -> bool:
    """An inanimate proper noun in a vowel no Russian noun declines in (Зимбабве, Того, Перу, Мали),
    which the tagger may read in any case: after a noun of a post's phrase it is its country's genitive."""
    return token.pos_ == "PROPN" and "Inan" in morph_values(token, "Animacy") and token.lower_[-1:] in "еиоуэю" \
        and token.i > 0 and token.doc[token.i - 1].pos_ == "NOUN"


POST_DEPENDENTS = frozenset({"Gen", "Ins", "Loc"})
POST_REACH = 7  # dependent words between a post and the name: "Ректор Ижевской государственной медицинской академии"


def _woman_in_post(span: Span) -> bool | str:
    """A name ambiguous between a woman's nominative and a man's genitive ("Александра Мельникова")
    after a post in the nominative and its dependent words in oblique cases ("Заместитель главы
    района", "Ректор Ижевской государственной медицинской академии", "Заведующий кафедрой истории";
    the tagger's prepositional of a genitive too: "области"; a participle or adjective in the
    nominative with only oblique words after it is the post itself: "Уполномоченный"), before a feminine past-tense verb: the
    verb agrees with the post, so the post is the woman's and the name hers, in the nominative. A
    masculine verb leaves the genitive ("провёл": the deputy of the district head Мельников), and
    so does a relation ("помощник", "дочь": lexicons/kin_words.txt) at the head. A feminine verb before a
    masculine post does as the one after the name ("заявила представитель подрядчика Евгения Гонта":
    :mod:`.name_post_woman`); then the answer is "before", which makes the nominative firm."""
    doc = span.doc
    after = word_after(span)  # over adverbs, an initial's dot and a prepositional phrase (name_verb_reach.py)
    verb_after = past_singular(after, ("femn",))  # or one before a masculine post: name_post_woman
    for i in range(span.start - 1, max(span.start - 1 - POST_REACH, -1), -1):
        token = doc[i]
        if "Nom" in morph_values(token, "Case") and "Sing" in morph_values(token, "Number") and (
                (token.pos_ == "NOUN" and ("Anim" in morph_values(token, "Animacy") or person_post(token)))
                or _role_word(token.lemma_) or token.pos_ in ("VERB", "ADJ")) \
                and unprefixed(token.lemma_) not in load_list("kin_words.txt"):
            # right before the name: _apposition_subject; the verb before the post: "before" (name_post_woman)
            return i < span.start - 1 and (verb_after or ("before" if feminine_verb_before(doc, i)
                                                          or speaker_before(doc, i) else False))
        if token.pos_ == "ADP" or (token.pos_ in ("NOUN", "PROPN", "ADJ") and _in_phrase(doc, i)):
            continue
        if token.pos_ not in ("NOUN", "PROPN", "ADJ") or not (POST_DEPENDENTS & set(morph_values(token, "Case"))
                                                              or animate_accusative(token)):  # "застройщика"
            return False
    return False


def _in_phrase(doc, i: int) -> bool:
    """The word at ``i`` is governed by a preposition right before it or before its adjective."""
    return i > 0 and (doc[i - 1].pos_ == "ADP" or (i > 1 and doc[i - 1].pos_ == "ADJ" and doc[i - 2].pos_ == "ADP"))


def _position_of(doc, genitive) -> bool:
    """A genitive word after a position word in the nominative ("тренер сборной")."""
    if "Gen" not in morph_values(genitive, "Case") or genitive.i == 0:
        return False
    head = doc[genitive.i - 1]
    return _role_word(head.lemma_) and "Nom" in morph_values(head, "Case")


def _role_word(lemma: str) -> bool:
    """A position word of ``lexicons/role_words.txt``, also with "экс-" ("экс-президент")."""
    lemma = lemma.lower()
    return lemma in load_list("role_words.txt") or (
        lemma.startswith("экс-") and lemma[4:] in load_list("role_words.txt"))


def _inverted_subject(span: Span) -> str | None:
    """Gender of a past-tense verb a few words before a mention whose subject the mention
    is: between them only a position word in the nominative and words in oblique cases
    ("подписала председатель комиссии Гришина")."""
    doc = span.doc
    if span.start >= 2 and _object_of_verb(doc[span.start - 1], doc[span.start - 2]):
        return None  # "обсудил зарплату И. Маска": the name is the object's
    if _relative_after_person(doc, span.start):
        return None  # "рассказала подруга супруги Петрова": the relative's, whatever case the tagger gave
    cues = participle_cue(span)
    if cues and not any(c.startswith("agree:nomn:") for c in cues):
        return None  # "поздравил с юбилеем И. П. Ступину, сорок лет проработавшую": an oblique participle's
    for i in range(span.start - 1, max(span.start - 6, -1), -1):
        token = doc[i]
        if token.pos_ == "VERB":
            gender = GENDERS.get(next(iter(morph_values(token, "Gender")), ""))
            if _substantive_post(token):  # "пояснила заведующая отделом фондов Дрожжина Т. Н."
                continue
            if morph_values(token, "Case") or "Part" in morph_values(token, "VerbForm"):
                return None  # a participle has no subject: "партию, ввезённую компанией Иона Чиботару"
            if _animate_subject_before(doc, i):  # "Посол передал письмо Жан-Ноэлю Барро"
                return None
            return gender if i < span.start - 1 else None  # right before: the verb rule
        if token.pos_ in ("ADP", "ADV"):  # "подписала в понедельник Белоусова"
            continue
        if token.pos_ == "ADJ" and not morph_values(token, "Case"):
            return None  # a short adjective, a predicate: "остался доволен Агустином Фариасом"
        if token.pos_ not in ("NOUN", "ADJ") or (token.pos_ == "NOUN" and  # "главный бухгалтер"
                "Nom" in morph_values(token, "Case") and "Anim" not in morph_values(token, "Animacy")
                and token.lemma_.lower() not in load_list("role_words.txt")):
            return None
    return None


def _substantive_post(token) -> bool:
    """A nominative participle that names a post (``lexicons/role_words.txt`` lists its masculine:
    "заведующая", "управляющий"), a noun the tagger read as a verb's form."""
    if "Nom" not in morph_values(token, "Case"):
        return False
    word = token.lower_
    for end, masculine in (("ая", "ий"), ("ий", "ий"), ("ой", "ой")):
        if word.endswith(end):
            return word[: -len(end)] + masculine in load_list("role_words.txt")
    return False


def _relative_after_person(doc, start: int) -> bool:
    """A kinship or relation noun right before the name that itself follows a noun for a person after
    the verb ("рассказала подруга супруги Петрова"): the name is the relative's, who depends on that
    person, not the verb's subject in apposition (not "пояснила адвокат Тамуна Кобахидзе")."""
    if start < 2 or doc[start - 1].pos_ != "NOUN" or not _relative_of(doc, doc[start - 1]):
        return False
    for token in reversed(list(doc[max(start - 5, 0):start - 1])):
        if token.pos_ == "VERB":
            return False
        if token.pos_ == "NOUN" and "Anim" in morph_values(token, "Animacy"):
            return True
    return False


def _object_of_verb(token, before) -> bool:
    """An inanimate noun in the accusative alone (not after a preposition): a verb's direct
    object ("зарплату"), which a name after it depends on."""
    return inanimate_accusative(token) and before.pos_ == "VERB"


def _animate_subject_before(doc, verb: int) -> bool:
    """The verb at ``verb`` has its subject already: an animate noun or a pronoun in the
    nominative just before it ("Посол передал"; not "Приказ подписала")."""
    i = verb - 1
    while i >= 0 and doc[i].pos_ == "ADV":
        i -= 1
    if i < 0:
        return False
    i = subject_head(doc, i)  # "Директор музея показал", "Глава администрации района подписала"
    token = doc[i]
    # ... or a feminine noun agreeing with a feminine verb ("Полиция задержала"; not "Приказ подписала")
    return body_subject_before(doc, verb) or "Nom" in morph_values(token, "Case") and (
        token.pos_ == "PRON" or (token.pos_ in ("NOUN", "PROPN") and "Anim" in morph_values(token, "Animacy"))
        or (token.pos_ == "NOUN" and "Fem" in morph_values(token, "Gender") and "Fem" in morph_values(doc[verb], "Gender")
            and "Sing" in morph_values(token, "Number"))
        # ... or a body's feminine name in -а/-я, whose accusative would be -у/-ю ("Госдума лишила Кашина")
        or (token.pos_ == "PROPN" and token.ent_type_ in ("ORG", "LOC") and token.lower_.endswith(("а", "я"))
            and "Fem" in morph_values(token, "Gender") and "Fem" in morph_values(doc[verb], "Gender")
            and "Sing" in morph_values(token, "Number"))
        # ... or any noun agreeing with a reflexive verb, which takes no accusative object ("Приз
        # достался", "Матч завершился": the name after it is no subject)
        or (token.pos_ == "NOUN" and doc[verb].lower_.endswith(("ся", "сь")) and "Sing" in morph_values(token, "Number")
            and bool(morph_values(token, "Gender")) and morph_values(token, "Gender") == morph_values(doc[verb], "Gender")))
