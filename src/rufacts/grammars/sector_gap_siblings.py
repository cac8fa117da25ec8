"""Gapped and coordinated siblings of a sector count (w84, issue 11, the family
"coordination and gapping"; docs/gold-conventions.md, ``object``: a count without a noun of
its own takes the counted noun of the clause before).

After a count found by another reader, the next clause may leave out the verb, the noun or
the sector:

* "…, ещё 23 — пищевую": adjectives only; the head noun is the sector's before
  ("химическая промышленность" -> "пищевая промышленность");
* "…, два других — кормовые добавки", "…и два — катодных материалов": a noun phrase with
  no counted noun of its own names the sibling's sector (it must have ОКВЭД codes);
* "…, ещё два — на стадии пусконаладки", "…, ещё два строятся в …", "…, закрылись — 19",
  "…, ещё пять открыли офисы в Хоргосе" (a presence noun, ``sector_presence_nouns.txt``):
  a stage, a place or a verb is no sector: the sibling keeps the count's before (w199: the
  firms still at a stage are counted too, as the gold files count them);
* "…, ещё четыре заняты производством деталей": the verb's instrumental names the sector;
* "пять стартапов из Иннополиса и три — из Сколково": a place said like the count's own
  place keeps the count's sector;
* "биотехнологиями занимаются 34 компании и шесть институтов РАН": a count coordinated with
  the count before at the end of the clause shares its predicate and sector.

Read after every other reader (``SectorsComponent``); a sibling another reader already read
is kept, except a reading this module knows to be wrong (an adjective glued to the sector
before, a stage read as a sector, an activity read as the counted noun).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from ..lexicons import load_list, load_rows
from .okved import okved_codes
from .sector_context import adjective_sectors, count_value, object_lemma
from .sector_normal import join_sectors, sector_name
from .sector_number_tokens import is_count_number as _is_number
from .sector_words import any_grams as _pos
from .sector_words import forms, in_case, is_preposition, is_verb, tokenize

_QUAL = r"(?:(?:около|порядка|более|менее|свыше|почти|примерно|ещё|еще|лишь|всего|только|" \
        r"не\s+более|не\s+менее|не\s+больше)\s+)*"
_NUM = r"(?P<n>\d+(?:\s\d{3})*|[а-яё]+(?:\s+[а-яё]+)??)"
# ", ещё 23 — пищевую", "; 31 — лёгкой", " и два — катодных материалов"
_DASHED = re.compile(r"\s*(?:[,;]\s*(?:(?:а|и)\s+)?|\s(?:и|а)\s+)(?P<still>(?:ещё|еще)\s+)?"
                     + _QUAL + _NUM + r"(?P<other>\s+других)?\s+[—–]\s+"
                     r"(?P<rest>[^,.;:!?()—–«»]{2,80})")
# ", закрылись — 19."
_VERB_DASH = re.compile(r"\s*,\s*(?:а\s+)?(?P<verb>[а-яё]+)\s+[—–]\s+" + _QUAL
                        + r"(?P<n>\d+|[а-яё]+)\s*(?=[.;]|$)")
# ", ещё два строятся в …", ", ещё четыре заняты производством …"
_STILL_VERB = re.compile(r"\s*,\s*(?:а\s+)?(?:ещё|еще)\s+" + _QUAL + r"(?P<n>\d+|[а-яё]+)\s+"
                         r"(?P<rest>[^,.;:!?()—–«»]{2,80})")
# " и шесть институтов РАН." at the end of the clause
_COORD = re.compile(r"\s+и\s+" + _QUAL + r"(?P<n>\d+|[а-яё]+)\s+(?P<rest>[^,.;:!?()—–«»\d]{2,60})"
                    r"(?=[.;]|$)")
_QUAL_WORDS = frozenset(re.findall(r"[а-яё]+", _QUAL))
_ONLY = frozenset({"только", "лишь", "исключительно", "преимущественно", "в основном"})
_ADJ = frozenset({"ADJF", "PRTF"})
_PREDICATE = frozenset({"VERB", "PRTS", "ADJS", "INFN"})
_KINDS = frozenset({"company", "bank", "education", "research", "ngo"})


@lru_cache(maxsize=1)
def _organisation_words() -> frozenset[str]:
    """Nouns of kinds of organisation (``org_categories.tsv``): "институт", "вуз"."""
    return frozenset(w.lower() for w, kind in load_rows("org_categories.tsv") if kind in _KINDS)


def _organisation(token) -> Optional[str]:
    """The counted noun of a coordinated count: a sector object or a kind of organisation."""
    if not forms(token):
        return None
    return object_lemma(token) or next(
        (f.normalized for f in forms(token) if "NOUN" in f.grams.values
         and f.normalized in _organisation_words()), None)
_PHRASE = frozenset({"ADJF", "PRTF", "NOUN"})


def _number(morph, text: str, a: int, b: int) -> Optional[int]:
    tokens = tokenize(morph, text, a, b)
    if not tokens or not all(_is_number(t) for t in tokens):
        return None
    return count_value(morph, tokens)


def _agreeing(morph, adjectives: Sequence, sector: str) -> Optional[str]:
    """"пищевую" + "химическая промышленность" -> "пищевая промышленность"; a head noun
    first takes the adjectives alone (w148): "гостиничные" + "услуги общественного питания"
    -> "гостиничные услуги"."""
    words = sector.split()
    if len(words) < 2:
        return None
    head = next((p for p in morph.parse(words[-1]) if "NOUN" in p.tag and "nomn" in p.tag), None)
    first = next((p for p in morph.parse(words[0]) if "ADJF" in p.tag), None)
    if first is None:  # the head first, its genitive or other words after it
        head = next((p for p in morph.parse(words[0]) if "NOUN" in p.tag and "nomn" in p.tag
                     and p.tag.POS == "NOUN"), None)
        if head is None or not (words[1] in ("по", "для") or any(
                "gent" in p.tag for p in morph.parse(words[1]))) or not all(
                any(p.tag.POS == "ADJF" and p.tag.number == head.tag.number and (
                    head.tag.number == "plur" or p.tag.gender == head.tag.gender)
                    for p in morph.parse(t.value.lower())) for t in adjectives):
            return None  # "производством мебели, ещё пять — офисной": the adjective is the
            # genitive's ("офисной мебели"), not the head's
        words = [words[0], words[0]]  # the adjectives, then the head alone
    if head is None:
        return None
    grams = {"nomn", "plur"} if "plur" in head.tag else {"nomn", "sing", head.tag.gender}
    out = []
    for token in adjectives:
        parse = next((p for p in morph.parse(token.value.lower()) if "ADJF" in p.tag), None)
        word = parse.inflect(grams) if parse is not None else None
        if word is None:
            return None
        out.append(word.word)
    return " ".join(out + words[1:])


def _parallel(morph, text: str, anchor, case: Optional[str] = None) -> bool:
    """The anchor's sector is written in ``case`` too ("производителя литий-ионных ячеек и
    два — катодных материалов", "производит биоудобрения, два других — кормовые добавки")."""
    head = anchor.sector.split()[-1].lower()
    if not head.isalpha():
        return False
    heads = {p.normal_form for p in morph.parse(head)} | {head}
    for token in tokenize(morph, text, max(0, anchor.start - 120), anchor.stop):
        if any(f.normalized in heads and (case is None or case in f.grams.values)
               for f in forms(token)):
            return True
    return False


def _head_first(morph, text: str, anchor) -> bool:
    """The anchor's sector opens with its head noun, written in the count's span ("оказывают
    услуги| общественного питания, ещё 940 — гостиничные"): the adjectives agree with it."""
    first = next((p for p in morph.parse(anchor.sector.split()[0].lower())[:1]
                  if p.tag.POS == "NOUN"), None)
    return " " in anchor.sector and first is not None and any(
        p.normal_form == first.normal_form for word in re.findall(
            r"\w+", text[anchor.start:anchor.stop].lower()) for p in morph.parse(word)[:1])


def _phrase_sector(morph, rest: Sequence, anchor, text: str) -> tuple[Optional[str], bool]:
    """The sector a gapped item's words name, and whether it replaces another reading."""
    if not rest:
        return None, False
    if all(_pos(t) & _ADJ and not _pos(t) & {"NOUN"} for t in rest) and len(rest) <= 2:
        # "молочным животноводством, ещё пять — мясным": the head written before is shared;
        # "восемь химических предприятий и три — агрохимических": the adjective's own sector
        name = _agreeing(morph, rest, anchor.sector) if _parallel(morph, text, anchor) \
            or _head_first(morph, text, anchor) else None
        names = adjective_sectors(rest, anchor.object) if name is None else ()
        name = join_sectors(names) if names else name
        return (name, True) if name and okved_codes(morph, name) else (None, False)
    if is_preposition(rest[0]):
        if len(rest) > 1 and _is_stage(rest[1]):  # "ещё два — на стадии пусконаладки": the
            return anchor.sector, True  # same firms, not yet at work; the stage is no sector
        return _same_preposition(morph, rest, anchor, text), False  # "— в IT": other readers
    if not all(_pos(t) & _PHRASE or t.value == "-" for t in rest) \
            or any(_pos(t) & {"PRTF"} for t in rest):
        return None, False  # "и 2 — занятые разведением кроликов"
    if any(object_lemma(t) for t in rest if forms(t)):
        return None, False  # a noun of its own: other readers
    for case in ("accs", "gent", "datv", "ablt"):
        if in_case(rest[0], case):
            name = sector_name(morph, list(rest), case)
            if name and (okved_codes(morph, name) or _parallel(morph, text, anchor, case)):
                return name, False
    return None, False


@lru_cache(maxsize=1)
def _same_preps() -> frozenset[str]:
    """Prepositions a gapped item may repeat from its anchor (``sector_gap_prepositions.txt``)."""
    return load_list("sector_gap_prepositions.txt")


def _same_preposition(morph, rest: Sequence, anchor, text: str) -> Optional[str]:
    """"14 терминалов, специализирующихся на перевалке угля, и ещё пять — на перевалке
    удобрений", "две компании по ремонту судов и три — по бортовому питанию": the gapped
    item repeats the preposition that led the anchor's sector; its phrase is the sibling's
    sector (with ОКВЭД codes). Any other prepositional item is left to other readers."""
    prep = rest[0].value.lower()
    if prep not in _same_preps() or len(rest) < 2 or not anchor.sector:
        return None
    said = text[anchor.start:anchor.stop].lower().replace("ё", "е")
    at = said.find(f" {prep} ")
    stem = anchor.sector.lower().replace("ё", "е").split()[0][:4]
    if at < 0 or stem not in said[at:]:
        return None  # the anchor's sector is not the object of the same preposition
    words = list(rest[1:])
    if not all(_pos(t) & _PHRASE or t.value == "-" for t in words) \
            or any(object_lemma(t) for t in words if forms(t)):
        return None
    for case in ("loct", "datv", "accs", "gent"):
        if in_case(words[0], case):
            name = sector_name(morph, words, case)
            if name and okved_codes(morph, name):
                return name
    return None


@lru_cache(maxsize=1)
def _stage_nouns() -> frozenset[str]:
    return load_list("sector_stage_nouns.txt")


def _is_stage(token) -> bool:
    """"стадии", "этапе": a stage of a facility (``sector_stage_nouns.txt``)."""
    return any(f.normalized in _stage_nouns() for f in forms(token))


@lru_cache(maxsize=1)
def _presence_nouns() -> frozenset[str]:
    return load_list("sector_presence_nouns.txt")


def _is_presence(token) -> bool:
    """"офисы", "филиалы": a firm's presence somewhere (``sector_presence_nouns.txt``)."""
    return any(f.normalized in _presence_nouns() and "NOUN" in f.grams.values
               for f in forms(token))


def _place_or_stage(words: Sequence) -> bool:
    """"в Ессентуках и Железноводске": a preposition, then a name."""
    return len(words) > 1 and is_preposition(words[0]) \
        and re.match(r"[А-ЯЁ][а-яё]", words[1].value) is not None


def _make(text: str, a: int, b: int, count: int, obj: str, sector: str, total):
    from .sectors import SectorValue

    return SectorValue(a, b, text[a:b], count, obj, sector, total, via="gap_sibling")


def _dashed(morph, text: str, v, at: int):
    m = _DASHED.match(text, at)
    if m is None:
        return None
    count = _number(morph, text, *m.span("n"))
    rest = tokenize(morph, text, *m.span("rest"))
    while len(rest) > 1 and rest[0].value.lower() in _ONLY:
        rest = rest[1:]  # "ещё два — только вино": the particle is no sector (w199)
    sector, strong = _phrase_sector(morph, rest, v, text)
    if count and sector is not None:
        return _make(text, m.start("n"), m.end("rest"), count, v.object, sector, v.total), strong
    return None


def _verb_dash(morph, text: str, v, at: int):
    m = _VERB_DASH.match(text, at)
    if m is None:
        return None
    verb = tokenize(morph, text, *m.span("verb"))
    count = _number(morph, text, *m.span("n"))
    if count and verb and is_verb(verb[0]):
        return _make(text, m.start("verb"), m.end("n"), count, v.object, v.sector,
                     v.total), False
    return None


def _still_verb(morph, text: str, v, at: int):
    m = _STILL_VERB.match(text, at)
    if m is None:
        return None
    count = _number(morph, text, *m.span("n"))
    rest = tokenize(morph, text, *m.span("rest"))
    if not count or not rest or not _pos(rest[0]) & _PREDICATE or _is_number(rest[0]):
        return None
    words = rest[1:]
    sector = v.sector
    if words and in_case(words[0], "ablt") and not is_preposition(words[0]):
        name = sector_name(morph, list(words), "ablt")
        if not name or not okved_codes(morph, name):
            return None
        sector = name  # "ещё четыре заняты производством деталей"
    elif words and _is_presence(words[0]) and "VERB" in _pos(rest[0]) \
            and (len(words) == 1 or is_preposition(words[1])):
        pass  # "ещё пять открыли офисы в Хоргосе": a presence, the sector before
    elif words and not _place_or_stage(words):
        return None  # "ещё два выпускают X", "ещё 4 работают в логистике": other readers
    return _make(text, m.start("n"), m.end("rest"), count, v.object, sector, v.total), True


def _coordinated(morph, text: str, v, at: int):
    m = _COORD.match(text, at)
    if m is None:
        return None
    count = _number(morph, text, *m.span("n"))
    rest = tokenize(morph, text, *m.span("rest"))
    obj = _organisation(rest[0]) if rest else None
    if not _after_predicate(morph, text, v) or any(not t.value[:1].isupper() for t in rest[1:]):
        return None  # "7 IT-компаний и 2 банка", "…и девять разработчиков ПО" (own sector)
    if count and obj and obj != v.object:
        return _make(text, m.start("n"), m.end("rest"), count, obj, v.sector, v.total), False
    return None


def _after_predicate(morph, text: str, v) -> bool:
    """The anchor ends "<verb> [около] <number> <noun>": its sector and predicate come
    before it ("биотехнологиями занимаются 34 компании")."""
    tokens = tokenize(morph, text, v.start, v.stop)
    if len(tokens) < 3 or not forms(tokens[-1]) or object_lemma(tokens[-1]) != v.object:
        return False
    k = len(tokens) - 2
    if not _is_number(tokens[k]):
        return False
    while k >= 0 and _is_number(tokens[k]):
        k -= 1
    while k >= 0 and tokens[k].value.lower() in _QUAL_WORDS:
        k -= 1
    return k >= 0 and "VERB" in _pos(tokens[k])


def _tail_end(morph, text: str, v) -> Optional[int]:
    """"восемь заводов по розливу| минеральной воды, ещё два …": the comma closing the
    anchor's phrase when the rest of it has only nouns, adjectives and prepositions."""
    comma = text.find(",", v.stop, v.stop + 80)
    if comma <= v.stop:
        return None
    words = tokenize(morph, text, v.stop, comma)
    if not words or not all(_pos(t) & (_PHRASE | {"PREP", "CONJ"}) and not _pos(t) & _PREDICATE
                            and not _is_number(t) for t in words):
        return None
    return comma


_PLACE = re.compile(r"\s+(?P<p>из|в|во|на|с|со)\s+[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*)?")


def _placed_dash(morph, text: str, v, at: int, prep: str):
    """"пять стартапов из Иннополиса и три — из Сколково" (w151): after the anchor's place,
    a gapped count with only a place of the same preposition keeps the anchor's noun and
    sector (the place is no sector)."""
    m = _DASHED.match(text, at)
    if m is None or m.group("other"):
        return None
    count = _number(morph, text, *m.span("n"))
    rest = tokenize(morph, text, *m.span("rest"))
    if count and len(rest) <= 3 and _place_or_stage(rest) and rest[0].value.lower() == prep:
        return _make(text, m.start("n"), m.end("rest"), count, v.object, v.sector,
                     v.total), False
    return None


def _sibling(morph, text: str, v) -> Optional[tuple]:
    """(the sibling, whether it replaces another reading at its number) after ``v``."""
    place = _PLACE.match(text, v.stop)
    if place is not None:
        found = _placed_dash(morph, text, v, place.end(), place.group("p").lower())
        if found is not None:
            return found
    for at in (v.stop, _tail_end(morph, text, v)):
        if at is None:
            continue
        for reader in (_dashed, _verb_dash, _still_verb) + ((_coordinated,) if at == v.stop
                                                            else ()):
            found = reader(morph, text, v, at)
            if found is not None:
                return found
    return None


def gap_siblings(morph, text: str, values: list) -> list:
    """``values`` with the siblings the module's docstring describes."""
    out = list(values)
    for v in sorted(values, key=lambda v: v.start):
        chain = v
        for _ in range(6):  # "41 — химическую промышленность, ещё 23 — пищевую"
            found = _sibling(morph, text, chain)
            if found is None:
                break
            item, strong = found
            there = [k for k, w in enumerate(out) if w.start <= item.start < w.stop
                     or item.start <= w.start < item.stop]
            if there:
                if not strong:
                    chain = out[there[0]]
                    continue
                out = [w for k, w in enumerate(out) if k not in there]
            if not item.sector:
                break  # a stage read as a sector: dropped, no count
            out.append(item)
            chain = item
    return out


__all__ = ["gap_siblings"]
