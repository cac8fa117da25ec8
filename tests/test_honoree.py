"""The honoree after "имени" read once (rufacts.entities.honoree) by every pass that grows a body over
it: institutions, units and bodies named after a person (sentences of our own, the real pipeline)."""
import pytest

import rufacts


def _orgs(text):
    return [o.name for o in rufacts.extract(text).organizations]


@pytest.mark.parametrize("text, name", [
    # a monarch's number closes the honoree
    ("Раненых доставили в госпиталь имени Георга V в Лондоне.", "госпиталь имени Георга V"),
    ("Выпускники гимназии имени Александра I собрались на встречу.", "гимназия имени Александра I"),
    # titles before the honoree, then initials and a surname
    ("Пациента перевели в больницу имени академика И. П. Павлова.", "больница имени академика И. П. Павлова"),
    # a surname's particles
    ("Концерт дала школа имени Людвига ван Бетховена.", "школа имени Людвига ван Бетховена"),
])
def test_honoree_in_name(text, name):
    assert name in _orgs(text)


def test_honoree_stops_before_next_word():
    # the name stops at the honoree: the verb's place is no part of it
    names = _orgs("Выставку открыли в музее имени Н. К. Рериха в Москве.")
    assert any(n.endswith("имени Н. К. Рериха") for n in names), names
