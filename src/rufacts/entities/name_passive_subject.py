"""The subject of a short passive participle that opens its clause, named after the post it is given
or relieved of (used by :func:`rufacts.entities.names_group.name_hints`): "Освобождена от должности
главы района Мухина Е. А.", "Приказом министра назначен послом в Лаосе Бирюков В. С.", "Назначена
врио министра Кривоносова Елена Викторовна". The participle's subject comes after it here; nothing in the
nominative stands before it in its sentence, nor between it and the name (only oblique nouns of the post,
adjectives, prepositions and indeclinable words: "врио"), so the name is that subject, in the nominative
of the participle's gender ("Мухина": a woman's nominative, not the genitive of a man Мухин in
apposition to "главы района"). Where a noun in the nominative comes first ("Протокол подписан
генеральным директором Олегом Петровым") the name is the agent, as
:func:`rufacts.entities.name_case_cues.short_passive_before` reads it."""
from __future__ import annotations

from spacy.tokens import Span

from ..grammars.morph import Morph
from .name_case_cues import ENDS
from .doc_words import morph_values

REACH = 8
BETWEEN = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "ADP"})
GENDERS = {"masc": "masc", "femn": "femn"}


def _participle_gender(morph: Morph, word: str) -> str | None:
    """The gender of a singular short passive participle ("назначена" -> femn), else None."""
    parse = morph.parse(word.lower())[:1]
    if not parse or parse[0].tag.POS != "PRTS" or "pssv" not in parse[0].tag.grammemes \
            or parse[0].tag.number != "sing":
        return None
    return GENDERS.get(parse[0].tag.gender)


def _nominative(token, morph: Morph) -> bool:
    """A noun the tagger reads in the nominative, not an indeclinable word of a post ("врио")."""
    if token.pos_ not in ("NOUN", "PROPN") or "Nom" not in morph_values(token, "Case"):
        return False
    return not any("Fixd" in p.tag.grammemes for p in morph.parse(token.lower_)[:1])


def passive_subject(span: Span, morph: Morph) -> frozenset[str]:
    """{"nomn:<gender>"} for a name after a clause-opening short passive participle over the words of a
    post (see the module's docstring); empty else."""
    doc = span.doc
    for i in range(span.start - 1, max(span.start - 1 - REACH, -1), -1):
        token = doc[i]
        if token.pos_ in ("VERB", "AUX"):
            gender = token.is_lower or token.is_sent_start and token.is_title
            gender = gender and _participle_gender(morph, token.text)
            if not gender or _subject_before(doc, i, morph):
                return frozenset()
            return frozenset({f"nomn:{gender}"})
        if token.text in ENDS or token.text == "," or not (token.pos_ in BETWEEN or token.is_lower and token.is_alpha):
            return frozenset()
        if _nominative(token, morph):
            return frozenset()  # "Объявлена благодарность Иванову": the subject stands between
    return frozenset()


def _subject_before(doc, i: int, morph: Morph) -> bool:
    """A noun or pronoun in the nominative before the participle in its sentence ("Протокол подписан")."""
    for k in range(i - 1, -1, -1):
        token = doc[k]
        if token.text in (".", "!", "?", "…", ";") or token.is_sent_end:
            return False
        if token.pos_ == "PRON" and "Nom" in morph_values(token, "Case") or _nominative(token, morph):
            return True
        if token.pos_ in ("NOUN", "PROPN") and "Acc" in morph_values(token, "Case") and "Inan" in morph_values(token, "Animacy") \
                and not (k > 0 and doc[k - 1].pos_ == "ADP"):
            return True  # the tagger's accusative of a thing's nominative form: "Протокол подписан"
    return False
