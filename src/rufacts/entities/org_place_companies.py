"""A company named by a place's adjective and the adjectives of its trade before a company noun
(``lexicons/org_place_company_heads.txt``): "Саудовская электрическая компания объявила ...",
"Египетской газовой холдинговой компании удалось ...", "Пакистанской государственной нефтяной
компании предстоит ...".

Inside a sentence the capital says the phrase is a name, and the tagger or
:func:`rufacts.entities.org_foreign_tails.capital_adjective_bodies` finds it; at a sentence's start
every word has its capital, and the rules leave a phrase of one body noun and adjectives there
("Американское агентство сообщило"). A country's or a town's adjective (``lexicons/geo_adjectives.tsv``,
a quarter of the country's, ``lexicons/org_direction_adjectives.txt``, or a word the tagger read as a place) before lower-case adjectives of a trade that agree with a
company noun makes one company in any case: the press writes a company described so with its name
after it ("Немецкий автомобильный концерн «Фольксваген»", "Американская компания Monsanto"), which
the rule leaves to the descriptor rules. Not a quality's, a pronoun's or an ordinal's adjective
among them ("Российская крупнейшая компания"), not a plural noun, not over a person or an
organization the rules found (the tagger's place inside gives way). Read by
:mod:`rufacts.components.entities` after the capitalized adjectives' bodies.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.morph import get_morph
from ..lexicons import load_list
from .geo import lemma_positions, place_of
from .institutions import _adjective, _noun_readings
from .quotes import OPENING_QUOTES
from .spans import with_found
from .doc_words import morph_values

MAX_TRADE = 3  # "газовой холдинговой", "полупроводниковой производственной"
REFUSED = frozenset({"Qual", "Apro", "Anum", "Supr"})


def _trade_adjective(token, readings) -> bool:
    """A lower-case relative adjective agreeing with the noun: no quality, pronoun, ordinal or place."""
    parses = _adjective(get_morph(), token, readings)
    return bool(parses) and token.is_lower and token.pos_ == "ADJ" and place_of(token) is None \
        and not any(REFUSED & p.tag.grammemes for p in parses)  # ("британская японская компания": two places)


def _place_word(token, spans: list[Span]) -> bool:
    """A capitalized adjective of a place: the lexicon's, a quarter of the country's
    (``lexicons/org_direction_adjectives.txt``: "Северо-Западная", "Южная") or the tagger's one-word place."""
    return token.is_title and token.pos_ == "ADJ" and (
        place_of(token) is not None or token.lemma_.lower() in load_list("org_direction_adjectives.txt") or any(s.label_ == "LOC" and s.start == token.i and len(s) == 1 for s in spans))


def place_companies(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each company named by a place's and its trade's adjectives."""
    heads = load_list("org_place_company_heads.txt")
    taken = {i for s in spans if s.label_ in ("ORG", "PER") for i in range(s.start, s.end)}
    morph, found = get_morph(), []
    for k in lemma_positions(doc, heads.__contains__):
        noun = doc[k]
        if k in taken or not noun.is_lower or noun.pos_ != "NOUN" or morph_values(noun, "Number") != ["Sing"]:
            continue
        readings = _noun_readings(morph, noun)
        start = k
        while start > 0 and k - start < MAX_TRADE and _trade_adjective(doc[start - 1], readings):
            start -= 1
        first = start - 1
        if start == k or first < 0 or not _place_word(doc[first], spans) or not _adjective(morph, doc[first], readings):
            continue
        if first and doc[first - 1].is_alpha and doc[first - 1].text[:1].isupper() and not doc[first - 1].is_sent_start:
            continue  # the name goes on before: other rules'
        if k + 1 < len(doc) and (doc[k + 1].text in OPENING_QUOTES or doc[k + 1].text in ('"', "''")
                                 or doc[k + 1].is_alpha and doc[k + 1].text[:1].isupper()):
            continue  # "компания «...»", "компания Monsanto": a descriptor
        if any(i in taken for i in range(first, k + 1)):
            continue
        found.append(Span(doc, first, k + 1, label="ORG"))
    return with_found(spans, found)
