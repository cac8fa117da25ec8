"""A unit of an institution cut from the owner that the tagger or the rules glued to it: "[Отдел
лицензирования фармацевтической деятельности] [Министерства здравоохранения Омской области]",
"[Отделению клинических исследований] [городской больницы № 7]", "[детское отделение] [Ковылкинской
ЦРБ]", "[Кафедра зарубежной литературы] [МГЛУ]", "Бюджетный комитет" + "[Законодательного собрания
Оренбургской области]".

docs/gold-conventions.md names a unit by its type and field and ends a descriptive name at a second
body; the older gold writes the owner with a name of its own as an organization of its own
("кафедре режиссуры драмы" + "Театрального института имени Бориса Щукина", "кафедрой южнославянских
языков" + "МГИМО"), while a town's executive, a district, a see or an embassy stays in the unit's name
("отдел по взаимодействию с избирательными комиссиями мэрии Ярославля", "отдел опеки Кировского
района", "отдел социального служения Сарапульской епархии").

An ORG span: lower-case adjectives (none needed), a unit's noun of ``lexicons/org_lower_units.txt``
(lower case, or opening the sentence), its lower-case field ("лицензирования фармацевтической
деятельности"; none where an adjective leads: "детское отделение"), then the owner to the span's end:
a group whose head noun is one of ``lexicons/org_unit_split_owners.tsv`` (its adjectives before it,
a number after it: "городской больницы № 7") or an acronym ("ЯрГУ", "Ковылкинской ЦРБ"). The span is
cut before the owner, and the owner is a span of its own where none was. A committee is cut only from
a legislature ("Бюджетный комитет Законодательного собрания ..."; "Этический комитет ФИФА" is one
name), and not where a remit follows the legislature ("Комитет Государственной думы по обороне").
A unit's "по" remit is its field too ("отдел по работе с иностранными студентами" + "Томского аграрного
университета"); a common noun of an owner ends the span too ("подготовительный факультет" + "вуза",
"отдел развития виноградарства" + "краевого минсельхоза": ``lexicons/org_unit_common_owners.txt``). Read by :mod:`.span_passes` among the last passes.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from ..lexicons import load_list, load_rows

MAX_ADJECTIVES = 3
COMMITTEES = frozenset({"комитет", "комиссия"})
REMIT_WORDS = frozenset({"по", "с", "со"})  # a unit's "по" remit: "по работе с иностранными студентами"


@lru_cache(maxsize=1)
def _owners() -> dict[str, str]:
    """Owner noun lemma -> "*" (cut from the lower-case units) or "+" (from committees too)."""
    return {row[0].replace("ё", "е"): row[1] for row in load_rows("org_unit_split_owners.tsv") if len(row) > 1}


@lru_cache(maxsize=1)
def _units() -> frozenset[str]:
    return load_list("org_lower_units.txt")


def _lower_word(token: Token) -> bool:
    return token.is_lower and token.text.replace("-", "").isalpha()


def _acronym(token: Token) -> bool:
    return len(token.text) > 1 and token.text[:1].isupper() and sum(c.isupper() for c in token.text) > 1 \
        and token.text.replace("-", "").isalpha()  # "ЦРБ", "ЯрГУ", "МГЛУ"


def _owner_start(doc: Doc, span: Span, head: int, committee: bool) -> int | None:
    """Where the owner's group starts after the unit's head at ``head``, or None."""
    end = span.end
    p = head + 1
    remit = p < end and doc[p].lower_ == "по"  # "отдел по работе с иностранными студентами"
    while p < end and (_lower_word(doc[p]) and doc[p].pos_ in ("NOUN", "ADJ") or doc[p].lower_ == "и"
                       or remit and doc[p].lower_ in REMIT_WORDS):
        p += 1  # (no other preposition: "отдел поддержки инвестиций в АПК" is one name)
    if p >= end:
        return _common_owner_start(doc, span, head) if not committee else None
    if doc[p].text == "№":  # "городской больницы № 7": the lower-case owner before the number
        n = p - 1
        if n <= head or not (p + 2 == end and doc[p + 1].like_num) or _owners().get(folded_lemma(doc[n])) is None:
            return None
        g = n
        while g - 1 > head and doc[g - 1].pos_ == "ADJ" and _lower_word(doc[g - 1]):
            g -= 1
        return g if (g > head + 1 or head > span.start) and not committee else None  # a field or an adjective
    g = p
    n = p
    while n < end and doc[n].pos_ == "ADJ" and doc[n].text[:1].isupper() and n - g < MAX_ADJECTIVES:
        n += 1  # "Ковылкинской", "Законодательного", "Казанского федерального"
        while n < end and _lower_word(doc[n]) and doc[n].pos_ == "ADJ":
            n += 1
    if n >= end:
        return None
    owner = _owners().get(folded_lemma(doc[n]))
    if committee:  # (a remit after the legislature is the committee's: "Комитет Государственной думы по обороне")
        return g if owner == "+" and doc[n].pos_ in ("NOUN", "PROPN") \
            and not any(t.lower_ == "по" for t in doc[n + 1:end]) else None
    if owner is not None and doc[n].pos_ in ("NOUN", "PROPN") or _acronym(doc[n]) and n == end - 1:
        return g if g > head + 1 or head > span.start else None  # a field or an adjective: no "отдел МВД"
    return _common_owner_start(doc, span, head)


def _common_owner_start(doc: Doc, span: Span, head: int) -> int | None:
    """Where a common noun of an owner (``lexicons/org_unit_common_owners.txt``: "вуз", "минсельхоз")
    starts at the span's end, lower-case adjectives before it ("краевого минсельхоза"), after the
    unit's field or an adjective before the unit ("подготовительный факультет" + "вуза"); None else."""
    n = span.end - 1
    if n <= head + 1 and head == span.start or not doc[n].is_lower \
            or folded_lemma(doc[n]) not in load_list("org_unit_common_owners.txt"):
        return None
    g = n
    while g - 1 > head and doc[g - 1].pos_ == "ADJ" and _lower_word(doc[g - 1]):
        g -= 1
    return g if g > head + 1 or head > span.start else None


def _cut(doc: Doc, span: Span) -> int | None:
    """Where ``span`` ends before its owner, or None."""
    k = span.start
    while k < span.end and k - span.start < MAX_ADJECTIVES and doc[k].pos_ == "ADJ" \
            and (_lower_word(doc[k]) or doc[k].is_sent_start and doc[k].text[1:].islower()):
        k += 1
    if k >= span.end - 1 or doc[k].pos_ != "NOUN" or not (doc[k].is_lower or doc[k].is_sent_start and doc[k].text[1:].islower()):
        return None
    lemma = folded_lemma(doc[k])
    committee = lemma in COMMITTEES
    if not committee and lemma not in _units():
        return None
    if not committee and k > span.start and not doc[span.start].is_lower:
        return None  # "Уральское отделение РАН": a branch named by its place
    return _owner_start(doc, span, k, committee)


def unit_owner_splits(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a unit's name cut before its owner, the owner a span of its own."""
    out, changed = [], False
    have = {(s.start, s.end) for s in spans if s.label_ == "ORG"}
    for s in spans:
        g = _cut(doc, s) if s.label_ == "ORG" and len(s) >= 3 else None
        if g is None:
            out.append(s)
            continue
        changed = True
        out.append(Span(doc, s.start, g, label="ORG"))
        if (g, s.end) not in have and folded_lemma(doc[s.end - 1]) not in load_list("org_unit_common_owners.txt"):
            out.append(Span(doc, g, s.end, label="ORG"))
            have.add((g, s.end))
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans
