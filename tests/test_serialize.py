"""The values rufacts puts on ``Doc._``/``Span._`` serialize: ``Doc.to_bytes``,
``DocBin(store_user_data=True)`` and multiprocess ``nlp.pipe`` give back docs whose
record is the same as the original's (issue 14)."""
from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.tokens import Doc, DocBin

import rufacts

TEXTS = [
    "Мэр Москвы Сергей Собянин 11.12.2015 открыл завод компании «Ростелеком». "
    "Инвесторы вложили около 500 млн. долл. Из 10 резидентов технопарка 3 компании "
    "работают в сфере микроэлектроники. Вчера в Москве было тепло.",
    "Глава Татарстана Рустам Минниханов прилетел в Казань 5 апреля 2021 года.",
]


def _records(docs):
    return [rufacts.to_article(d, id=str(i), published="2021-04-06").as_json()
            for i, d in enumerate(docs)]


@pytest.fixture(scope="module")
def docs(nlp):
    docs = list(nlp.pipe(TEXTS))
    # the texts exercise every kind of value: a date, a relative date, money, a sector count
    assert docs[0].spans["amounts"] and docs[0].spans["sector_counts"]
    assert any(s._.rufacts_date.shift is not None for s in docs[0].spans["dates"])  # relative
    return docs


def test_doc_to_bytes_round_trips_the_values(nlp, docs):
    for doc in docs:
        again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
        assert [s._.rufacts_date for s in again.spans["dates"]] == \
            [s._.rufacts_date for s in doc.spans["dates"]]
        assert [s._.rufacts_amount for s in again.spans["amounts"]] == \
            [s._.rufacts_amount for s in doc.spans["amounts"]]
        assert tuple(again._.rufacts_persons) == tuple(doc._.rufacts_persons)
    again = Doc(nlp.vocab).from_bytes(docs[0].to_bytes())
    money = again.spans["amounts"][0]._.rufacts_amount
    assert isinstance(money.value, Decimal) and money.value == Decimal("500000000")
    assert _records([Doc(nlp.vocab).from_bytes(d.to_bytes()) for d in docs]) == _records(docs)


def test_docbin_with_user_data_round_trips(nlp, docs):
    data = DocBin(store_user_data=True, docs=docs).to_bytes()
    again = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
    assert _records(again) == _records(docs)


def test_records_of_docs_are_those_of_extract(docs):
    for i, (text, doc) in enumerate(zip(TEXTS, docs)):
        assert rufacts.to_article(doc, id=str(i), published="2021-04-06") == \
            rufacts.extract(text, id=str(i), published="2021-04-06")


@pytest.mark.slow
def test_multiprocess_pipe(nlp, docs):
    """``nlp.pipe(n_process=2)`` sends each doc back from its worker as bytes."""
    many = list(nlp.pipe(TEXTS, n_process=2, batch_size=1))
    assert _records(many) == _records(docs)


def test_decoding_builds_only_rufacts_dataclasses():
    import srsly

    bad = srsly.msgpack_dumps({"__rufacts__": "os:system", "f": {}})
    with pytest.raises(ValueError, match="not a rufacts class"):
        srsly.msgpack_loads(bad)
