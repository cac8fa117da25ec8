"""From yargy matches of the sector grammar to counts with their object, sector and whole.

:func:`candidate` reads one match: the tokens under each ``Sector`` attribute of its
parse tree give the count, the counted noun, the sector phrase (normalized by
:mod:`.sector_normal`) and an inner whole ("11 из 20 компаний").

:func:`resolve` works over the candidates of one sentence in order, carrying context
across its clauses: a whole ("Из 10 компаний", "40 компаний, в том числе", "18
компаний:", "Всего ... 25 резидентов", or the previous sentence's last count for "Из
них") gives its count as
``total`` to the parts after it; a count without a noun takes the object of its whole,
else of the sibling before it, else of the sibling after it ("5 фармацевтических и 3
строительные компании"). An elided marker ("— на производстве") needs a sibling before it.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Optional, Sequence

from yargy.interpretation.interpretator import AttributeInterpretator
from yargy.tree.constructors import Leaf

from ..lexicons import load_rows

from .morph import Morph
from .numbers import parse_digits, parse_number_words
from .sector_context_trims import from_field, range_end_words, without_measure
from .numbers import number_value
from .sector_carrier_modes import carrier_sector
from .sector_extent import bounded
from .sector_normal import join_sectors, sector_name
from .sector_nouns import unbound_at
from .sector_number_tokens import is_scale, scale_words
from .sector_numbers import scale_first, without_above
from .sector_tech import prefix_sector
from .sector_tree_nodes import qualifier_words
from .sector_words import INT, adjective_sector, compound_prefix, forms, in_case, lexicon

CASES = ("gent", "datv", "accs", "ablt", "loct")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One parse: token indices ``first``..``last`` (inclusive) of its sentence."""

    first: int
    last: int
    count: Optional[int]
    total: Optional[int]
    object: Optional[str]
    sector: Optional[str]
    elided: bool = False
    part: bool = False
    adjectival: bool = False  # "12 фармацевтических": no noun after the adjective
    written: Optional[str] = None  # a fused counted noun as written: "сельхозпредприятие"


def _roles(match) -> dict[str, list]:
    """Attribute name -> the tokens it covers (first occurrence) in the parse tree."""
    roles: dict[str, list] = {}

    def leaves(node) -> list:
        if isinstance(node, Leaf):
            return [node.token]
        return [t for child in node.children for t in leaves(child)]

    stack = [match.tree.root]
    while stack:
        node = stack.pop()
        if isinstance(node, Leaf):
            continue
        interpretator = node.interpretator
        if isinstance(interpretator, AttributeInterpretator):
            roles.setdefault(interpretator.attribute.name, leaves(node))
        stack.extend(node.children)
    return roles


@lru_cache(maxsize=1)
def _collectives() -> dict:
    """Collective numerals: "трое" -> 3 (``collective_numerals.tsv``); whole-number words:
    "полсотни" -> 50 (the ``number`` rows of ``scales.tsv``)."""
    return {row[0]: Decimal(row[1]) for row in load_rows("collective_numerals.tsv")} | {
        row[0]: Decimal(row[1]) for row in load_rows("scales.tsv") if row[2:3] == ("number",)}


@lru_cache(maxsize=1)
def number_words() -> frozenset[str]:
    """Words that are a number by themselves ("трое", "полусотни"), as :func:`count_value`
    reads them."""
    return frozenset(_collectives())


def count_value(morph: Morph, tokens: Sequence) -> Optional[int]:
    """'12' -> 12, '2 тыс.' -> 2000, 'двадцать три' -> 23, '3-х' -> 3."""
    words = [t.value for t in tokens if t.value != "."]
    if not words:
        return None
    if tokens[0].type == INT or parse_digits(words[0]) is not None:  # "1 390": one token
        low, _, high = words[0].partition("-")  # "3-х" 3; a range "30-35": the number
        value = parse_digits(high if high.isdigit() else low)  # next to the noun, 35
        for word, token in zip(words[1:], tokens[1:]):
            if is_scale(token):
                scale = lexicon().scales.get(word.lower())
                value = value * (scale or parse_number_words(morph, [word]) or 1)
    else:
        if len(words) > 1 and words[0].lower() in qualifier_words():
            words = words[1:]  # "около сотни": the qualifier is kept apart
        words = range_end_words(morph, words)  # "пять-шесть" 6 (w200)
        words, extra = without_above(words)  # "две с лишним тысячи"
        words = scale_first(morph, words)  # "десятка два" 20
        scale = next((v for p in morph.parse(words[-1]) if p.tag.POS == "NOUN"
                      for v in [scale_words().get(p.normal_form)] if v), None)
        if scale:  # "два десятка" 20, "полтора десятка" 15, "десяток" 10
            base = parse_number_words(morph, words[:-1]) if len(words) > 1 else Decimal(1)
            base = base + extra if base is not None else None
            value = base * scale if base is not None else None
        else:  # "две с половиной тысячи": "тысячи" is a number word, not a scale noun
            value = parse_number_words(morph, words[:-1]) if extra and len(words) > 1 else None
            value = (value + extra) * parse_number_words(morph, words[-1:]) \
                if value is not None and parse_number_words(morph, words[-1:]) else \
                parse_number_words(morph, words)
        if value is None and len(words) == 1:
            value = number_value(morph, words[0])
        if value is None and len(words) == 1:
            value = _collectives().get(words[0].lower())  # "Трое из пяти"
    if value is None or value != value.to_integral_value() or value < 1:
        return None
    return int(value)


def object_lemma(token) -> Optional[str]:
    """'компаний-резидентов' -> компания, 'IT-компаний' -> компания."""
    objects = lexicon().objects
    for form in token.forms:
        if "NOUN" in form.grams.values and form.normalized in objects:
            return form.normalized
    return None


def written_lemma(token) -> Optional[str]:
    """'фармзаводов' -> фармзавод: a fused compound's own lemma (its object is завод)."""
    return next((f.raw.normal_form for f in forms(token) if "NOUN" in f.grams.values
                 and f.raw is not None and f.raw.normal_form != f.normalized
                 and f.normalized in lexicon().objects and "-" not in f.raw.normal_form),
                None)


def adjective_sectors(tokens: Sequence, obj: Optional[str] = None) -> list[str]:
    """Sector names of sector adjectives and compound prefixes among ``tokens``; an
    adjective that only tells the kind of ``obj`` ("инвестиционных проектах": third
    column of ``sector_adjectives.tsv``) names none."""
    table, kinds = lexicon().adjectives, lexicon().kinds
    obj = obj or next((o for t in tokens if getattr(t, "forms", None)
                       for o in [object_lemma(t)] if o), None)
    names: list[str] = []
    for token in tokens:
        prefix = compound_prefix(token)
        name = (prefix_sector(token.value.split("-", 1)[0], table, obj, kinds)
                if "-" in token.value else table.get(prefix)) if prefix else next(
            (found for f in getattr(token, "forms", ()) if f.grams.values & {"ADJF", "PRTF"}
             for found in [adjective_sector(f.normalized) or _participle_sector(f)
                           or carrier_sector(f.normalized, obj)]
             if found and obj not in kinds.get(f.normalized, ())), None)
        if name and name not in names:
            names.append(name)
    # "нестационарных торговых объектов": торговля is the last word of нестационарная
    # торговля, the narrower name of the same trade (w150)
    return [n for n in names if not any(m != n and m.endswith(" " + n) for m in names)]


def _participle_sector(form) -> Optional[str]:
    """The row of a participle's own nominative ("генерирующих" -> "генерирующий"), whose
    lemma pymorphy3 gives as its verb's ("генерировать")."""
    if "PRTF" not in form.grams.values or getattr(form, "raw", None) is None:
        return None
    return _participle_row(form.raw.word, form.normalized)


@lru_cache(maxsize=4096)
def _participle_row(word: str, verb: str) -> Optional[str]:
    from .morph import get_morph

    for parse in get_morph().parse(word):
        if parse.tag.POS == "PRTF" and parse.normal_form == verb:
            own = parse.inflect({"nomn", "sing", "masc"})
            return adjective_sector(own.word) if own is not None else None
    return None


def _is_noun(token) -> bool:
    return any("NOUN" in f.grams.values for f in forms(token)[:1])


def _is_adjective(token) -> bool:
    return any(f.grams.values & {"ADJF", "PRTF"} for f in forms(token)[:1])


def _place_name(token) -> bool:
    """A place name in the genitive closing a phrase ("народных промыслов Вологодчины",
    "виноделия Кубани"): a capitalized geographic noun or a "-чина"/"-щина" region."""
    return token.value[:1].isupper() and not token.value.isupper() and any(
        {"NOUN", "gent"} <= f.grams.values and ("Geox" in f.grams.values or f.normalized.endswith(
            ("чина", "щина"))) for f in forms(token))


def _without_place(tokens: Sequence) -> Sequence:
    """The phrase without what closes it after its noun but names no sector: a place
    ("химической отрасли области", "лёгкой промышленности Ивановской области", the
    adjective left of "Краснодарского края", whose noun is a stopword; ``place`` cues of
    ``sector_cues.tsv``) or an owner among the counted nouns ("продукции местных
    производителей"). A phrase that is only a place ("заводов области") is empty."""
    places = lexicon().first_words("place")
    objects = lexicon().objects - lexicon().heads  # "производства" may be a sector
    tokens = list(tokens)
    end = len(tokens)
    closing = {f.normalized for f in forms(tokens[-1])} & (places | objects) if end else set()
    words = [t.value.lower() for t in tokens]
    if closing and all(unbound_at(words, end - 1, lemma) for lemma in closing):
        closing = set()  # "управления многоквартирными домами": a thing managed, no owner
    if end and (closing and _is_noun(tokens[-1]) or end > 1 and _place_name(tokens[-1])):
        end -= 1
    cut = end
    while cut > 0 and _is_adjective(tokens[cut - 1]):
        cut -= 1
    if cut == 0 and end < len(tokens):
        return []  # only a place: "пять заводов области"
    if cut < end or end < len(tokens):
        if cut > 0 and _is_noun(tokens[cut - 1]):
            return tokens[:cut]
    return tokens


def _field_sector(morph: Morph, tokens: Sequence) -> Optional[str]:
    """The sector of "<adjective> <field noun>": the adjective's ("в банковской сфере",
    "в IT-сфере") after a field noun that only marks a field (``bare`` cues), else the
    phrase itself ("в агропромышленном секторе" -> агропромышленный сектор)."""
    bare = lexicon().first_words("bare")
    last = tokens[-1]
    if len(tokens) > 1 and not compound_prefix(last) and not (
            {f.normalized for f in forms(last)} & bare):
        return sector_name(morph, tokens, None) or None
    return join_sectors(adjective_sectors(tokens)) or None


def _phase_verb(tokens: Sequence) -> bool:
    """A verb of beginning, switching, modernizing or repairing among the match's words
    (``phase`` cues): what the firms do to their work, not their trade."""
    phase = lexicon().first_words("phase")
    return any(f.normalized in phase and ({"VERB"} & f.grams.values or "INFN" in f.grams.values)
               for t in tokens if t.type == "RU" for f in forms(t)[:1])


def candidate(morph: Morph, match, index: dict[int, int]) -> Optional[Candidate]:
    """The candidate of one match, or None if its count cannot be read."""
    roles = _roles(match)
    count = count_value(morph, roles["count"]) if "count" in roles else None
    total = count_value(morph, roles["total"]) if "total" in roles else None
    if count is None and total is None:
        return None
    obj = object_lemma(roles["object"][0]) if "object" in roles else None
    if "restated" in roles and object_lemma(roles["restated"][0]) != obj:
        return None  # "10 производств, это производства ...": the same noun again
    sector = alone = None
    for case in CASES:
        if "sector_" + case in roles:
            phrase = bounded(_without_place(without_measure(roles["sector_" + case])), case)
            if not any(_is_noun(t) or t.type != "RU" for t in phrase):
                # "80 из них — перерабатывающие": an adjective alone names no sector, unless
                # it is a sector adjective ("из них 210 — лесопильные" -> лесопиление; w139)
                alone = join_sectors(adjective_sectors(phrase, obj)) or None if case != "gent" \
                    and phrase and all(in_case(t, "nomn") for t in phrase) else None
                phrase = []
            head = next((t for t in phrase if _is_noun(t)), None)
            if head is not None and object_lemma(head) and object_lemma(head) not in \
                    lexicon().heads:
                phrase = []  # "строят заводы по производству кормов": a facility, not a sector
            if "elided" in roles and phrase and phrase[0].span.start == \
                    roles["elided"][0].span.stop + 1 and case != "gent" and all(
                        in_case(t, "gent") for t in phrase if t.type == "RU"):
                case = "gent"  # "и 12 — общественного питания" ("пищевой" is also ablt)
            sector = sector_name(morph, phrase, case) if phrase else alone
            break
    else:
        if "field" in roles:
            sector = _field_sector(morph, roles["field"])
        else:
            words = roles.get("adjectives", []) + roles.get("object", [])
            sector = join_sectors(adjective_sectors(words)) or None
    own = adjective_sectors(roles.get("adjectives", []) + roles.get("object", []))
    if own and sector and sector.lower() in lexicon().first_words("empty"):
        sector = join_sectors(own)  # "кондитерские фабрики выпускают продукцию"
    if own and any(t.value == "," for t in roles.get("link", ())) and (
            adjective_sectors(roles.get("adjectives", []), obj)
            or not written_lemma(roles["object"][0])):
        # "12 винодельческих предприятий, выпускающих вина": the counted noun's own
        # adjective names the sector; the clause after it says what they make. A fused
        # compound's prefix alone does not ("37 сельхозпредприятий, занятых молочным
        # скотоводством": the compound kept whole, the clause's sector; w139)
        sector = join_sectors(own)
    if own and sector and sector not in own and _phase_verb(match.tokens):
        sector = join_sectors(own)  # "7 комбикормовых заводов переходят на премиксы" (w149)
    written = written_lemma(roles["object"][0]) if "object" in roles else None
    if written and sector and sector not in own:
        obj = written  # the sentence names the industry: the compound kept whole
    if total is not None and count is not None and any(
            "PRTF" in f.grams.values or f.normalized == "который"
            for t in roles.get("link", ()) for f in forms(t)[:1]):
        # "одной из трёх компаний, работающих в сфере IT" ("..., которые работают"): the
        # participle or relative clause describes the whole, which is then the count
        count, total = total, None
    tokens = match.tokens
    return Candidate(
        first=index[tokens[0].span.start], last=index[tokens[-1].span.start],
        count=count, total=total, object=obj, sector=sector,
        elided="elided" in roles, part="part" in roles,
        adjectival="object" not in roles and "adjectives" in roles, written=written,
    )


def _cue_before(tokens: Sequence, first: int, kind: str) -> bool:
    """True if a cue of ``kind`` ends right before token ``first`` (a comma may follow it)."""
    words = [t.value.lower() for t in tokens[max(0, first - 6):first] if t.value != "."]
    while words and (words[-1] in (",", "-", "—", "–") or words[-1] in qualifier_words()):
        words.pop()  # "среди них около 900"
    return any(tuple(words[-len(cue):]) == cue for cue in lexicon().cues.get(kind, ()))


def _cue_near(tokens: Sequence, first: int, kind: str, reach: int = 5) -> bool:
    """True if a cue of ``kind`` is among the ``reach`` words before token ``first``, in
    the same clause: "Всего в парке 25 резидентов"."""
    words: list[str] = []
    for token in reversed(tokens[max(0, first - reach):first]):
        if token.value in (",", ";", ":", "—", "–"):
            break
        words.insert(0, token.value.lower())
    return any(tuple(words[i:i + len(cue)]) == cue for cue in lexicon().cues.get(kind, ())
               for i in range(len(words)))


def resolve(candidates: Sequence[Candidate], tokens: Sequence,
            previous: Sequence[Candidate]) -> list[Candidate]:
    """The sector counts of one sentence, with objects and totals filled in."""
    out: list[Candidate] = []
    whole: Optional[tuple[int, Optional[str]]] = None
    for i, item in enumerate(candidates):
        if item.count is None:  # "Из 10 компаний"
            whole = (item.total, item.written or item.object)
            continue
        cue = item.part or _cue_before(tokens, item.first, "part")
        if item.total is not None:
            whole = (item.total, item.written or item.object)
        elif cue:
            before = candidates[i - 1] if i > 0 else (previous[-1] if previous else None)
            if before is not None and (i > 0 or item.part or item.first <= 3):
                value = before.count if before.count is not None else before.total
                whole = (value, before.written or before.object)
        # "три компании: две — по производству X": the first item after a colon whole
        colon = cue and item.first > 0 and tokens[item.first - 1].value == ":"
        # an elided noun is the counted noun of the clause before, else the whole's
        obj = item.object or ((out[-1].written or out[-1].object) if out else None) or (
            whole[1] if whole else None)  # a fused noun said before is kept whole
        if obj is None:
            obj = next((c.object for c in candidates[i + 1:] if c.object and c.sector), None)
        if item.sector is None and _cue_near(tokens, item.first, "total"):
            whole = (item.count, obj)  # "Всего в парке 25 резидентов, 10 работают ..."
        if item.sector is None or obj is None or (item.elided and not out
                                                  and item.object is None and not (
                                                      (item.part or colon or (
                                                          cue and from_field(tokens, item)))
                                                      and whole)):
            continue  # "30 из них — в приборостроении": its own part cue names the whole,
            # as a cue right before an "из" sector does ("210 компаний, в том числе 58 — из
            # обрабатывающей промышленности"; w200)
        total = whole[0] if whole and whole[0] and whole[0] > item.count else None
        out.append(Candidate(item.first, item.last, item.count, total, obj, item.sector,
                             written=item.written))
    return out


__all__ = ["Candidate", "candidate", "count_value", "resolve"]
