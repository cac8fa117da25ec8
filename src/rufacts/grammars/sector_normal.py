"""Normal forms of sector phrases: "в сфере микроэлектроники и высоких технологий" ->
"микроэлектроника и высокие технологии".

A sector phrase is a list of noun phrases joined by cues of kind ``list``
(``sector_cues.tsv``: ",", "и", "в том числе", ...). Each item that stands in the case
the marker governs is a head of its own: its head noun and the adjectives before it go
to the nominative, keeping the head's number ("высоких технологий" -> "высокие
технологии"), and the words after the head (genitive dependents) stay as written
("производства медицинского оборудования" -> "производство медицинского оборудования").
An item in another case is a dependent coordinated inside the previous item and is
kept as written ("производством силовой электроники и источников питания"). Heads
marked ``plur`` in ``sector_heads.tsv`` take the plural where the form allows it
("биотехнологии"). Hyphenated words inflect in their last part ("IT-технологий" ->
"IT-технологии", "оборонно-промышленного" -> "оборонно-промышленный").
"""
from __future__ import annotations

from typing import Optional, Sequence

from yargy.token import Token, join_tokens

from .morph import Morph, inflect
from .morph import restore_case
from .sector_tech import tech_form
from .sector_term_forms import term_forms
from .sector_words import adjective_sector, forms, in_case, is_phrase_start, lemmas, lexicon
from .sector_unknown_plural import adjective_plural, unknown_plural

_ADJ = {"ADJF", "PRTF"}
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


def _nominal(morph: Morph, word: str, pos: set[str], case: Optional[str]):
    """Parses of the word's last hyphen part as ``pos`` (in ``case`` when possible)."""
    tail = word.rsplit("-", 1)[-1] if "-" in word else word
    parses = [p for p in morph.parse(tail) if p.tag.POS in pos]
    if case:
        parses = [p for p in parses if p.tag.case == case] or parses
    return tail, parses


def _inflected(word: str, tail: str, parse, grams: set[str]) -> str:
    new = inflect(parse, grams) or inflect(parse, {"nomn"})
    if new is None:
        return word
    return _compound_first(word[: len(word) - len(tail)], parse, grams) + \
        restore_case(tail, new)


def _compound_first(prefix: str, parse, grams: set[str]) -> str:
    """The part before a hyphenated noun's last part, inflected with it where it is a
    noun of the same case and number that cannot be read as a nominative ("льном-
    долгунцом" -> "лён-долгунец", "школ-интернатов" -> "школы-интернаты"); an invariant
    first part stays ("интернет-магазинов", "кафе-пекарен", "IT-компаний")."""
    first = prefix[:-1]
    if not prefix.endswith("-") or "-" in first or not first.isalpha():
        return prefix
    from .morph import get_morph

    parses = [p for p in get_morph().parse(first.lower()) if p.tag.POS == "NOUN"]
    if not parses or any(p.tag.case == "nomn" or "Fixd" in p.tag.grammemes for p in parses):
        return prefix
    same = next((p for p in parses if p.tag.case == parse.tag.case
                 and p.tag.number == parse.tag.number), None)
    new = inflect(same, {"nomn"} | (grams & {"sing", "plur"})) if same else None
    return restore_case(first, new) + "-" if new else prefix


def _abbreviation(word: str) -> bool:
    """An abbreviation written in capitals ("ИИ", "ОПК", "ЖКХ"), declined by no ending."""
    return len(word) > 1 and word.isalpha() and word.isupper()


def _agree(a, b) -> bool:
    return a.tag.case == b.tag.case and a.tag.number == b.tag.number and (
        a.tag.number == "plur" or a.tag.gender in (b.tag.gender, None) or b.tag.gender is None)


def _one_of_many(a, b) -> bool:
    """"химической и стекольной отраслей": a singular adjective of coordinated ones before
    a plural noun of its gender."""
    return a.tag.case == b.tag.case and a.tag.number == "sing" and b.tag.number == "plur" \
        and b.tag.POS == "NOUN" and a.tag.gender is not None and a.tag.gender == b.tag.gender


def _is_modifier(morph: Morph, word: str, following: str, case: Optional[str],
                 coordinated: bool = False) -> bool:
    """True if ``word`` is an adjective agreeing with the word after it."""
    adjectives = [p for p in _nominal(morph, word, _ADJ, case)[1]
                  if case is None or p.tag.case == case]
    if _abbreviation(following):  # "генеративного ИИ": the abbreviation takes any case
        return bool(adjectives)
    nominals = _nominal(morph, following, _ADJ | {"NOUN"}, case)[1]
    return any(_agree(a, n) or (coordinated and _one_of_many(a, n))
               for a in adjectives for n in nominals)


_JOINERS = {"и", "или", ","}


def _all_modifiers(morph: Morph, tokens: Sequence[Token], following: str,
                   case: Optional[str]) -> bool:
    words = [t.value for t in tokens if t.value.lower() not in _JOINERS] + [following]
    return all(_is_modifier(morph, a, b, case, coordinated=True)
               for a, b in zip(words, words[1:]))


def normalize_phrase(morph: Morph, words: Sequence[str], case: Optional[str]) -> str:
    """One noun phrase in its normal form (head and adjectives before it nominative);
    adjectives may be coordinated: "пищевой и перерабатывающей промышленности"."""
    words = list(words)
    if len(words) == 1 and tech_form(words[0]):  # "в агротехе" -> агротех
        return tech_form(words[0])
    head = 0
    coordinated = False
    while head < len(words) - 1:
        if words[head].lower() in _JOINERS and head > 0:
            head += 1
            coordinated = True
            continue
        following = next((w for w in words[head + 1:] if w.lower() not in _JOINERS), None)
        if following is None or not _is_modifier(morph, words[head], following, case,
                                                 coordinated):
            break
        head += 1
    tail, nouns = _nominal(morph, words[head], {"NOUN"}, case)
    if _abbreviation(words[head]) and not (nouns and "Fixd" in nouns[0].tag.grammemes):
        # "ИИ" is no form of "ия": kept as written (w94); "ПО" is pymorphy3's own
        return " ".join(_fixed_head(morph, words, head, case, "masc") if head and case not in (
            None, "nomn") else words)  # "генеративного ИИ": of ambiguous genders, masculine
    if nouns and "Fixd" in nouns[0].tag.grammemes and head and case not in (None, "nomn"):
        return " ".join(_fixed_head(morph, words, head, case))  # "промышленного ПО"
    if not nouns and len(words) == 1 and adjective_plural(morph, words[0], case):
        return adjective_plural(morph, words[0], case)  # "выращивают осетровых"
    if not nouns or "Fixd" in nouns[0].tag.grammemes:
        return " ".join(words)
    adjectives = [[] if w.lower() in _JOINERS else _nominal(morph, w, _ADJ, case)[1]
                  for w in words[:head]]
    numbers = {p.tag.number for p in nouns}
    for parses in adjectives:  # the adjectives tell "высоких технологий" is plural
        numbers = {p.tag.number for p in parses if p.tag.number in numbers} or numbers
    if len([w for w in words[:head] if w.lower() in _JOINERS]) and "plur" in numbers and \
            "sing" in numbers:
        numbers = {"sing"}  # "пищевой и перерабатывающей промышленности": one each
    # of equal readings, one whose lemma is a sector head ("промыслом": промысел, not промысл)
    parse = next((p for p in nouns if p.tag.number in numbers
                  and p.normal_form in lexicon().heads and p.score >= nouns[0].score),
                 None) or next(p for p in nouns if p.tag.number in numbers)
    number = parse.tag.number
    lemma = parse.normal_form
    if lemma in lexicon().plural_heads and morph_has_plural(morph, tail, case):
        number = "plur"
    elif coordinated and number == "plur" and any(adjectives) and all(
            any(_one_of_many(p, parse) for p in ps) for ps in adjectives if ps):
        number = "sing"  # "химической и стекольной отраслей": one industry each, so
        # "химическая и стекольная отрасль" (docs/gold-conventions.md)
    out = list(words)
    grams = {"nomn"} if "Pltm" in parse.tag.grammemes or number is None else {"nomn", number}
    out[head] = unknown_plural(morph, words[head], case) or \
        _inflected(words[head], tail, parse, grams)  # "пеллет" -> "пеллеты", not "пеллета"
    for index, parses in enumerate(adjectives):
        agreeing = [p for p in parses if p.tag.number == parse.tag.number
                    and (number == "plur" or p.tag.gender in (parse.tag.gender, None))]
        one_of_many = [p for p in parses if coordinated and _one_of_many(p, parse)]
        if agreeing or one_of_many:  # "химическая и стекольная отрасли"
            adj_tail = words[index].rsplit("-", 1)[-1]
            adj_grams = {"nomn", "plur"} if number == "plur" and agreeing else {"nomn"}
            out[index] = _inflected(words[index], adj_tail, (agreeing or one_of_many)[0],
                                    adj_grams)
    return " ".join(out)


def _fixed_head(morph: Morph, words: list[str], head: int, case: str,
                gender: Optional[str] = None) -> list[str]:
    """"промышленного ПО" -> "промышленное ПО": an indeclinable head noun; the adjectives
    before it in ``case`` go to the nominative in their own gender and number."""
    out = list(words)
    for index, word in enumerate(words[:head]):
        parses = [p for p in _nominal(morph, word, _ADJ, case)[1] if p.tag.case == case]
        parse = next((p for p in parses if p.tag.gender == gender), None) or next(
            iter(parses), None)
        if parse is not None:
            grams = {"nomn", parse.tag.number} | ({parse.tag.gender} if parse.tag.gender
                                                  else set())
            out[index] = _inflected(word, word.rsplit("-", 1)[-1], parse, grams)
    return out


def morph_has_plural(morph: Morph, word: str, case: Optional[str]) -> bool:
    """True if the word may be read as plural (in ``case``, or as a nominative)."""
    return any(p.tag.POS == "NOUN" and p.tag.number == "plur"
               and p.tag.case in (case, "nomn") for p in morph.parse(word))


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
