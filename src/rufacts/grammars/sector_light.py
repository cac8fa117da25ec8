"""A light head (``light`` cues: "услуги", "программы") with what it is about, as one
sector phrase: "услуги по уходу за пожилыми", "услуги в сфере ветеринарии" (the head
alone names no industry; :func:`rufacts.components.sector_value_forms._unwrapped` keeps "по X" and
gives "в сфере X" as X). Read by :func:`rufacts.grammars.sectors.noun_phrase`.
"""
from __future__ import annotations

from functools import lru_cache

from yargy import or_, rule
from yargy.predicates import caseless, in_caseless

from .sector_words import TokenTest as T, in_case, is_phrase_start, is_phrase_word, lemmas, \
    lexicon


@lru_cache(maxsize=None)
def light_phrase(case: str):
    """"услуги по ремонту бытовой техники", "услуги в области бухучёта": the light head
    in ``case``, then "по" + a dative phrase (with "за" + an instrumental: "по уходу за
    детьми") or "в сфере/области" (a field of ``sector_markers.tsv``) + a genitive phrase."""
    from .morph import get_morph

    light = {p.normal_form for w in lexicon().first_words("light") for p in
             get_morph().parse(w)[:1]}  # "услуги" -> услуга
    head = T(lambda t: in_case(t, case) and bool(lemmas(t) & light))
    words = T(is_phrase_word).repeatable(max=4).optional()
    about = rule(caseless("по"), T(is_phrase_start("datv")), words,
                 rule(in_caseless({"и", ","}), T(is_phrase_start("datv")), words).optional(),
                 rule(caseless("за"), T(is_phrase_start("ablt")), words).optional())
    fields = lexicon().fields_after("в")  # сфера, область, отрасль, ...
    field = rule(in_caseless({"в", "во"}), T(lambda t: bool(lemmas(t) & fields)),
                 T(is_phrase_start("gent")), words)
    return rule(head, or_(about, field))


@lru_cache(maxsize=None)
def care_phrase(case: str):
    """A care noun (``care`` cues: уход, присмотр) in ``case`` with whom it cares for:
    "уходом за пожилыми", "присмотром и уходом за детьми" (w168; the tree reads it so with
    ``TreeWords.cared``)."""
    from .morph import get_morph

    care = {p.normal_form for w in lexicon().first_words("care") for p in
            get_morph().parse(w)[:1]}
    head = T(lambda t: in_case(t, case) and bool(lemmas(t) & care))
    other = T(lambda t: bool(lemmas(t) & care))
    words = T(is_phrase_word).repeatable(max=4).optional()
    return rule(head, rule(caseless("и"), other).optional(),
                caseless("за"), T(is_phrase_start("ablt")), words)


__all__ = ["care_phrase", "light_phrase"]
