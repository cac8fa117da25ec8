"""A two-word company name whose first word stands frozen and whose second is an organization's
own word in a case other than the genitive ("в «Дельта Телекоме»" -> Дельта Телеком): the second
declines back; a genitive organization after a common noun stays its dependent ("Пресс-служба
Мосгордумы"). Real pipeline, own sentences."""
import pytest

from test_org_quoted import org_name

PAIRS = [
    ("В «Дельта Телекоме» подтвердили уход директора.", "Дельта Телекоме", "Дельта Телеком"),
    ("В «Смарт Телекоме» назначили нового директора.", "Смарт Телекоме", "Смарт Телеком"),
    ("Договор с «Альфа Ростелекомом» расторгнут.", "Альфа Ростелекомом", "Альфа Ростелеком"),
    ("Сотрудники «Газпром нефти» получили премии.", "Газпром нефти", "Газпром нефть"),
]

KEPT = [
    ("Пресс-служба Мосгордумы сообщила о заседании.", "Пресс-служба Мосгордумы", "Пресс-служба Мосгордумы"),
]


@pytest.mark.parametrize("text,mention,name", PAIRS + KEPT)
def test_org_frozen_pair(text, mention, name):
    assert org_name(text, mention) == name
