"""Normal forms of sector phrases: "в сфере микроэлектроники и высоких технологий" ->
"микроэлектроника и высокие технологии".

A sector phrase is a list of noun phrases joined by cues of kind ``list``
(``sector_cues.tsv``: ",", "и", "в том числе", ...). Each item that stands in the case
the marker governs is a head of its own, put in its normal form by
:func:`rufacts.grammars.sector_phrase.normalize_phrase` ("высоких технологий" -> "высокие
технологии"). An item in another case is a dependent coordinated inside the previous item and is
kept as written ("производством силовой электроники и источников питания").
"""
from __future__ import annotations

from typing import Optional, Sequence

from yargy.token import Token, join_tokens

from .morph import Morph
from .sector_phrase import _ADJ, _JOINERS, _is_modifier, normalize_phrase
from .sector_term_forms import term_forms
from .sector_words import adjective_sector, forms, in_case, is_phrase_start, lemmas, lexicon

_NOMINAL_POS = frozenset({"NOUN"})


def split_list(tokens: Sequence[Token]) -> list[tuple[str, list[Token], list[Token]]]:
    """(separator, separator tokens, item tokens) triples; the first separator is ''.
    Separators are normalized: "и"/"или" stay, "а также" is "и", the rest (",", "в том
    числе", "включая") are ","."""
    cues = lexicon().cues.get("list", ())
    items: list[tuple[str, list[Token], list[Token]]] = [("", [], [])]
    i = 0
    while i < len(tokens):
        found = _cue_at(tokens, i, cues) if items[-1][2] else None
        if found is None:
            items[-1][2].append(tokens[i])
            i += 1
            continue
        stop, words = found
        key = tuple(w for w in words if w != ",")
        sep = {("и",): " и ", ("или",): " или ", ("а", "также"): " и "}.get(key, ", ")
        items.append((sep, list(tokens[i:stop]), []))
        i = stop
    return [item for item in items if item[2]]


def _cue_at(tokens: Sequence[Token], i: int, cues) -> Optional[tuple[int, tuple[str, ...]]]:
    """(index after, words) of the longest list cue at ``i`` (after an optional comma)."""
    best = None
    starts = [i]
    if tokens[i].value == "," and i + 1 < len(tokens):
        starts.append(i + 1)
    for start in starts:
        for cue in cues:
            j, k = start, 0
            while k < len(cue) and j < len(tokens):
                value = tokens[j].value.lower()
                if value == "." and k > 0:
                    j += 1
                    continue
                if value != cue[k]:
                    break
                j, k = j + 1, k + 1
            if k == len(cue) and j < len(tokens) and (best is None or j > best[0]):
                words = tuple(t.value.lower() for t in tokens[i:j] if t.value != ".")
                best = (j, words)
    return best


def _all_modifiers(morph: Morph, tokens: Sequence[Token], following: str,
                   case: Optional[str]) -> bool:
    words = [t.value for t in tokens if t.value.lower() not in _JOINERS] + [following]
    return all(_is_modifier(morph, a, b, case, coordinated=True)
               for a, b in zip(words, words[1:]))


def _adjective_name(morph: Morph, word: str) -> Optional[str]:
    """The sector of an adjective form, or of the first part of a compound adjective
    ("туристско" of "туристско-рекреационного" -> "туристский")."""
    for parse in morph.parse(word):
        if parse.tag.POS in ("ADJF", "PRTF") and adjective_sector(parse.normal_form):
            return adjective_sector(parse.normal_form)
    if word.endswith("о") and len(word) > 4:
        return next((adjective_sector(word[:-1] + end) for end in ("ий", "ый")
                     if adjective_sector(word[:-1] + end)), None)
    return None


def _profile_name(morph: Morph, group: Sequence[Token], case: Optional[str]) -> Optional[str]:
    """"металлургического и металлообрабатывающего профиля" -> "металлургия и
    металлообработка", "нефтесервисного сегмента" -> "нефтесервис": adjectives before a
    profile noun (``profile`` cues; "сегмент" in the genitive after a counted noun, not
    "работают в гостиничном сегменте") stand for their sectors; None unless every
    adjective has one (``sector_adjectives.tsv``)."""
    heads = lexicon().first_words("profile") | (
        {"сегмент"} if case == "gent" else set())
    if len(group) < 2 or not lemmas(group[-1], frozenset({"NOUN"})) & heads:
        return None
    names: list[str] = []
    for token in group[:-1]:
        if token.value.lower() in ("и", ","):
            continue
        for part in token.value.lower().split("-"):
            name = _adjective_name(morph, part)
            if not name:
                return None
            if name not in names:
                names.append(name)
    return join_sectors(names) or None


def join_sectors(names: Sequence[str]) -> str:
    """Sector names of one count joined: "<adj> <head>" names with one head share it
    ("текстильных и швейных предприятий" -> "текстильная и швейная промышленность", as
    the text says "текстильной и швейной промышленности"), the others with "и"."""
    words = [n.split() for n in names]
    if len(words) > 1 and all(len(w) == 2 for w in words) and len({w[1] for w in words}) == 1:
        return " и ".join(w[0] for w in words) + " " + words[0][1]
    return " и ".join(names)


_SOURCE_PREPS = frozenset({"из", "от", "с", "для", "по", "в", "на"})


def _without_source(group: list[Token]) -> list[Token]:
    """A phrase's tail that names no industry, dropped: a preposition with adjectives only
    (its noun was a place the phrase stops before: "мёд из Алтайского [края]"), or "из"
    + a field noun closing the phrase ("вывоз мусора из частного сектора": where from,
    not what)."""
    for k in range(len(group) - 1, 0, -1):
        if group[k].value.lower() not in _SOURCE_PREPS:
            continue
        tail = group[k + 1:]
        if not tail or any(lemmas(t, frozenset({"NOUN"})) and not lemmas(t, frozenset(_ADJ))
                           for t in tail[:-1]):
            return group
        last = tail[-1]
        noun = bool(lemmas(last, frozenset({"NOUN"})))
        if not noun and all(lemmas(t, frozenset(_ADJ)) for t in tail):
            return group[:k]
        if noun and group[k].value.lower() == "из" and lemmas(last, frozenset({"NOUN"})) \
                & lexicon().fields and all(lemmas(t, frozenset(_ADJ)) for t in tail[:-1]):
            return group[:k]
        return group
    return group


def _dependent_case(last: Optional[Token], first: Token) -> bool:
    """``first`` stands in an oblique case (not the nominative or genitive) that ``last``,
    a noun closing the item before, is written in: a dependent coordinated inside that
    item ("энергией, газом и паром" after "обеспечение")."""
    if last is None:
        return False
    cases = {c for f in forms(last) if f.grams.values & _NOMINAL_POS
             for c in ("datv", "ablt", "loct") if c in f.grams.values}
    return any(in_case(first, c) for c in cases)


def _genitive_goes_on(before: Optional[Token], group: Sequence[Token], case: str) -> bool:
    """"по ремонту одежды и обуви": the item before ends in a genitive that cannot be in the
    phrase's case, and the item is a genitive noun or noun phrase (up to a preposition) of
    its number; read as coordinated with that genitive, not with the head ("обуви" is also
    a dative)."""
    if before is None or not in_case(before, "gent") or in_case(before, case):
        return False
    numbers = {n for f in forms(before) if "gent" in f.grams.values
               for n in ("sing", "plur") if n in f.grams.values}
    words = []
    for token in group:
        if token.value.lower() in _SOURCE_PREPS | {"к"}:
            break
        words.append(token)
    if words and lemmas(words[-1], frozenset({"NOUN"})) & lexicon().heads:
        return False  # "в добыче угля и металлургии": an industry of its own, an item
    return bool(words) and all(any("gent" in f.grams.values and numbers & f.grams.values
                                   for f in forms(t)) for t in words)


def _plural_genitives(before: Optional[Token], group: Sequence[Token],
                      case: Optional[str] = None) -> bool:
    """"в производстве промышленных роботов и комплектующих": plural genitives (up to a
    preposition) after a plural genitive dependent are coordinated with it, inside the item
    before ("… стройматериалов и смежных отраслях" is an item of its own)."""
    def plural_genitive(token: Token) -> bool:
        return any({"gent", "plur"} <= f.grams.values for f in forms(token))
    words = []
    for token in group:
        if token.value.lower() in _SOURCE_PREPS | {"к"}:
            break
        words.append(token)
    if before is None or not plural_genitive(before) or in_case(before, "loct"):
        return False
    if case not in (None, "gent") and in_case(before, case):
        return False  # "разводят овец и коз": an animate accusative, the head, not a dependent
    return bool(words) and all(plural_genitive(t) for t in words)


def sector_name(morph: Morph, tokens: Sequence[Token], case: Optional[str]) -> str:
    """The normal form of a sector phrase given as tokens in ``case``."""
    parts: list[str] = []
    items = split_list(tokens)
    merged: list[tuple[str, list[Token], list[Token]]] = []
    for sep, sep_tokens, group in items:
        if merged and _all_modifiers(morph, merged[-1][2], group[0].value, case):
            # "пищевой и перерабатывающей промышленности": adjectives sharing one head
            last = merged[-1]
            merged[-1] = (last[0], last[1], last[2] + sep_tokens + group)
        else:
            merged.append((sep, sep_tokens, group))
    vague = lexicon().first_words("vague")
    last = None  # the last word of the item before
    genitives = False  # the item before was a genitive glued inside its item
    for sep, sep_tokens, group in merged:
        group = _without_source(group)
        while len(group) > 1 and lemmas(group[0], frozenset(_ADJ)) & vague:
            group = group[1:]  # "другие туристические услуги"
        first = group[0]
        if parts and case and (not in_case(first, case) and (
                case != "gent" and in_case(first, "gent") or _dependent_case(last, first))
                or case != "gent" and in_case(first, "gent") and (
                    _plural_genitives(last, group, case) or genitives
                    or _genitive_goes_on(last, group, case))):
            # "выпуску шин, автокомпонентов и автохимии": a genitive list goes on (w94)
            genitives = case != "gent" and in_case(first, "gent")
            # a genitive coordinated inside the previous item ("в производстве промышленных
            # роботов и комплектующих"), or a word in the case of the previous item's last
            # word ("обеспечение электрической энергией, газом и паром"): kept as written
            glue = "" if sep_tokens[0].value == "," else " "
            parts[-1] += glue + join_tokens(sep_tokens + group)
            last = group[-1]
            continue
        genitives = False
        last = group[-1]
        if len(group) > 1 and lexicon().fields & lemmas(first, frozenset({"NOUN"})) \
                and is_phrase_start("gent")(group[1]):
            # "сферы услуг", "в сфере X" read as a head: the sector is what follows
            parts.append(sep + sector_name(morph, group[1:], "gent"))
            continue
        profile = _profile_name(morph, group, case)
        if profile:
            parts.append(sep + profile)
            continue
        own_case = case if case is None or in_case(first, case) else (
            "gent" if in_case(first, "gent") else None)  # "40 — машиностроения"
        parts.append(sep + normalize_phrase(morph, [t.value for t in group], own_case))
    return term_forms(morph, "".join(parts))  # "подвижной состав" (w108)


__all__ = ["join_sectors", "normalize_phrase", "sector_name", "split_list"]
