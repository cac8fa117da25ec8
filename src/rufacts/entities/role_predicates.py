"""A role in the instrumental said of a person by a verb (w98): after a copula or a verb of
appointing or serving (``lexicons/role_verbs.txt``), across an ordinal or an adverb ("стал
7-м президентом Узбекистана", "был избран главой фракции, а затем и спикером парламента"), and
after the appointed person named as the verb's object ("Путин назначил Ивана Петрова
министром"). Used by :mod:`.role_anaphora` (whose role it is: the person named last)."""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from ..lexicons import load_list
from .role_phrase import COPULAS
from ..grammars.morph import get_morph
from .first_names import name_class
from .doc_words import morph_values

BETWEEN = {"затем", "и", "потом", "вновь", "снова", "уже", "также", "впервые", "временно",
           "официально", "досрочно", "единогласно", "же", "позже", "позднее", "тогда"}
ORDINAL = re.compile(r"^\d+-?(м|ым|им)$")  # "13-м"


def predicate_verb(doc: Doc, start: int, persons_end: dict[int, int]) -> Optional[int]:
    """The copula or verb that a role phrase starting at ``start`` is the predicate of, else
    None: the token before it, past ordinals and adverbs, or past an object person
    (``persons_end``: end -> start of the person spans); -1 for an infinitive (a role
    wished or possible, not held)."""
    i = start - 1
    steps = 0
    while i >= 0 and steps < 3 and (doc[i].lower_ in BETWEEN or ORDINAL.match(doc[i].lower_)):
        i -= 1
        steps += 1
    if i < 0:
        return None
    if i + 1 in persons_end and doc[i].lemma_ not in COPULAS:
        first = persons_end[i + 1]  # "назначил Ивана Петрова министром"
        if first > 0 and doc[first - 1].lemma_ in load_list("role_verbs.txt") \
                and doc[first - 1].pos_ == "VERB":
            return first - 1
        return None
    if doc[i].lemma_ in COPULAS or doc[i].lemma_ in load_list("role_verbs.txt"):
        if _infinitive(doc, i) or i > 0 and doc[i - 1].lower_ == "быть":
            return -1  # "мечтает стать министром", "может быть избран": not (yet) held
        if doc[i].lemma_ in APPOINTING and _active_singular(doc, i):
            return -1  # "Янукович назначил нового начальником": the subject appoints, holds nothing
        return i
    return None


APPOINTING = {"назначить", "назначать", "переназначить", "избрать", "избирать", "переизбрать",
              "утвердить", "утверждать", "выбрать"}


def _active_singular(doc: Doc, i: int) -> bool:
    """An active verb form in the singular ("назначил"), not "назначен", "назначили"."""

    tag = get_morph().parse(doc[i].lower_)[0].tag
    return tag.POS == "VERB" and tag.number == "sing"


def _infinitive(doc: Doc, i: int) -> bool:
    return morph_values(doc[i], "VerbForm") == ["Inf"] or \
        get_morph().parse(doc[i].lower_)[0].tag.POS == "INFN"


def instrumental_title(doc: Doc, start: int, head: int, end: int) -> Optional[list[str]]:
    """The words of a role phrase whose head is in the instrumental or the plural ("новым
    главой Европейского ЦБ", "депутаты Госдумы") with the head and its adjectives in the
    nominative singular ("новый глава Европейского ЦБ", "депутат Госдумы"), else None (the
    name normalizer reads the others)."""

    plural = morph_values(doc[head], "Number") == ["Plur"]
    if morph_values(doc[head], "Case") != ["Ins"] and not plural:
        return None
    morph = get_morph()
    noun = next((p for p in morph.parse(doc[head].lower_) if p.tag.POS == "NOUN"
                 and (p.tag.number == "plur" if plural else
                      p.tag.case == "ablt" and p.tag.number == "sing")), None)
    if noun is None:
        return None
    nominative = noun.inflect({"nomn", "sing"})
    gender = noun.tag.gender if noun.tag.gender in ("masc", "femn", "neut") else "masc"
    words = []
    for t in doc[start:head]:
        adj = next((p for p in morph.parse(t.lower_) if p.tag.POS == "ADJF"
                    and (p.tag.number == "plur" if plural else p.tag.case == "ablt")), None)
        form = adj.inflect({"nomn", "sing", gender}) if adj is not None else None
        words.append(form.word if form is not None else t.text)
    words.append(nominative.word if nominative is not None else doc[head].lower_)
    return words + [t.text for t in doc[head + 1:end]]


def of_person(doc: Doc, head: int, person) -> bool:
    """Whether a role word right before ``person`` is a role relative to them, not theirs: the
    name can only be a genitive and the role word cannot ("адвокат Романа Абрамовича",
    "советником Дмитрия Медведева"; not "министра Сергея Лаврова", "певица Валерия")."""

    morph = get_morph()
    if ["Gen"] not in (morph_values(person[0], "Case"), morph_values(person[-1], "Case")) \
            or morph_values(doc[head], "Case") not in (["Nom"], ["Ins"], ["Dat"]):
        return False  # ("Анны Нетребко": an indeclinable; "включая главу партии Сергея": Acc)
    if any(p.tag.case in ("gent", "gen2") for p in morph.parse(doc[head].lower_)):
        return False  # "политика", "премьера": a genitive the tagger missed
    names = [p for p in morph.parse(person[0].text) if "Name" in p.tag]  # a known first name
    word = person[0].text.lower()  # an inflected genitive ("Дмитрия"), not "Генри", "Валерия"
    return any(p.tag.case == "gent" and p.tag.number == "sing" and p.normal_form != word
               for p in names) and not any(
        p.tag.case == "nomn" and p.tag.number == "sing" and name_class(p.normal_form, p.tag.gender)
        for p in names)
