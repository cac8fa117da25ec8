"""An organization's hyphenated name whose last part the dictionary lacks, round 18 (w175;
entities/normal._hyphen_tail): the last part in an oblique case that the analyzer guesses a neuter
"-о" for declines as a masculine noun in a consonant, as a whole unknown name does ("«Норд-Ойла»" ->
Норд-Ойл, "«Евро-Ойлом»" -> Евро-Ойл); known last parts decline as before (Кока-Кола, Альфа-Капитал)."""
import pytest

from names_cases import org_name


@pytest.mark.parametrize("text, mention, want", [
    ('Бывшему финансовому директору «Норд-Ойла» отказали в иске.', 'Норд-Ойла', 'Норд-Ойл'),
    ('Акции «Евро-Ойлом» не торгуются.', 'Евро-Ойлом', 'Евро-Ойл'),
    ('Акции «Юнит-Трейда» подешевели.', 'Юнит-Трейда', 'Юнит-Трейд'),
    ('Претензии к «Вест-Ойлу» отозвали.', 'Вест-Ойлу', 'Вест-Ойл'),
    ('Сделку с «Сибур-Холдингом» одобрили.', 'Сибур-Холдингом', 'Сибур-Холдинг'),
    ('Контракт с «Кока-Колой» продлили.', 'Кока-Колой', 'Кока-Кола'),
    ('Сотрудники «Альфа-Капитала» уволились.', 'Альфа-Капитала', 'Альфа-Капитал'),
])
def test_hyphen_tail(text, mention, want):
    assert org_name(text, mention) == want
