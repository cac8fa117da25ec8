"""Nouns of measure said of counted firms or facilities ("общей мощностью 2,5 ГВт", "площадью
40 тыс. кв. м", "с оборотом свыше 1 млрд рублей"): one lemma list,
``lexicons/sector_measure_adjuncts.txt``, read as lemmas on the parse path
(:func:`.sector_extent_work.size`) and as instrumental forms on the surface path
(:func:`.sector_context_trims.without_measure`, :func:`.sector_earlier_words.past_measure`)."""
from __future__ import annotations

from functools import lru_cache

from .morph import get_morph


@lru_cache(maxsize=1)
def measure_lemmas() -> frozenset[str]:
    """The lemmas, each with ё and with е."""
    from ..lexicons import load_list

    words = load_list("sector_measure_adjuncts.txt")
    return frozenset(words | {w.replace("ё", "е") for w in words})


@lru_cache(maxsize=1)
def measure_forms() -> frozenset[str]:
    """The instrumental singular of each lemma ("мощностью", "объёмом" and "объемом")."""
    from ..lexicons import load_list

    analyzer = get_morph().analyzer
    forms: set[str] = set()
    for lemma in load_list("sector_measure_adjuncts.txt"):
        parse = next((p for p in analyzer.parse(lemma) if p.tag.POS == "NOUN"
                      and p.normal_form.replace("ё", "е") == lemma.replace("ё", "е")), None)
        form = parse.inflect({"ablt", "sing"}) if parse is not None else None
        if form is None:
            raise ValueError(f"sector_measure_adjuncts.txt: no instrumental of {lemma!r}")
        forms |= {form.word, form.word.replace("ё", "е")}
    return frozenset(forms)


__all__ = ["measure_forms", "measure_lemmas"]
