"""The nominative of a name that a dash links to a noun in the nominative (read in
:func:`rufacts.entities.names_group.group_persons`): "Ннека Угбома — руководитель проекта", "Тору
Камикава - профессор университета", lists of speakers and members ("Крис Хелмбрехт - директор
агентства, Ннека Угбома - руководитель проекта"). "X — Y" with Y a noun for a person in the nominative
says who X is: X is the subject, in the nominative too, of the noun's gender (a man's title or a noun
of common gender serves a woman too: either). A foreign name whose words end in -а ("Угбома",
"Камикава") is then no man's genitive of a consonant stem (Угбом, Камикав).

Where the name depends on a word before it (a preposition, a noun: "правительство Фумио Кисиды — это
...") it is not free to be the subject: only after the start of a sentence or line, a comma, a
semicolon, a colon, an opening parenthesis, "и" or a verb. The dash: "—", "–", or a hyphen with a space on
either side, as lists in the press are often typed.

Also the speaker after a quotation (:func:`quote_speaker`): "«...», — считает Е. В. Чернышова": a verb of
saying right after the dash that closes a quotation has the name after it as its subject, in the nominative.
"""
from __future__ import annotations

from ..lexicons import load_list
from .name_apposition import GENDERS
from .name_subject_clause import ONLY_NOMINATIVE, SENTENCE_ENDS, VERB_AFTER

DASHES = frozenset({"—", "–"})
FREE_BEFORE = frozenset({",", ";", ":", "(", "и"})  # "..., и Ннека Угбома — руководитель"


def _dash(doc, i: int) -> bool:
    token = doc[i]
    return token.text in DASHES or (token.text == "-" and bool(token.whitespace_)
                                    and i > 0 and bool(doc[i - 1].whitespace_))


def dash_nominative(span) -> frozenset[str]:
    """{"agree:nomn:<gender>", "onlynomn"} where a dash after the name opens a noun for a person in
    the nominative singular and the name depends on no word before it; empty else."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].text == "." and len(span[-1].text) == 1:
        i += 1  # "Кузьмина О. А. — тренер": past the last initial's dot
    if i + 1 >= len(doc) or not _dash(doc, i):
        return frozenset()
    before = next((doc[j] for j in range(span.start - 1, -1, -1) if not doc[j].is_space), None)
    if not (before is None or span[0].is_sent_start or before.text in SENTENCE_ENDS | FREE_BEFORE
            or before.pos_ in VERB_AFTER or doc[before.i + 1:span.start].text.count("\n")):
        return frozenset()
    i += 1
    while i < len(doc) and doc[i].pos_ in ("ADJ", "DET") and "Nom" in doc[i].morph.get("Case"):
        i += 1  # "— управляющий директор"
    if i >= len(doc):
        return frozenset()
    noun = doc[i]
    morph = noun.morph
    if noun.pos_ != "NOUN" or "Anim" not in morph.get("Animacy") or "Sing" not in morph.get("Number") \
            or set(morph.get("Case")) != {"Nom"}:
        return frozenset()
    gender = GENDERS.get(next(iter(morph.get("Gender")), ""))
    if gender is None or (gender == "masc" and noun.lemma_.lower() in load_list("role_words.txt")):
        genders = ("masc", "femn")  # "руководитель", "судья": a man's title serves a woman too
    else:
        genders = (gender,)
    return frozenset(f"agree:nomn:{g}" for g in genders) | ONLY_NOMINATIVE


QUOTE_CLOSERS = frozenset({",", "»", '"', "“", "!", "?", "…", "."})


def quote_speaker(verb) -> bool:
    """``verb`` is a verb of saying (``lexicons/speech_verbs.txt``) right after a dash that follows the end
    of a quotation ("», — считает", "?» — спросил"): its subject comes after it."""
    doc, i = verb.doc, verb.i
    return verb.lemma_.lower() in load_list("speech_verbs.txt") and i >= 2 and _dash(doc, i - 1) \
        and doc[i - 2].text in QUOTE_CLOSERS
