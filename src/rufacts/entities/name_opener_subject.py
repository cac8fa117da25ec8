"""A name between an adverbial that opens its clause and a finite verb that agrees with it is the
verb's subject: "В четверг Педро Бесерра подписал контракт", "На этой неделе Ари Хаутала продлил",
"Накануне вечером Хорхе Гевара покинул". The preposition of the opening phrase governs its own noun
("четверг", "неделе"), not the name after it; a noun that is no subject does not make the name its
genitive here, since the verb after the name would then have no subject. Read by
:func:`rufacts.entities.names_group.name_hints`."""
from __future__ import annotations

from typing import Optional

from .name_apposition import GENDERS
from .doc_words import morph_values

OPENING = frozenset({"ADP", "ADV"})  # the word an adverbial opening a clause begins with
# the words of such a phrase: its nouns, their adjectives and numerals, a place's name
PHRASE = frozenset({"ADP", "ADV", "NOUN", "PROPN", "ADJ", "DET", "NUM"})
CLAUSE_START = frozenset({",", ";", ":", "—", "–"})
NO_FINITE = frozenset({"Inf", "Part", "Conv"})


def _opening_phrase(doc, start: int) -> bool:
    """The words from the clause's start to ``start`` are one adverbial phrase: it opens with a
    preposition or an adverb ("В", "Накануне"), and no noun in it is in the nominative (a subject of
    its own: "Пресс-служба Педро Бесерра сообщила")."""
    i = start - 1
    if i < 0 or doc[i].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False
    while i >= 0 and doc[i].text not in CLAUSE_START:
        token = doc[i]
        if token.pos_ not in PHRASE or (token.pos_ in ("NOUN", "PROPN") and "Nom" in morph_values(token, "Case")
                                        and (token.i == 0 or doc[token.i - 1].pos_ != "ADP")):
            return False
        if token.is_sent_start:
            break
        i -= 1
    first = doc[max(i, 0)] if i >= 0 and doc[i].text not in CLAUSE_START else doc[i + 1]
    return first.pos_ in OPENING


def opener_subject(span, after) -> Optional[str]:
    """"masc", "femn" or "" (a verb of no gender: "В Еврокомиссии X отвечает") where the mention
    follows an opening adverbial and comes before a finite singular verb with no subject of its own
    in the nominative right after it ("В доме X прошёл обыск"); else None."""
    if after is None or after.pos_ not in ("VERB", "AUX") or NO_FINITE & set(morph_values(after, "VerbForm")):
        return None
    if "Plur" in morph_values(after, "Number") or "Neut" in morph_values(after, "Gender"):
        return None
    doc = span.doc
    nxt = doc[after.i + 1] if after.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and "Nom" in morph_values(nxt, "Case") \
            and "Acc" not in morph_values(nxt, "Case"):
        return None
    if not _opening_phrase(doc, span.start):
        return None
    return GENDERS.get(next(iter(morph_values(after, "Gender")), ""), "")


def own_subject_after(verb) -> bool:
    """An animate noun in the nominative (and not the accusative) right after ``verb``, agreeing with it
    in gender: its own subject, so a name before the verb is its object, not its subject ("В Будапеште
    Орбану позвонил президент", "Вчера Орбана поддержал канцлер"); not an inanimate noun, which the
    tagger may read as a nominative where it is the object ("Гевара покинул штаб", "возглавила
    сельсовет")."""
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and "Nom" in morph_values(nxt, "Case") \
        and "Acc" not in morph_values(nxt, "Case") and "Anim" in morph_values(nxt, "Animacy") \
        and "Plur" not in morph_values(nxt, "Number") \
        and (not morph_values(verb, "Gender") or not morph_values(nxt, "Gender")
             or morph_values(verb, "Gender") == morph_values(nxt, "Gender"))
