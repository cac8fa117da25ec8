"""One lexicon of measure nouns (lexicons/sector_measure_adjuncts.txt) for both sector paths:
lemmas on the parse path, instrumental forms on the surface path."""
import rufacts
from rufacts.grammars.sector_measures import measure_forms, measure_lemmas
from rufacts.lexicons import load_list


def test_every_lemma_gives_its_instrumental_with_and_without_yo():
    lemmas = load_list("sector_measure_adjuncts.txt")
    forms = measure_forms()
    assert len(forms) >= len(lemmas)
    assert {"мощностью", "площадью", "выручкой", "объёмом", "объемом", "грузоподъемностью"} <= forms
    assert {"мощность", "объем", "объём"} <= measure_lemmas()


def test_a_measure_after_the_counted_firms_is_no_part_of_their_trade():
    for text in ("В крае работают 14 ветропарков общей мощностью 900 МВт.",
                 "В Подмосковье построены 26 логистических комплексов общей площадью 2 млн кв. м."):
        counts = rufacts.extract(text).sector_counts
        assert counts, text
        for c in counts:
            assert not any(w in (c.sector or "") for w in ("мощност", "площад")), (text, c.sector)
