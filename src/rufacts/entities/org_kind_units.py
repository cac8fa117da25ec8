"""Units named by the adjective of their kind or field right before their noun, lower case as the
press writes them: a hospital's ward or centre ("заведующий кардиологическим отделением", "в приёмном
отделении", "врачи регионального сосудистого центра", "травматологического центра первого уровня"),
a dissertation council ("в диссертационном совете 24.2.318.02", "диссертационного совета по
историческим наукам"), a town's bus or tram fleet ("водители автобусного парка № 7", "в трамвайном
депо имени Баумана"), a plant's shop ("в механосборочном цехе", "корпусообрабатывающего цеха": a
participle the tagger reads as a verb, by its verb's lemma). docs/gold-conventions.md: a unit named by its type and field is an
organization, its name in the nominative, lower case as written.

``lexicons/org_kind_units.tsv`` gives each head noun its kinds' adjectives and what names it after
them: the adjective alone ("bare": "неврологическое отделение", never "отделение" alone), a number
("автобусный парк № 7": "в автобусном парке" alone is a place), an "имени" phrase another pass read as
a body (taken in), a council's code, a "по" phrase or an optional genitive tail of a listed noun. The
head in lower case and the singular; the adjective right before it one of its kinds' (or, for "-ческий",
any so ending), agreeing with it by some reading of the dictionary (the tagger reads the indeclinable
"депо" in any case); rank adjectives of the row "*" before it are taken in, a place's adjective
("новочебоксарском") is not; a word of the row "!" before them makes it any unit of its kind ("в
ближайший реабилитационный центр"). A span across the phrase's edge stands; spans inside it give way. An organization in the genitive
right after a unit named by its kind alone is its owner, taken into its name and kept
("политологического отделения философского факультета МГУ").
Candidates by the doc's index of forms (the tagger misreads some lemmas: "парке" as "парка"). Read by :mod:`rufacts.entities.span_passes` with the last passes.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from ..grammars.morph import get_morph
from ..lexicons import load_rows
from .doc_words import lower_positions, morph_values
from .geo import place_of
from .org_lead_nouns import lead_nouns
from .spans import with_found

NUMBER_SIGNS = frozenset({"№", "N"})
CODE = re.compile(r"\d+(?:\.\d+){2,}")  # "24.2.318.02", "999.105.03"
SUFFIX = "-"  # "-ческий": any adjective so ending
MAX_RANKS = 2
PLACE_ENDINGS = ("ы", "и", "а", "ь", "")  # a place's ending its adjective drops: Чебоксары, Казань
MAX_TAIL = 4  # "по историческим наукам", "первого уровня"


@lru_cache(maxsize=1)
def _rows() -> tuple[dict[str, tuple[frozenset[str], frozenset[str]]], frozenset[str]]:
    """Head lemma -> (its kinds' adjectives, what names it); and the rank adjectives."""
    heads: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    ranks: frozenset[str] = frozenset()
    for row in load_rows("org_kind_units.tsv"):
        words = frozenset(row[1].replace("ё", "е").split())
        if row[0] == "*":
            ranks = words
        elif row[0] != "!":
            heads[row[0].replace("ё", "е")] = (words, frozenset(row[2].split()))
    return heads, ranks


@lru_cache(maxsize=1)
def _forms_of_heads() -> dict[str, str]:
    """The singular forms of the heads (ё read as е) -> the head's lemma: the tagger misreads the
    lemma of some ("парке" as "парка")."""
    morph = get_morph()
    return {form.word.replace("ё", "е"): head for head in _rows()[0]
            for form in morph.parse(head)[0].lexeme if form.tag.number != "plur"}


def place_adjective(token: Token) -> bool:
    """A place's adjective: the gazetteer's ("московском") or one in "-ский" whose stem is a place of
    the dictionary ("новочебоксарском": Новочебоксарск; "чебоксарском": Чебоксары)."""
    if place_of(token) is not None:
        return True
    lemma = folded_lemma(token)
    if token.pos_ != "ADJ" or not lemma.endswith("ский"):
        return False
    morph = get_morph()
    stems = [lemma[:-2]] + [lemma[:-4] + end for end in PLACE_ENDINGS]  # Новочебоксарск, Чебоксары
    return any(morph.is_known(stem) and any("Geox" in p.tag for p in morph.parse(stem)) for stem in stems)


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    """Words before the phrase that make it any unit of its kind (the row "!")."""
    return next((frozenset(row[1].replace("ё", "е").split()) for row in load_rows("org_kind_units.tsv")
                 if row[0] == "!"), frozenset())


def _kind(token: Token, kinds: frozenset[str]) -> bool:
    lemma = folded_lemma(token)
    return lemma in kinds or any(k.startswith(SUFFIX) and lemma.endswith(k[1:]) for k in kinds)


def _forms(word: str, pos: str) -> set[tuple[str | None, str | None]]:
    """(case, number) of the dictionary's readings of ``word`` as ``pos``."""
    return {(p.tag.case, p.tag.number) for p in get_morph().parse(word) if p.tag.POS == pos}


def _agrees(adjective: Token, head: Token) -> bool:
    """A lower-case adjective with a reading in a case and number of the head's ("трамвайном" +
    "депо", which the tagger read as a nominative)."""
    if not (adjective.is_lower or adjective.is_sent_start) or not adjective.text.replace("-", "").isalpha():
        return False
    if adjective.pos_ not in ("ADJ", "VERB"):  # a participle of a shop ("корпусообрабатывающем": VERB)
        return False
    forms = _forms(adjective.lower_, "ADJF") | (_forms(adjective.lower_, "PRTF") if adjective.pos_ == "VERB" else set())
    return bool(forms & _forms(head.lower_, "NOUN"))


def _start(doc: Doc, i: int, kinds: frozenset[str], ranks: frozenset[str]) -> int | None:
    """Start of the kind's adjective and the ranks' before the head ``doc[i]``; None where no kind's
    adjective stands right before it."""
    if i == 0 or not _kind(doc[i - 1], kinds) or not _agrees(doc[i - 1], doc[i]) or place_adjective(doc[i - 1]):
        return None
    start = i - 1
    while start > 0 and i - 1 - start < MAX_RANKS and folded_lemma(doc[start - 1]) in ranks \
            and _agrees(doc[start - 1], doc[i]):
        start -= 1
    return start


def _code_end(doc: Doc, j: int) -> int:
    """End of a council's code at ``j`` ("24.2.318.02", "Д 999.105.03"); ``j`` where none."""
    k = j + 1 if j + 1 < len(doc) and len(doc[j].text) == 1 and doc[j].is_upper else j
    return k + 1 if k < len(doc) and CODE.fullmatch(doc[k].text.rstrip(".")) else j


def _phrase_end(doc: Doc, j: int, noun: str, case: str) -> int:
    """End of lower-case adjectives and the noun ``noun`` in ``case`` (a dictionary's reading) from
    ``j``; ``j`` where none."""
    for k in range(j, min(j + MAX_TAIL, len(doc))):
        token = doc[k]
        if not (token.is_lower and token.is_alpha):
            return j
        if folded_lemma(token) == noun:
            return k + 1 if any(c == case for c, _ in _forms(token.lower_, "NOUN")) else j
        if token.pos_ != "ADJ":
            return j
    return j


def _end(doc: Doc, i: int, ways: frozenset[str], over_head: Span | None) -> int | None:
    """End of the unit's name after its head ``doc[i]`` (see the module); None where nothing names it."""
    j = i + 1
    if "number" in ways and j + 1 < len(doc) and doc[j].text in NUMBER_SIGNS and doc[j + 1].text[:1].isdigit():
        return j + 2
    if "honoree" in ways and over_head is not None and over_head.label_ == "ORG" and j < len(doc) \
            and doc[j].lower_ in ("имени", "им."):
        return over_head.end  # another pass's "депо имени Баумана"
    if "code" in ways and j < len(doc) and _code_end(doc, j) > j:
        return _code_end(doc, j)
    for way in ways:
        if way.startswith("по:") and j < len(doc) and doc[j].lower_ == "по":
            end = _phrase_end(doc, j + 1, way[3:], "datv")
            if end > j + 1:
                return end
    tails = [_phrase_end(doc, j, way[4:], "gent") for way in ways if way.startswith("gen:")]
    if "bare" in ways:
        return max(tails, default=j)
    return None


def kind_units(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each unit of the module the other passes left out."""
    heads, ranks = _rows()
    forms = _forms_of_heads()
    hits = lower_positions(doc, forms, folded=True)
    if not hits:
        return spans
    found: list[Span] = []
    owners: list[Span] = []
    for i in hits:
        head = doc[i]
        if head.pos_ != "NOUN" or not head.is_lower:
            continue
        kinds, ways = heads[forms[head.lower_.replace("ё", "е")]]
        start = _start(doc, i, kinds, ranks)
        if start is None or start > 0 and {folded_lemma(doc[start - 1]), doc[start - 1].lower_} & _generic():
            continue  # "в ближайший реабилитационный центр": any of its kind
        end = _end(doc, i, ways, next((s for s in spans if s.start <= i < s.end - 1), None))
        if end is None:
            continue
        crossing = [s for s in spans + found if s.start < end and start < s.end and not (start <= s.start and s.end <= end)]
        led = [s for s in crossing if _led(doc, s, start, end)]
        if len(led) < len(crossing):
            continue  # a span across the phrase's edge stands
        owner = _owner(spans, end) if "bare" in ways and end == i + 1 else None
        if owner is not None:  # "политологического отделения" + "философского факультета МГУ"
            owners.append(owner)
            end = owner.end
        found.append(Span(doc, start, end, label="ORG"))
        spans = [s for s in spans if s not in led]
    kept = [s for s in spans if any(o.start <= s.start and s.end <= o.end for o in owners)]  # "МГУ" too
    return sorted(with_found(spans, found) + kept, key=lambda s: (s.start, -s.end))


def _owner(spans: list[Span], end: int) -> Span | None:
    """An organization in the genitive right after a unit named by its kind alone: its owner, part
    of the unit's name and a body of its own ("кардиологическим отделением" + "Республиканской
    клинической больницы", as the other units take theirs)."""
    owner = next((s for s in sorted(spans, key=len, reverse=True) if s.start == end and s.label_ == "ORG"), None)
    if owner is None or "Gen" not in morph_values(owner[0], "Case"):
        return None
    return owner


def _led(doc: Doc, span: Span, start: int, end: int) -> bool:
    """An ORG span that a lead noun (a unit, the people, a thing of an organization: "Коллектив")
    opens right before the unit's phrase and that ends with it: the unit's name is the phrase."""
    return span.label_ == "ORG" and span.end == end and span.start == start - 1 \
        and (doc[span.start].is_lower or doc[span.start].is_sent_start) and doc[span.start].pos_ == "NOUN" \
        and folded_lemma(doc[span.start]) in lead_nouns()


def opening_kind(span: Span) -> bool:
    """The span opens its sentence with a kind's adjective of its head ("Кардиологическое отделение
    районной больницы переехало ..."): the capital is the sentence's, the name lower case."""
    heads, ranks = _rows()
    first = span[0]
    if len(span) < 2 or not first.is_sent_start or not first.is_title or first.pos_ != "ADJ":
        return False
    k = 1 if folded_lemma(first) in ranks and len(span) > 2 else 0
    head = span[k + 1]
    lemma = _forms_of_heads().get(head.lower_.replace("ё", "е"))
    return head.is_lower and lemma is not None and _kind(span[k], heads[lemma][0]) and not place_adjective(span[k])


def coded_head(span: Span) -> str | None:
    """The head's lemma of a unit of the module named by its code ("диссертационного совета Д
    999.105.03"): the code is its numbered name's, no name of its own (as "школы № 14"); None else."""
    heads = _rows()[0]
    for k, token in enumerate(span[:-1]):
        lemma = folded_lemma(token)
        if token.is_lower and lemma in heads and "code" in heads[lemma][1] and _code_end(span.doc, token.i + 1) == span.end:
            return lemma if k > 0 else None
    return None
