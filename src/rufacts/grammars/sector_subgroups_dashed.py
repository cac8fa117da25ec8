"""Parts whose industry is said after a dash, their whole named with "из" (w71; the family
"subgroups of a whole and totals"; docs/gold-conventions.md, ``object`` and ``total``):

* "Десять предприятий из 45 участников нацпроекта — из пищевой промышленности": the part's
  own counted noun, the industry after "из", the whole's number as total;
* "7 из 10 новых резидентов парка — предприятия пищевой промышленности": a counted noun after
  the dash is the object ("Из 30 резидентов 12 — фармацевтические компании" → компания), its
  genitive or its adjectives the industry;
* "12 предприятий, три из них — из металлургии", "Порядка 250 компаний из 12 стран …, из
  них 80 — транспортно-логистические": the whole is the nearest "M <counted noun>" before the
  cue, its noun the part's where the part says none, the part's adjectives its industry;
  "в том числе 12 — электротехнического профиля": adjectives before a profile noun
  (``profile`` cues) name it too (w103).

Only where the whole's noun is a counted one, the part smaller than it, and the phrase after
the dash names an industry with ОКВЭД codes ("— из Москвы", "— региональные": no part). The
whole itself is no count here (it names no industry of its own: other readers count it where
it does). Read after every other reader; a part another rule counted is left as it is.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from .okved import okved_codes
from .sector_context import adjective_sectors, count_value, object_lemma, written_lemma
from .sector_normal import join_sectors, sector_name
from .sector_nouns import agent_industry
from .sector_number_tokens import is_scale
from .sector_number_tokens import is_count_number as _is_number
from .sector_words import first_grams as _pos
from .sector_scan import sentences
from .sector_words import forms, lemmas, lexicon, tokenize

_NUM = r"\d+|[А-ЯЁа-яё]+"
# "N [noun] из M <whole> —" and "N из них —"
_OF = re.compile(rf"(?<![\w.,\-])(?P<n>{_NUM})\s+(?:(?P<noun>[А-ЯЁа-яё-]+)\s+)?из\s+"
                 rf"(?:(?P<them>них|которых)|(?P<m>\d+|[а-яё]+)\s+(?P<whole>[^—–.;:!?()]{{2,90}}?))"
                 r"\s+[—–]\s+(?P<rest>[^,.;:!?()—–]{2,90})")
# ", из них N —", ", в том числе более N —"
_THEM = re.compile(rf"[,;]\s*(?:(?:из|среди)\s+(?:них|которых)|в\s+(?:том|их)\s+числе)\s+"
                   rf"(?:[а-яё]+\s+)?(?P<n>{_NUM})\s+[—–]\s+"  # "в том числе более 300 —"
                   r"(?P<rest>[^,.;:!?()—–]{2,90})")
_PHRASE = frozenset({"ADJF", "PRTF", "NOUN", "CONJ"})
_GROUPS = re.compile(r"^\d{1,3}(?:[\s\u00a0]\d{3})+$")  # "1 870"


def _count(morph, text: str, a: int, b: int) -> Optional[int]:
    tokens = tokenize(morph, text, a, b)
    if len(tokens) != 1 or not _is_number(tokens[0]):
        return None
    return count_value(morph, tokens)


def _noun_of(tokens: Sequence) -> Optional[str]:
    """The counted noun of a whole's phrase, past its adjectives ("новых резидентов парка")."""
    for token in tokens:
        if forms(token) and object_lemma(token):
            return written_lemma(token) or object_lemma(token)
        if not _pos(token) & {"ADJF", "PRTF"}:
            return None
    return None


def _whole_before(morph, text: str, begin: int, stop: int) -> Optional[tuple[int, str]]:
    """(number, noun) of the nearest "M <adjectives> <counted noun>" in ``text[begin:stop]``
    ("сто сорок кооперативов", "1 870 экспортёрам"); a bare number nearer ("в финал прошли
    девять, четыре из них — …") is the whole, with the noun of a larger whole before it."""
    tokens = tokenize(morph, text, begin, stop)
    bare = None
    for k in range(len(tokens) - 2, -1, -1):
        if not numeric_token(tokens[k]) or k + 1 < len(tokens) and numeric_token(tokens[k + 1]):
            continue
        first = k
        while first and numeric_token(tokens[first - 1]):
            first -= 1
        end = k + 1  # "1,2 тыс. компаний": the scale word is the number's
        while end < len(tokens) and (is_scale(tokens[end]) or tokens[end].value == "."
                                     and end > k + 1):
            end += 1
        noun = _noun_of(tokens[end:end + 3])
        value = written_count(morph, tokens[first:end])
        if value and bare is None and not noun and tokens[k + 1].value == "," \
                and k + 2 == len(tokens):
            bare = value  # ", четыре из них": the number right before the part's comma
        elif noun and value:
            return (bare, noun) if bare and bare < value else (value, noun)
    return (bare, None) if bare and not 1900 <= bare <= 2100 else None  # a year is no whole


def numeric_token(token) -> bool:
    """A number token: digits, a number word, or grouped digits ("1 870")."""
    return _is_number(token) or bool(_GROUPS.match(token.value))


def written_count(morph, tokens: Sequence) -> Optional[int]:
    """The value of a run of number tokens, grouped digits ("1 870") read whole."""
    if len(tokens) == 1 and _GROUPS.match(tokens[0].value):
        return int(re.sub(r"\D", "", tokens[0].value))
    return count_value(morph, tokens)


def noun_run(tokens: Sequence, leading: bool = False) -> list:
    """The noun phrase at the start of ``tokens``: adjectives, nouns, "и" and acronyms after a
    word ("промышленного ПО", "разработчиков ИИ"); with ``leading`` an acronym or a Latin word
    may also open it ("IT-решения", "ПО")."""
    out = []
    for token in tokens:
        if token.value.isupper() and len(token.value) > 1 and (out or leading) \
                or leading and token.type == "LATIN":
            out.append(token)
            continue
        if not _pos(token) & _PHRASE or "CONJ" in _pos(token) and token.value.lower() != "и":
            break
        out.append(token)
    while out and "CONJ" in _pos(out[-1]):
        out.pop()
    return out


def _said(morph, tokens: Sequence, noun: Optional[str]) -> Optional[tuple[str, str]]:
    """(object, sector) the words after the dash give: "из пищевой промышленности",
    "предприятия пищевой промышленности", "логистические компании", "транспортно-
    логистические"; ``noun`` the part's noun where it says none."""
    if not tokens:
        return None
    if tokens[0].value.lower() == "из":
        phrase = noun_run(tokens[1:])
        if not phrase or not all("gent" in _pos(t) or "CONJ" in _pos(t) for t in phrase):
            return None
        return (noun, sector_name(morph, phrase, "gent")) if noun else None
    k = 0
    while k < len(tokens) and _pos(tokens[k]) & {"ADJF", "PRTF"} \
            and not object_lemma(tokens[k]):
        k += 1
    if k < len(tokens) and forms(tokens[k]) and object_lemma(tokens[k]):
        own = written_lemma(tokens[k]) or object_lemma(tokens[k])
        if k:
            names = adjective_sectors(tokens[:k], own)
            if not names and agent_industry(own):  # "— отечественные станкостроители"
                return own, agent_industry(own)
            return (own, join_sectors(names)) if names else None
        phrase = noun_run(tokens[k + 1:])
        if phrase and "gent" in _pos(phrase[0]):
            return own, sector_name(morph, phrase, "gent")
        return (own, agent_industry(own)) if k + 1 == len(tokens) and agent_industry(own) \
            else None
    if k and k + 1 == len(tokens) and noun and "gent" in _pos(tokens[k]) \
            and lemmas(tokens[k], frozenset({"NOUN"})) & lexicon().first_words("profile"):
        name = sector_name(morph, tokens, "gent")  # "12 — электротехнического профиля"
        return (noun, name) if name else None
    if k and k == len(tokens) and noun:  # "80 — транспортно-логистические"
        names = adjective_sectors(tokens[:k], noun)
        return (noun, join_sectors(names)) if names else None
    return None


def _overlapping(text: str, start: int, stop: int) -> list:
    """Matches of ``_OF`` that may overlap ("Ещё четыре из 30 …": "Ещё" is no number)."""
    out, pos = [], start
    while (m := _OF.search(text, pos, stop)) is not None:
        out.append(m)
        pos = m.end("n") + 1
    return out


def dashed_parts(morph, text: str, values: list) -> list:
    """The parts the module's docstring describes that no rule counted."""
    from .sectors import SectorValue

    if "из" not in text and "числе" not in text or not any(d in text for d in "—–"):
        return []
    out: list = []
    found = [(m, "of") for m in _overlapping(text, 0, len(text))] \
        + [(m, "them") for m in _THEM.finditer(text)]
    if not found:
        return out  # most articles: no sentence is cut (razdel) at all
    spans = sentences(text)
    for m, kind in found:
        start = next((a for a, b in spans if a <= m.start() < b), 0)
        a, b = m.span("n")
        if any(v.start <= a < v.stop for v in values + out):
            continue
        count = _count(morph, text, a, b)
        if count is None or count < 1:
            continue
        own = None
        if kind == "of" and m.group("noun"):
            noun_tokens = tokenize(morph, text, *m.span("noun"))
            own = _noun_of(noun_tokens)
            if own is None:
                continue  # "7 раз из 10", "трое детей из …"
        if kind == "of" and m.group("m"):
            total = _count(morph, text, *m.span("m"))
            noun = _noun_of(tokenize(morph, text, *m.span("whole")))
        else:
            whole = _whole_before(morph, text, start, a)
            total, noun = whole if whole else (None, None)
        if not total or total <= count or noun is None and kind == "of" and m.group("m"):
            continue  # noun None: a bare whole ("прошли девять, четыре из них — …")
        rest = tokenize(morph, text, *m.span("rest"))
        said = _said(morph, rest, own or noun)
        if said is None or not okved_codes(morph, said[1]):
            continue
        end = rest[len(rest) - 1].span.stop if rest else b
        out.append(SectorValue(a, end, text[a:end], count, said[0], said[1], total,
                               via="part"))
    return out


__all__ = ["dashed_parts"]
