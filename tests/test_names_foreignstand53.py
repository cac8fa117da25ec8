"""Normal forms of foreign names that stand unchanged or decline in oblique cases (real pipeline),
session 53 (w431, foreignstand53): West African and Nigerian given names the dictionary lacks, the
Bulgarian man's name Ангел, Italian women's names in -а (lexicons/name_foreign_first_names.tsv);
Sub-Saharan surnames in -е that stand (lexicons/name_foreign_surnames.txt); a consonant + -е surname
after the particle "де" of a French, Belgian or Dutch name (entities/name_de_particle.py) and after a
Dutch "ван" (no -я surname: entities/name_surname_e.after_germanic_particle); with neighbours that
must not change."""
import pytest

from names_cases import person_at as person


@pytest.mark.parametrize("text, mention, want", [
    # West African given names in -у stand; Hausa and Fula names in a consonant decline
    ('Айссату Кейта возглавила министерство туризма Мали.', 'Айссату Кейта',
     ('Айссату Кейта', 'Айссату', None, 'Кейта')),
    ('Делегацию принял министр Адаму Гарба.', 'Адаму Гарба', ('Адаму Гарба', 'Адаму', None, 'Гарба')),
    ('Банк выдал кредит Алиуну Ндиайе из Дакара.', 'Алиуну Ндиайе', ('Алиун Ндиайе', 'Алиун', None, 'Ндиайе')),
    # Yoruba and Igbo given names; Yoruba and Kikuyu surnames in -е
    ('Контракт подписали с Адевале Аладе, директором порта.', 'Адевале Аладе',
     ('Адевале Аладе', 'Адевале', None, 'Аладе')),
    ('Журналисты писали о Питере Кагве, депутате парламента Кении.', 'Питере Кагве',
     ('Питер Кагве', 'Питер', None, 'Кагве')),
    ('Награду вручили Чукву Бамиделе из Лагоса.', 'Чукву Бамиделе', ('Чукву Бамиделе', 'Чукву', None, 'Бамиделе')),
    # the Bulgarian man's name Ангел before his surname
    ('Выставка Ангела Петкова открылась в Софии.', 'Ангела Петкова', ('Ангел Петков', 'Ангел', None, 'Петков')),
    # Italian women's names in -а the dictionary lacks
    ('Директором галереи стала Лоредана Росселли.', 'Лоредана Росселли',
     ('Лоредана Росселли', 'Лоредана', None, 'Росселли')),
    ('Пресс-службу театра возглавит Раффаэлла Конти.', 'Раффаэлла Конти',
     ('Раффаэлла Конти', 'Раффаэлла', None, 'Конти')),
    # after "де" of a French or Belgian name, a consonant + -е is no case of an -а surname
    ('О Люке Де Брёйне в Брюгге знают все.', 'Люке Де Брёйне', ('Люк Де Брёйн', 'Люк', None, 'Де Брёйн')),
    ('В Льеже говорили о Марселе де Вилльере.', 'Марселе де Вилльере', ('Марсель де Вилльер', 'Марсель', None, 'де Вилльер')),
    # after "ван", no surname in -я
    ('Приз передали Яну ван Беркеле из Лейдена.', 'Яну ван Беркеле', ('Ян ван Беркеле', 'Ян', None, 'ван Беркеле')),
])
def test_foreign_stand(text, mention, want):
    assert person(text, mention) == want


@pytest.mark.parametrize("text, mention, want", [
    # a Zulu surname in -а still declines; a Russian woman's Ангела stays hers
    ('Посол рассказал о Бонгани Мадонселе и его партии.', 'Бонгани Мадонселе',
     ('Бонгани Мадонсела', 'Бонгани', None, 'Мадонсела')),
    ('Концерт дала Ангела Меркель.', 'Ангела Меркель', ('Ангела Меркель', 'Ангела', None, 'Меркель')),
    # an Italian name after "Де" keeps its -а surname
    ('О Джузеппе Де Роза писали в Риме.', 'Джузеппе Де Роза', ('Джузеппе Де Роза', 'Джузеппе', None, 'Де Роза')),
    ('Премию вручили Марии Де Сильве.', 'Марии Де Сильве', ('Мария Де Сильва', 'Мария', None, 'Де Сильва')),
])
def test_foreign_stand_neighbours(text, mention, want):
    assert person(text, mention) == want
