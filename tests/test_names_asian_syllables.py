"""Chinese, Korean and Vietnamese names whose family name no list holds, read by their syllables
(real pipeline; entities/name_asian_syllables.py with lexicons/east_asian_syllables_*.txt): every
word splits into syllables of one inventory (Palladius, Kontsevich), the family name stays first,
only a case ending Russian adds is taken off, and a syllable as written is never declined ("Ту").
Names of a first name a reader knows, and Japanese names, keep the given name first."""
import pytest

from names_cases import person_at as person
from rufacts.entities.name_asian_syllables import syllable_count, syllable_name
from rufacts.entities.names_asian import given_nominative as nominative
from rufacts.grammars.morph import Morph


@pytest.mark.parametrize("text, mention, want", [
    # Chinese: family name of one syllable, given name of two written as one word
    ('Завод посетил вице-президент холдинга Цзо Хунлян.', 'Цзо Хунлян', ('Цзо Хунлян', 'Хунлян', None, 'Цзо')),
    ('Документы передали советнику посольства Бай Минъюаню.', 'Бай Минъюаню',
     ('Бай Минъюань', 'Минъюань', None, 'Бай')),
    ('Губернатор наградил инженера Лэн Гоцина почётной грамотой.', 'Лэн Гоцина', ('Лэн Гоцин', 'Гоцин', None, 'Лэн')),
    ('Выставку открыла художница Ни Сяохуа.', 'Ни Сяохуа', ('Ни Сяохуа', 'Сяохуа', None, 'Ни')),
    ('С докладом выступил Чжай Хуэйцзюнь из Шанхая.', 'Чжай Хуэйцзюнь',
     ('Чжай Хуэйцзюнь', 'Хуэйцзюнь', None, 'Чжай')),
    ('Партнёрство обсудили с инвестором Мэй Цзинъюем.', 'Мэй Цзинъюем', ('Мэй Цзинъюй', 'Цзинъюй', None, 'Мэй')),
    # Korean: three one-syllable words
    ('Меморандум подписал глава корейского концерна Пён Сок Хун.', 'Пён Сок Хун',
     ('Пён Сок Хун', 'Сок Хун', None, 'Пён')),
    ('Мэр встретился с Чха Ён Чжином в здании администрации.', 'Чха Ён Чжином',
     ('Чха Ён Чжин', 'Ён Чжин', None, 'Чха')),
    ('Журналисты спросили о сделке Квак Мин Хо, директора филиала.', 'Квак Мин Хо',
     ('Квак Мин Хо', 'Мин Хо', None, 'Квак')),
    # Vietnamese: three one-syllable words; "Ван" is a middle name here, no Dutch particle
    ('Торговый представитель Вьетнама Вуонг Куок Ту выступил на форуме.', 'Вуонг Куок Ту',
     ('Вуонг Куок Ту', 'Куок Ту', None, 'Вуонг')),
    ('Орденом наградили Тьеу Ван Зунга.', 'Тьеу Ван Зунга', ('Тьеу Ван Зунг', 'Ван Зунг', None, 'Тьеу')),
    ('Спортсменке Дам Тхи Ту вручили кубок.', 'Дам Тхи Ту', ('Дам Тхи Ту', 'Тхи Ту', None, 'Дам')),
])
def test_family_first_by_syllables(text, mention, want):
    assert person(text, mention) == want


@pytest.mark.parametrize("text, mention, want", [
    ('В фильме сыграла Анна Ли.', 'Анна Ли', ('Анна Ли', 'Анна', None, 'Ли')),
    ('На премьеру пришёл Дин Ли, сценарист картины.', 'Дин Ли', ('Дин Ли', 'Дин', None, 'Ли')),
    ('Премию получил японский архитектор Тадао Андо.', 'Тадао Андо', ('Тадао Андо', 'Тадао', None, 'Андо')),
    ('Мэр поручил А.Рябову подготовить отчёт.', 'А.Рябову', ('А. Рябов', 'А.', None, 'Рябов')),
])
def test_names_that_are_not_east_asian(text, mention, want):
    assert person(text, mention) == want


def test_syllable_split():
    assert syllable_count("Цзяньго", "chinese") == 2
    assert syllable_count("Чжэнъюй", "chinese") == 2
    assert syllable_count("Хён", "korean") == 1
    assert syllable_count("Вуонг", "vietnamese") == 1
    assert syllable_count("Бейсингер", "chinese") == 0


def test_syllable_name_language_and_guards():
    morph = Morph()
    assert syllable_name(morph, ["Цзо", "Цзяньго"], nominative) == "chinese"
    assert syllable_name(morph, ["Пён", "Дон", "Хён"], nominative) == "korean"
    assert syllable_name(morph, ["Вуонг", "Тхань", "Ту"], nominative) == "vietnamese"
    assert syllable_name(morph, ["Анна", "Ли"], nominative) is None
    assert syllable_name(morph, ["Сандра", "О"], nominative) is None
    assert syllable_name(morph, ["Ёсимаса", "Хаяси"], nominative) is None


def test_a_syllable_is_not_declined():
    assert nominative("Ту") == "Ту"
    assert nominative("Хуа") == "Хуа"
    assert nominative("Чжиюанем") == "Чжиюань"
    assert nominative("Ына") == "Ын"
    assert nominative("Чжэнъюю") == "Чжэнъюй"
    assert nominative("Шуя") == "Шуя"  # a woman's given name of two syllables, not of Шуй


@pytest.mark.parametrize("text, mention, want", [
    # a one-syllable family name the tagger left out of the span or never tagged
    ('Контракт заключили с директором фабрики Ко Мин Чжэ.', 'Ко Мин Чжэ', ('Ко Мин Чжэ', 'Мин Чжэ', None, 'Ко')),
    ('В Пекине мэр встретился с Лэн Гоцином, главой торговой палаты.', 'Лэн Гоцином',
     ('Лэн Гоцин', 'Гоцин', None, 'Лэн')),
    # a place word the tagger put into the person span before a three-word name of a listed family
    ('Губернатор провинции Чхунчхондо Ли Сон Хо осмотрел посевы.', 'Ли Сон Хо', ('Ли Сон Хо', 'Сон Хо', None, 'Ли')),
    ('Бывший защитник клуба Ив Ван Дамм стал тренером.', 'Ив Ван Дамм', ('Ив Ван Дамм', 'Ив', None, 'Ван Дамм')),
])
def test_spans_of_syllable_names(text, mention, want):
    assert person(text, mention) == want
