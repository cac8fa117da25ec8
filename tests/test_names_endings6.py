"""Own sentences (no gold file has them), real pipeline: an adjectival surname the dictionary lacks
and guesses as a noun declines as -ский/-цкий; a Japanese given name in -й after a vowel is read
back from its "-е" case; a foreign name with "нъ" in a case is no Japanese given name; a Georgian
first name in -и stands; a possessive pronoun after a name decides its gender."""
import pytest
from names_cases import expected_parts, person_parts

# (text, name, first, middle, last)
PERSONS = [
    ("Совет клуба уволил вратаря Олега Заруцкого.", "Олег Заруцкий", "Олег", None, "Заруцкий"),
    ("Статья о Юдае Накаяме вышла в пятницу.", "Юдай Накаяма", "Юдай", None, "Накаяма"),
    ("Речь о Рёхэе Мацумото прозвучала на форуме.", "Рёхэй Мацумото", "Рёхэй", None, "Мацумото"),
    ("Статья о Бенъямине Ландау вышла утром.", "Бенъямин Ландау", "Бенъямин", None, "Ландау"),
    # after a woman's first name in a case, an unknown word in a consonant is a first surname
    ("Репортаж о Габриэле Штейнберг Ортис вышел.", "Габриэла Штейнберг Ортис", "Габриэла", None,
     "Штейнберг Ортис"),
    # a Georgian first name in -и stands (not the genitive of the diminutive Гога)
    ("Встреча с Гоги Кахиани прошла в Батуми.", "Гоги Кахиани", "Гоги", None, "Кахиани"),
    # a possessive pronoun after the name gives its gender where the name's words leave a tie
    ("В статье о Даниэле Бруни рассказано о её карьере.", "Даниэла Бруни", "Даниэла", None, "Бруни"),
    ("В книге об Адриане Монти рассказано о её семье.", "Адриана Монти", "Адриана", None, "Монти"),
]


@pytest.mark.parametrize(("text", "name", "first", "middle", "last"), PERSONS, ids=[p[1] for p in PERSONS])
def test_names_endings6(text, name, first, middle, last):
    assert person_parts(text) == expected_parts(name, first, middle, last)
