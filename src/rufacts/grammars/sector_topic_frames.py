"""Sectors said as the topic of a clause or as the predicate of an identity clause, not as a
modifier of the counted noun (w138; docs/gold-conventions.md, ``sector``):

* topic frames before the count: "Если брать <X (accs)>, (то) … N <noun>", "Если говорить
  о <X (loct)>", "Что касается <X (gent)>", "По <X (datv)> у нас …", "<X (nomn)> — это (у
  нас) N <noun>", "В <X (loct)> у нас N <noun>": every counted group after the topic in its
  sentence that no other rule counted takes X; a topic that is itself a counted noun with a
  sector adjective ("если брать айтишные компании, то их …") gives a bare number its noun;
* identity predicates after the count: "N <noun>, и все они — X", "N <noun>, в основном X",
  "из них (порядка) N — (это) X", "из M <noun> N — (это) X, K — Y": the nominative phrase
  after the dash is the sector, the whole's noun the part's, M the total;
* a question answered in the next turn: "— Сколько <noun> <sector words>? — … N": the
  question is read as a count ("100 <noun> <sector words>") by the sector grammar, and each
  bare number of the answer (or one with the question's noun) takes its noun and sector.

X is a sector only where it has ОКВЭД codes (``okved_codes``: "Москва", "сроки" have none).
Read after the other readers: a number another rule counted is left as it is.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from .okved import okved_codes
from .sector_context import adjective_sectors, object_lemma, written_lemma
from .sector_normal import join_sectors, sector_name
from .sector_number_tokens import is_scale
from .lowered_search import has_match
from .sector_scan import count_hint, sentences, trie
from .sector_subgroups_dashed import noun_run
from .sector_subgroups_dashed import numeric_token as _numeric
from .sector_subgroups_dashed import written_count as _value
from .sector_words import first_grams as _pos
from .sector_words import forms, in_case, lexicon, tokenize
from .sector_identity_wholes import part_sector, whole_of
from .sector_nouns import bound_nouns
from .sectors import SectorValue

_START = r"(?:^|(?<=[«\"„(:;.!?—–])\s*|(?<=^[-—–])\s*)"
_TOPIC = re.compile(
    r"(?i:\b(?:если|коли)\s+(?:уж\s+)?(?:брать|взять)\s+)(?P<accs>[^,;:!?.—–«»]{3,80})"
    r"|(?i:\b(?:если|коли)\s+(?:уж\s+)?(?:говорить|сказать)\s+(?:об?|обо)\s+)"
    r"(?P<loct>[^,;:!?.—–«»]{3,80})"
    r"|(?i:\bесли\s+(?:говорить\s+)?про\s+)(?P<accs2>[^,;:!?.—–«»]{3,80})"
    r"|(?i:\bесли\s+по\s+)(?P<datv>[^,;:!?.—–«»]{3,80})"
    r"|(?i:\bчто\s+касается\s+)(?P<gent>[^,;:!?.—–«»]{3,80})"
    rf"|{_START}(?i:по\s+)(?P<datv2>[^,;:!?.—–«»]{{3,80}}?)(?=\s+у\s+нас\b|\s*[,—–])"
    rf"|{_START}(?i:во?\s+)(?P<loct2>[^,;:!?.—–«»]{{3,80}}?)(?=\s+у\s+нас\b)"
    rf"|{_START}(?P<nomn2>[А-ЯЁа-яёA-Za-z][^,;:!?.—–«»]{{2,40}}?)(?=\s+у\s+нас\b)"
    rf"|{_START}(?P<nomn>[А-ЯЁа-яёA-Za-z][^,;:!?.—–«»]{{2,80}}?)\s+[—–]\s+это\b")
# identity predicates: ", и все (они) … — X", ", в основном X"
_ALL = re.compile(r",\s*(?:и\s+)?(?:все|всё)(?:\s+они)?(?:\s*,\s*[а-яё]+\s*,)?\s*[—–]\s*"
                  r"(?:это\s+)?(?P<rest>[^,;:!?.—–«»()]{2,90})"
                  r"|,\s*(?:в\s+основном|преимущественно|главным\s+образом)\s+"
                  r"(?P<rest2>[^,;:!?.—–«»()]{2,90})"
                  r"|\s*[—–]\s*это\s+(?:у\s+нас\s+|в\s+основном\s+)?(?P<rest3>[^,;:!?.—–«»()]{2,90})")
_NUM = r"\d+|[А-ЯЁа-яё]+"
# "из них (порядка) N — (это) X", "из M <whole> N — (это) X"
# a parenthetical between the whole and the part: ", наверное,", ", если не ошибаюсь,"
_ASIDE = r"(?:\s*,\s*[а-яё-]+(?:\s+[а-яё-]+){0,3}\s*,)?"
_PART = re.compile(r"(?i:\bиз\s+)(?:(?P<them>них|которых|этих(?=\s*,))|(?P<m>\d+|[а-яё]+)\s+"
                   r"(?P<whole>[^—–.;:!?()«»]{2,60}?))" + _ASIDE +
                   r"\s+(?P<n>(?:[а-яё]+\s+)?(?:[а-яё]+\s+)?(?:\d+|[а-яё]+))"
                   r"\s+[—–]\s+(?:это\s+)?(?P<rest>[^,;:!?.—–«»()]{2,90})"
                   # "N из них — X", "в том числе N — X": the part's number first
                   r"|(?P<n2>(?:\d+|[а-яё]+)(?:\s+[а-яё]+)?)\s+(?i:из\s+(?P<them2>них|которых))"
                   r"\s+[—–]\s+(?:это\s+)?(?P<rest2>[^,;:!?.—–«»()]{2,90})"
                   r"|(?i:\bв\s+том\s+числе)" + _ASIDE + r"\s+(?P<n3>(?:[а-яё]+\s+)?(?:\d+|[а-яё]+))"
                   r"\s+[—–]\s+(?:это\s+)?(?P<rest3>[^,;:!?.—–«»()]{2,90})")
# a dash: every reading of _PART and _PART_BY has one ("N — X"); a cheap test before them, whose
# words before "из" are tried at every letter of a sentence
_DASH = re.compile(r"[—–]")
# "из них <noun pl gent | adjective профиля> — N": the part's sector first
_PART_BY = re.compile(r"(?i:\bиз\s+(?:них|которых))" + _ASIDE +
                      r"\s+(?P<by>[а-яё-]+(?:\s+[а-яё-]+)?)\s+[—–]\s+"
                      r"(?P<n>(?:[а-яё]+\s+)?(?:\d+|[а-яё]+))(?=\s*(?:[,;.!?»)]|с\s|$))")
# ", K — (это) Y" after a part
_SIBLING = re.compile(r",\s*(?:а\s+|ещё\s+|еще\s+)?(?P<n>(?:[а-яё]+\s+)?(?:\d+|[а-яё]+))"
                      r"\s+[—–]\s+(?:это\s+)?(?P<rest>[^,;:!?.—–«»()]{2,90})")
_QUALIFIERS = frozenset({"порядка", "около", "почти", "примерно", "где-то", "более", "менее",
                         "свыше", "больше", "меньше", "ещё", "еще", "лишь", "только", "уже",
                         "под"})


_CUES = re.compile(r"(?i)\b(?:если|коли|касается|по|у\s+нас|это|все|всё|основном|"
                   r"преимущественно|"
                   r"главным|из|сколько|числе)\b")


@lru_cache(maxsize=1)
def _unit_hint() -> re.Pattern:
    """The stems of the bound unit nouns ("пункт", "служб", "точк"): a text without one
    has no unit count."""
    stems = {n[:-1] if len(n) > 3 else n for n in bound_nouns()}
    return re.compile(r"(?i)\b(?:" + trie(stems) + ")")  # a trie: found where their alternation is


def _phrase(tokens: Sequence, case: Optional[str]) -> list:
    """The noun phrase at the start of ``tokens`` (adjectives, nouns, "и"); its first word
    in ``case``."""
    out = noun_run(tokens, leading=True)
    if not out or case and out[0].type == "RU" and not in_case(out[0], case):
        return []
    return out


def _noun_of(token) -> Optional[str]:
    if not forms(token):
        return None
    return written_lemma(token) or object_lemma(token)


def _sector(morph, tokens: Sequence, case: Optional[str]) -> Optional[tuple[Optional[str], str]]:
    """(object or None, sector) of a topic or predicate phrase: a counted noun with sector
    adjectives ("айтишные компании") gives both; a phrase with ОКВЭД codes the sector."""
    phrase = _phrase(tokens, case)
    if not phrase:
        return None
    for k, token in enumerate(phrase):
        own = _noun_of(token)
        if own:
            names = adjective_sectors(phrase[:k], own) if k else []
            return (own, join_sectors(names)) if names and k + 1 == len(phrase) else None
    name = sector_name(morph, phrase, case)
    if len(name) > 1 and name[0].isupper() and name[1].islower():
        name = name[0].lower() + name[1:]  # "Химическая промышленность — это …"
    return (None, name) if name and okved_codes(morph, name) else None


def _groups(morph, tokens: Sequence) -> list[tuple[int, int, int, Optional[str]]]:
    """Counted groups (first, last, count, noun or None): a number, up to three adjectives,
    a counted noun; a bare number has no noun ("— около девятисот")."""
    out = []
    k = 0
    while k < len(tokens):
        if not _numeric(tokens[k]) or tokens[k].value.lower() in ("один", "одна") \
                and k + 1 < len(tokens) and tokens[k + 1].value.lower() in ("из",):
            k += 1
            continue
        first = k
        while k + 1 < len(tokens) and (_numeric(tokens[k + 1]) or is_scale(tokens[k + 1])
                                       or tokens[k + 1].value == "."
                                       and k > first):
            k += 1
        value = _value(morph, tokens[first:k + 1])
        j = k + 1
        while j < len(tokens) and j <= k + 3 and _pos(tokens[j]) & {"ADJF", "PRTF"} \
                and not _noun_of(tokens[j]):
            j += 1
        noun = _noun_of(tokens[j]) if j < len(tokens) else None
        if value and noun:
            out.append((first, j, value, noun))
        elif value and (k + 1 == len(tokens) or not forms(tokens[k + 1])
                        or tokens[k + 1].value.lower() in ("а", "но", "и", "или")) \
                and not 1900 <= value <= 2100:
            out.append((first, k, value, None))  # a bare number before punctuation
        k = j if noun else k + 1
    return out


def _trailing(tokens: Sequence) -> list:
    """The number at the end of ``tokens`` ("зоны двадцать один" -> "двадцать один"), its
    qualifier left out ("порядка пятидесяти"); [] where the last word is no number."""
    k = len(tokens)
    while k and _numeric(tokens[k - 1]):
        k -= 1
    return list(tokens[k:])


def _covered(values: Sequence, a: int) -> bool:
    return any(v.start <= a < v.stop for v in values)


def _topic_counts(morph, text: str, start: int, stop: int, values: list, out: list):
    for m in _TOPIC.finditer(text, start, stop):
        case = next(k for k, v in m.groupdict().items() if v)
        a, b = m.span(case)
        case = case.rstrip("2")
        if case == "nomn" and m.group("nomn2") and not _sector(morph, tokenize(
                morph, text, a, b), case):
            continue
        said = _sector(morph, tokenize(morph, text, a, b), case)
        if said is None:
            continue
        obj, name = said
        tokens = tokenize(morph, text, b, stop)
        last_noun = obj
        for first, last, count, noun in _groups(morph, tokens):
            p, q = tokens[first].span.start, tokens[last].span.stop
            if _covered(values, p):
                break  # another reader owns the clause ("… — это 15 X, из которых 5 …")
            if noun is None and re.search(r"(?i)\bиз\s+(?:них|которых)\s+\S*\s*$",
                                          text[max(b, p - 40):p]):
                continue  # a part of a whole: the identity reading's
            noun = noun or last_noun
            last_noun = noun
            if noun is None or _covered(out, p):
                continue
            out.append(SectorValue(p, q, text[p:q], count, noun, name, None, via="topic"))


def _rest(morph, text: str, a: int, b: int, noun: Optional[str] = None, case: str = "nomn"):
    tokens = tokenize(morph, text, a, b)
    if tokens and _noun_of(tokens[0]):
        return None  # "— фармацевтические компании": the dashed parts' reading
    phrase = _phrase(tokens, case)
    if case == "nomn" and phrase and all(_pos(t) & {"ADJF", "PRTF", "CONJ"} for t in phrase):
        names = adjective_sectors(phrase, noun)  # "19 — машиностроительные"
        return join_sectors(names) if names else None
    said = _sector(morph, tokens, case)
    return said[1] if said and said[0] is None else None


def _identity_counts(morph, text: str, start: int, stop: int, values: list, out: list):
    dashed = _DASH.search(text, start, stop) is not None  # each _PART, _PART_BY reading has one
    if _ALL.search(text, start, stop) is None and (not dashed or (
            _PART.search(text, start, stop) is None and _PART_BY.search(text, start, stop) is None)):
        return  # most sentences: no identity predicate, no tokens made
    tokens = tokenize(morph, text, start, stop)
    groups = [g for g in _groups(morph, tokens) if g[3]]
    for m in _ALL.finditer(text, start, stop):
        key = next(k for k in ("rest", "rest2", "rest3") if m.group(k))
        before = [g for g in groups if tokens[g[1]].span.stop <= m.start()
                  and not text[tokens[g[1]].span.stop:m.start()].strip()]
        if not before:
            continue
        first, last, count, noun = before[-1]
        p, q = tokens[first].span.start, tokens[last].span.stop
        name = _rest(morph, text, *m.span(key), noun)
        if name and not _covered(values + out, p):
            out.append(SectorValue(p, q, text[p:q], count, noun, name, None, via="topic"))
    for m in _PART.finditer(text, start, stop) if dashed else ():
        if m.group("m"):
            whole = tokenize(morph, text, m.start("m"), m.end("whole"))
            k = 1
            while k < len(whole) and _numeric(whole[k]):
                k += 1  # "из ста двадцати предприятий": the whole number
            total = _value(morph, whole[:k])
            noun = next((_noun_of(t) for t in whole[k:] if _noun_of(t)), None)
            if noun is None and k == len(whole):  # "из ста двадцати | резидентов сорок
                said = tokenize(morph, text, *m.span("n"))  # три —": the whole cut short (w162)
                noun = _noun_of(said[0]) if said and not _numeric(said[0]) else None
        else:
            total, noun = whole_of(morph, text, start, m.start(), tokens, values + out)
        if not total or noun is None:
            continue
        n, rest = next((m.span(a), m.span(b)) for a, b in (("n", "rest"), ("n2", "rest2"),
                                                           ("n3", "rest3")) if m.group(a))
        found = [(n, rest)]
        pos = m.end()
        while (s := _SIBLING.match(text, pos, stop)) is not None:
            found.append((s.span("n"), s.span("rest")))
            pos = s.end()
        for (a, b), rest in found:
            numbers = _trailing(tokenize(morph, text, a, b))
            count = _value(morph, numbers) if numbers else None
            name = _rest(morph, text, *rest, noun) or _rest(morph, text, *rest, noun, "gent")
            if not count or count >= total or not name or _covered(values + out, numbers[0].span.start):
                continue
            p = numbers[0].span.start
            out.append(SectorValue(p, rest[1], text[p:rest[1]], count, noun, name, total,
                                   via="topic"))
    for m in _PART_BY.finditer(text, start, stop) if dashed else ():
        total, noun = whole_of(morph, text, start, m.start(), tokens, values + out)
        numbers = _trailing(tokenize(morph, text, *m.span("n")))
        count = _value(morph, numbers) if numbers else None
        if not total or noun is None or not count or count >= total \
                or _covered(values + out, numbers[0].span.start):
            continue
        said = part_sector(tokenize(morph, text, *m.span("by")), noun)
        if said:
            p, q = m.start("by"), m.end("n")
            out.append(SectorValue(p, q, text[p:q], count, said[0], said[1], total, via="topic"))


def _unit_counts(morph, text: str, start: int, stop: int, values: list, out: list):
    """"три пункта проката велосипедов", "41 служба такси": a generic unit noun (a bound
    noun of ``sector_objects_bound.tsv``) whose genitive right after it names a trade."""

    if _unit_hint().search(text, start, stop) is None:
        return
    tokens = tokenize(morph, text, start, stop)
    for first, last, count, noun in _groups(morph, tokens):
        p = tokens[first].span.start
        if noun not in bound_nouns() or _covered(values + out, p):
            continue
        name = unit_trade(morph, tokens[last + 1:last + 8])
        if name:
            q = tokens[last].span.stop
            out.append(SectorValue(p, q, text[p:q], count, noun, name, None, via="unit"))


def unit_trade(morph, tokens: Sequence) -> Optional[str]:
    """The trade a genitive phrase right after a unit noun names ("проката велосипедов" ->
    прокат велосипедов), where it has ОКВЭД codes and no counted noun of its own."""
    phrase = _phrase(tokens, "gent")
    k = next((i for i, t in enumerate(phrase) if t.type == "RU" and not in_case(t, "gent")
              and "CONJ" not in _pos(t)), len(phrase))
    phrase = phrase[:k]  # "гидрогенерации общей мощностью": the genitive run only
    while phrase and _pos(phrase[-1]) & {"CONJ", "ADJF", "PRTF"} \
            and not _pos(phrase[-1]) & {"NOUN"}:
        phrase.pop()  # "общей" before a noun in another case
    if not phrase or phrase[0].type != "RU" or not _pos(phrase[0]) & {"NOUN"} \
            or any(_noun_of(t) for t in phrase):
        return None
    name = sector_name(morph, phrase, "gent")
    return name if name and okved_codes(morph, name) else None


def topic_counts(morph, text: str, values: list) -> list:
    """The counts the module's docstring describes that no other rule counted."""
    low = text.lower()

    out: list = []
    cued = _CUES.search(text) is not None
    units = _unit_hint().search(text) is not None
    hint = count_hint(morph)
    for start, stop in sentences(text) if cued or units else ():
        if not has_match(hint, text, start, stop):
            continue  # no digit and no number word: no count to read
        if cued and _CUES.search(text, start, stop) is not None:  # the sentence's own cue
            _topic_counts(morph, text, start, stop, values, out)
            _identity_counts(morph, text, start, stop, values, out)
        if units:
            _unit_counts(morph, text, start, stop, values, out)
    if "сколько" in low or "много" in low and "?" in low:  # "А X у вас много? — …"
        from .sector_answers import answer_counts
        answer_counts(morph, text, values, out)
    return values + out


__all__ = ["topic_counts"]
