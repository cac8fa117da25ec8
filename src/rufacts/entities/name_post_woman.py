"""A feminine past-tense verb before a masculine post and its oblique dependents, the name after them
(personforms40): "заявила представитель подрядчика Евгения Гонта", "рассказала журналистам
пресс-секретарь губернатора Александра Коваленко". The verb's subject is the post; a masculine noun
cannot make the verb feminine, the named woman does, so the name is hers, in the nominative, not a man's
genitive owned by the post's dependent ("подрядчика Евгения Гонта"). Read by
:func:`rufacts.entities.name_subject_cues._woman_in_post`, the mirror of its verb after the name
("Заместитель главы района Александра Мельникова провела"). A relation at the head ("помощник",
lexicons/kin_words.txt) is that rule's to leave out; a feminine post ("представительница") agrees
with the verb itself and says nothing of the name.
"""
from __future__ import annotations

from .doc_words import morph_values
from .name_verb_forms import past_singular

VERB_REACH = 5  # words (a quoted name's marks count) between the verb and the post: "рассказала об этом журналистам пресс-секретарь"
BETWEEN = frozenset({"Dat", "Ins", "Loc", "Gen", "Acc"})
QUOTES = frozenset("«»\"„“”")  # an addressee in quotes: "пояснила «Интерфаксу» член избиркома"


def feminine_verb_before(doc, post: int) -> bool:
    """The post at ``post`` (a masculine noun in the nominative) follows a feminine past-tense singular
    verb over adverbs, prepositions, pronouns and oblique nouns only ("заявила", "рассказала журналистам",
    "пояснила «Интерфаксу»": a quoted name too),
    with no subject of its own before it."""
    from .name_subject_cues import _animate_subject_before

    token = doc[post]
    if "Masc" not in morph_values(token, "Gender") or "Fem" in morph_values(token, "Gender"):
        return False
    i = verb_before(doc, post)
    return i is not None and past_singular(doc[i], ("femn",)) and not _animate_subject_before(doc, i)


def verb_before(doc, post: int) -> int | None:
    """The verb before the post at ``post`` over adverbs, prepositions and oblique words only, if any."""
    for i in range(post - 1, max(post - 1 - VERB_REACH, -1), -1):
        word = doc[i]
        if word.pos_ in ("VERB", "AUX"):
            return i
        if not (word.pos_ in ("ADV", "ADP") or word.text in QUOTES or _acronym(word) or (word.pos_ in ("NOUN", "PROPN", "PRON", "DET", "ADJ")
                                                and BETWEEN & set(morph_values(word, "Case"))
                                                and "Nom" not in morph_values(word, "Case"))):
            return None
    return None


def _acronym(word) -> bool:
    """An agency's acronym, no feminine ("сообщила ТАСС представитель"): it cannot be a feminine verb's subject."""
    return len(word.text) > 1 and word.text.isupper() and word.is_alpha and "Fem" not in morph_values(word, "Gender")


def person_post(token) -> bool:
    """A noun for a person the tagger took for a thing ("агент": Inan), as the dictionary reads it."""
    from ..grammars.morph import get_morph
    from .name_words import _person_noun

    return (token.is_lower or token.is_sent_start and token.text[1:].islower()) and _person_noun(get_morph(), token.text)


def animate_accusative(token) -> bool:
    """A masculine animate noun the tagger read as accusative, whose form is its genitive too
    ("представитель застройщика"): a post's dependent like a genitive."""
    return token.pos_ == "NOUN" and "Acc" in morph_values(token, "Case") and "Anim" in morph_values(token, "Animacy") \
        and "Masc" in morph_values(token, "Gender")


def speaker_before(doc, post: int) -> bool:
    """The post at ``post`` follows a verb of saying after a quotation ("«...», — говорит заместитель
    директора по учебной работе Лейла Хабибуллина") over adverbs and oblique words only: the post and the
    name after its dependents are the speaker, the verb's subject; a quoted speaker is named, so the name is
    the post holder's nominative, not the genitive of the post's dependent (who would be named instead). A
    masculine past tense says the speaker is a man, the post's holder, and leaves the name the genitive
    ("— сообщил пресс-секретарь суда Евгения Пилипенко")."""
    from .name_dash_predicate import quote_speaker

    i = verb_before(doc, post)  # a masculine past tense says the post is a man's ("сообщил")
    return i is not None and quote_speaker(doc[i]) and "Masc" not in morph_values(doc[i], "Gender")
