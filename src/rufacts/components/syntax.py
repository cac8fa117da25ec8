"""slovnet UD dependency parse (the natasha news syntax model) as a spaCy component,
run only on the sentences where a sector count may be: ``token.dep_`` and ``token.head``.

The navec embeddings and the ``slovnet_syntax_news_v1`` weights ship inside the natasha
wheel; nothing is downloaded. A sentence is a candidate (:func:`is_candidate`) when a
number in digits or words stands within :data:`REACH` tokens of a counted-object noun
(``sector_objects.txt``), or after "из"/"среди" ("из 20", "среди 50 участников"). Other
sentences keep spaCy's defaults (each token its own head, ``dep_`` empty), so the parser's
cost grows with the candidates, not with the article.
"""
from __future__ import annotations

from functools import lru_cache
from types import SimpleNamespace
from typing import Iterable, Iterator

from spacy.attrs import LEMMA, LIKE_NUM, LOWER, POS
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from .blas import one_blas_thread

_AMOUNT = frozenset({"число", "числа", "числе", "количество", "количества", "количестве"})
# "одно предприятие", "одна компания": one as a count (the tree reads it: sector_number_words)
_ONE = frozenset({"один", "одна", "одно", "одну"})
REACH = 4        # tokens between a number and its counted noun
MAX_TOKENS = 120  # longer sentences (tables, lists run together) are not parsed


class _SharedNavec:
    """What slovnet's ``inject_navec`` reads (``meta.id``, ``pq.indexes``, ``pq.codes``),
    taken from the NER model: both models use the same news embeddings, so the 25 MB of
    arrays (and the 250k-word vocabulary) are held once, not twice."""

    def __init__(self, embedding) -> None:
        self.meta = SimpleNamespace(id=embedding.id)
        self.pq = SimpleNamespace(indexes=embedding.indexes.array, codes=embedding.codes.array)


@lru_cache(maxsize=1)
def load_slovnet_syntax():
    """The slovnet ``Syntax`` object, loaded once per process, sharing the embeddings and
    the word vocabulary of the NER model (:func:`rufacts.components.ner.load_slovnet_ner`)."""
    from .. import _compat

    _compat.install()
    from natasha.data import NEWS_SYNTAX
    from slovnet import Syntax

    from .ner import load_slovnet_ner

    ner = load_slovnet_ner()
    syntax = Syntax.load(NEWS_SYNTAX)
    syntax.navec(_SharedNavec(ner.model.emb.word))
    if ner.encoder.words_vocab.items == syntax.infer.encoder.words_vocab.items:
        syntax.infer.encoder.words_vocab = ner.encoder.words_vocab
    return syntax


@lru_cache(maxsize=1)
def _objects() -> frozenset[str]:
    from ..grammars.sector_words import lexicon

    return lexicon().objects


@lru_cache(maxsize=1)
def _scales() -> tuple:
    """(scale nouns said alone as a number, scale-word lemmas): imported once, not per token."""
    from ..grammars.sector_number_tokens import LONE_SCALE, scale_words

    return LONE_SCALE, scale_words()


def _is_number(token) -> bool:
    """A number, or a scale noun said alone as one ("Десяток компаний", "полсотни"); kept by
    the token's four hashes (every token of every sentence is asked, its strings read once)."""
    return _number_of((token.lower, token.lemma, token.pos, token.like_num), token.vocab.strings)


def _number_of(key: tuple, strings) -> bool:
    """:func:`_is_number` of a token by its (lower, lemma, POS, like_num) hashes."""
    found = _NUMBERS.get(key)
    if found is None:
        if len(_NUMBERS) >= _KEPT:
            _NUMBERS.clear()
        lone, scales = _scales()
        lower, lemma, pos, like_num = key
        lower = strings[lower]
        found = _NUMBERS[key] = bool(strings[pos] == "NUM" or like_num or lower in lone
                                     or strings[lemma].lower() in scales or lower in _ONE)
    return found


def _number_flags(doc: Doc) -> list[bool]:
    """:func:`_is_number` of each token of ``doc``, read from its arrays (no Token made)."""
    strings = doc.vocab.strings
    return [_number_of(tuple(row), strings)
            for row in doc.to_array([LOWER, LEMMA, POS, LIKE_NUM]).tolist()] if len(doc) else []


def sentence_numbers(rows: list, strings, start: int, end: int) -> list[int]:
    """The indices from ``start`` of the numbers (:func:`_is_number`) among the tokens ``start`` to
    ``end``, from rows of the doc's array whose columns 1 to 3 are LEMMA, POS, LIKE_NUM and whose
    column 5 is LOWER (the sector reader's rows: ORTH, LEMMA, POS, LIKE_NUM, IDX, LOWER): no Token
    made, as :func:`is_candidate` would make for each word of the sentence."""
    return [k for k, row in enumerate(rows[start:end])
            if _number_of((row[5], row[1], row[2], row[3]), strings)]


_NUMBERS: dict[tuple[int, int, int, bool], bool] = {}  # (lower, lemma, POS, like_num) -> number?
_OBJECTS: dict[int, bool] = {}  # lemma hash -> _is_object_lemma
_KEPT = 50_000


@lru_cache(maxsize=1)
def _long_objects() -> tuple[str, ...]:
    return tuple(o for o in _objects() if len(o) > 5)


@lru_cache(maxsize=16_384)
def _is_object_lemma(lemma: str) -> bool:
    """Whether a lemma names a counted object (once per distinct lemma: a sentence check
    otherwise tries every object's ending on every token)."""
    objects = _objects()
    if lemma in objects:
        return True
    # "IT-компаний", "компаний-резидентов", "сельхозпредприятий": a part or a tail
    lemma = lemma.lower()
    return any(part in objects for part in lemma.split("-")) or any(
        lemma.endswith(o) and len(lemma) - len(o) >= 3 for o in _long_objects()) \
        or _fused(lemma)


def _is_object(token) -> bool:
    """A counted noun; one that counts only beside a word of business ("точек общепита",
    not "пункт 3 статьи": ``sector_objects_bound.tsv``) only with that word."""
    lemma = token.lemma
    found = _OBJECTS.get(lemma)
    if found is None:
        if len(_OBJECTS) >= _KEPT:
            _OBJECTS.clear()
        found = _OBJECTS[lemma] = _is_object_lemma(token.lemma_)
    if found:
        lemma = token.lemma_.lower()
        return lemma not in _bound_nouns() or _bound_beside(token, lemma)
    return token.pos_ == "ADJ" and _noun_object(token.lower_)


@lru_cache(maxsize=1)
def _bound_nouns() -> frozenset[str]:
    from ..grammars.sector_nouns import bound_nouns

    return bound_nouns()


def _bound_beside(token, lemma: str) -> bool:
    from ..grammars.sector_bound_agents import trade_verb_in_sentence
    from ..grammars.sector_facility_bound import business_in_sentence
    from ..grammars.sector_nouns import bound_beside

    return bound_beside(token, lemma) or business_in_sentence(token, lemma) \
        or trade_verb_in_sentence(token)  # w127; w132: "шиномонтажем занимаются 90 точек"


@lru_cache(maxsize=16_384)
def _noun_object(word: str) -> bool:
    """"пекарен": pymorphy3 reads an adjective first; its noun reading is a counted object."""
    from ..grammars.morph import get_morph

    return any(p.tag.POS == "NOUN" and p.normal_form in _objects()
               for p in get_morph().parse(word))


@lru_cache(maxsize=1)
def _object_lengths() -> frozenset[int]:
    return frozenset(len(o) for o in _objects())


def _fused(lemma: str) -> bool:
    """"турфирм": a sector prefix fused with a short counted noun (not memoized: its one
    caller, _is_object_lemma, is, by the same lemma)."""
    objects = _objects()
    if not any(len(lemma) > n and lemma[-n:] in objects for n in _object_lengths()):
        return False
    from ..grammars.sector_words import fused_object

    return fused_object(lemma) is not None


_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "—", "–", "»"})  # "…, штук сорок»"
# "Заводов в стране 32 против 30 годом ранее": a compared figure ends the count's clause
_COMPARED = frozenset({"против"})


def _ends_clause(tokens: list, i: int) -> bool:
    """The number at ``i`` ends its clause ("Агрофирм, выращивающих свёклу, в области 31,
    ещё 14 …", "60 с лишним, но …"): punctuation after it, past a scale or "с лишним"."""
    from ..grammars.sector_numbers import ABOVE
    from ..grammars.sector_number_tokens import scale_words

    k = i + 1
    if k < len(tokens) and (tokens[k].lower_ in ("тыс", "млн") or tokens[k].lemma_.lower()
                            in scale_words()):
        k += 2 if k + 1 < len(tokens) and tokens[k + 1].text == "." else 1
    if k + 1 < len(tokens) and tokens[k].lower_ == "с" and tokens[k + 1].lower_ in ABOVE:
        k += 2
    from ..grammars.sector_split_verbs import past_be_verb

    k = past_be_verb(tokens, k, lambda t: t.lemma_, lambda t: t.pos_)  # "три осталось, а …"
    return k >= len(tokens) or tokens[k].text in _CLAUSE_ENDS or (
        tokens[k].lower_ in _COMPARED and k + 1 < len(tokens) and _is_number(tokens[k + 1]))


def is_candidate(sent: Span, numbers: list[int] | None = None) -> bool:
    """A number near a counted noun, a whole "из N" / "среди N", a count said last, or
    a number after "число/количество <counted noun>" ("Число компаний, выпускающих X,
    выросло до 29, ..."). ``numbers``: the indices in ``sent`` of its numbers
    (:func:`_is_number`), where the caller has them."""
    tokens = None
    if numbers is None:
        tokens = list(sent)
        numbers = [i for i, t in enumerate(tokens) if _is_number(t)]
    if not numbers:  # most sentences: no need to look for counted nouns
        return False
    tokens = list(sent) if tokens is None else tokens
    objects = [i for i, t in enumerate(tokens) if _is_object(t)]
    for i in numbers:
        if i and tokens[i - 1].lower_ in ("из", "среди"):
            return True
        if any(abs(i - j) <= REACH for j in objects):
            return True
        if objects and objects[0] < i and (all(not t.is_alpha for t in tokens[i + 1:])
                                           or _ends_clause(tokens, i)):
            return True  # the count last: "Кожевенных заводов в России осталось всего 12."
        if any(j < i and j and tokens[j - 1].lower_ in _AMOUNT for j in objects):
            return True  # "Число компаний, выпускающих X, выросло до 29, следует из ..."
    return False


def names_counted_noun(sent: Span) -> bool:
    """A counted-object noun (``sector_objects.txt``) anywhere in the sentence, however far
    from its number ("670 крестьянских (фермерских) хозяйств")."""
    return any(_is_object(t) for t in sent)


def _break_cycles(heads: list[int], rels: list[str], root: int) -> None:
    """A cycle of heads ("хозяйств" <-> "республики") never reaches the root and would cut
    the sentence: its first word met again hangs on the root as ``dep`` (unspecified)."""
    for k in range(len(heads)):
        seen = []
        node = k
        while node != root and node not in seen and 0 <= heads[node] < len(heads) \
                and heads[node] != node:
            seen.append(node)
            node = heads[node]
        if node in seen:
            heads[node], rels[node] = root, "dep"


class SlovnetSyntax:
    def __init__(self, nlp: Language, name: str, batch_size: int) -> None:
        self.name = name
        self.batch_size = batch_size

    def _parse(self, docs: list[Doc]) -> None:
        sents = []
        for doc in docs:
            flags = None  # _is_number of each token, read once per doc
            for s in doc.sents:
                if len(s) <= MAX_TOKENS:
                    flags = _number_flags(doc) if flags is None else flags
                    if is_candidate(s, [i - s.start for i in range(s.start, s.end) if flags[i]]):
                        sents.append(s)
        if not sents:
            return
        ids = [[t.i for t in s if not t.is_space] for s in sents]
        words = [[s.doc[i].text for i in k] for s, k in zip(sents, ids)]
        syntax = load_slovnet_syntax()
        with one_blas_thread():
            markups = list(syntax.map(words))
        for sent, token_ids, markup in zip(sents, ids, markups):
            doc = sent.doc
            heads = [int(token.head_id) - 1 for token in markup.tokens]
            roots = [k for k, head in enumerate(heads) if not 0 <= head < len(heads)
                     or head == k]
            # one root per sentence: a second root would cut the sentence in two
            # ("Рыбоводством | в Карелии занято ..."); it hangs on the main one
            main = next((k for k in roots if markup.tokens[k].rel == "root"),
                        roots[0] if roots else None)
            heads = [heads[k] if k not in roots else (main if k != main else k)
                     for k in range(len(heads))]
            rels = [token.rel for token in markup.tokens]
            if main is not None:
                _break_cycles(heads, rels, main)
            # spaCy keeps each root's left and right edge as heads are set one by one, and
            # takes the sentence start from the root's left edge (a root with no label is
            # skipped): labels first, then a flat tree (every word on the root), so that a
            # non-projective arc ("Из | почти 3 тысяч ...") cannot cut the sentence
            for k, i in enumerate(token_ids):
                doc[i].dep_ = rels[k]
            for k, i in enumerate(token_ids if main is not None else ()):
                if k != main:
                    doc[i].head = doc[token_ids[main]]
            for k, i in enumerate(token_ids):
                head = heads[k]
                doc[i].head = doc[token_ids[head]] if 0 <= head < len(token_ids) and head != k \
                    else doc[i]

    def __call__(self, doc: Doc) -> Doc:
        self._parse([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size or self.batch_size):
            self._parse(batch)
            yield from batch


@Language.factory("rufacts_syntax", assigns=["token.dep", "token.head"],
                  default_config={"batch_size": 8})
def make_syntax(nlp: Language, name: str, batch_size: int) -> SlovnetSyntax:
    return SlovnetSyntax(nlp, name, batch_size)
