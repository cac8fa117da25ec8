"""Words of the sector-count grammar: its lexicons, its token stream, its token tests.

* :func:`lexicon` (in ``sector_lexicon``, re-exported here) reads the sector lexicons once
  (``sector_objects.txt``, ``sector_makers.txt``, ``sector_adjectives.tsv``,
  ``sector_heads.tsv``, ``sector_markers.tsv``, ``sector_cues.tsv``,
  ``sector_stopwords.txt``).
* :func:`tokenize` (in ``sector_tokens``, re-exported here) turns a piece of text into yargy
  tokens built from razdel tokens with the shared pymorphy3 analyzer.
* :class:`TokenTest` wraps a plain ``token -> bool`` function as a yargy predicate; the
  module-level functions below are those tests (no vocabulary is spelled out here); the
  tests of numbers and scale words are in ``sector_number_tokens``.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, Sequence

from rufacts import _compat

_compat.install()  # must run before yargy imports pymorphy2

from yargy.morph import Form  # noqa: E402
from yargy.predicates.constructors import Predicate  # noqa: E402
from yargy.token import Token  # noqa: E402

from ..lexicons import load_list  # noqa: E402
from .sector_lexicon import CASES, Lexicon, Marker, cue_words, lexicon  # noqa: E402,F401
from .sector_tech import tech_form, tech_word  # noqa: E402
from .sector_tokens import INT, LATIN, NUM, OTHER, PUNCT, RU, tokenize  # noqa: E402,F401

DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015")
_NOMINAL = frozenset({"NOUN", "ADJF", "PRTF"})
_VERBAL = frozenset({"VERB", "PRTF", "PRTS", "INFN", "GRND", "ADJS"})
_PROPER = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Apro", "NUMR"})


class TokenTest(Predicate):
    """A yargy predicate from a plain function of the token."""

    __attributes__ = ["function"]

    def __init__(self, function: Callable[[Token], bool]) -> None:
        self.function = function

    def __call__(self, token: Token) -> bool:
        return self.function(token)

    @property
    def label(self) -> str:
        return getattr(self.function, "__name__", "test")


# --- token tests -------------------------------------------------------------

def forms(token: Token) -> Sequence[Form]:
    return getattr(token, "forms", ())


def first_grams(token: Token) -> frozenset[str]:
    """The grammemes of the token's first (most likely) reading; none for a non-word."""
    found = forms(token)
    return found[0].grams.values if found else frozenset()


def any_grams(token: Token) -> frozenset[str]:
    """The grammemes of all the token's readings together."""
    return frozenset(g for f in forms(token) for g in f.grams.values)


def lemmas(token: Token, pos: frozenset[str] | None = None) -> set[str]:
    return {f.normalized for f in forms(token) if pos is None or f.grams.values & pos}


def in_case(token: Token, case: str, pos: frozenset[str] = _NOMINAL) -> bool:
    return any(case in f.grams.values and f.grams.values & pos for f in forms(token))


@lru_cache(maxsize=20_000)
def fused_object(lemma: str) -> tuple[str, str] | None:
    """('тур-', 'фирма') for "турфирма": a sector prefix (a ``prefix-`` row of
    sector_adjectives.tsv) fused with a counted noun; None otherwise."""
    lex = lexicon()
    if lemma in lex.objects:  # "агрохолдинг" is a counted noun of its own
        return None
    written = _written(lex.objects)
    found = [lemma[k:] for k in range(1, len(lemma))
             if lemma[k:] in written and lemma[:k] + "-" in lex.adjectives
             and lemma[k:] not in lex.kinds.get(lemma[:k] + "-", ())]  # w139: "автомагазин"
    if len(found) < 2 and "" not in written:  # one reading (or none): the loop's own answer
        return (lemma[:-len(found[0])] + "-", found[0]) if found else None
    for obj in lex.objects:
        if lemma.endswith(obj) and len(lemma) > len(obj) and \
                lemma[:-len(obj)] + "-" in lex.adjectives and \
                obj not in lex.kinds.get(lemma[:-len(obj)] + "-", ()):
            return lemma[:-len(obj)] + "-", obj
    return None


@lru_cache(maxsize=1)
def _written(objects) -> frozenset[str]:
    """The written lemmas of ``lexicon().objects`` (what iterating it gives) as a plain set."""
    return frozenset(iter(objects))


def compound_prefix(token: Token) -> str | None:
    """'IT-компаний' -> 'it-' when the prefix names a sector (sector_adjectives.tsv, or a
    tech word: 'Медтех-компаний' -> 'медтех-', rufacts.grammars.sector_tech);
    'турфирм' -> 'тур-' (fused)."""
    if "-" not in token.value:
        return next((fused[0] for f in forms(token) if "NOUN" in f.grams.values
                     for fused in [fused_object(f.normalized)] if fused), None)
    written = token.value.split("-", 1)[0]
    prefix = written.lower() + "-"
    return prefix if prefix in lexicon().adjectives or tech_word(written) else None


def is_object(token: Token) -> bool:
    objects = lexicon().objects  # written lemmas and their compounds (sector_nouns)
    return token.type == RU and any(lemma in objects
                                    for lemma in lemmas(token, frozenset({"NOUN"})))


def is_maker(token: Token) -> bool:
    return token.type == RU and bool(lemmas(token, frozenset({"NOUN"})) & lexicon().makers)


def is_adjective(token: Token) -> bool:
    return token.type == RU and any(
        f.grams.values & {"ADJF", "PRTF"} and "Apro" not in f.grams.values for f in forms(token))


def is_noun(token: Token) -> bool:
    return token.type in (RU, LATIN) and is_phrase_word(token) and any(
        "NOUN" in f.grams.values for f in forms(token))


def is_members(token: Token) -> bool:
    """A plural animate noun naming members of a group: "участников", "членов"."""
    return token.type == RU and any(
        {"NOUN", "anim", "plur", "gent"} <= f.grams.values and not f.grams.values & _PROPER
        for f in forms(token))


def is_sector_adjective(token: Token) -> bool:
    return is_adjective(token) and any(adjective_sector(lemma) for lemma in lemmas(token))


@lru_cache(maxsize=20_000)
def adjective_sector(lemma: str) -> str | None:
    """The sector of an adjective lemma (``sector_adjectives.tsv``): a row of its own, else
    a row ``*ending`` whose ending it has after a stem of 3+ letters, the stem kept
    ("рыбоперерабатывающий" -> "рыбопереработка" by ``*перерабатывающий  *переработка``)."""
    table = lexicon().adjectives
    if lemma in table:
        return table[lemma]
    for key, name in table.items():
        if key.startswith("*") and lemma.endswith(key[1:]) and len(lemma) - len(key) >= 2 \
                and lemma[:len(lemma) - len(key) + 1].isalpha():
            return lemma[:len(lemma) - len(key) + 1] + name[1:]
    return None


def is_verb(token: Token) -> bool:
    return token.type == RU and any(f.grams.values & _VERBAL for f in forms(token))


def is_adverb(token: Token) -> bool:
    return (token.type == RU and token.value.lower() != "не" and bool(forms(token))
            and bool(forms(token)[0].grams.values & {"ADVB", "PRCL", "COMP"}))


def is_relative(token: Token) -> bool:
    return bool({"который", "чей"} & lemmas(token))


def is_activity(token: Token) -> bool:
    """"деятельность", "работа" (``sector_activities.txt``): "компаний, чья деятельность
    связана с логистикой"."""
    return token.type == RU and bool(lemmas(token, frozenset({"NOUN"})) & _activities())


@lru_cache(maxsize=1)
def _activities() -> frozenset[str]:
    return load_list("sector_activities.txt")


def is_preposition(token: Token) -> bool:
    return token.type == RU and bool(forms(token)) and "PREP" in forms(token)[0].grams.values


def is_stopword(token: Token) -> bool:
    return token.type == RU and bool(lemmas(token, frozenset({"NOUN"})) & lexicon().stopwords)


def is_dash(token: Token) -> bool:
    return token.value in DASHES


def is_phrase_word(token: Token) -> bool:
    """A word that can be inside a sector noun phrase."""
    if token.type == LATIN:
        return token.value.isupper() or token.value.islower() or tech_word(token.value)
    if token.type != RU or is_stopword(token):
        return False
    all_forms = forms(token)
    if token.value.isupper() and len(token.value) > 1:  # ЖКХ, ПО, ОПК
        return any("NOUN" in f.grams.values for f in all_forms)
    top = all_forms[0]
    if "ADJS" in top.grams.values:  # "комбикормов": a noun before a rare short adjective
        top = next((f for f in all_forms if "NOUN" in f.grams.values), top)
    proper = top.grams.values & _PROPER and (top.raw is None or _in_dictionary(top.raw)) \
        and not (token.value.islower() and (top.normalized in lexicon().heads  # "общепита"
                                            or tech_form(top.normalized)))  # "медтеха"
    return bool(top.grams.values & _NOMINAL) and not proper


def _in_dictionary(parse) -> bool:
    """True for a dictionary word (not a guess: "медтеха" is guessed as Orgn)."""
    return type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"


def is_phrase_start(case: str) -> Callable[[Token], bool]:
    """First word of a sector phrase in ``case`` (LATIN and indeclinable words pass)."""
    def test(token: Token) -> bool:
        if not is_phrase_word(token):
            return False
        return token.type == LATIN or in_case(token, case) or any(
            "Fixd" in f.grams.values for f in forms(token))
    test.__name__ = f"phrase_start_{case}"
    return test


@lru_cache(maxsize=20_000)
def head_lemma(lemma: str) -> str:
    """The sector head a noun ends in: itself if listed, else the longest listed head of
    6+ letters (not generic) it ends in after a stem of 3+ letters ("металлообработка" ->
    обработка, "вагоностроение" -> строение: rows flagged ``suffix`` count only so),
    else the noun."""
    lex = lexicon()
    if lemma in lex.heads:
        return lemma
    if tech_form(lemma):  # "агротех", "edtech": the "тех" row (rufacts.grammars.sector_tech)
        return "тех"
    tails = [h for h in (lex.heads - lex.generic_heads) | lex.suffix_heads
             if len(h) >= 6 and lemma.endswith(h) and len(lemma) - len(h) >= 3
             and lemma[:len(lemma) - len(h)].isalpha()]
    return max(tails, key=len) if tails else lemma


def is_sector_head(case: str, generic: bool | None = None,
                   fields: bool = True) -> Callable[[Token], bool]:
    """A sector head noun (sector_heads.tsv) in ``case``: промышленности, строительстве.
    ``generic``: only heads marked generic (True), only the others (False), or any;
    ``fields=False`` leaves out the field nouns of markers ("в сфере X" is a marker)."""
    lex = lexicon()
    heads = (lex.generic_heads if generic else (lex.heads | lex.suffix_heads) - lex.generic_heads
             if generic is False else lex.heads | lex.suffix_heads)
    if not fields:
        heads = heads - lex.fields

    def test(token: Token) -> bool:
        if token.type == LATIN:
            return not generic and (token.value.isupper() or tech_word(token.value))
        return is_phrase_word(token) and any(
            head_lemma(f.normalized) in heads and case in f.grams.values
            and "NOUN" in f.grams.values
            for f in forms(token))
    test.__name__ = f"sector_head_{case}"
    return test


def is_adjectival_head(case: str) -> Callable[[Token], bool]:
    """A head noun that names a sector only after a sector adjective (``adjectival`` rows of
    sector_heads.tsv): "гостиничного бизнеса", not "малого бизнеса"."""
    heads = lexicon().adjectival_heads

    def test(token: Token) -> bool:
        return is_phrase_word(token) and any(
            f.normalized in heads and case in f.grams.values and "NOUN" in f.grams.values
            for f in forms(token))
    test.__name__ = f"adjectival_head_{case}"
    return test


def has_lemma(lemma_set: frozenset[str], pos: frozenset[str] | None = None):
    def test(token: Token) -> bool:
        return bool(lemmas(token, pos) & lemma_set)
    test.__name__ = "has_lemma"
    return test


def is_compound_field(lemma_set: frozenset[str]):
    """'IT-сфере', 'ИТ-отрасли': a sector prefix glued to a field noun."""
    def test(token: Token) -> bool:
        return compound_prefix(token) is not None and bool(
            lemmas(token, frozenset({"NOUN"})) & lemma_set)
    test.__name__ = "compound_field"
    return test


def blanked(text: str, spans) -> str:
    """``text`` with each ``(start, stop)`` of ``spans`` turned to spaces of the same length
    (every offset stays): how the surface grammar reads past a phrase ("в основном", an
    apposition between dashes, an owner phrase). ``text`` itself where there is none."""
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)
