"""How a sector count's words are written, and whether its sector names an industry, for
:class:`rufacts.components.sectors.SectorsComponent`: the activity nouns that name none alone
("разработки"), a counted noun in capitals ("150 ИП") or spelled as the text writes its stem
("ритейлеров"), a wrapping head before its genitive ("программы дополнительного образования" ->
"дополнительное образование"), a sector of one empty word ("оказывают услуги")."""
from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def _activity_names(morph) -> frozenset[str]:
    from ..grammars.sector_tree import activities

    names = set()
    for lemma in activities():
        for parse in morph.parse(lemma)[:1]:
            names.update(f.word for f in parse.lexeme if {"nomn"} <= f.tag.grammemes)
    return frozenset(names)


def activity_names(morph) -> frozenset[str]:
    """Nominative forms (singular and plural) of the activity nouns: "разработки"."""
    return _activity_names(morph)


def _abbreviated(lemma: str, text: str) -> str:
    """"150 ИП", "12 ГУПов": a counted noun written in capitals keeps them (pymorphy3's lemma
    is "ип"), with or without a lower-case ending; ``text`` runs from before the count, so a
    part or an earlier figure ("пять АЗС, две из которых") finds its whole's capitals."""
    upper = lemma.upper()
    return upper if len(lemma) <= 4 and re.search(rf"(?<!\w){upper}(?![А-ЯЁA-Z\d])", text) else lemma


def _spelled(morph, lemma: str, text: str) -> str:
    """A counted noun's lemma spelled as the text writes its stem: pymorphy3 lemmatizes
    "ритейлеров" to its dictionary's "ретейлер" (the gold writes the lemma as written)."""
    n = len(lemma)
    for word in re.findall(r"\w+", text.lower()):
        if len(word) < n or word[:n] == lemma or word[n - 3:n] != lemma[n - 3:]:
            continue
        diff = [i for i in range(n) if word[i] != lemma[i]]
        if len(diff) <= 2 and max(diff) < n // 2 and any(
                p.normal_form == lemma for p in morph.parse(word)):
            return word[:n]
    return lemma


def _unwrapped(morph, sector: str) -> str:
    """"программы дополнительного образования" -> "дополнительное образование": a
    wrapping head (``wrap`` cues) before a genitive phrase gives way to it, and any light
    head (``light`` cues) before "в сфере X" gives way to X; "услуги каршеринга" and
    "услуги по уходу за пожилыми" stay whole."""
    from ..grammars.sector_normal import sector_name
    from ..grammars.sector_words import lexicon, tokenize

    head, _, rest = sector.partition(" ")
    if head.lower() not in lexicon().first_words("light"):
        return sector
    words = rest.split()
    if len(words) > 2 and words[0] in ("в", "во") and _is_field(morph, words[1]):
        rest = " ".join(words[2:])  # "услуги в сфере ветеринарии" -> ветеринария
    elif not rest or words[0] in ("по", "для", "в", "с") \
            or head.lower() not in lexicon().first_words("wrap"):
        return sector
    tokens = tokenize(morph, rest)
    return (sector_name(morph, tokens, "gent") if tokens else "") or sector


def _is_field(morph, word: str) -> bool:
    """A field noun said after "в" ("сфере", "отрасли": ``field`` rows of
    ``sector_markers.tsv``)."""
    from ..grammars.sector_words import lexicon

    fields = lexicon().fields_after("в")
    return any(p.normal_form in fields for p in morph.parse(word.lower()))


def _empty(morph, value) -> bool:
    """A sector that is one word naming no industry ("оказывают услуги", "выпускают
    продукцию": the ``empty`` and ``light`` cues); not a field ("в сфере услуг")."""
    from ..grammars.sector_words import lexicon

    words = lexicon().first_words("empty") | lexicon().first_words("light")
    return value.sector.lower() in words and not any(
        _is_field(morph, w) for w in re.findall(r"\w+", value.text))
