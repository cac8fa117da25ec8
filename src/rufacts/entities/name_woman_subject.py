"""The cases of a name after a noun for a woman in apposition (:func:`rufacts.entities.names_group.name_hints`,
"певица", "чемпионка мира"): the noun's own case, or the genitive the name may depend on ("Соперницей
Вероники Кудерметовой"). A nominative noun right before the name, with a finite verb in the singular
right after it, makes the name the verb's subject in apposition: its nominative alone ("Певица Ани Лорак
выступит в Москве": Ани, not Аня's genitive; "Актриса Люси Лью снялась"), since a genitive name would
leave the verb the noun's, which the press writes only with a relation noun ("Подруга Ани Петровой
рассказала", "Соперница Вероники ... выиграла"), read here by the lexicon of relation nouns (w373)."""
from __future__ import annotations

from ..lexicons import load_list
from .doc_words import morph_values

GENITIVE = frozenset({"gent"})


def woman_noun_cases(span, woman, case: str | None) -> frozenset[str]:
    """The cases a name after the woman's noun ``woman`` (in ``case``) may take."""
    from ..grammars.morph import UD_CASES

    if not case:
        return frozenset(UD_CASES.values())
    if case == "nomn" and _subject_in_apposition(span, woman):
        return frozenset({case})
    return frozenset({case}) | GENITIVE


def _subject_in_apposition(span, woman) -> bool:
    doc = span.doc
    if woman.i != span.start - 1 or span.end >= len(doc):
        return False
    if woman.lemma_.lower() in load_list("name_relation_nouns.txt"):
        return False
    after = doc[span.end]
    return after.pos_ in ("VERB", "AUX") and not {"Inf", "Part", "Conv"} & set(morph_values(after, "VerbForm")) \
        and "Plur" not in morph_values(after, "Number")
