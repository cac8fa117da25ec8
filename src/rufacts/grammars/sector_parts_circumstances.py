"""Circumstances of a part's clause name no trade of the part (w131, round 2 of the family
"parts of a whole"; docs/gold-conventions.md, ``total``).

A part of a whole ("из них", "N из них", "среди них") names an industry of its own only
through the words that say its trade: the object of its verb ("21 делает ERP-системы"), a
dashed noun ("пять — для автопрома") or a "в" phrase ("восемь работают в металлургии").
Whatever the clause says about where the firms ship, whom they belong to, which route they
take or whom they serve is a circumstance: "девять из них выезжают на фермы", "из них 30
отправляют лес через порт Ванино", "три из них принадлежат агрохолдингу", "из них 12
работают на экспорт", "пять работают на пригородных маршрутах". A word with ОКВЭД codes
there (ферма, порт, агрохолдинг, экспорт) must not make the part its own trade.

The test is on the word's role, not on a word list:

* a noun phrase governed by a preposition of direction, route, origin, owner, cause or
  comparison (из-за, благодаря, через, к, по, у, от, из, до, под, при, за, вдоль, около, возле, среди,
  между, кроме, вместо, без, ради);
* "на" with an accusative noun (the goal of a motion: "на фермы", "на экспорт"; not "в",
  "входят в оборонно-промышленный комплекс" names the part's trade); "на" with a locative noun unless a reflexive verb governs it
  ("специализируются на выпуске кормов" says the trade, "работают на маршрутах" a place);
* "в составе" / "в состав" with its noun phrase (whom the firms belong to: "четыре из них
  работают в составе металлургических холдингов");
* a noun in the dative with no preposition (the owner or the recipient: "агрохолдингу",
  "поставляют муку пекарням");
* a firm noun that names no industry ("представляют отечественные заводы": whom the firms
  deal with; :func:`firm_indices`);
* with each, the genitive nouns, proper names and quoted names that follow the phrase.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ..lexicons import load_list
from .sector_words import first_grams as _pos
from .sector_words import any_grams, forms

_ROUTE = frozenset({"через", "к", "ко", "по", "у", "от", "ото", "из", "изо", "до", "под",
                    "подо", "при", "за", "вдоль", "около", "возле", "среди", "между", "кроме",
                    "вместо", "без", "ради", "помимо", "после", "перед", "из-за", "из-под",
                    "благодаря", "вследствие", "ввиду", "согласно", "вопреки"})
_GOAL = frozenset({"на"})  # "в" + accusative: "входят в оборонно-промышленный комплекс" says a trade
_CUES = frozenset({"них", "которых", "их"})  # "из них", "у девяти из них"


@lru_cache(maxsize=1)
def _member_nouns() -> frozenset[str]:
    """"в составе", "в состав": whom the firms belong to (``sector_member_nouns.txt``)."""
    return load_list("sector_member_nouns.txt")


def _readings(token) -> list[frozenset[str]]:
    return [f.grams.values for f in forms(token)]


def _case(token, case: str, others: frozenset[str]) -> bool:
    """A nominal reading of ``token`` has ``case`` and none has one of ``others`` (after a
    preposition the nominative and the genitive of "фермы" are no readings)."""
    nominal = [g for g in _readings(token) if g & {"NOUN", "ADJF", "PRTF", "NPRO"}]
    return any(case in g for g in nominal) and not any(g & others for g in nominal)


def _phrase_end(tokens: Sequence, k: int) -> int:
    """The end of the noun phrase at ``k``: adjectives, its noun, then genitive nouns,
    proper names, Latin words and a quoted name ("через порт Азов", "агрохолдингу
    «Сурское поле»")."""
    n = len(tokens)
    while k < n and _pos(tokens[k]) & {"ADJF", "PRTF", "NUMR"}:
        k += 1
    if k >= n or not (_pos(tokens[k]) & {"NOUN"} or tokens[k].type == "LATIN"):
        return k
    k += 1
    while k < n:
        value = tokens[k].value
        grams = _pos(tokens[k])
        if value in ("«", '"'):
            close = next((j for j in range(k + 1, min(n, k + 8))
                          if tokens[j].value in ("»", '"')), None)
            if close is None:
                return k
            k = close + 1
        elif tokens[k].type == "LATIN" or value[:1].isupper() and grams & {"NOUN"} \
                or grams & {"NOUN"} and "gent" in grams:
            k += 1
        elif grams & {"ADJF", "PRTF"} and "gent" in any_grams(tokens[k]):
            k += 1  # "из-за нехватки молочных ферм"
        else:
            return k
    return k


def circumstance_indices(tokens: Sequence) -> set[int]:
    """Indices of the circumstance phrases of a part's clause (module docstring)."""
    out: set[int] = set()
    for k, token in enumerate(tokens):
        word = token.value.lower()
        if k + 1 < len(tokens) and tokens[k + 1].value.lower() in _CUES:
            continue
        head = k + 1
        while head < len(tokens) and _pos(tokens[head]) & {"ADJF", "PRTF"}:
            head += 1
        if head >= len(tokens):
            continue
        if word in _ROUTE:
            end = _phrase_end(tokens, k + 1)
        elif word in ("в", "во") and tokens[head].value.lower() in _member_nouns() and head == k + 1:
            end = _phrase_end(tokens, k + 1)  # "в составе металлургических холдингов": owners
        elif word in _GOAL and _case(tokens[head], "accs", frozenset({"loct", "loc2"})):
            end = _phrase_end(tokens, k + 1)
        elif word == "на" and k and _case(tokens[head], "loct", frozenset({"accs"})) \
                and not _reflexive(tokens[k - 1]):
            end = _phrase_end(tokens, k + 1)
        elif "NOUN" in _pos(token) and _case(token, "datv", frozenset({"nomn", "accs", "gent", "loct"})):
            start = k  # "принадлежат крупному агрохолдингу": no preposition before it
            while start > 0 and _pos(tokens[start - 1]) & {"ADJF", "PRTF"}:
                start -= 1
            if start and "PREP" in _pos(tokens[start - 1]):
                continue
            out.update(range(start, _phrase_end(tokens, k)))
            continue
        else:
            continue
        if end > k + 1:
            out.update(range(k, end))
    return out


def _reflexive(token) -> bool:
    """A reflexive verb or participle ("специализируются", "сосредоточены" is none)."""
    return bool(_pos(token) & {"VERB", "INFN", "PRTF", "GRND"}) \
        and token.value.lower().endswith(("ся", "сь"))


def firm_indices(tokens: Sequence, codes) -> set[int]:
    """Indices of the firm nouns of a part's clause that name no industry (``codes(token)``
    empty) and their adjectives: "11 из них представляют отечественные заводы" says whom the
    firms deal with, not a trade of theirs, even after a verb of ``sector_markers.tsv``."""
    from .sector_context import object_lemma

    out: set[int] = set()
    for k, token in enumerate(tokens):
        if "NOUN" not in _pos(token) or not object_lemma(token) or codes(token):
            continue
        start = k
        while start > 0 and _pos(tokens[start - 1]) & {"ADJF", "PRTF"} \
                and not codes(tokens[start - 1]):
            start -= 1
        out.update(range(start, k + 1))
    return out


__all__ = ["circumstance_indices", "firm_indices"]
