"""Subsets of a whole that say no industry of their own take the whole's (issue 11, the
family "wholes, subsets and totals"; docs/gold-conventions.md, ``total``).

Once the grammar, the tree and the list readers have found their counts, a count with an
industry (the *whole*) may be followed by its parts:

* after a ``part`` cue ("из них", "из которых", "в том числе", "среди них", "включая",
  "в их числе"): "Ремонтом судов заняты 27 предприятий, из них девять — в Приморье",
  "134 телекоммуникационные компании, из них 25 обслуживают только корпоративных
  клиентов", "63 организации, из них частных — 19", "96 организаций, включая 40 МУПов";
* before it, as "N из M": "Лишь восемь из 57 опрошенных станкостроительных компаний
  сообщили о загрузке мощностей".

A part that no rule counted is the whole's count again: the noun said with it ("28 частных
клиник" -> клиника, "гостиниц — 96" -> гостиница) or else the whole's, the whole's
sector, the whole's number as its total. A part whose words name an industry (any word
with ОКВЭД codes outside its own noun phrase, or a noun phrase with codes the whole's do
not hold: "из них пять — для автопрома", "26 — в области робототехники") is left to the
rules that read sectors. Shares ("40 %"), people and sums ("из них 300 человек", "5 млрд
рублей") are no parts: the noun after the number must be a counted noun, if any.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional, Sequence

from .morph import Morph
from .okved import okved_codes
from .sector_context import adjective_sectors, count_value, object_lemma, written_lemma
from .sector_number_tokens import is_scale, is_scale_word
from .sector_number_tokens import is_count_number as _is_number
from .sector_parts_circumstances import circumstance_indices, firm_indices
from .sector_parts_places import partner_indices, place_indices, report_cut
from .sector_parts_purpose import purpose_sector
from .sector_scan import sentences
from .sector_tree_nodes import qualifier_words
from .sector_words import first_grams as _pos
from .sector_words import forms, is_dash, lexicon, tokenize

# not "1 млрд руб. получают": a dot before a lower-case word ends no clause
# (round 17) a quote closed before its speaker: "три из них — частные», — сказал министр"
_CLAUSE_END = re.compile(r"[;!?]|\.(?=\s*$|\s+[А-ЯЁA-Z«])|\s[—–]\s\S+\s[—–]|»(?=\s*,?\s*[—–]\s)")
_ONE = frozenset({"один", "одна", "одно", "одного", "одной", "одну", "одним", "одном"})
_PROPER = frozenset({"Geox", "Name", "Surn", "Orgn", "Trad"})
_PERCENT = ("%", "процент")


def _percent(token) -> bool:
    """"%", "процентов": a share, not a count, after a number ("40 %", "Около 70% из 1 900")."""
    return token.value.lower().startswith(_PERCENT)


@lru_cache(maxsize=1)
def _part_cue() -> re.Pattern:
    """", из них", ", в том числе", ", включая" ... (``part`` cues of ``sector_cues.tsv``)
    right after the whole: the words between may only be those of the whole's phrase."""
    cues = sorted((c for c in lexicon().cues.get("part", ()) if c[0].isalpha()),
                  key=len, reverse=True)
    words = "|".join(r"\s*".join(re.escape(w) + r"\.?" for w in cue) for cue in cues)
    # "Мебельных фабрик … около сорока, крупных среди них — пять": a kind before the cue
    kind = r"(?:[а-яё]+(?:ых|их)\s+)?"
    # "300 субъектов МСП в сфере X (в том числе 86 ИП)": a bracket for the comma
    return re.compile(rf"[^\d.;:!?()]{{0,60}}?(?:,|\s\()\s*{kind}(?:{words})(?!\w)",
                      re.IGNORECASE)


def _numbers(tokens: Sequence) -> list[tuple[int, int]]:
    """(first, end) token indices of the numbers among ``tokens`` (with a scale word)."""
    out = []
    k = 0
    while k < len(tokens):
        if (_is_number(tokens[k]) or is_scale_word(tokens[k])) \
                and not (k and tokens[k - 1].value in ("№", "#")):  # "полтора десятка"
            j = k + 1
            while j < len(tokens) and (_is_number(tokens[j]) or is_scale(tokens[j])
                                       or is_scale_word(tokens[j]) or tokens[j].value == "."):
                j += 1
            out.append((k, j))
            k = j
        else:
            k += 1
    return out


def _lemma(token) -> str:
    return forms(token)[0].normalized if forms(token) else token.value.lower()


def _kind_of_firm(token) -> bool:
    """A part's noun outside the counted nouns that still names a kind of firm: an
    inanimate noun that is no unit, sum, time (``count_exclusions.tsv``) nor a
    ``not_part`` cue ("рабочих мест", "объектов")."""
    from .amount_lexicons import count_exclusions, fold, scale_forms

    lemma = _lemma(token)
    scales = {p.text for f in scale_forms() for p in f.pieces}  # "1 млрд руб.": no firms
    return "inan" in _pos(token) and fold(lemma) not in count_exclusions()[0] \
        and fold(token.value.rstrip(".")) not in scales \
        and lemma not in lexicon().first_words("not_part") and len(lemma) > 2


def _codes(morph: Morph, token) -> frozenset[str]:
    """ОКВЭД codes a word names alone: a noun's lemma, an adjective's industry."""
    grams = _pos(token)
    if "NOUN" in grams:
        names = [forms(token)[0].normalized]
    elif grams & {"ADJF", "PRTF"}:
        names = adjective_sectors([token])
    elif token.type == "LATIN":
        names = [token.value]
    else:
        return frozenset()
    return frozenset(c.code for name in names for c in okved_codes(morph, name))


def _own_noun(tokens: Sequence, first: int, end: int) -> tuple[Optional[str], set[int], bool]:
    """The noun said with a part's number: after it past adjectives ("28 частных
    клиник", "22 — муниципальные унитарные предприятия"), or before it ("гостиниц — 96");
    (lemma, indices of its phrase, whether a noun after the number is no counted one)."""
    k = end
    if k < len(tokens) and is_dash(tokens[k]):
        k += 1
        if k + 1 < len(tokens) and tokens[k].value.lower() == "это":
            k += 1  # "из них тридцать — это столовые при заводах"
    phrase = set()
    while k < len(tokens) and _pos(tokens[k]) & {"ADJF", "PRTF"} \
            and not object_lemma(tokens[k]):
        phrase.add(k)
        k += 1
    if k < len(tokens) and forms(tokens[k]):
        obj = object_lemma(tokens[k])
        if obj:
            return written_lemma(tokens[k]) or obj, phrase | {k}, False
        if "NOUN" in _pos(tokens[k]) and (end == len(tokens) or not is_dash(tokens[end])):
            if _kind_of_firm(tokens[k]):  # "в том числе две сетевые кофейни", "40 МУПов"
                lemma = _lemma(tokens[k])
                head = tokens[k].value[:len(lemma)]
                return lemma.upper() if head.isupper() else lemma, phrase | {k}, False
            return None, set(), True  # "из них 300 человек", "5 млрд рублей"
    if end < len(tokens) and _percent(tokens[end]):
        return None, set(), True
    k = first - 1
    while k >= 0 and (is_dash(tokens[k]) or tokens[k].value.lower() in qualifier_words()):
        k -= 1  # "из них береговых заводов — около сорока"
    if k >= 0 and forms(tokens[k]) and object_lemma(tokens[k]):  # "из них гостиниц — 96"
        phrase = {k}
        j = k - 1
        while j >= 0 and _pos(tokens[j]) & {"ADJF", "PRTF"}:
            phrase.add(j)
            j -= 1
        if j >= 0 and _pos(tokens[j]) & {"NOUN", "PREP"}:
            return None, set(), False  # "после ухода иностранных производителей четыре"
        return written_lemma(tokens[k]) or object_lemma(tokens[k]), phrase, False
    return None, set(), False


def _framed(tokens: Sequence) -> set[int]:
    """Indices of nouns framed as a compound preposition "в <noun> с" ("в связи с
    банкротством", "в сравнении с"): no industry of the part."""
    return {k for k in range(1, len(tokens) - 1)
            if tokens[k - 1].value.lower() in ("в", "во")
            and tokens[k + 1].value.lower() in ("с", "со") and "NOUN" in _pos(tokens[k])}


class _Parts:
    def __init__(self, morph: Morph, text: str, values: list) -> None:
        self.morph, self.text, self.values = morph, text, values
        self.quals = qualifier_words()

    def covered(self, start: int) -> bool:
        return any(v.start <= start < v.stop for v in self.values)

    def fits(self, tokens: Sequence, own: set[int], skip: set[int], whole) -> bool:
        """No word of the part names an industry the whole's does not hold, and no marker
        verb takes a common noun in it ("из них коз разводят 18", "21 выпускает кухни": the
        part says its own trade; see the module's docstring)."""
        codes = frozenset(c.code for c in okved_codes(self.morph, whole.sector))
        if any(_lemma(t) in lexicon().verbs for t in tokens) and any(
                "NOUN" in _pos(t) and not _pos(t) & _PROPER for k, t in enumerate(tokens)
                if k not in own and k not in skip):
            return False
        for k, token in enumerate(tokens):
            if k in skip:
                continue
            named = _codes(self.morph, token)
            if named and (k not in own or not named <= codes):
                return False
        return True  # a whole with no codes ("агробиотехнологии"): a part naming none

    def value(self, tokens: Sequence, first: int, end: int, whole, seg: Sequence,
              shift: int):
        """The part at ``tokens[first:end]`` (a number), read in its segment ``seg``
        (``tokens[shift:shift + len(seg)]``), or None."""
        from .sectors import SectorValue

        start = tokens[first].span.start
        if self.covered(start) or whole.start <= start < whole.stop:
            return None
        count = count_value(self.morph, tokens[first:end])
        if count is None or count >= whole.count or count < 1:
            return None
        obj, phrase, stop = _own_noun(seg, first - shift, end - shift)
        if stop:
            return None
        skip = set(range(first - shift, end - shift)) | _framed(seg) | place_indices(seg) \
            | partner_indices(seg)  # "12 — в Находке", "работают с удалёнными командами"
        skip |= (circumstance_indices(seg) | firm_indices(
            seg, lambda t: _codes(self.morph, t))) - phrase  # "на фермы", "агрохолдингу"
        skip |= {k for k, t in enumerate(seg) if t.value.lower() in self.quals}  # "порядка"
        sector = whole.sector if self.fits(seg, phrase, skip, whole) \
            else purpose_sector(self.morph, seg, skip, whole)  # "из них пять — для X"
        if sector is None:
            return None
        last = max([end - 1] + [k + shift for k in phrase])
        begin = min([first] + [k + shift for k in phrase])
        a, b = tokens[begin].span.start, tokens[last].span.stop
        return SectorValue(a, b, self.text[a:b], count, obj or whole.object, sector,
                           whole.count, via="part")

    def after(self, whole, stop: int) -> list:
        """Parts after a ``part`` cue that follows the whole."""
        begin = whole.stop - (self.text[whole.stop - 1:whole.stop] == ",")  # "…, в области
        cue = _part_cue().match(self.text, begin, stop)  # 17," read with its comma
        if cue is None or any(whole.stop <= v.start < cue.end() for v in self.values):
            return []
        kind = re.search(r",\s*([а-яё]+)\s+\w+(?:\s+\w+)?\W*$", cue.group(0), re.I)
        if kind and adjective_sectors(tokenize(self.morph, kind.group(1))):
            return []  # "…, пищевых из них — 12": a kind that names an industry of its own
        end = _CLAUSE_END.search(self.text, cue.end(), stop)
        end = end.start() if end else stop
        if "(" in cue.group(0):  # the bracket's parts only
            end = min(end, self.text.find(")", cue.end(), end) % (end + 1))
        tokens = tokenize(self.morph, self.text, cue.end(), end)
        tokens = tokens[:report_cut(tokens)]  # ", сообщил замминистра промышленности"
        numbers = _numbers(tokens)
        out = []
        for n, (first, last) in enumerate(numbers):
            a = numbers[n - 1][1] if n else 0
            b = numbers[n + 1][0] if n + 1 < len(numbers) else len(tokens)
            found = self.value(tokens, first, last, whole, tokens[a:b], a)
            if found is not None:
                out.append(found)
        return out

    def before(self, whole, start: int, stop: int) -> list:
        """"Восемь из 57 станкостроительных компаний ...": the number before "из"."""
        tokens = tokenize(self.morph, self.text, max(start, whole.start - 40), whole.start)
        k = len(tokens) - 1
        while k >= 0 and tokens[k].value.lower() in self.quals:
            k -= 1
        if k < 1 or tokens[k].value.lower() not in ("из", "среди"):
            return []
        last = k
        k -= 1
        while k > 0 and (_is_number(tokens[k - 1]) or is_scale(tokens[k])):
            k -= 1
        if not _is_number(tokens[k]) or tokens[k].value.lower() in _ONE:
            return []  # "одной из 18 компаний": the whole is the count
        if any(_percent(t) for t in tokens[k + 1:last]):
            return []  # "Около 70% из 1 900 кооперативов": a share, no part
        end = _CLAUSE_END.search(self.text, whole.stop, stop)
        rest = tokenize(self.morph, self.text, whole.stop, end.start() if end else stop)
        clause = []
        for token in rest:  # the part's clause: up to the next comma past the verb
            if token.value in (",", ":") and any("VERB" in _pos(t) for t in clause) \
                    or token.value == ":" and not clause:  # "закрыты 6 из 11 цехов: у …"
                break
            clause.append(token)
        seg = tokens[k:last + 1] + clause
        found = self.value(seg, 0, last - k, whole, seg, 0)
        return [found] if found is not None else []


def part_counts(morph: Morph, text: str, values: list) -> list:
    """The parts of each whole in ``values`` that no rule counted (module docstring)."""
    if not values:
        return []
    parts = _Parts(morph, text, values)
    out: list = []
    for start, stop in sentences(text):
        for whole in [v for v in values if start <= v.start < stop]:
            if whole.total is not None:
                continue  # a part itself
            for found in parts.after(whole, stop) + parts.before(whole, start, stop):
                if not any(f.start == found.start for f in out):
                    out.append(found)
                    parts.values = values + out
    return out


_LEADING = re.compile(r"\s*[«\"]?(?:Из|Среди)\s+(?:(?:почти|около|более|свыше|примерно|порядка)\s+)?"
                      r"(\d[\d\s\u00a0]*\d(?![,.]\d)|\d+(?:[,.]\d+\s+[а-яё]+\.?)?)\s+"
                      r"((?:[\w-]+\s+){0,2}[\w-]+)(?:\s*,|\s+«[^»]{1,40}»|(?=\s+\d)"
                      r"|\s+[—–]\s+[а-яё]+[а-яё\s]*?(?:«[^»]{1,40}»)?(?=\s+(?:[а-яё]+\s+)?\d))")
_LEADING_AFTER = re.compile(_LEADING.pattern.replace("(?:Из|Среди)", "(?:[Ии]з|[Сс]реди)", 1))
# "членов ассоциации «Руссофт»", "Из 30 участников выставки 12 — станкостроители": the part's
# number right after the whole; "Из 1,3 тыс. компаний — участников «Иннопрома» свыше 250":
# a scaled number, the whole's noun with a dashed apposition


@lru_cache(maxsize=1)
def _members() -> frozenset[str]:
    from ..lexicons import load_list

    return load_list("sector_member_wholes.txt")


def leading_totals(morph: Morph, text: str, values: list) -> list:
    """"Из 120 компаний, экспонировавшихся на выставке, 48 — станкостроители, 30 — ...",
    "Среди 73 компаний, подавших заявки, 28 оказались из лёгкой промышленности": a whole
    that opens its sentence, its counted noun followed by a clause or a quoted name ("Из
    350 членов ассоциации «Руссофт» … 118 компаний": a member noun of
    ``sector_member_wholes.txt`` too), is the total of every smaller count of the sentence
    that has none. ``values`` replaced, same order."""
    out = list(values)
    if not any(v.total is None for v in values):
        return out  # most articles: no count
    spans = sentences(text)
    for n, (start, stop) in enumerate(spans):
        for _, after in spans[n + 1:]:  # a cut inside quotes: "«Иннопром. Центральная Азия»"
            if text.count("«", start, stop) <= text.count("»", start, stop):
                break
            stop = after
        m = _LEADING.match(text, start, stop) or next(  # "Архангельск: из 5 ЦБК …": the
            (found for c in re.finditer(r":", text[start:stop])  # whole opens a clause
             for found in [_LEADING_AFTER.match(text, start + c.end(), stop)] if found), None)
        if m is None or not any(object_lemma(t) or _lemma(t) in _members()
                                for t in tokenize(morph, text, *m.span(2)) if forms(t)):
            continue
        total = count_value(morph, tokenize(morph, text, *m.span(1))) \
            if re.search(r"[,.]\d", m.group(1)) else int(re.sub(r"\D", "", m.group(1)))
        if not total:
            continue
        for k, value in enumerate(out):
            if m.end() <= value.start < stop and value.total is None and value.count < total:
                out[k] = replace(value, total=total)
    return out


__all__ = ["leading_totals", "part_counts"]
