"""A person's name whose slot the sentence around it shows (family "slotcues"):

- :func:`initials_in_post`: initials and a surname the tagger read as a place or an organization right
  after a noun for a person in an oblique case ("В отношении главы поселка Д. С. Жилкина возбуждено
  дело": no settlement is named by initials; read by :func:`rufacts.entities.names_missed.missed_names`);
- :func:`lone_surname_typed_org`: a lone surname after a preposition of persons the tagger read as an
  organization ("К Шамгуновой обратились журналисты", "Благодаря Зиннуровой проект завершили");
- :func:`surname_before_noun`: an organization span of a lone surname after a preposition of persons and
  the lower-case noun after it, the clause's subject ("решение по [Галлямову суд] примет"): the surname;
- :func:`compound_preposition`: a compound preposition governs the name after it ("Вслед за Кашаповым");
- :func:`transitive_object`: the accusative of a name right after a transitive masculine past-tense
  verb with no subject before it ("Конвой доставил Кривцова в суд": no man Кривцова is the subject of
  "доставил", so the name is its object, Кривцов; read by :func:`rufacts.entities.names_group.name_hints`).
"""
from __future__ import annotations

from spacy.tokens import Span

from ..grammars.morph import Morph
from ..lexicons import load_list
from .name_apposition import oblique_apposition
from .name_lone_oblique import lone_surname_after_preposition, surname_after_po
from .name_words import _capitalized
from .names import is_initial


def initials_in_post(span: Span, morph: Morph) -> bool:
    """A place or organization span of one or two initials with their dots and one capitalized word
    after them, right after a noun for a person in an oblique case (over its genitive words): a
    person ("главы поселка Д. С. Жилкина", "директору завода И. Р. Галиеву"); not after a street's or
    a body's noun ("на улице А. С. Пушкина", "Музей А. С. Пушкина")."""
    if span.label_ not in ("LOC", "ORG") or span.start == 0:
        return False
    words = [t for t in span if t.text != "."]
    initials, last = words[:-1], words[-1]
    doc = span.doc
    if not 1 <= len(initials) <= 2 or not all(
            len(t.text) == 1 and is_initial(t.text) and t.i + 1 < len(doc) and doc[t.i + 1].text == "."
            for t in initials) or not _capitalized(last) or last.i != span.end - 1:
        return False
    if len(initials) == 1 and any("Geox" in p.tag.grammemes for p in morph.parse(last.text)):
        return False  # "Н. Новгород"
    return bool(oblique_apposition(doc, span.start, morph))


def lone_surname_typed_org(span: Span, morph: Morph) -> bool:
    """A one-word organization span that is a lone surname after a preposition of persons ("К
    Шамгуновой обратились", "Благодаря Зиннуровой": :func:`.name_lone_oblique.lone_surname_after_preposition`)."""
    return span.label_ == "ORG" and len(span) == 1 and lone_surname_after_preposition(span.doc, span.start, morph)


def surname_before_noun(span: Span, morph: Morph) -> Span:
    """The surname of an organization span of two words, a lone surname after a preposition of persons
    (:func:`lone_surname_typed_org`, or after "по" a noun of a court case names:
    :func:`.name_lone_oblique.surname_after_po`) and a lower-case noun ("решение по Галлямову суд
    примет": "Галлямову" a person, "суд" the subject); ``span`` else."""
    if span.label_ != "ORG" or len(span) != 2 or span.start == 0 or not span[1].is_lower or span[1].pos_ != "NOUN":
        return span
    doc, i = span.doc, span.start
    if not (surname_after_po(doc, i, morph) or lone_surname_typed_org(Span(doc, i, i + 1, label="ORG"), morph)):
        return span
    return Span(doc, i, i + 1, label="PER")


# the first words of compound prepositions the tagger reads as a preposition too ("вслед за", "вместе с")
COMPOUND_LEADS = frozenset({"вслед", "следом", "вместе", "наряду", "рядом", "вплоть", "совместно", "наравне"})


def compound_preposition(doc, i: int) -> bool:
    """The preposition at ``i`` ends a compound preposition ("Вслед за Кашаповым", "вместе с Гатиным"): it
    governs the name after it, as one alone would."""
    return i > 0 and doc[i - 1].lower_ in COMPOUND_LEADS


MAN_ACCUSATIVE = frozenset({"accs:masc"})


def transitive_object(verb, morph: Morph, gender: str | None) -> frozenset[str]:
    """{"accs:masc"} for a masculine past-tense verb the dictionary has as transitive only, not of saying
    (``lexicons/speech_verbs.txt``), whose subject is not before it: a name after it that no man's
    nominative reads is its object, a man's accusative ("Конвой доставил Кривцова": Кривцов, not a
    woman's nominative; a woman's accusative is left to the dictionary, as her reading of the man's
    subject would be: "подписал Ханну Тойвонен" is Ханну, a man); empty else (a feminine verb's subject
    after it may be a woman: "доставила Кривцова")."""
    if gender != "masc" or verb.lemma_.lower() in load_list("speech_verbs.txt"):
        return frozenset()
    parses = [p for p in morph.parse(verb.text.lower()) if p.tag.POS == "VERB"]
    return MAN_ACCUSATIVE if parses and all("tran" in p.tag.grammemes for p in parses) else frozenset()
