"""A body named after a person, its head a substantivized adjective ("мастерская"): the head
declines to its nominative, the person's name stays in the genitive as written (an inanimate
accusative adjective form agrees with no animate first name). Real pipeline, own sentences."""
import pytest

from test_org_quoted import org_name

NAMED = [
    ("Пьесу в «Мастерской Петра Фоменко» ставит молодой режиссёр.", "Мастерской Петра Фоменко", "Мастерская Петра Фоменко"),
    ("Премьера «Мастерской Петра Фоменко» намечена на март.", "Мастерской Петра Фоменко", "Мастерская Петра Фоменко"),
    ("Зрители «Мастерской Олега Кудряшова» аплодировали стоя.", "Мастерской Олега Кудряшова", "Мастерская Олега Кудряшова"),
    ("На сцене «Мастерской Дмитрия Брусникина» сыграли выпускники.", "Мастерской Дмитрия Брусникина", "Мастерская Дмитрия Брусникина"),
    ("Пьесу поставили в Мастерской Петра Фоменко.", "Мастерской Петра Фоменко", "Мастерская Петра Фоменко"),
    ("Спектакль показали в «Театре Олега Табакова».", "Театре Олега Табакова", "Театр Олега Табакова"),
    ("Выставку привезли в Центр Галины Вишневской.", "Центр Галины Вишневской", "Центр Галины Вишневской"),
]

KEPT = [
    # an adjective before an inanimate noun still agrees in the accusative
    ("В Московском театре юного зрителя прошла премьера.", "Московском театре юного зрителя", "Московский театр юного зрителя"),
    ("Спектакль показали в «Гоголь-центре».", "Гоголь-центре", "Гоголь-центр"),
]


@pytest.mark.parametrize("text,mention,name", NAMED + KEPT)
def test_org_named_after(text, mention, name):
    assert org_name(text, mention) == name
