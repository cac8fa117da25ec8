"""A name the tagger typed a place after "на" where a burden lies on someone (second38p):
"Ответственность за срыв поставок лежит на Зульфикаре Тараре", "вся ответственность ... теперь лежит
на Сри Вахьюни", "На Кравцове-Беляеве ... лежала ответственность". A burden noun (responsibility,
blame, duty: :data:`BURDENS`, a closed class) and a verb of lying on (:data:`LYING`) in the clause
of the "на" make it a person's slot; the place-typed span after it of one to three capitalized words
is a person where the dictionary reads none of its words as a place and it reads as a name: a first
name known or a word the dictionary does not know ("Тараре"). Read by
:func:`rufacts.entities.name_lone_governed.governed_slots`, which does the same for a lone Russian
surname after a word of ``lexicons/name_preposition_governors.tsv``."""
from __future__ import annotations

from spacy.tokens import Span

from ..grammars.morph import Morph
from .name_words import _first_name, _hyphenated_cap

BURDENS = frozenset({"ответственность", "вина", "обязанность", "бремя", "тяжесть", "полнота"})
LYING = frozenset({"лежать", "лечь", "ложиться"})
CLAUSE_REACH = 12  # words of the clause before "на" ("Вся ответственность за распределение помощи в
# округе теперь лежит на") or after the name ("На X как на прорабе лежала ответственность")
PLACE_TAGS = frozenset({"Geox", "Orgn"})
NAME_TAGS = frozenset({"Name", "Surn"})


def _clause_lemmas(doc, i: int, step: int, morph: Morph) -> set[str]:
    """The lemmas of the words from ``i`` on in the direction ``step`` up to the sentence's end or a
    stop other than a comma (over an inserted phrase: "Вина за утечку, по версии следствия, лежит на")."""
    lemmas = set()
    for k in range(CLAUSE_REACH):
        j = i + step * k
        if j < 0 or j >= len(doc) or (doc[j].is_punct and doc[j].text not in ("-", "–", "«", "»", ",")):
            break
        # the tagger's lemma and the dictionary's two likeliest ("Вина": вино to the tagger)
        lemmas |= {w.replace("ё", "е") for w in [doc[j].lemma_.lower()] + [p.normal_form for p in morph.parse(doc[j].text)[:2]]}
    return lemmas


def burden_slot(span: Span, morph: Morph) -> bool:
    """A place span right after "на" in a clause where a burden lies (see the module)."""
    doc = span.doc
    if span.label_ != "LOC" or span.start == 0 or doc[span.start - 1].lower_ != "на" or not 1 <= len(span) <= 3:
        return False
    if not all(_hyphenated_cap(t) for t in span):
        return False
    lemmas = _clause_lemmas(doc, span.start - 2, -1, morph) | _clause_lemmas(doc, span.end, 1, morph)
    if not (BURDENS & lemmas and LYING & lemmas):
        return False
    words = [part for t in span for part in t.text.split("-")]
    if any(_place(morph, w) for w in words):
        return False
    return _first_name(morph, span[0].text) or any(_surname(morph, w) for w in words)


def _place(morph: Morph, word: str) -> bool:
    """A word the dictionary knows as a place or body and never as a name ("Москве"; not "Беляеве",
    a surname too, nor a word it only guesses)."""
    if not morph.is_known(word):
        return False
    parses = morph.parse(word)
    return any(PLACE_TAGS & p.tag.grammemes for p in parses) and not any(NAME_TAGS & p.tag.grammemes for p in parses)


def _surname(morph: Morph, word: str) -> bool:
    """A surname the dictionary knows ("Кравцове") or a word it does not know ("Тараре")."""
    return not morph.is_known(word) or any("Surn" in p.tag.grammemes for p in morph.parse(word))
