"""A question answered in the next turn, as interviews print it (w138; the spoken register,
w162): "— Сколько <noun> <sector words>? — … N": the question is read as a count ("100
<noun> <sector words>") by the sector grammar, and each bare number of the answer (or one
with the question's noun) takes its noun and sector.

* The question's noun names its own trade where nothing else does: a fused sector prefix
  ("турфирм" -> фирма, туризм; "птицефабрик" -> фабрика, птицеводство) or a facility or
  agent noun of ``sector_agents.tsv`` ("пивоварен" -> пивоварение).
* Place and person adjuncts of the question are no part of its sector words: "у вас",
  "в районе", "в Мурманске", "сейчас", "вы поддерживаете" are left out before it is read
  ("Сколько хозяйств у вас в районе выращивают картофель?").
* A number of the answer counts where it ends a clause, stands before "а", "и", "но" or a
  verb ("и ещё один достраивается", "около тридцати наберётся"), or is a scale noun after a
  qualifier ("больше сотни"); an earlier figure "а десять лет назад было N" too (the
  gold's "годом ранее их было" reading: same noun and sector, no total). Numbers of time
  ("десять лет назад") and of other nouns are not.
* The noun may open the question, "сколько" or "много" after it (w168): "— Лесопилок
  сколько в районе? — Ну, штук тридцать", "— А туроператоров у вас много? — Двенадцать
  местных": a genitive plural with only adjectives before it; a number of the answer with
  adjectives after it ("Двенадцать местных,") counts as a bare one.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from .okved import okved_codes
from .sector_context import adjective_sectors, count_value, object_lemma, written_lemma
from .sector_normal import join_sectors, sector_name
from .sector_number_tokens import LONE_SCALE, LONE_SCALE_AFTER
from .sector_subgroups_dashed import noun_run
from .sector_subgroups_dashed import numeric_token as _numeric
from .sector_words import first_grams as _pos
from .sector_words import forms, fused_object, in_case, lexicon, tokenize

_QUESTION = re.compile(r"(?i:\bсколько\s+)(?P<q>[^?!.]{3,120})\?\s*(?P<a>[^?]{1,200})")
# the counted noun said first, "сколько" or "много" after it (w168): "— Лесопилок сколько в
# районе? — …", "Стоматологических клиник в Казани сколько? — …", "А туроператоров у вас
# много? — …"; the noun opens its clause
_FRONTED_QUESTION = re.compile(
    r"(?:^|(?<=[«\"„—–.!?:])\s*)(?:(?i:а|ну|и)\s+)?(?P<q>[А-ЯЁа-яёA-Za-z][^?!.,;:—–«»]{1,100}?)"
    r"\s+(?i:сколько|много|немало|немного)(?P<t>[^?!.,;:—–«»]{0,50})\?\s*(?P<a>[^?]{1,200})")
# adjuncts of a question that say where or whose, not what: left out before it is read
_ADJUNCTS = re.compile(
    r"(?i)\bу\s+(?:вас|нас|них|тебя|себя)\b|\b(?:сейчас|сегодня|теперь|всего|вообще|реально|"
    r"примерно|там|тут|здесь|же|ещё|еще|уже|вот)\b|\bвы\s+[а-яё]+(?:ете|ите)\b")
# the sites whose residents a question counts ("резидентов в технопарке")
_SITES = frozenset({"технопарк", "парк", "зона", "кластер", "оэз", "инкубатор", "бизнес-инкубатор",
                    "индустриальный", "технополис"})
_QUALIFIED_SCALE = frozenset({"около", "порядка", "больше", "более", "свыше", "меньше",
                              "менее", "почти", "под", "за", "примерно", "где-то", "с"})


@lru_cache(maxsize=1)
def _parser(morph):
    from .sector_parser import SectorParser
    return SectorParser(morph)


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    from ..lexicons import load_list

    return load_list("sector_place_nouns.txt")


def _noun_of(token) -> Optional[str]:
    if not forms(token):
        return None
    return written_lemma(token) or object_lemma(token)


def _place_word(morph, word: str) -> bool:
    """"районе", "Мурманске", "технопарке": a place, no sector."""
    if word[:1].isupper():
        return True
    return any(p.normal_form in _places() | _SITES for p in morph.parse(word.lower())
               if p.tag.POS == "NOUN")


def _place_end(morph, words: Sequence[str]) -> int:
    """How many of ``words`` (after "в"/"на") make a place: adjectives, then a place noun or
    a name ("Тульской области", "Мурманске"); 0 where they make none."""
    for n, word in enumerate(words[:3], 1):
        if _place_word(morph, word):
            return n
        if not any(p.tag.POS == "ADJF" for p in morph.parse(word.lower())):
            return 0
    return 0


def _without_adjuncts(morph, tail: str) -> str:
    words = _ADJUNCTS.sub(" ", tail).split()
    out, k = [], 0
    while k < len(words):
        n = _place_end(morph, words[k + 1:k + 4]) if words[k].lower() in ("в", "во", "на") else 0
        if n:
            k += n + 1
            continue
        out.append(words[k])
        k += 1
    return " ".join(out)


def _own_trade(noun: str) -> Optional[tuple[str, str]]:
    """(object, sector) a question's noun names alone: "турфирм" -> (фирма, туризм),
    "пивоварен" -> (пивоварня, пивоварение)."""
    from .sector_nouns import agent_industry

    fused = fused_object(noun)
    if fused is not None:
        name = lexicon().adjectives.get(fused[0])
        if name:
            return fused[1], name
    industry = agent_industry(noun)
    return (noun, industry) if industry else None


def _asked(morph, q: Sequence, k: int, tail: str) -> Optional[tuple[str, str]]:
    """(noun, sector) of a question's counted noun ``q[k]``: its genitive sector phrase
    ("точек общепита"), its sector adjectives ("айтишных компаний"), what the sector
    grammar reads in "100 <the rest>" ("предприятий … работают на автопром"), or what the
    noun names alone ("пивоварен")."""
    noun = _noun_of(q[k])
    phrase = noun_run(q[k + 1:], leading=True)
    if phrase and in_case(phrase[0], "gent") and not any(_noun_of(t) for t in phrase):
        name = sector_name(morph, phrase, "gent")
        if name and okved_codes(morph, name):
            return noun, name
    first = k
    while first and _pos(q[first - 1]) & {"ADJF", "PRTF"}:
        first -= 1
    names = adjective_sectors(q[first:k], noun) if first < k else []
    if names:
        return noun, join_sectors(names)
    for said in (tail, _without_adjuncts(morph, tail)):
        asked = [v for v in _parser(morph).findall("100 " + said + ".")
                 if v.count == 100 and v.start == 0]
        if asked:
            return noun, asked[0].sector
    own = _own_trade(noun)
    if own is not None:
        return own
    return None


def _ends_clause(tokens: Sequence, j: int) -> bool:
    """Nothing, punctuation, "а/и/но/или" or a finite verb after a bare number."""
    if j >= len(tokens) or not forms(tokens[j]):
        return True
    if _OF_THEM_AFTER.match(" ".join(t.value for t in tokens[j:j + 2])):
        return True  # "и девять из них — с сертификатом": a part of the answer's whole
    if tokens[j].value.lower() in ("а", "но", "и", "или"):
        return True
    return bool(_pos(tokens[j]) & {"VERB"}) and (
        j + 1 >= len(tokens) or not forms(tokens[j + 1]) or _pos(tokens[j + 1]) & {"PREP"})


def _answer_groups(morph, tokens: Sequence) -> list[tuple[int, int, int, Optional[str]]]:
    """Counted groups of an answer (first, last, count, noun or None)."""
    out = []
    k = 0
    while k < len(tokens):
        low = tokens[k].value.lower()
        if low in LONE_SCALE | LONE_SCALE_AFTER and k and \
                tokens[k - 1].value.lower() in _QUALIFIED_SCALE and _ends_clause(tokens, k + 1):
            value = count_value(morph, tokens[k:k + 1])  # "больше сотни", "под тысячу"
            if value:
                out.append((k, k, value, None))
            k += 1
            continue
        if not _numeric(tokens[k]):
            k += 1
            continue
        first = k
        while k + 1 < len(tokens) and _numeric(tokens[k + 1]):
            k += 1
        last = k
        if k + 2 < len(tokens) and tokens[k + 1].value.lower() == "с" \
                and tokens[k + 2].value.lower() in ("лишним", "небольшим", "чем-то"):
            last = k + 2  # "сорок с чем-то"
        value = count_value(morph, tokens[first:k + 1])
        if first == k and low in LONE_SCALE_AFTER and not (
                k and tokens[k - 1].value.lower() in _QUALIFIED_SCALE):
            value = None  # "— тысячи, их никто не считал": thousands, no number
        j = last + 1
        while j < len(tokens) and j <= last + 3 and _pos(tokens[j]) & {"ADJF", "PRTF"} \
                and not _noun_of(tokens[j]):
            j += 1
        noun = _noun_of(tokens[j]) if j < len(tokens) else None
        if value and noun:
            out.append((first, j, value, noun))
        elif value and not 1900 <= value <= 2100 and (_ends_clause(tokens, last + 1) or (
                j > last + 1 and _ends_clause(tokens, j))  # "Двенадцать местных, и …"
                or first and tokens[first - 1].value.lower() in ("числе", "включая")):
            # "— 58, в том числе девять на Ладоге": a part's figure before its place (w180)
            out.append((first, last, value, None))
        k = j if noun else last + 1
    return out


_FRONTED_HINT = re.compile(r"(?i)\s(?:сколько|много|немало|немного)[^?!.]{0,50}\?")


def _fronted_noun(q: Sequence, k: int) -> bool:
    """The question's noun ``q[k]`` opens it: only adjectives before it."""
    return all(_pos(t) & {"ADJF", "PRTF"} or t.type != "RU" for t in q[:k])


def answer_counts(morph, text: str, values: list, out: list):
    """The answers' counts (the module's docstring), appended to ``out``."""
    from .sectors import SectorValue

    questions = [(m, False) for m in _QUESTION.finditer(text)]
    if _FRONTED_HINT.search(text):
        questions += [(m, True) for m in _FRONTED_QUESTION.finditer(text)
                      if "сколько" not in m.group("q").lower()]
    for m, fronted in questions:
        q = tokenize(morph, text, *m.span("q"))
        k = next((i for i, t in enumerate(q) if _noun_of(t) and in_case(t, "gent")), None)
        if k is None or fronted and (not _fronted_noun(q, k) or not any(
                {"gent", "plur"} <= f.grams.values for f in forms(q[k]))):
            continue
        tail = text[q[k].span.start:m.end("q")] + (m.group("t") if fronted else "")
        asked = _asked(morph, q, k, tail)
        if asked is None:
            continue
        noun, name = asked
        fused = fused_object(noun)
        if fused is not None and lexicon().adjectives.get(fused[0]) == name:
            noun = fused[1]  # "птицефабрик" and no other word of the trade: фабрика
        a, b = m.span("a")
        tokens = tokenize(morph, text, a, b)
        whole = None  # the answer's first figure: "Семь, из них в Якутске — пять"
        for first, last, count, own in _answer_groups(morph, tokens):
            p, q2 = tokens[first].span.start, tokens[last].span.stop
            part = whole is not None and _part_of(text, whole[1], p, q2, b)
            sector = name
            if part:  # "из них буровых — девять": the part's adjective names its trade
                kinds = adjective_sectors([t for t in tokens if whole[1] <= t.span.start < p],
                                          noun)
                sector = kinds[0] if len(kinds) == 1 else name
            if whole is None and own is None:
                whole = (count, q2)
            if own not in (None, noun, _noun_of(q[k])) or any(
                    v.start <= p < v.stop for v in values + out):
                continue
            if own is None and any(_noun_of(t) not in (None, noun, _noun_of(q[k]))
                                   for t in tokens[:first]):
                continue  # "— хозяйств, которые …, — тысяча сто": the answer's own noun
            s0 = q[k].span.start  # the span from the asked noun: "точек" is said there
            out.append(SectorValue(s0, q2, text[s0:q2], count, noun, sector,
                                   whole[0] if part else None, via="topic"))


_OF_THEM = re.compile(r"(?i)\b(?:из|среди)\s+(?:них|которых)\b")
_INCLUDING = re.compile(r"(?i)(?:\bв\s+том\s+числе|\bвключая)\s*$")
_OF_THEM_AFTER = re.compile(r"(?i)(?:из|среди)\s+(?:них|которых)\b")


def _part_of(text: str, whole_stop: int, start: int, stop: int, end: int) -> bool:
    """A figure of the answer said as a part of its first: "из них" / "из которых" between
    the first figure and it ("Семь, из них в Якутске — пять, в улусах — две"; "в том
    числе", "включая": "— 58, в том числе девять на Ладоге") or right
    after it ("сорок шесть, и девять из них — …"); not "было N" (an earlier figure)."""
    return _OF_THEM.search(text, whole_stop, start) is not None \
        or _INCLUDING.search(text[whole_stop:start]) is not None \
        or _OF_THEM_AFTER.match(text[stop:end].lstrip()) is not None


__all__ = ["answer_counts"]
