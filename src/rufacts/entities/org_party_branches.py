"""A party's or a society's branch named by its place and its level (``lexicons/org_branch_levels.tsv``):
a place's adjective, a level's adjective and the branch's noun, with the body it belongs to after it
("Курганского областного отделения КПРФ", "в Костромском региональном отделении партии «Единая
Россия»", "Минская городская организация Коммунистической партии Беларуси"). The whole phrase is
the branch's name, its head in the nominative, the owner as written and without quotes
("Костромское региональное отделение партии Единая Россия", docs/gold-conventions.md); the owner
stays a mention of its own. A branch named by its place alone ("Самарское отделение «Партии прямой
демократии»") is left to :func:`.org_case.branch_owner`.

- :func:`party_branches`: the branch as one ORG span, without a noun the tagger took in before it
  ("[Бюро Курганского областного отделения КПРФ]") and without the tagger's pieces of it
  ("[Пензенское региональное]"), the owner a span of its own;
- :func:`branch_owner` and :func:`split_descriptor`: :mod:`rufacts.components.entities` names
  such a span whole and groups it by its whole name, not by its owner's.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammars.morph import Morph, get_morph
from ..lexicons import load_rows
from .doc_words import word_positions
from .normal import CLOSE_QUOTES, OPEN_QUOTES, join_words, normalize_words
from .org_case import branch_owner as _owner_of_branch
from .org_opening_descriptors import opening_descriptor
from .org_kind_units import coded_head
from .org_owner_acronyms import split_descriptor as _split_descriptor

MAX_LEVELS = 2  # "Московское областное региональное"
MAX_QUOTED = 10  # words of a quoted owner: "«Справедливая Россия — За правду»"
PARTY = "партия"


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for lemma, kind in load_rows("org_branch_levels.tsv"):
        out.setdefault(kind, set()).add(lemma)
    return {kind: frozenset(words) for kind, words in out.items()}


def _lemmas(token: Token, pos: str) -> set[str]:
    """The tagger's lemma and the dictionary's ones of ``token`` read as ``pos``."""
    return {token.lemma_.lower()} | _dictionary_lemmas(token.lower_, pos)


@lru_cache(maxsize=8192)
def _dictionary_lemmas(word: str, pos: str) -> frozenset[str]:
    """The dictionary's lemmas of ``word`` read as ``pos``, kept by the word (asked again of each word
    after a capitalized one: ~20 ms less per pass over factRuEval dev)."""
    return frozenset(p.normal_form for p in get_morph().parse(word) if p.tag.POS == pos)


def _cases(token: Token, pos: str) -> set[str]:
    return {p.tag.case for p in get_morph().parse(token.text) if p.tag.POS == pos and p.tag.number == "sing"}


def _place_adjective(token: Token) -> bool:
    """A capitalized adjective of a place ("Курганского", "Ханты-Мансийское"), no level's one
    ("Региональное отделение"), no acronym."""
    text = token.text.replace("-", "")
    return text.isalpha() and token.text[:1].isupper() and not token.is_upper and not text.isascii() \
        and bool(_cases(token, "ADJF")) and not _lemmas(token, "ADJF") & _lexicon()["level"]


def _may_open(word: str) -> bool:
    """What :func:`_place_adjective` asks of the word's text alone."""
    letters = word.replace("-", "")
    return word[:1].isupper() and not word.isupper() and letters.isalpha() and not letters.isascii()


def head_at(tokens, i: int) -> int | None:
    """Index of the branch's noun after a place's adjective at ``i`` and one or two levels'
    adjectives, agreeing with it in a case; None where ``tokens`` read otherwise."""
    n = len(tokens)
    # (the word after it first: a level's lower-case adjective follows few capitalized words, and
    # reading it costs one parse where the place's adjective costs two)
    if i + 1 >= n or not tokens[i + 1].is_lower or not _lemmas(tokens[i + 1], "ADJF") & _lexicon()["level"]:
        return None
    if not _place_adjective(tokens[i]):
        return None
    j = i + 2
    while j < n and j - i <= MAX_LEVELS and tokens[j].is_lower and _lemmas(tokens[j], "ADJF") & _lexicon()["level"]:
        j += 1
    if j == i + 1 or j >= n or not tokens[j].is_lower or not _lemmas(tokens[j], "NOUN") & _lexicon()["head"]:
        return None
    cases = _cases(tokens[i], "ADJF") & _cases(tokens[j], "NOUN")
    return j if cases and all(cases & _cases(tokens[m], "ADJF") for m in range(i + 1, j)) else None


def _acronym(token: Token) -> bool:
    return token.is_upper and token.is_alpha and len(token.text) >= 2


def _owner(doc: Doc, k: int, starts: dict[int, int]) -> tuple[int, int, int] | None:
    """(start, end of the owner's name, end with its closing quote) after a branch's noun ending
    at ``k``: "КПРФ", "партии «Новые люди»", "«Справедливой России»", a name the tagger found
    ("Коммунистической партии Беларуси"); None where none follows."""
    if k < len(doc) and doc[k].is_lower and PARTY in _lemmas(doc[k], "NOUN") and "gent" in _cases(doc[k], "NOUN"):
        k += 1  # "партии «Яблоко»"
    if k >= len(doc):
        return None
    if doc[k].text in OPEN_QUOTES:
        close = next((m for m in range(k + 1, min(k + MAX_QUOTED + 2, len(doc))) if doc[m].text in CLOSE_QUOTES), None)
        return (k + 1, close, close + 1) if close is not None and close > k + 1 and doc[k + 1].text[:1].isupper() else None
    if _acronym(doc[k]):
        return k, k + 1, k + 1
    if k in starts and doc[k].text[:1].isupper():
        return k, starts[k], starts[k]
    return None


def party_branches(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each branch named by its place and level one ORG span."""
    starts: dict[int, int] = {}
    for s in spans:
        if s.label_ == "ORG":
            starts[s.start] = max(starts.get(s.start, 0), s.end)
    found = []
    for i in word_positions(doc, _may_open, capital=True):  # (no Token made for every word)
        if i >= len(doc) - 3:
            break
        j = head_at(doc, i)
        owner = _owner(doc, j + 1, starts) if j is not None else None
        if owner is None and j is not None and starts.get(i, 0) > j + 1 and doc[j + 1].text[:1].isupper():
            owner = (starts[i], starts[i], starts[i])  # the tagger's whole ("... Коммунистической партии Беларуси")
        if owner is not None and starts.get(i, 0) > owner[2]:  # the whole found already ("... Союза журналистов России")
            owner = (owner[0], owner[1], starts[i])
        if owner is not None:
            found.append((i, j, owner))
    if not found:
        return spans
    out = list(spans)
    for i, j, (name_start, name_end, end) in found:
        def piece(s: Span) -> bool:  # the tagger's lead noun with the branch, or a piece of the branch
            return s.label_ == "ORG" and (s.start < i < s.end <= end or i <= s.start <= j and s.end <= end)
        out = [s for s in out if not piece(s)]
        if not any(s.start == i and s.end == end and s.label_ == "ORG" for s in out):
            out.append(Span(doc, i, end, label="ORG"))
        if name_start < name_end and not any(s.label_ == "ORG" and j < s.start and s.end <= end for s in out):
            out.append(Span(doc, name_start, name_end, label="ORG"))  # the party: a mention of its own
    return sorted(out, key=lambda s: (s.start, -s.end))


def branch_name(morph: Morph, span: Span) -> str | None:
    """"Костромское региональное отделение партии Единая Россия" for "Костромском региональном
    отделении партии «Единая Россия»"; None where ``span`` names no such branch."""
    j = head_at(span, 0) if len(span) > 2 else None
    if j is None or j == len(span) - 1:
        return None
    tokens = [t for t in span if not t.is_space]
    head = normalize_words(morph, [t.text for t in tokens[:j + 1]])
    tail = "".join(t.text_with_ws for t in tokens[j + 1:])
    for quote in {*OPEN_QUOTES, *CLOSE_QUOTES}:
        tail = tail.replace(quote, "")
    tail = " ".join(tail.split())
    if not tail:
        return None
    return join_words(head, [bool(t.whitespace_) for t in tokens[:j + 1]]).strip() + " " + tail


def branch_owner(morph: Morph, span: Span) -> str | None:
    """The branch's whole name (:func:`branch_name`), else the owner's name after a branch's
    noun (:func:`.org_case.branch_owner`), also for the owner's quoted name alone after it."""
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].text in OPEN_QUOTES and span.end < len(doc) \
            and doc[span.end].text in CLOSE_QUOTES and span[0].text[:1].isupper():
        # the owner alone, its quotes and the branch's noun outside it ("отделения «Яблока»")
        return _owner_of_branch(morph, doc[span.start - 2:span.end + 1])
    return branch_name(morph, span) or _owner_of_branch(morph, span)


def split_descriptor(span: Span) -> tuple[str | None, int]:
    """:func:`.org_region_seats.split_descriptor`, except that a branch named by its place and level is
    a name from its first word (its key the whole phrase, not its owner's)."""
    j = head_at(span, 0) if len(span) > 2 and span.label_ == "ORG" else None
    if j is not None and j < len(span) - 1:
        return span[j].lemma_.lower(), 0
    if coded := coded_head(span):
        return coded, 0  # "диссертационного совета Д 999.105.03": the code is the unit's numbered name's
    kind, start = _split_descriptor(span)
    return opening_descriptor(span) or (kind, start) if start == 0 else (kind, start)  # "Аэропорту «Чебоксары»"
