"""The counted-noun test of sector counts: is this lemma a counted firm or facility?

A new writer brings counted nouns no earlier file had (комбинат, маслобойня, интегратор,
"микропредприятие", "хлебокомбинат", "металлообработчик"). The test reads classes, not
sentences met so far:

* the written lemmas: ``sector_objects.txt``, ``sector_objects_roles.txt``,
  ``sector_makers.txt``, ``sector_agents.tsv``, ``sector_objects_bound.tsv`` (nouns that
  count only beside a word of business, checked by the component) and the classes of
  ``sector_object_classes.tsv`` (organization forms, organizations, production sites,
  establishments, market roles);
* compounds of a written lemma (:func:`derived`), by pymorphy3's lemma:
  a compound part of kind or size before it (``sector_compounds.tsv`` ``part`` rows:
  "микропредприятие", "минизавод", "госкорпорация"), or a noun stem with its connecting
  vowel before a noun that fuses (``fuse`` rows: "хлебокомбинат", "маслозавод",
  "судоверфь", "свинокомплекс"), or a stem before an agent ending of
  ``sector_agents.tsv`` (``*строитель`` -> ``*строение``: "вагоностроитель",
  "металлообработчик", "нефтедобытчик"). A compound whose first part is a sector prefix
  ("турфирма", "сельхозпредприятие": ``prefix-`` rows of ``sector_adjectives.tsv``) is
  left to :func:`rufacts.grammars.sector_words.fused_object`, which splits it.

:class:`Objects` is the set the grammar reads (``lexicon().objects``): ``lemma in
objects`` is true of the written lemmas and of their compounds. :func:`agent_industry`
gives the industry an agent noun names ("станкостроитель" -> станкостроение).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Optional

from ..lexicons import load_list, load_rows

_VOWELS = ("о", "е")  # the connecting vowel of a Russian compound: хлеб-о-комбинат
_MEMO_KEPT = 32  # results of set algebra kept per set (Objects._memo): the lexicons' own sets


class Objects(frozenset):
    """The counted nouns: written lemmas, and (``in``) their compounds (:func:`derived`).

    Set algebra keeps the derivation and makes the set of counted nouns that are no
    sector (what the grammar writes ``objects - heads`` and ``objects | fields``): it
    still holds "хлебокомбинат", leaves out what was taken away, and with it the
    establishments (class ``place`` of ``sector_object_classes.tsv``), which may head a
    sector phrase as the business they stand for: "Кафе и столовые в Твери держат 410
    ИП". Iterating gives the written lemmas only."""

    _removed: frozenset = frozenset()

    def __contains__(self, lemma: object) -> bool:
        if frozenset.__contains__(self, lemma):
            return True
        return isinstance(lemma, str) and lemma not in self._removed and derived(lemma)

    def __sub__(self, other: Iterable) -> "Objects":
        return self._memo("-", other, self._minus)

    def _minus(self, other: Iterable) -> "Objects":
        other = frozenset(other) | places()
        result = Objects(frozenset.__sub__(self, other))
        result._removed = self._removed | other
        return result

    def __or__(self, other: Iterable) -> "Objects":
        return self._memo("|", other, self._plus)

    def _plus(self, other: Iterable) -> "Objects":
        other = frozenset(other)
        result = Objects(frozenset.__or__(frozenset.__sub__(self, places()), other))
        result._removed = (self._removed | places()) - other
        return result

    def _memo(self, op: str, other: Iterable, make) -> "Objects":
        """``make(other)``, kept by the operation and a frozen ``other``: the readers write
        ``objects - heads`` or ``ends | objects`` of the same lexicon sets in every sentence
        (a few thousand lemmas copied each time); a result is never changed once made."""
        if not isinstance(other, frozenset):
            return make(other)
        memo = self.__dict__.setdefault("_results", {})
        found = memo.get((op, other))
        if found is None:
            if len(memo) >= _MEMO_KEPT:
                memo.clear()
            found = memo[op, other] = make(other)
        return found

    __ror__ = __or__

    def __and__(self, other: Iterable) -> frozenset:
        return frozenset(x for x in other if x in self)

    __rand__ = __and__


@lru_cache(maxsize=1)
def written() -> frozenset[str]:
    """The written counted lemmas of every lexicon (no compounds)."""
    return (load_list("sector_objects.txt") | load_list("sector_objects_roles.txt")
            | load_list("sector_makers.txt")
            | frozenset(row[0].lower() for row in load_rows("sector_agents.tsv")
                        if not row[0].startswith("*"))
            | frozenset(row[0].lower() for row in load_rows("sector_object_classes.tsv"))
            | frozenset(row[0].lower() for row in load_rows("sector_objects_bound.tsv")))


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Establishments (class ``place`` of ``sector_object_classes.tsv``): "кафе", "кофейня"."""
    return frozenset(row[0].lower() for row in load_rows("sector_object_classes.tsv")
                     if row[1] == "place")


@lru_cache(maxsize=1)
def _compounds() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """(compound parts of kind or size, nouns that fuse after a stem, longest first,
    words made so that are no firms)."""
    rows = load_rows("sector_compounds.tsv")
    parts = frozenset(r[0] for r in rows if r[1] == "part")
    fuse = tuple(sorted((r[0] for r in rows if r[1] == "fuse"), key=len, reverse=True))
    return parts, fuse, frozenset(r[0] for r in rows if r[1] == "not")


@lru_cache(maxsize=1)
def _agent_endings() -> tuple[tuple[str, str], ...]:
    """``*строитель  *строение`` rows of ``sector_agents.tsv``, longest first."""
    rows = [(r[0][1:], r[1][1:]) for r in load_rows("sector_agents.tsv")
            if r[0].startswith("*") and r[1].startswith("*")]
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


@lru_cache(maxsize=1)
def _sector_prefixes() -> dict[str, frozenset[str]]:
    """"тур", "сельхоз": the fused sector prefixes (``prefix-`` rows of
    ``sector_adjectives.tsv``); their compounds are split, not derived here, except with
    the nouns of the row's ``not:`` column, which the prefix only classifies ("авто" +
    "перевозчик": "автоперевозчик" is derived, no car maker)."""
    return {row[0][:-1].lower(): frozenset(row[2].removeprefix("not:").split(",")
                                           if len(row) > 2 else ())
            for row in load_rows("sector_adjectives.tsv") if row[0].endswith("-")}


def _split(stem: str, base: str) -> bool:
    """Whether ``stem`` + ``base`` is a sector prefix's compound (split, not derived)."""
    kinds = _sector_prefixes().get(stem)
    return kinds is not None and base not in kinds


def _stem_ok(stem: str) -> bool:
    """A first part of a fused compound: three letters or more, ending in the connecting
    vowel ("хлебо", "масло", "судо")."""
    return len(stem) >= 3 and stem.isalpha() and stem.endswith(_VOWELS)


@lru_cache(maxsize=20_000)
def derived(lemma: str) -> bool:
    """Whether a lemma outside the written lexicons is a compound of a counted noun (see
    the module's docstring). Hyphenated lemmas are read part by part by their callers."""
    parts, fuse, others = _compounds()
    if "-" in lemma or len(lemma) < 6 or lemma in written() or lemma in others:
        return False
    for ending, _ in _agent_endings():
        stem = lemma[:-len(ending)]
        if lemma.endswith(ending) and stem and not _split(stem, ending) and _stem_ok(stem):
            return True
    for base in fuse:
        stem = lemma[:-len(base)]
        if lemma.endswith(base) and stem and not _split(stem, base) and (
                stem in parts or _stem_ok(stem)):
            return True
    base = next((lemma[len(p):] for p in parts if lemma.startswith(p)), None)
    return base is not None and frozenset.__contains__(written(), base) \
        and len(base) >= 4


@lru_cache(maxsize=1)
def _agent_rows() -> dict[str, str]:
    return {row[0].lower().replace("ё", "е"): row[1] for row in load_rows("sector_agents.tsv")
            if not row[0].startswith("*")}


@lru_cache(maxsize=20_000)
def agent_industry(lemma: str) -> Optional[str]:
    """The industry an agent noun names: its row of ``sector_agents.tsv``
    ("автопроизводитель" -> автомобилестроение), else its stem and an agent ending's
    industry ("вагоностроитель" -> вагоностроение, "металлообработчик" ->
    металлообработка) where that industry has ОКВЭД codes; None otherwise."""
    lemma = lemma.lower().replace("ё", "е")
    if lemma in _agent_rows():
        return _agent_rows()[lemma]
    if lemma in _compounds()[2]:
        return None
    for ending, industry in _agent_endings():
        stem = lemma[:-len(ending)]
        if lemma.endswith(ending) and _stem_ok(stem):
            from .morph import get_morph
            from .okved import okved_codes

            name = stem + industry
            return name if okved_codes(get_morph(), name) else None
    return None


@lru_cache(maxsize=1)
def bound_trades() -> dict[tuple[str, str], str]:
    """``sector_bound_trades.tsv``: (bound noun, adjective) -> the trade they name together
    ("пункт", "аптечный" -> фармацевтическая розница; w200)."""
    return {(row[0].lower(), row[1].lower()): row[2] for row in load_rows("sector_bound_trades.tsv")}


@lru_cache(maxsize=1)
def facilities() -> frozenset[str]:
    """Facility nouns of ``sector_agents.tsv`` (third column ``facility``: "пекарня",
    "аптека", "ветропарк"): as a verb's direct object a building, no firm of its trade."""
    return frozenset(row[0].lower() for row in load_rows("sector_agents.tsv")
                     if row[2:3] == ("facility",))


# --- nouns bound to a word of business ---------------------------------------------------

@lru_cache(maxsize=1)
def _bound() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """``sector_objects_bound.tsv``: object lemma -> (starts of the words it needs after
    it, starts of the words it needs before it; "*": an adjective with a sector)."""
    rows = {}
    for row in load_rows("sector_objects_bound.tsv"):
        cells = (tuple(row[1:3]) + ("-", "-"))[:2]
        rows[row[0]] = tuple(tuple(w for w in cell.split(",") if w and w != "-")
                             for cell in cells)
    return rows


def bound_nouns() -> frozenset[str]:
    return frozenset(_bound())


def sentence_of(doc, i: int):
    """The sentence of token ``i`` (the whole doc where it has no sentence starts), found by
    walking to the sentence starts around it: ``Token.sent`` and ``Doc.has_annotation`` go
    over the whole doc each time, which a long article with many counts pays many times."""
    start = i
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    end = i + 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    return doc[start:end]


def bound_beside(token, lemma: str) -> bool:
    """Whether a spaCy token of a bound counted noun has its word of business beside it:
    one of the row's word starts among the three words after it (punctuation skipped) or
    the two before it, or (``*``) a sector adjective before it; a fused compound of the
    noun ("турбаз") is bound by its own first part. True for nouns with no row."""
    need = _bound().get(lemma)
    if need is None:
        return True
    if token.lemma_.lower() != lemma:
        return True
    after, before = need
    sent = sentence_of(token.doc, token.i)
    words = [t for t in token.doc[token.i + 1:sent.end] if not t.is_punct][:3]
    if after and any(t.lower_.startswith(after) for t in words):
        return True
    starts = tuple(w for w in before if w != "*")
    for t in token.doc[max(sent.start, token.i - 2):token.i]:
        if not t.is_alpha:
            continue
        if starts and t.lower_.startswith(starts):
            return True
        if "*" in before and t.pos_ == "ADJ":
            from .sector_words import adjective_sector

            if adjective_sector(t.lemma_.lower()):
                return True
    return False


def bound_in_clause(token, lemma: str) -> bool:
    """Whether a spaCy token of a bound counted noun with no noun complement of its own has
    one of its words of business (the row's words after it) earlier in its own clause, up
    to eight words back: "в реестр МСП вошли 1 040 новых субъектов" (the register names
    what the subjects are), not "40 субъектов РФ" (a complement of its own)."""
    need = _bound().get(lemma)
    if not need or not need[0] or token.lemma_.lower() != lemma:
        return False
    if any(k.dep_ == "nmod" and k.pos_ in ("NOUN", "PROPN")
           and not any(c.dep_ == "case" for c in k.children) for k in token.children):
        return False  # "субъектов РФ"; not "субъектов в сельском хозяйстве" (w180)
    sent = sentence_of(token.doc, token.i)
    seen = 0
    for t in reversed(token.doc[sent.start:token.i]):
        if t.is_punct or seen >= 8:
            return False
        if t.is_alpha:
            seen += 1
            if t.lower_.startswith(need[0]):
                return True
    return False


def unbound_at(words: list[str], i: int, lemma: str) -> bool:
    """Whether word ``i`` of a sentence's lower-case words is a bound counted noun
    (``sector_objects_bound.tsv``) bound by the words before it only, with none of them
    in the two words before it: "строительством жилых домов" reads "домов" as a thing
    built, not as firms, where "гостевых домов" are firms. Nouns bound by the words after
    them too ("пункт", "объект", "точка") are left alone: unbound, they are places or
    sites that close a sector phrase ("водоснабжение сельских населённых пунктов")."""
    need = _bound().get(lemma)
    if need is None or "*" in need[1] or need[0] or not need[1]:
        return False
    return not any(w.startswith(need[1]) for w in words[max(0, i - 2):i])
