"""Organization spans and names, eighth round (w68): a quoted name after a legal form takes no
"по" adverbial after it ("АО «Агротрейд» по договору поставки"), while a body's remit stays
("Комиссия по делам несовершеннолетних"); a court with its city in the genitive the tagger reads
as prepositional ("районного суда Перми"); a region's other name in brackets is part of a
body's name ("Республики Северная Осетия (Алания)"); "лейбл" and "студия" as descriptors, and a
descriptor over genitive words before a quoted name ("издательство детской литературы «Синяя
птица»"), not a title noun ("фильм «Синяя птица»"). Real pipeline, own sentences."""
import pytest

import rufacts


def org_names(text: str) -> list[str]:
    return [o.name for o in rufacts.extract(text).organizations]


ORGS = [
    ("Банк подал иск против АО «Агротрейд» по договору поставки.", ["АО «Агротрейд»"]),
    ("Полиция проверила ООО «Севертранс» по факту мошенничества.", ["ООО «Севертранс»"]),
    ("Комиссия по делам несовершеннолетних собралась в понедельник.", ["Комиссия по делам несовершеннолетних"]),
    ("Представитель Ленинского районного суда Перми прокомментировал решение.", ["Ленинский районный суд Перми"]),
    ("Глава Министерства образования Республики Северная Осетия (Алания) провёл совещание.",
     ["Министерство образования Республики Северная Осетия (Алания)"]),
    ("В Управлении Росреестра по Республике Саха (Якутия) рассказали о новых правилах.",
     ["Управление Росреестра по Республике Саха (Якутия)"]),
    ("Лейбл «Северная волна» выпустил новый альбом.", ["Северная волна"]),
    ("Студия анимации «Лунный кот» выпустила мобильную игру.", ["Лунный кот"]),
    ("Издательство детской литературы «Синяя птица» выпустило сборник.", ["Синяя птица"]),
    # a title noun before the quotes: no organization
    ("Фильм «Синяя птица» вышел в прокат.", []),
]


@pytest.mark.parametrize(("text", "names"), ORGS, ids=[t[:40] for t, _ in ORGS])
def test_org_spans(text, names):
    assert org_names(text) == names
