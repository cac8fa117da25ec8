"""A Finnish or Estonian league named by its own one word, in "-лиига"/"-лийга" (the Finnish and
Estonian "liiga"), which the tagger does not know: "В Лийге решили расширить число участников",
"Лучшим бомбардиром Вейккауслииги стал ...", "клуб Мейстрилийги". The Russian "лига" is written with
one "и" and is a common noun ("Лига чемпионов" is the institutions' rules'); the doubled vowel or "ий"
before "г" is a transliteration, and a capitalized word so closed in any case ending is the league's
name, an organization (the gold reads leagues so, as "КХЛ"). A place or a person the tagger saw on
the word alone gives way; a span over more words stands. Its name is the feminine in -а whatever its
slot (:func:`league_name`: "Лийге", "клубы Мейстрилийги" -> Лийга, Мейстрилийга). Read by
:mod:`rufacts.components.entities`.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..grammars.morph import get_morph
from .doc_text import doc_text
from .spans import with_found

LEAGUE = re.compile(r"(?:лийг|лииг)(?:а|и|е|у|ой|ою)$")
MARKS = ("лийг", "лииг")
# a league's own compound the dictionary lacks, a word of three letters or more before its "лига"
# or "класа" (the Polish "klasa"): "Экстракласа отказалась", "Вейккауслига приостановила",
# "решение Экстралиги" (orgclubs48); "Бундеслига", "Суперлига" the dictionary holds as common nouns
COMPOUND = re.compile(r"^[а-яё]{3,}?(?:лиг|класс?)(?:а|и|е|у|ой|ою)$")
COMPOUND_MARKS = ("лиг", "клас")


def _compound(word: str) -> re.Match | None:
    """The match of an unknown capitalized league compound, None for any other word."""
    low = word.lower()
    found = COMPOUND.match(low)
    if found is None or get_morph().is_known(low):
        return None
    return re.search(r"(?:лиг|класс?)(?=(?:а|и|е|у|ой|ою)$)", low)


def league_words(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each capitalized league word no other span covers."""
    low = doc_text(doc).lower()  # (the doc's text joined once: ~30 ms less per pass)
    if not any(m in low for m in MARKS + COMPOUND_MARKS):  # a few articles in a thousand: the text first
        return spans
    covered = {i: s for s in spans for i in range(s.start, s.end)}
    found = []
    for t in doc:
        if not t.text[:1].isupper() or t.is_upper or not t.text.replace("-", "").isalpha() \
                or not (LEAGUE.search(t.lower_) or _compound(t.text)):
            continue
        over = covered.get(t.i)
        if over is not None and (over.label_ == "ORG" or len(over) > 1):
            continue
        found.append(Span(doc, t.i, t.i + 1, label="ORG"))
    if not found:
        return spans
    places = {(f.start, f.end) for f in found}
    return with_found([s for s in spans if (s.start, s.end) not in places], found)


def league_name(span: Span) -> str | None:
    """The nominative of a league word alone in ``span`` ("Мейстрилийги", "Лийге" -> Мейстрилийга,
    Лийга): a feminine in -а whatever slot it stands in ("клубы Мейстрилийги" is no apposition)."""
    if len(span) != 1 or not span[0].text[:1].isupper():
        return None
    word = span[0].text
    found = LEAGUE.search(word.lower())
    if found is None:
        compound = _compound(word)
        return None if compound is None else word[:compound.end()] + "а"  # "Экстралиги" -> Экстралига
    stem = word[:found.start() + 4]  # (the four letters of "лийг"/"лииг")
    return stem + "а"
