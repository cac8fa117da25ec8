"""A lone surname opening its sentence as the object of a verb further on: "Проскурина в кулуарах
поздравил глава делегации", "Шемякина на прошлой неделе назначили заместителем министра" are Проскурин,
Шемякин in the accusative. A word in -ова/-ева/-ина/-ына alone is both a man's accusative (or genitive)
and a woman's nominative; the first finite verb of its clause tells them apart where that verb is a
masculine singular past or a plural, which no woman's nominative is the subject of, and takes the
accusative alone (``lexicons/name_verbs.tsv``): the name is its object put first. Between the name
and the verb only the words of a phrase may stand (prepositions, nouns, adjectives, adverbs:
"в кулуарах", "на прошлой неделе", "лично"), no punctuation and no conjunction (a clause or a
coordinated subject: "Петрова и Сидоров поздравили"). A feminine verb ("Проскурина поздравила") or a
verb of no listed accusative says nothing. Used by :func:`rufacts.entities.names_group.name_hints`
beside :func:`rufacts.entities.name_case_cues.object_before_verb` (a name right before a plural verb)."""
from __future__ import annotations

from .doc_words import morph_values
from .name_case_cues import ACCUSATIVE, verb_cases
from .name_verb_forms import past_singular

ENDS = ("ова", "ева", "ёва", "ина", "ына")
REACH = 6  # words between the name and the verb
PHRASE = frozenset({"ADP", "NOUN", "ADJ", "DET", "NUM", "ADV", "PART"})


def fronted_object(span) -> frozenset[str] | None:
    """The accusative of a lone surname of a man's accusative shape opening its sentence before a verb
    of the accusative whose form no woman's nominative agrees with; None else."""
    doc = span.doc
    if len(span) != 1 or not span[0].is_sent_start or not span[0].lower_.endswith(ENDS):
        return None
    for j in range(span.end, min(len(doc), span.end + 1 + REACH)):
        token = doc[j]
        if token.pos_ == "VERB" and not {"Inf", "Part", "Conv"} & set(morph_values(token, "VerbForm")):
            number = morph_values(token, "Number")
            masculine = "Masc" in morph_values(token, "Gender") and past_singular(token)
            if ("Plur" in number or masculine) and verb_cases().get(token.lemma_) == ACCUSATIVE:
                return ACCUSATIVE
            return None
        if token.pos_ not in PHRASE or token.is_sent_start:
            return None
    return None
