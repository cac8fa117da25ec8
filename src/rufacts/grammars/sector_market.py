"""The sector given by a market phrase (w101, the family "market sectors"): the counted firms
of a clause with "рынок X" / "на рынке X" / "X-ый рынок" work in X.

* "Рынок кикшеринга в России делят пять операторов" -> 5 оператор, кикшеринг;
* "На рынке BNPL работают четыре крупных сервиса" -> 4 сервис, BNPL;
* "На рынке продуктового ритейла Казахстана девять крупных сетей занимают ..." -> 9 сеть,
  продуктовый ритейл (a market says what a network or a service sells: the nouns of
  ``sector_objects_bound.tsv`` count here without their establishment word);
* "Рынок промышленной автоматизации делят порядка 70 интеграторов": the market, not the
  agent noun's own industry (системная интеграция);
* "На строительном рынке ... более 6 тыс. подрядчиков": an adjective market names the
  adjective's sector (строительство; sector_adjectives.tsv).

X is the genitive phrase right after the market noun, up to a place name ("Казахстана"), a
place noun ("юга", sector_stopwords.txt), a preposition, a verb or punctuation. Nothing is
counted without a counted noun after the number ("на рынке работают 40% компаний", "рынок
вырос на 12%", "на рынке заняты 300 человек"), nor past a comma (another clause), except
the comma of an aside after the market ("Рынок спецодежды, по данным Rusbrand, делят ...") or inside a quoted name (w163).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional, Sequence

from .sector_context import adjective_sectors, count_value, object_lemma
from .sector_normal import join_sectors, sector_name
from .sector_number_tokens import is_count_number, is_scale
from .sector_scan import sentences
from .sector_words import any_grams as _grams
from .sector_words import is_adjective, is_stopword, lemmas, lexicon, tokenize

_MARKET = re.compile(r"(?<![\w-])рын(?:ок|ка|ке|ку|ком)(?![\w-])", re.IGNORECASE)
_CLAUSE = frozenset({",", ";", ":", "(", ")", "—", "–", "«", "»", "\""})
_NOUN = frozenset({"NOUN"})


def _proper(token) -> bool:
    first = token.value.split("-")[0]  # "CRM-систем": an abbreviation's compound (w127)
    return token.type == "RU" and first[:1].isupper() and not first.isupper()


def _phrase(tokens: Sequence, k: int) -> Optional[list]:
    """The genitive sector phrase after the market noun at ``k``."""
    out = []
    j = k + 1
    while j < len(tokens):
        t = tokens[j]
        g = _grams(t)
        if t.type == "LATIN" or (t.type == "RU" and t.value.isupper() and len(t.value) > 1):
            out.append(t)  # "BNPL", "ERP-систем"
        elif t.type == "RU" and not _proper(t) and not is_stopword(t) and "gent" in g and g & {"NOUN", "ADJF", "PRTF"} \
                and not g & {"VERB", "PREP", "CONJ", "PRCL"}:
            out.append(t)
        else:
            break
        j += 1
    while out and not (out[-1].type == "LATIN" or "NOUN" in _grams(out[-1])
                       or out[-1].value.isupper()):
        out.pop()
    return out or None


# an aside between the market and its predicate: "Рынок X, по данным Rusbrand, делят ...",
# ", по словам основателя «Экошины» Дениса Козлова,", ", как подсчитали в ассоциации,"
_ASIDE_LEADS = frozenset({"по", "как", "согласно", "судя"})


def _clause_end(tokens: Sequence, j: int) -> int:
    """The end of the market's clause from ``tokens[j]``: past quoted names ("после слияния
    «Делимобиля» и BelkaCar") and past an aside set off by commas (w163, round 15)."""
    while j < len(tokens):
        v = tokens[j].value
        if v == "«":
            close = next((x for x in range(j + 1, min(len(tokens), j + 8))
                          if tokens[x].value == "»"), None)
            if close is None:
                return j
            j = close + 1
            continue
        if v == "," and j + 1 < len(tokens) and tokens[j + 1].value.lower() in _ASIDE_LEADS:
            close = next((x for x in range(j + 2, min(len(tokens), j + 14))
                          if tokens[x].value == ","), None)
            if close is None or any(tokens[x].value in (";", ":", "(", ")")
                                    for x in range(j + 2, close)):
                return j
            j = close + 1
            continue
        if v in _CLAUSE:
            return j
        j += 1
    return j


def _market_sector(morph, tokens: Sequence, k: int) -> Optional[str]:
    phrase = _phrase(tokens, k)
    if phrase:
        return sector_name(morph, phrase, "gent") or None
    if k and is_adjective(tokens[k - 1]):  # "на строительном рынке"
        names = adjective_sectors([tokens[k - 1]])
        return names[0] if names else None
    return None


def _counted(morph, tokens: Sequence, lo: int, hi: int, skip: set[int]):
    """(first, last, count, object) of each number with a counted noun in ``tokens[lo:hi]``."""
    i = lo
    while i < hi:
        if i in skip or not is_count_number(tokens[i]):
            i += 1
            continue
        j = i + 1
        while j < hi and (is_scale(tokens[j]) or tokens[j].value == "."):
            j += 1
        n = j
        while n < hi and is_adjective(tokens[n]) and not object_lemma(tokens[n]):
            n += 1
        obj = object_lemma(tokens[n]) if n < hi and getattr(tokens[n], "forms", None) else None
        if obj and not tokens[i - 1 if i else i].value.lower().startswith("%"):
            count = count_value(morph, tokens[i:j])
            if count:
                yield i, n, count, obj
        i = n + 1 if obj else i + 1


def _borrowed(value) -> bool:
    """A sector the market names better: the counted agent's own industry ("интеграторов":
    системная интеграция) or the market phrase itself ("строительный рынок")."""
    from .sector_nouns import agent_industry

    return "рын" in value.sector.lower() or agent_industry(value.object) == value.sector


def _scrap(sector: str, said: str, here: str) -> bool:
    """A sector read as the market phrase's first words as written, not in the nominative
    ("экспедирования" of "Рынок экспедирования контейнерных грузов", w168)."""
    low = sector.lower()
    return bool(low) and low != here.lower() and said.startswith(low) \
        and not here.lower().startswith(low)


def _own_adjective(words: Sequence, obj: str) -> Optional[str]:
    """"на оптовом рынке работают 180 генерирующих компаний": an adjective market says
    where the firms sell; a sector adjective of the counted noun itself says what they do
    and wins, over a genitive market too ("на оптовом рынке электроэнергии работают 14
    генерирующих компаний" -> генерация; w191); with no such adjective a genitive market,
    "на рынке BNPL", names the trade."""
    names = adjective_sectors([t for t in words if is_adjective(t)], obj)
    return join_sectors(names) if names else None


def market_counts(morph, text: str, values: list) -> list:
    """``values`` with the counts of market clauses given the market's sector, and the
    market clauses' counts the other steps missed."""
    from .sectors import SectorValue

    if not _MARKET.search(text):
        return values
    out = list(values)
    for start, stop in sentences(text):
        if not _MARKET.search(text, start, stop):
            continue
        tokens = tokenize(morph, text, start, stop)
        for k, t in enumerate(tokens):
            if not _MARKET.fullmatch(t.value) or "рынок" not in lemmas(t, _NOUN):
                continue
            sector = _market_sector(morph, tokens, k)
            if not sector:
                continue
            lo = k
            while lo > 0 and tokens[lo - 1].value not in _CLAUSE:
                lo -= 1
            hi = _clause_end(tokens, k + 1)
            phrase = set(range(k, k + 1 + len(_phrase(tokens, k) or ())))
            for first, last, count, obj in _counted(morph, tokens, lo, hi, phrase):
                a, b = tokens[first].span.start, tokens[last].span.stop
                here = _own_adjective(tokens[first + 1:last], obj) or sector
                same = [x for x, v in enumerate(out) if v.start <= a < v.stop
                        and v.count == count]
                said = " ".join(tokens[i].value for i in sorted(phrase)[1:]).lower()
                for x in same:  # the agent's own industry or "строительный рынок" gives way,
                    # and the market's genitive to the counted noun's own adjective
                    if _borrowed(out[x]) or _scrap(out[x].sector, said, here) or (
                            here != sector and out[x].sector.lower() == sector.lower()):
                        out[x] = replace(out[x], sector=here)
                if not same:
                    out.append(SectorValue(a, b, text[a:b], count, obj, here, via="market"))
    return out
