"""Normal forms of quoted organization names (real pipeline), session 53 (w433, quotedforeign53): a
foreign quoted name after its type word stands as written (entities/org_quoted_foreign.py), a Russian
compound or a dictionary word still declines; a sentence-opening type word of org_quoted_heads.txt or
one before a trade genitive is no part of the name (org_opening_descriptors.py); a field's
"образование" before a quoted name is no municipality; a type word over a
trade genitive finds the quoted name; a nominative-only head noun keeps its genitive complement."""
import pytest

from names_cases import org_name


@pytest.mark.parametrize("text, mention, want", [
    # a foreign word after a type word: no Russian paradigm guessed for it
    ("Главным дизайнером дома «Маркезини» стала молодая итальянка.", "«Маркезини»", "Маркезини"),
    ("Новую линию представил модный дом «Джильоли» на неделе моды.", "«Джильоли»", "Джильоли"),
    ("Картины передали в собрание галереи «Валле Скура».", "«Валле Скура»", "Валле Скура"),
    ("Совладельцем дома моды «Каппеллини» стал американский фонд.", "«Каппеллини»", "Каппеллини"),
    # a Russian noun or adjective in the nominative slot stays as it is
    ("Директор фабрики «Красный Октябрь» ушёл в отставку.", "«Красный Октябрь»", "Красный Октябрь"),
    # a sentence-opening type word is no part of the name
    ("Медресе «Ихсан» провело день открытых дверей.", "«Ихсан»", "Ихсан"),
    ("Французский дом моды «Вальмон» открыл бутик в Казани.", "«Вальмон»", "Вальмон"),
    ("Между лицеем и Центром дополнительного образования «Вектор» подписано соглашение.", "«Вектор»", "Вектор"),
    # a type word of org_quoted_heads before the quoted name finds it
    ("На элеваторе «Зерноградский» начали сушку кукурузы.", "«Зерноградский»", "Зерноградский"),
    ("Сестричество милосердия «Покров» открыло столовую для бездомных.", "«Покров»", "Покров"),
    # a head noun in the nominative alone keeps its genitive complement as written
    ("Сотрудники филиала «Аэронавигация Юга» провели учения.", "«Аэронавигация Юга»", "Аэронавигация Юга"),
])
def test_quoted_names(text, mention, want):
    assert org_name(text, mention) == want


def test_russian_compound_owner_declines():
    """A Russian compound the dictionary lacks, after no type word, is read in its case: "«Транснефти»"."""
    assert org_name("Акции «Транснефти» подорожали.", "«Транснефти»") == "Транснефть"
