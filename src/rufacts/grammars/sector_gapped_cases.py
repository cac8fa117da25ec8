"""Gapped clauses read in the case of the first clause's sector phrase (w126, the family
"sector counts in elliptic clauses"; docs/gold-conventions.md, ``object``: a count without a
noun of its own takes the counted noun of the clause before).

After a count whose sector is the verb's complement ("литьём занимаются девять заводов",
"плитку выпускают 14 фабрик"), the next clauses may leave the verb out and keep only a new
complement, a dash and a number: "..., ковкой — пять, а сваркой — ещё три". The tree reads
most of them (:func:`.sector_predicate_cases.gaps_rehung`, ``_elided_item``), but a parse
that hangs the number on the next clause's noun gives it the wrong sector, and some shapes
are read by no rule. Here the words themselves decide, clause by clause (cut at commas,
semicolons, "а", "и"), each clause being ``<phrase> — [qualifier] <number> [<counted noun>]``:

* the phrase is in the written case of the first sector phrase (instrumental or
  accusative): it is the sector ("..., химией — четыре");
* the phrase is adjectives only in that case: they replace the adjectives of the first
  phrase before its head noun ("столярным ремеслом ..., гончарным — три" -> гончарное
  ремесло);
* the phrase is a genitive and the first phrase is a head noun with a genitive complement:
  the head takes the new complement ("добычей нефти ..., газа — 12" -> добыча газа).

The sector must have ОКВЭД codes; the count's own counted noun wins, else the first count's.
A reading of the same number by another rule with another sector is replaced.
"""
from __future__ import annotations

from typing import Optional, Sequence

from .okved import okved_codes
from .sector_context import count_value, object_lemma, written_lemma
from .sector_coord_gaps import number_end
from .sector_normal import sector_name
from .sector_number_tokens import is_scale, is_scale_word
from .sector_number_tokens import is_count_number as _is_number
from .sector_qualifier import qualifier_words
from .sector_scan import sentences
from .sector_words import forms, in_case, is_dash, is_preposition
from .sector_words import first_grams, lexicon, tokenize

_CASES = ("ablt", "accs")
_ADJ = frozenset({"ADJF", "PRTF"})
_CUTS = frozenset({",", ";"})
_VERBAL = frozenset({"VERB", "PRTF", "PRTS", "INFN", "GRND"})
_DROPPED = frozenset({".", "!", "?", "«", "»", '"', "“", "”", "„"})
_LEADS = frozenset({"а", "и", "но"})


def _adjective(token) -> bool:
    return bool(forms(token)) and bool(forms(token)[0].grams.values & _ADJ)


def _written(morph, tokens: Sequence, sector: str) -> Optional[tuple[int, int, str]]:
    """(first, end, case) of the run of ``tokens`` whose name in the instrumental or the
    accusative is ``sector``: the first clause's sector phrase as written."""
    sector = sector.lower()
    for first in range(len(tokens)):
        if _is_number(tokens[first]) or not forms(tokens[first]) \
                or not sector.replace("ё", "е").startswith(
                    tokens[first].value.lower().replace("ё", "е")[:2]):
            continue  # the phrase starts with the sector's first word
        for end in range(first + 1, min(first + 6, len(tokens)) + 1):
            for case in _CASES:
                if in_case(tokens[first], case) and (sector_name(
                        morph, tokens[first:end], case) or "").lower() == sector:
                    return first, end, case
    return None


def _clauses(tokens: Sequence) -> list[list]:
    """``tokens`` cut at commas and semicolons, a leading "а"/"и" dropped."""
    out: list[list] = [[]]
    for token in tokens:
        if token.value in _CUTS:
            out.append([])
        else:
            out[-1].append(token)
    return [c[1:] if c and c[0].value.lower() in _LEADS else c for c in out if c]


def _sector(morph, phrase: Sequence, first: Sequence, case: str) -> Optional[str]:
    """The sector ``phrase`` names after the first clause's phrase ``first`` (in ``case``)."""
    if is_preposition(phrase[0]) or any(_is_number(t) or first_grams(t) & _VERBAL
                                        for t in phrase):
        return None  # "в 2020 году — восемь", "в соседнем районе — 12", "— добывающих
        # золото" (a participle's clause, read by the rules of clauses): no sector
    if all(_adjective(t) and in_case(t, case, _ADJ) for t in phrase):
        k = 0
        while k < len(first) and _adjective(first[k]):
            k += 1
        if k == len(first):
            return None
        return sector_name(morph, list(phrase) + list(first[k:]), case)
    noun = next((t for t in phrase if not _adjective(t)), phrase[0])
    if in_case(phrase[0], case) and in_case(noun, case) and (
            case != "ablt" or not in_case(phrase[0], "nomn")):  # not "— занятые X-ом"
        return sector_name(morph, phrase, case)
    if len(first) >= 2 and not _adjective(first[0]) and in_case(first[1], "gent") \
            and in_case(phrase[-1], "gent") and not in_case(phrase[-1], case):
        head = (sector_name(morph, first[:1], case) or "").lower()
        words = " ".join(t.value for t in phrase)
        return f"{head} {words}" if head else None
    return None


def _skip_qualifiers(clause: Sequence, j: int) -> int:
    while j < len(clause) and clause[j].value.lower() in qualifier_words():
        j += 1
    return j


def _item(morph, clause: Sequence, first: Sequence, case: str, anchor):
    """The count of one gapped clause, or None (module docstring): "<phrase> — N [noun]"
    or, the other way round, "[ещё] N — <phrase>"."""
    from .sectors import SectorValue

    clause = [t for t in clause if t.value not in _DROPPED]
    dash = next((k for k, t in enumerate(clause) if is_dash(t)), None)
    if dash is None or dash + 1 >= len(clause):
        return None
    j = _skip_qualifiers(clause, 0)  # "ещё около 90 — семена"
    end = number_end(clause, j, nouns=True)
    if 0 < end == dash and len(clause) - dash <= 7:
        phrase, rest = clause[dash + 1:], []
    elif 0 < dash <= 5:
        phrase = clause[:dash]
        j = _skip_qualifiers(clause, dash + 1)
        end = number_end(clause, j, nouns=True)
        if end == j:
            return None
        rest = clause[end:]
    else:
        return None
    own = object_lemma(rest[0]) if rest and forms(rest[0]) else None
    if rest and (own is None or len(rest) > 1):
        return None  # "— 40 млн рублей", "— 12 компаний из Крыма"
    value = count_value(morph, clause[j:end])
    name = _sector(morph, phrase, first, case)
    if value is None or value < 1 or not name or not okved_codes(morph, name):
        return None
    obj = (written_lemma(rest[0]) or own) if own else anchor.object
    a, b = clause[0].span.start, clause[-1].span.stop
    return SectorValue(a, b, "", value, obj, name, None, via="gapped"), clause[j].span.start


def _verb_item(morph, clause: Sequence, anchor):
    """"а бройлеров выращивают две", "а фарфор делают лишь три": a clause of its own verb
    (a ``verb`` marker of ``sector_markers.tsv``) and sector phrase, the counted noun left
    out after the number that ends it; the noun is the count's before."""
    from .sectors import SectorValue

    clause = [t for t in clause if t.value not in _DROPPED]
    end = len(clause)
    j = end
    while j > 0 and (_is_number(clause[j - 1]) or is_scale_word(clause[j - 1])
                     or j < end and is_scale(clause[j - 1])):
        j -= 1
    if j == end or j < 2:
        return None
    v = j
    while v > 0 and clause[v - 1].value.lower() in qualifier_words():
        v -= 1
    verb, phrase = clause[v - 1], clause[:v - 1]
    if not phrase or len(phrase) > 6 or any(_is_number(t) or is_dash(t) for t in phrase) \
            or not forms(verb) or "VERB" not in first_grams(verb):
        return None
    lemma = forms(verb)[0].normalized
    name = None
    for marker in lexicon().markers:
        if marker.kind != "verb" or lemma not in marker.lemmas:
            continue
        words = phrase
        if marker.prepositions:
            if words[0].value.lower() not in marker.prepositions or len(words) < 2:
                continue
            words = words[1:]
        elif is_preposition(words[0]):
            continue
        if in_case(words[0], marker.case) and (marker.case != "ablt"
                                               or not in_case(words[0], "nomn")):
            name = sector_name(morph, words, marker.case)
            break
    value = count_value(morph, clause[j:end])
    if value is None or value < 1 or not name or not okved_codes(morph, name):
        return None
    a, b = clause[0].span.start, clause[-1].span.stop
    return SectorValue(a, b, "", value, anchor.object, name, None, via="gapped"), \
        clause[j].span.start


def gapped_cases(morph, text: str, values: list) -> list:
    """``values`` with the gapped clauses after each count read as the module's docstring
    says: new counts added, other readings of their numbers replaced."""
    from dataclasses import replace

    if not values:
        return values
    out = list(values)
    for start, stop in sentences(text):
        inside = sorted((v for v in out if start <= v.start < stop and v.total is None
                         and v.via != "gapped"), key=lambda v: v.start)
        for anchor in inside:
            own = tokenize(morph, text, anchor.start, anchor.stop)
            rest = _clauses(tokenize(morph, text, anchor.stop, stop))
            if not rest or any(is_dash(t) for t in own):
                continue
            found = _written(morph, own, anchor.sector)
            if found is None:  # "энергосбытовую деятельность ведут 7 компаний": the
                own = tokenize(morph, text, start, anchor.stop)  # count's span may
                found = _written(morph, own, anchor.sector)  # leave the adjectives out
            first = own[found[0]:found[1]] if found else None
            for clause in rest:
                item = (_item(morph, clause, first, found[2], anchor) if found else None) \
                    or _verb_item(morph, clause, anchor)
                if item is None:
                    break
                value, at = item
                value = replace(value, text=text[value.start:value.stop])
                same = [v for v in out if v.start <= at < v.stop and v.count == value.count]
                if any((v.object, v.sector) == (value.object, value.sector) for v in same):
                    continue
                out = [v for v in out if v not in same] + [value]
    return out


__all__ = ["gapped_cases"]
