"""Bound counted nouns as the doers of a trade (w132, the family "gapped clauses and counted
nouns"): "точка", "пункт", "объект" (``sector_objects_bound.tsv``) count outlets only with
a word of business beside them ("точек общепита"). A clause whose subject such a noun is
and whose verb takes the trade as its argument says the same by its syntax: "Шиномонтажем
занимаются 90 точек", "Ремонт обуви предлагают 30 пунктов", "а мойкой машин — около 60"
count outlets of that trade. The test is of the clause's shape, not of a word list: the
noun is the subject of a verb, a word of the count's sector hangs under that verb outside
the subject, and the sector names an industry (ОКВЭД codes); a verb of building, opening or inspection
(``sector_building_verbs.txt``) makes it a site, as the object test does
(:func:`.sector_facility_bound.acted_on`).

For the sentence gate before parsing (:mod:`rufacts.components.syntax`) the cheap sign is a
verb of doing business (a ``verb`` marker of ``sector_markers.tsv``) in the sentence.
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicons import load_list

_SUBJECTS = ("nsubj", "nsubj:pass")
# the trade as the verb's own argument with no preposition ("шиномонтажем занимаются",
# "ремонт обуви предлагают", a conjunct or the noun of a gapped clause, an instrumental
# the parser took for a subject), not a modifier of another noun: not "в сфере культуры
# работают 14 объектов" (a field said by a preposition is no trade of outlets)
_MODIFIERS = ("nmod", "amod", "case", "det", "nummod", "appos")


@lru_cache(maxsize=1)
def _building_verbs() -> frozenset[str]:
    return load_list("sector_building_verbs.txt")


def trade_verb_in_sentence(token) -> bool:
    """Whether the sentence of a spaCy token holds a verb of doing business (the gate)."""
    from .sector_nouns import sentence_of
    from .sector_words import lexicon

    sent = sentence_of(token.doc, token.i)
    verbs = lexicon().verbs
    return any(t.lemma_.lower() in verbs for t in sent if t.is_alpha and t.i != token.i)


def subject_of_trade(token, morph, sector: str) -> bool:
    """Whether a spaCy token of a bound noun with no noun complement of its own is the
    subject of a verb that is no verb of building or inspection, and ``sector`` names an
    industry: the outlets do that trade."""
    from .okved import okved_codes

    top = token  # the noun itself: a conjunct of another subject ("заняты 30 компаний, в
    # том числе 9 объектов сданы") is no doer of the trade
    if any(k.dep_ == "nmod" and k.pos_ in ("NOUN", "PROPN") for k in token.children):
        return False  # "40 субъектов федерации", "объектов культурного наследия": the
        # noun's own complement says what it is (its words of business are bound_beside's)
    if top.dep_ not in _SUBJECTS or top.head.pos_ not in ("VERB", "ADJ", "AUX") \
            or top.head.lemma_.lower() in _building_verbs():
        return False
    if not sector or not okved_codes(morph, sector):
        return False
    # the trade is said in the verb's clause: a word of the sector under the verb, outside
    # the subject ("в кластер вошли девять комплексов, выращивающих овощи" is no trade of
    # the verb)
    words = {p.normal_form for w in sector.lower().split() for p in morph.parse(w)[:1]}
    inside = {t.i for t in top.subtree}
    return any(t.lemma_.lower() in words and t.dep_ not in _MODIFIERS
               and not any(k.dep_ == "case" for k in t.children)
               for t in top.head.subtree if t.i not in inside)


__all__ = ["subject_of_trade", "trade_verb_in_sentence"]
