"""One shared pymorphy3 analyzer per process, with a cached ``parse``.

pymorphy3 loads its dictionaries in ~0.3 s and ~15 MB; re-creating it leaks
memory (pymorphy2#143), so every component gets the same object from
:func:`get_morph` (also registered for configs as ``rufacts.morph.v1``).
"""
from __future__ import annotations

import heapq
import unicodedata
from functools import lru_cache
from typing import Optional

import pymorphy3
from pymorphy3.analyzer import Parse
from spacy.util import registry

# spaCy's (Universal Dependencies) case names -> pymorphy3's grammemes
UD_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
# spaCy's (Universal Dependencies) genders -> pymorphy3's grammemes
UD_GENDERS = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}

class _RememberedCategory:
    """A grammeme category of pymorphy3's tags (``tag.POS``, ``tag.case`` ...) read once per tag:
    pymorphy3's own descriptor intersects the category's grammemes with the tag's at every read
    (~150k reads a pass over factRuEval and NEREL dev, the entity rules' most frequent call into
    pymorphy3); a tag's grammemes are a function of its text (``tag._str``), so is the answer."""

    __slots__ = ("select", "known")

    def __init__(self, select) -> None:
        self.select = select  # pymorphy3's descriptor, asked once per tag text
        self.known: dict[str, Optional[str]] = {}

    def __get__(self, instance, owner):
        if instance is None:
            return self
        try:
            return self.known[instance._str]
        except KeyError:
            value = self.known[instance._str] = self.select.__get__(instance, owner)
            return value


def _remember_categories(tag_class) -> None:
    """Put a :class:`_RememberedCategory` over each grammeme category of ``tag_class`` (plain-string
    grammemes only: ``typed_grammemes`` is off, see :class:`Morph`)."""
    try:
        from pymorphy3.tagset import _select_grammeme_from
    except ImportError:  # a pymorphy3 without it: its own descriptors, the same answers, slower
        return

    for klass in tag_class.__mro__:
        for name, attr in list(vars(klass).items()):
            if isinstance(attr, _select_grammeme_from) and not isinstance(
                    vars(tag_class).get(name), _RememberedCategory):
                setattr(tag_class, name, _RememberedCategory(attr))


class Morph:
    """A pymorphy3 ``MorphAnalyzer`` with a memoized ``parse``, ``is_known`` and ``forms``."""

    def __init__(self, cache_size: int = 25_000) -> None:
        self.analyzer = pymorphy3.MorphAnalyzer()
        # pymorphy3's own switch: ``tag.POS``, ``tag.case`` ... as plain strings, not checked on each
        # comparison; about twice as fast (the entity rules read them ~100k times an article batch:
        # ~0.1 s less CPU per pass over factRuEval dev); the same answers for every valid grammeme
        self.analyzer.TagClass.typed_grammemes = False
        _remember_categories(self.analyzer.TagClass)
        self.parse = lru_cache(maxsize=cache_size)(self._parse)
        self.is_known = lru_cache(maxsize=16_384)(self._is_known)
        self.forms = lru_cache(maxsize=15_000)(self._forms)

    def _parse(self, word: str) -> tuple[Parse, ...]:
        try:
            return tuple(self.analyzer.parse(word))
        except ValueError:  # pymorphy3 needs unicodedata.name() of every character
            safe = "".join(c if unicodedata.name(c, None) else "\ufffd" for c in word)
            return tuple(self.analyzer.parse(safe))

    def _forms(self, word: str) -> tuple:
        """yargy's forms of the word's parses: one cache for every yargy grammar (dates and
        sector counts each kept their own, of the same words)."""
        from yargy.morph import prepare_form

        return tuple(prepare_form(parse) for parse in self.parse(word))

    def _is_known(self, word: str) -> bool:
        """True if the dictionary has the word (not only a guess by analogy)."""
        try:
            return self.analyzer.word_is_known(word.lower())
        except ValueError:
            return False

    def __reduce__(self):  # rebuilt, not pickled, in other processes
        return (get_morph, ())


def inflect(parse: Parse, grammemes: set[str]) -> Optional[str]:
    """The form of ``parse``'s lexeme with ``grammemes``, closest in spelling to the word.

    ``Parse.inflect`` takes the lexeme's first matching form, which can be another
    word filed under the same lemma ("высший" under "высокий" -> "высочайший"); of
    the matching forms we take the one sharing the longest prefix with the word.
    Memoized: a parse (a tuple) and the grammemes give one form (pymorphy3 builds the
    whole lexeme, twice, for each call).
    """
    return _inflect(parse, frozenset(grammemes))


@lru_cache(maxsize=4_096)
def _inflect(parse: Parse, grammemes: frozenset[str]) -> Optional[str]:
    lexeme = parse.lexeme
    target = _closest(parse, lexeme, grammemes)
    if target is None:
        return None
    if target.tag.number == "plur" and target.tag.case == "nomn" and parse.normal_form in _plural_nominatives():
        return _plural_nominatives()[parse.normal_form]  # "ястребы", not the dictionary's "ястреба"
    forms = [f for f in lexeme if f.tag == target.tag]
    if len(forms) < 2:
        return target.word

    def shared_prefix(form) -> int:
        n = 0
        for a, b in zip(form.word, parse.word):
            if a != b:
                break
            n += 1
        return n

    return max(forms, key=shared_prefix).word


@lru_cache(maxsize=1)
def _plural_nominatives() -> dict[str, str]:
    """lemma -> the nominative plural the press writes (``lexicons/plural_nominatives.tsv``)."""
    from ..lexicons import load_rows

    return {lemma: plural for lemma, plural in load_rows("plural_nominatives.tsv")}


def _closest(parse: Parse, lexeme: list[Parse], required: frozenset[str]) -> Optional[Parse]:
    """``parse.inflect(required)`` on a lexeme built once (pymorphy3's
    ``MorphAnalyzer._inflect``, which builds it itself)."""
    possible = [f for f in lexeme if required <= f.tag.grammemes]
    if not possible:
        required = parse.tag.fix_rare_cases(required)
        possible = [f for f in lexeme if required <= f.tag.grammemes]
    grammemes = parse.tag.updated_grammemes(required)

    def similarity(form) -> float:
        return len(grammemes & form.tag.grammemes) - 0.1 * len(grammemes ^ form.tag.grammemes)

    best = heapq.nlargest(1, possible, key=similarity)
    return best[0] if best else None


@lru_cache(maxsize=1)
def get_morph() -> Morph:
    return Morph()


@registry.misc("rufacts.morph.v1")
def create_morph() -> Morph:
    return get_morph()


def word_lemmas(morph: Morph, word: str, pos=None) -> set[str]:
    """The normal forms (``ё`` as ``е``) of the readings of ``word`` in lower case, of a part of
    speech in ``pos`` where it is given ("NOUN", ("ADJF", "PRTF"))."""
    return {p.normal_form.replace("ё", "е") for p in morph.parse(word.lower())
            if pos is None or p.tag.POS in pos}


def restore_case(original: str, word: str) -> str:
    """Give ``word`` the capitalization pattern of ``original`` (per hyphen part),
    and its spelling of ё: pymorphy3 writes ё where the author may have written е."""
    if "ё" not in original.lower():
        word = word.replace("ё", "е").replace("Ё", "Е")
    elif "ё" in word.lower():  # "Гёзтепе": the author's е of the stem stays е (not a lemma's "тёпа")
        word = "".join(("е" if c == "ё" else "Е") if c in "ёЁ" and i < len(original) and original[i] in "еЕ" else c
                       for i, c in enumerate(word))
    if len(original) > 1 and (original.isupper() or original[:max(2, len(word))].isupper()):
        return word.upper()  # "МИДа" -> "МИД"
    o_parts, w_parts = original.split("-"), word.split("-")
    if len(o_parts) != len(w_parts):
        o_parts = [original] * len(w_parts)
    return "-".join(_mixed(o, w) if any(c.isupper() for c in o[1:]) else
                    w[:1].upper() + w[1:] if o[:1].isupper() else w
                    for o, w in zip(o_parts, w_parts))


def _mixed(original: str, word: str) -> str:
    """Capitals inside a word kept where the letters are the same ("МегаФона" ->
    "МегаФон", "ВКонтакте")."""
    if original[-1:].isupper():
        return original  # "БелТА": capitals at the end, an abbreviation kept as written
    out = list(word)
    for i, (o, w) in enumerate(zip(original, word)):
        if o.lower() != w.lower():
            break
        out[i] = o
    return "".join(out)
