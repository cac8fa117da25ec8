"""An acronym the subject of a verb in the neuter singular past right after it is a body (an
agency, a bureau, a ministry: "агентство", "бюро", "министерство"), also where the tagger read it as
a place: "НКР подтвердило кредитный рейтинг банка" (Национальные кредитные рейтинги: the tagger and
the dictionary know НКР as a republic, which is feminine), "ЦМАКП ухудшило прогноз".

A neuter verb cannot agree with a place's acronym (a republic, a region, a country: feminine; the
United States: plural), so the verb's gender, where no reading of the acronym is neuter or plural,
says it stands for a neuter noun of a body. The word is two to six Cyrillic capitals, not of Roman
numeral's letters, no institution kind's acronym (``lexicons/org_kind_abbreviations.txt``), after no
preposition and no noun (whose genitive it is: "комиссии ПМР было объявлено"); no span holds it, or the tagger's place over it alone. The verb comes right after it
(an adverb between: "АКРА также понизило"), not reflexive, no auxiliary ("было"), nor one of change or of an event's course
(``lexicons/change_verbs.txt``), as :mod:`.org_acronym_subjects` reads the masculine ones.
Read by :mod:`rufacts.entities.span_passes`.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..grammars.morph import get_morph
from ..lexicons import load_list
from .doc_words import word_positions
from .name_verb_forms import lower_verb_after, past_of_gender
from .org_acronym_subjects import EVENT_VERBS, ROMAN
from .org_kind_acronym_names import kind_acronyms

ACRONYM = re.compile(r"^[А-ЯЁ]{2,6}$")
AUXILIARIES = frozenset({"быть", "стать"})  # "было объявлено": an impersonal passive's, any subject
AGREEING = frozenset({"neut", "plur", "Pltm"})  # an acronym's reading a neuter verb may agree with


def _neuter_past(token: Token) -> bool:
    """A past verb in the neuter singular ("подтвердило"), by the tagger or the dictionary."""
    return past_of_gender(token, "neut", tagged_tense=True)


def _may_agree(text: str) -> bool:
    """Whether a reading of the acronym the dictionary knows is neuter or plural ("ЧП", "США")."""
    morph = get_morph()
    word = text.lower()
    return morph.is_known(word) and any(AGREEING & p.tag.grammemes for p in morph.parse(word))


def neuter_acronym_subjects(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each acronym subject of a neuter verb as above (the tagger's
    place over it alone dropped)."""
    found = []
    dropped = []
    for i in word_positions(doc, lambda text: ACRONYM.match(text) is not None, capital=True):
        token = doc[i]
        holding = [s for s in spans if s.start <= i < s.end]
        if any(len(s) > 1 or s.label_ != "LOC" for s in holding):
            continue
        if set(token.text) <= ROMAN or token.text in kind_acronyms():
            continue
        if i > 0 and (doc[i - 1].pos_ in ("ADP", "NOUN") or doc[i - 1].is_title and doc[i - 1].pos_ == "PROPN"):
            continue  # ("комиссии ПМР было объявлено": a noun's genitive, no subject)
        verb = lower_verb_after(doc, i, _neuter_past)
        lemma = verb.lemma_.lower() if verb is not None else ""
        if verb is None or lemma.endswith(("ся", "сь")) or lemma in EVENT_VERBS or lemma in AUXILIARIES \
                or lemma in load_list("change_verbs.txt"):
            continue
        if _may_agree(token.text):
            continue
        dropped += holding
        found.append(Span(doc, i, i + 1, label="ORG"))
    if not found:
        return spans
    return sorted([s for s in spans if s not in dropped] + found, key=lambda s: (s.start, -s.end))
