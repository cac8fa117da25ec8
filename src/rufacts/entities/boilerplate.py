"""News boilerplate taken for a name (w130): "Подробнее читайте в статье ...", "Читайте
также", "Смотрите видео", "Фото: пресс-служба", "Видео: ...". A span of one unquoted word
that no reading of the dictionary makes a noun ("Подробнее": a comparative; "Смотрите",
"Читайте": verbs; "Кстати": a conjunction) is no entity; neither is a service-line noun of
``lexicons/news_boilerplate.txt`` alone at a sentence's start ("Фото", "Видео", "Источник").
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lexicons import load_list

NOMINAL = {"NOUN", "ADJF", "ADJS", "NUMR", "NPRO", "PRTF", "LATN", "UNKN"}


@lru_cache(maxsize=16_384)
def _no_noun(word: str) -> bool:
    """Every reading of a word the dictionary knows is of a part of speech that names
    nothing (adverb, comparative, verb, conjunction, particle, interjection)."""
    from ..grammars.morph import get_morph

    parses = get_morph().parse(word)
    return bool(parses) and all(p.is_known and p.tag.POS is not None and p.tag.POS not in NOMINAL
                                for p in parses)


def boilerplate(doc: Doc, span: Span) -> bool:
    """Whether a span is a boilerplate word of a news page, not a name."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    if len(words) != 1 or not words[0].is_alpha:
        return False
    token = words[0]
    if token.i > 0 and doc[token.i - 1].text in "«\"„“":
        return False  # a quoted name: «Вперёд»
    if _no_noun(token.lower_):
        return True
    return token.is_sent_start and token.lemma_.lower() in load_list("news_boilerplate.txt")


def drop_boilerplate(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans without the boilerplate words of :func:`boilerplate`."""
    return [s for s in spans if not boilerplate(doc, s)]
