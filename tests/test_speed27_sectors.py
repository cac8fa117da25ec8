"""The speed cuts of session 27 in the sector counts give what the code they replaced gave:
the sector grammar on :class:`~rufacts.grammars.earley.FastParser` (was yargy's ``Parser``),
the set algebra of the counted nouns and the cue words kept once made, the learned reader's
meta read once per tagger, and the durations' word lists as tries (were alternations).

The sentences are written for these tests (none from a gold file)."""
from __future__ import annotations

import re

import pytest

import rufacts
from rufacts.components import sector_learned
from rufacts.grammars import durations
from rufacts.grammars.regex_trie import trie
from rufacts.grammars.sector_lexicon import lexicon
from rufacts.pipeline import shared

SENTENCES = [
    "В области работают 40 предприятий пищевой промышленности, из них 12 выпускают молочную "
    "продукцию, а ещё три — хлебозаводы.",
    "Из 25 ритейлеров, ответивших на опрос, девять торгуют только бытовой техникой.",
    "Около сотни IT-компаний зарегистрированы в технопарке; среди них 14 разработчиков игр.",
    "Выпускающих гидравлику предприятий в стране около 60, а в Приморье — пять.",
    "Рынок такси в городе делят пять операторов, ещё два агрегатора работают с 2021 года.",
    "Строительством дорог в крае заняты 15 организаций, из которых семь — подрядчики "
    "федеральных трасс.",
]


class _Yargy:
    """yargy's own Parser behind the three calls SectorParser makes of FastParser."""

    def __init__(self, fast) -> None:
        from yargy import Parser

        from rufacts.grammars.sectors import SECTOR_COUNT

        self.parser = Parser(SECTOR_COUNT, tokenizer=fast.tokenizer)
        self.rule = self.parser.rule

    def chart(self, text, all=True):  # noqa: A002 - yargy's signature
        return self.parser.chart(text, all=all)

    def completed(self, chart) -> list:
        return list(chart.matches(self.rule))

    @staticmethod
    def release(chart) -> None:
        pass


def _counts(article) -> list:
    return [(c.start, c.stop, c.count, c.object, c.sector, c.total)
            for c in article.sector_counts]


@pytest.fixture(scope="module")
def sector_parser():
    return shared().nlp.get_pipe("rufacts_sectors").parser


def test_fast_parser_finds_what_yargy_found(sector_parser):
    """The grammar's values, and the whole pipeline's counts, with yargy's parser put back."""
    fast = sector_parser.parser
    new = [sector_parser.findall(s) for s in SENTENCES]
    articles = [_counts(rufacts.extract(s)) for s in SENTENCES]
    try:
        sector_parser.parser = _Yargy(fast)
        old = [sector_parser.findall(s) for s in SENTENCES]
        old_articles = [_counts(rufacts.extract(s)) for s in SENTENCES]
    finally:
        sector_parser.parser = fast
    assert new == old
    assert articles == old_articles
    assert sum(map(len, new)) >= 6  # the sentences do hold counts the grammar reads
    assert sum(map(len, articles)) >= 8


def test_objects_algebra_kept_and_equal():
    """``objects - heads`` and ``ends | objects``: the same set and the same ``in`` answers
    (compounds too) as made anew, and the same object when asked again."""
    from rufacts.grammars.sector_nouns import Objects, places

    lex = lexicon()
    first = lex.objects - lex.heads
    assert lex.objects - lex.heads is first
    fresh = Objects(frozenset.__sub__(lex.objects, lex.heads | places()))
    fresh._removed = lex.objects._removed | lex.heads | places()
    assert first == fresh
    ends = lex.first_words("around") | lex.first_words("site")
    joined = ends | lex.objects
    assert (frozenset(ends) | lex.objects) is joined
    for lemma in ("хлебокомбинат", "микропредприятие", "завод", "производство", "область",
                  "металлообработчик", "кафе", "стол"):
        assert (lemma in first) == (lemma in fresh)
        assert (lemma in joined) == (lemma in ends or lemma in lex.objects - places())
    assert (lex.objects - {"завод"}) == (lex.objects - frozenset({"завод"}))  # a set: not kept


def test_first_words_kept():
    lex = lexicon()
    for kind in ("place", "not_sector", "around", "no_such_kind"):
        assert lex.first_words(kind) is lex.first_words(kind)
        assert lex.first_words(kind) == frozenset(c[0] for c in lex.cues.get(kind, ()))


def test_tagger_meta_read_once():
    nlp = sector_learned.sector_tagger()
    assert sector_learned._lemma_norms(nlp) == (nlp.meta.get("rufacts_norm") == "lemma")
    words = ["В", "области", "работают", "40", "пекарен"]
    a = sector_learned.make_doc(nlp, words, [True] * 5)
    b = sector_learned.make_doc(nlp, words, [True] * 5, sector_learned._lemma_norms(nlp))
    assert [t.norm_ for t in a] == [t.norm_ for t in b]


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


DURATION_TEXTS = [
    "Около недели шла трёхдневная проверка, потом полгода — пятилетний план и 10-летнем сроке.",
    "ПОЧТИ МЕСЯЦ спустя, больше суток и несколько лет; двухнедельный отпуск, шестимесячного.",
    "в год, месяц, неделю, (около  года), сорокалетний юбилей и стодневка",
]


def test_duration_tries_match_as_the_alternations():
    words = ["пол", "полгода", "полугода", "полмесяца", "год", "года", "неделя", "недели"]
    text = " ".join(words) + " Полгода ПОЛУГОДА полмесяцаx недели"
    old = re.compile(rf"(?<!\w)({_alternation(words)})(?!\w)", re.IGNORECASE)
    new = re.compile(rf"(?<!\w)({trie(words)})(?!\w)", re.IGNORECASE)
    assert [m.span() for m in old.finditer(text)] == [m.span() for m in new.finditer(text)]
    for text in DURATION_TEXTS:
        found = durations.find_durations(text)
        assert found, text
    found = [(d.text, d.value, d.unit, d.qualifier)
             for d in durations.find_durations("около недели и трёхдневный")]
    assert found == [("около недели", 1, "week", "approx"), ("трёхдневный", 3, "day", None)]


def test_duration_patterns_as_alternations_find_the_same(monkeypatch):
    """The three patterns built the old way (alternations) find the same durations."""
    new = [durations.find_durations(t) for t in DURATION_TEXTS]
    durations._patterns.cache_clear()
    monkeypatch.setattr(durations, "trie", _alternation)
    try:
        old = [durations.find_durations(t) for t in DURATION_TEXTS]
    finally:
        durations._patterns.cache_clear()
    assert new == old


def test_tagger_products_by_numpy_tag_as_blis():
    """The learned reader's tagger multiplies with numpy (``_numpy_products``); with thinc's
    blis products back it tags the same spans."""
    from thinc.api import NumpyOps

    from rufacts.grammars.morph import get_morph
    from rufacts.grammars.sector_words import tokenize

    nlp = sector_learned.sector_tagger()
    morph = get_morph()
    texts = SENTENCES + ["Пчеловодством в районе занимаются 240 крестьянских (фермерских) "
                         "хозяйств.", "Омск: мукомольных предприятий стало 14"]
    todo = [tokenize(morph, text) for text in texts]
    model = nlp.get_pipe("ner").model
    assert all(not node.ops.use_blis for node in model.walk())
    tags = [sector_learned.tag(nlp, [toks], text) for toks, text in zip(todo, texts)]
    numpy_ops = model.ops
    try:
        blis_ops = NumpyOps(use_blis=True)
        for node in model.walk():
            node.ops = blis_ops
        old = [sector_learned.tag(nlp, [toks], text) for toks, text in zip(todo, texts)]
    finally:
        for node in model.walk():
            node.ops = numpy_ops
    assert tags == old
    assert any(spans for [spans] in tags)
