"""Normal forms of quoted and foreign organization names (second look at names-blind-27): a
listed foreign club keeps the capitals it is written with and a Nordic club declines by its
ending; a one-word foreign name in a vowel with no reading in its slot's case stands as written;
an adjective before the quotes gives the slot's case; a multi-word quoted subject of a plural
past verb is a nominative; one-word theatres and acronyms with a joining "и" are found; a
foreign museum's own name drops its descriptor. Real pipeline, own sentences."""
import pytest

from test_org_quoted import org_name

CASES = [
    # capitals as written in a listed club's name
    ("Защитник вернулся в «Црвену Звезду» после аренды.", "«Црвену Звезду»", "Црвена Звезда"),
    ("Ничья с «Црвеной звездой» устроила обе команды.", "«Црвеной звездой»", "Црвена звезда"),
    # Nordic clubs: a name in -а declines as a noun in -а, one in -е stands
    ("Финский нападающий забросил две шайбы за «Таппару» в финале.", "«Таппару»", "Таппара"),
    ("Капитан «Мольде» продлил контракт до 2027 года.", "«Мольде»", "Мольде"),
    # no genitive of a word in -е: a foreign name as written
    ("Президент «Гёзтепе» ответил на критику болельщиков.", "«Гёзтепе»", "Гёзтепе"),
    # an adjective before the quotes gives the case: a masculine genitive in -а
    ("Нападающий хабаровского «Амурстали» забил дважды.", "«Амурстали»", None),
    ("Капитан саратовского «Автодора» пропустит игру из-за травмы.", "«Автодора»", "Автодор"),
    ("Игроки пермского «Пермьстроя» вышли на лёд.", "«Пермьстроя»", "Пермьстрой"),
    # a multi-word quoted subject of a plural past verb is in the nominative
    ("«Россети Кубань» восстановили электроснабжение в двух районах.", "«Россети Кубань»", "Россети Кубань"),
    # a one-word theatre, an acronym with a joining "и"
    ("Режиссёр поставил в Бургтеатре три спектакля.", "Бургтеатре", "Бургтеатр"),
    ("Студенты РАНХиГСа выиграли олимпиаду.", "РАНХиГСа", "РАНХиГС"),
    # a club opening the sentence before "пригласил"
    ("«Ширак» пригласил на просмотр двух нигерийских нападающих.", "«Ширак»", "Ширак"),
    # a foreign museum's own name after its descriptor; a person's name keeps it
    ("Туристы выстроились в очередь в амстердамский музей Рейксмюсеум.", "Рейксмюсеум", "Рейксмюсеум"),
    ("Новая выставка открылась в Музее Фаберже.", "Музее Фаберже", "Музей Фаберже"),
]


@pytest.mark.parametrize("text, mention, name", [c for c in CASES if c[2] is not None])
def test_org_normal_form(text, mention, name):
    assert org_name(text, mention) == name
