"""A person mention as the subject of the past-tense verb right before it, by the verb's gender where
nothing before the verb in its sentence may be its subject ("Концерт дала Саяна Хомушку": "Концерт" is
masculine, "дала" wants a woman, so the name is hers in the nominative, not a man's accusative "Саяна
Хомушку" of Саян Хомушка; "Приз получил Андреа Бочелли": no woman's), also over a noun for a woman in apposition ("Титул выиграла румынка
Андрея Попеску": hers, not a man's genitive "Андрея" of Андрей). Read in
:func:`rufacts.entities.names_group.group_persons` as ``"subject:<gender>"``: a reading of the other
gender costs :data:`rufacts.entities.name_solutions.SUBJECT_ALONE`; the case is left to the verb's weak
``"nomn:<gender>"`` hint (:func:`rufacts.entities.names_group.name_hints`), since a subject the tagger
misses before the verb ("Врио губернатора назначил Олега Стасенко") would make a nominative of an
object.

Nothing is read where a word before the verb may be its subject: a noun, pronoun or adjective in the
nominative singular of the verb's gender or of none ("Полиция задержала Саяна Хомушку", "она
обыграла", "Сборная потеряла"; an animate noun of either gender before a feminine verb, a man's title
serving a woman: "Министр поздравила Евгения Смирнова"), or an inanimate noun the tagger reads as an
accusative alike the nominative ("Роль в сериале досталась Саше Бортич"), anywhere before it in the sentence (a subject may stand before a
parenthesis: "Полиция, по данным СМИ, задержала"), nor after "и", "а", "но" (a second predicate of an
earlier subject), nor after a participle (a short passive one has the name as its agent or recipient:
"подписан Иваном").
"""
from __future__ import annotations

from spacy.tokens import Span

from ..grammars.folded import folded_lemma
from .name_apposition import GENDERS, _female_noun_before
from .name_verb_forms import past_singular
from .doc_words import morph_values
from .name_verb_reach import over_adverbs

SUBJECT_POS = frozenset({"NOUN", "PROPN", "PRON", "ADJ", "DET"})
SHARED_SUBJECT = frozenset({"и", "а", "но", "или", "либо", "затем", "потом"})


def _verb_before(span: Span):
    """The finite past-tense singular verb right before the mention (past spaces), or before a noun
    for a woman in the nominative in apposition to it, with its adjectives and up to two genitive
    words after it ("выиграла румынка Андрея Попеску", "выиграла чемпионка мира"); None else."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    woman = _female_noun_before(doc, span.start)
    if woman is not None and "Nom" in morph_values(woman, "Case"):
        i = woman.i - 1
        while i >= 0 and doc[i].pos_ == "ADJ" and "Nom" in morph_values(doc[i], "Case"):
            i -= 1  # "выиграла румынская теннисистка"
    if i < 0:
        return None
    verb = doc[i]
    return verb if past_singular(verb) else None


def _may_be_subject(token, gender: str) -> bool:
    """A word in the nominative singular that may agree with a verb of ``gender``."""
    morph = token.morph
    if token.pos_ not in SUBJECT_POS or "Plur" in morph.get("Number"):
        return False
    if "Nom" not in morph.get("Case") and not (  # the tagger's accusative of a noun whose nominative
            "Acc" in morph.get("Case") and "Inan" in morph.get("Animacy")  # is alike: "Роль досталась"
            and token.lower_.replace("ё", "е") == folded_lemma(token)):
        return False
    genders = {GENDERS.get(g) for g in morph.get("Gender")} - {None}
    if gender == "femn" and "Nom" in morph.get("Case") and token.pos_ in ("NOUN", "PROPN") \
            and "Anim" in morph.get("Animacy"):
        return True  # a man's title serves a woman too: "Министр области поздравила Евгения Смирнова"
    return not genders or gender in genders


def subject_after_verb(span: Span) -> frozenset[str]:
    """{"subject:<gender>"} where the mention is the only subject its past-tense verb right before
    it may have; empty else."""
    verb = _verb_before(span)
    if verb is None:
        return frozenset()
    gender = GENDERS.get(morph_values(verb, "Gender")[0])
    if gender not in ("masc", "femn"):
        return frozenset()
    doc = span.doc
    start = verb.sent.start
    j = verb.i - 1
    while j >= start and (doc[j].is_space or doc[j].pos_ == "ADV"):
        j -= 1
    if j >= start and doc[j].lower_ in SHARED_SUBJECT:
        return frozenset()
    if any(_may_be_subject(doc[k], gender) for k in range(start, verb.i)):
        return frozenset()
    return frozenset({f"subject:{gender}"})


def _woman_subject_word(token) -> bool:
    """A word that may be the subject of a feminine verb: one :func:`_may_be_subject` takes, not a
    neuter nor a man's inanimate noun ("Заявление", "Приз")."""
    genders = set(morph_values(token, "Gender"))
    doc = token.doc
    modifier = doc[token.i - 1] if token.i > 0 else None
    if modifier is not None and modifier.pos_ in ("ADJ", "DET") and morph_values(modifier, "Case") \
            and "Nom" not in morph_values(modifier, "Case"):
        return False  # "Всю жизнь": its word in the accusative
    return _may_be_subject(token, "femn") and "Neut" not in genders \
        and not ("Masc" in genders and "Inan" in morph_values(token, "Animacy"))


def _subject_after(verb) -> bool:
    """A noun for a woman or a person in the nominative after the verb, before the clause ends,
    not after a preposition ("написала его дочь"; not "подала в суд")."""
    doc = verb.doc
    for k in range(verb.i + 1, verb.sent.end):
        token = doc[k]
        if token.is_punct:
            return False
        morph = token.morph
        if token.pos_ in ("NOUN", "PROPN") and "Nom" in morph.get("Case") and "Sing" in morph.get("Number") \
                and ("Fem" in morph.get("Gender") or "Anim" in morph.get("Animacy")) \
                and doc[k - 1].pos_ != "ADP":
            return True
    return False


def woman_subject_before_verb(span: Span, verb) -> bool:
    """A feminine past-tense singular verb right after the mention with nothing before the mention
    in its sentence that may be its subject, nor a nominative noun for a person after it ("В 1990 году
    Л. М. Шатохина защитила диссертацию", "Книгу Т. В. Корнилова написала за год"; not "Книгу Петрова
    написала его дочь"): the woman named is the subject, in the nominative, not a man in the genitive
    of the noun before ("году", "Книгу")."""
    if not past_singular(verb, ("femn",)):
        return False
    doc = span.doc
    start = span.sent.start
    return not any(_woman_subject_word(doc[k]) for k in range(start, span.start)) and not _subject_after(verb)


def verb_over_adverbs(doc, end: int):
    """The past-tense masculine or feminine singular verb after a mention ending at ``end`` over up to
    three adverbs or particles ("Фудзимаки также не исключил", "Петрова уже подписала"): the verb the
    mention is the subject of, as one right after it is; None where none stands so (a neuter verb's
    name is a dative: "Иванову также не удалось")."""
    k = over_adverbs(doc, end)
    if k == end or k >= len(doc):
        return None
    verb = doc[k]
    return verb if verb.pos_ == "VERB" and past_singular(verb, ("masc", "femn")) else None
