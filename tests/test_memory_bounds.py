"""Memory on long runs: every memoized function of rufacts holds a bounded number of entries,
and the pipeline's memory zone drops each batch's new strings from spaCy's vocab (which
otherwise grows with every new word). Sizes, not timings.

Measured on the 962 eval texts (factru-dev, nerel-dev, nerel-train) in one process, bytes per
entry (key, value, lru node, dict slot): Morph.parse ~1,180 (pymorphy3 parses),
name_readings ~1,000-1,500, sector_words._word ~730 (beyond the parses it shares), Morph.forms
(yargy's forms, one cache for the dates', amounts' and sector grammars, which kept three) ~570, MorphTagger.analyze ~240, the boolean word tests ~90-180. At the maxsizes
of this commit the per-word caches hold ~105 MB when full (it was ~480 MB at the old ones)."""
from __future__ import annotations

import functools
import gc
import importlib
import pkgutil

import pytest

import rufacts
from rufacts.pipeline import Pipeline, load

# Entries per cache keyed by a word, lemma or phrase (a long run has millions of distinct ones)
MAX_ENTRIES = 32_768
# maxsize=None only where the keys are a small closed set: lexicon file names, grammar shapes
# (case, flags), the one Morph of a process
UNBOUNDED = {
    "rufacts.lexicons.load_list", "rufacts.lexicons.load_rows", "rufacts.lexicons.load_words",
    "rufacts.grammars.sector_light.light_phrase", "rufacts.grammars.sector_light.care_phrase",
    "rufacts.grammars.sectors.noun_phrase",
    "rufacts.grammars.sectors.headed_phrase", "rufacts.grammars.sectors.sector_phrase",
    "rufacts.grammars.okved_heads._table", "rufacts.grammars.okved_heads.service_heads",
    "rufacts.grammars.okved_compounds._umbrellas", "rufacts.grammars.okved._synonyms",
    "rufacts.entities.role_phrase.role_lemmas",
}
TEXTS = [
    "Председатель правления ПАО «Газпром» Алексей Миллер 5 мая 2021 года открыл в Калужской "
    "области завод по производству полиэтиленовых труб стоимостью 3,2 млрд рублей.",
    "В Новосибирске работают 120 хлебопекарен и 45 автосервисов, сообщил замминистра "
    "экономического развития региона Игорь Петрищев.",
    "Компания «Яндекс» наняла бывшего директора Сбербанка Германа Грефа; сделку обсуждали "
    "с прошлого понедельника, рассказал источник «Коммерсанта».",
    "Около трёхсот турфирм и сорок шиномонтажных мастерских закрылись в Твери за год.",
]


def _name(cache) -> str:
    return f"{getattr(cache, '__module__', '')}.{getattr(cache, '__qualname__', '')}"


def _caches() -> list:
    gc.unfreeze()  # a batch run in this process (rufacts.batch.worker) froze what it had loaded
    return [o for o in gc.get_objects() if isinstance(o, functools._lru_cache_wrapper)
            and (getattr(o, "__module__", None) or "").startswith("rufacts")]


@pytest.fixture(scope="module")
def filled():
    """Every rufacts module imported, a pipeline loaded (its per-instance caches made) and run."""
    for info in pkgutil.walk_packages(rufacts.__path__, "rufacts."):
        if info.name.endswith("__main__"):
            continue
        try:
            importlib.import_module(info.name)
        except ImportError:  # an optional dependency (dask, duckdb...) not installed
            pass
    pipeline = Pipeline(load())
    for text in TEXTS:
        pipeline.extract(text)
    return pipeline


def test_every_cache_is_bounded(filled):
    caches = _caches()
    assert len(caches) > 100  # the scan sees them (module-level and per-instance ones)
    names = {_name(c) for c in caches}
    assert {"rufacts.grammars.morph.Morph._parse",
            "rufacts.components.morph.MorphTagger._analyze"} <= names
    unbounded = sorted(_name(c) for c in caches if c.cache_info().maxsize is None)
    assert set(unbounded) <= UNBOUNDED, unbounded
    big = sorted((_name(c), c.cache_info().maxsize) for c in caches
                 if (c.cache_info().maxsize or 0) > MAX_ENTRIES)
    assert not big


def test_memory_zone_frees_the_strings_and_keeps_the_records():
    nlp = load()
    texts = [(str(i), text, {}) for i, text in enumerate(TEXTS)]
    before = len(nlp.vocab.strings)
    zoned = [a.as_json() for a in Pipeline(nlp).pipe(texts, batch_size=3)]
    assert len(nlp.vocab.strings) - before < 50  # labels and morph features only
    assert "хлебопекарен" not in nlp.vocab.strings
    again = [a.as_json() for a in Pipeline(nlp).pipe(texts)]
    plain = [a.as_json() for a in Pipeline(nlp, memory_zone=False).pipe(texts)]
    assert "хлебопекарен" in nlp.vocab.strings  # the plain pipeline keeps every string
    assert zoned == again == plain
    assert any(a["persons"] for a in zoned) and any(a["sector_counts"] for a in zoned)


#: a stream of texts with new words in each (made-up trades, places and names), several with a
#: sentence the learned sector reader tags ("N из M заводов по производству X", "X-ых
#: предприятий стало N"): words the vocabularies have not seen before
STREAM = [
    f"В {region} области расположены {n} из {n + 9} российских заводов по производству "
    f"{trade}. Директор завода {person} рассказал об этом {n} марта."
    for n, (region, trade, person) in enumerate([
        ("Зарянской", "квазиволокна", "Фрол Бурундуков"),
        ("Мглинской", "псевдостекла", "Ермил Ковырзин"),
        ("Ольвинской", "мезопластика", "Тихон Жмыхов"),
        ("Сурожской", "гидрокартона", "Вавила Пустырёв"),
    ], start=3)
] + [
    f"{city}: {trade} предприятий стало {n}. Об этом сообщил {person}."
    for n, (city, trade, person) in enumerate([
        ("Верхнеблинск", "крупяно-пряничных", "Аникей Сметанин"),
        ("Нижнекисельск", "квасо-медовых", "Пафнутий Ломов"),
    ], start=11)
] + TEXTS


def _lexemes(vocab) -> int:
    return sum(1 for _ in vocab)  # len(vocab) counts every lexeme ever made, zones or not


def test_a_long_stream_leaves_the_vocabularies_flat():
    """Beyond the words kept on purpose (:mod:`rufacts.components.kept_words`, switched off
    here), no string or lexeme of an article outlives its batch: neither in the pipeline's
    vocab nor in the learned sector tagger's own (its docs are made inside its zone)."""
    from rufacts.components.sector_learned import sector_tagger

    nlp = load()
    pipeline = Pipeline(nlp)
    pipeline.kept.max_kept = 0
    tagger = sector_tagger()
    calls = []
    real = tagger.pipe

    def counting(docs, **kwargs):
        docs = list(docs)
        calls.append(len(docs))
        return real(docs, **kwargs)

    pipeline.extract(TEXTS[0])  # labels, morph features and the like: made once
    strings = set(nlp.vocab.strings)
    before = (_lexemes(nlp.vocab), len(tagger.vocab.strings), _lexemes(tagger.vocab))
    tagger.pipe = counting
    try:
        records = [a.as_json() for a in pipeline.pipe(
            (str(i), text, {}) for i, text in enumerate(STREAM))]
    finally:
        del tagger.pipe
    assert calls, "the learned reader tagged sentences of the stream"
    assert any(a["sector_counts"] for a in records) and any(a["persons"] for a in records)
    after = (_lexemes(nlp.vocab), len(tagger.vocab.strings), _lexemes(tagger.vocab))
    assert after == before
    added = set(nlp.vocab.strings) - strings
    # spaCy keeps the morph feature strings of the tags it meets ("Case=Gen|Number=Plur"): a
    # closed set of feature bundles, not the words of the text
    assert all("=" in s for s in added), sorted(added)
    for word in ("квазиволокна", "гидрокартона", "Бурундуков"):
        assert word not in nlp.vocab.strings and word not in tagger.vocab.strings
