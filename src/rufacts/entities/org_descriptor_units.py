"""Units and bodies named by a descriptor phrase with no proper name, which no other pass finds (the
tagger leaves lower-case words out, and the body nouns of ``lexicons/body_heads.txt`` take any
genitive, too loose for these heads): "редакцию детского вещания", "дирекцией региональных
новостей", "в конструкторском бюро лёгких самолётов", "контрольно-счётной палатой Кольчугинского
района", "Пермской еврейской общине", "в Свято-Елисаветинском сестричестве" (docs/gold-conventions.md:
a unit named by its type and field or remit is an organization, lower case as written).

``lexicons/org_descriptor_units.tsv`` says for each head noun what makes the phrase a name: a field
of its own (редакция, дирекция, бюро: "в редакции закона" has none), a kind's adjective before it
and a genitive after it (конструкторское бюро), a kind's adjective and an owner's name (палата: not
a hospital's), a proper adjective before it (община, сестричество, братство), a proper adjective and
the kind's right before the head (отряд, экспедиция: "Эльбрусского высокогорного поисково-спасательного
отряда", "Полярноуральской геологоразведочной экспедиции"). A head inside another
span is left alone; a place's span right after the phrase (its owner) is taken into the name.

Also :func:`stump_places`: a place's span of the tagger opened by a one-word stump compound
(:func:`.org_stump_bodies.stump_body`) is that body with its region ("[Госкомохотнадзоре Хакасии]").

Read by :mod:`.span_passes`.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from ..grammars.morph import UD_CASES, get_morph
from ..lexicons import load_rows, load_words
from .bodies import TERRITORIES, _genitive as owner_genitive, adjectives_before  # an acronym's too ("ВГТРК")
from .doc_words import morph_values
from .geo import lemma_positions, place_of
from .org_kind_units import place_adjective
from .org_stump_bodies import common_opening, stump_body

MAX_TAIL = 5  # genitive words of a field: "детских и юношеских программ", "судебно-медицинской экспертизы"
MAX_PROPER = 3  # adjectives before a community's head: "Пермская еврейская"
OWNER_LABELS = ("LOC", "ORG", "GPE")
OPEN_QUOTES = frozenset("«\"„")


@lru_cache(maxsize=1)
def _heads() -> dict[str, dict[str, frozenset[str]]]:
    """Head lemma -> how it is named (field, kind, owner, proper) -> its words."""
    out: dict[str, dict[str, frozenset[str]]] = {}
    for row in load_rows("org_descriptor_units.tsv"):
        words = row[2].replace("ё", "е").split() if len(row) > 2 else []
        out.setdefault(row[0].replace("ё", "е"), {})[row[1]] = frozenset(words)
    return out


@lru_cache(maxsize=1)
def kind_adjectives() -> frozenset[str]:
    """The kinds' adjectives of the lexicon ("конструкторский", "контрольно-счетный") and "главный"
    (a broadcaster's "главная редакция")."""
    return frozenset({"главный"}).union(*(ways.get("kind", frozenset()) | ways.get("owner", frozenset())
                                        for ways in _heads().values()))


def _adjective_lemmas(token: Token) -> set[str]:
    """The tagger's folded lemma of ``token`` and its adjective readings' (the tagger read
    "дежурно-диспетчерскую" as a name)."""
    out = {folded_lemma(token)}
    if token.pos_ == "PROPN":
        out.update(p.normal_form.replace("ё", "е") for p in get_morph().parse(token.lower_) if p.tag.POS == "ADJF")
    return out


def _genitive(token: Token) -> bool:
    return "Gen" in morph_values(token, "Case")


def _agrees(token: Token, cases: list[str]) -> bool:
    """An adjective in one of ``cases`` by the tagger, or (a proper one the tagger read as a name:
    "Марфо-Мариинском") by some reading of the dictionary."""
    if token.pos_ == "ADJ" and morph_values(token, "Case") == cases:
        return True
    case = UD_CASES.get(cases[0]) if len(cases) == 1 else None
    return case is not None and token.pos_ in ("ADJ", "PROPN") \
        and any(p.tag.POS == "ADJF" and p.tag.case == case for p in get_morph().parse(token.lower_))


def _noun_genitive(token: Token) -> bool:
    """A noun with a genitive reading in the dictionary ("пути", which the tagger may read as a
    locative)."""
    return any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in get_morph().parse(token.lower_))


def _field_noun(token: Token, words: frozenset[str]) -> bool:
    """A lower-case genitive noun of the field's ``words``."""
    return token.is_lower and token.pos_ == "NOUN" and folded_lemma(token) in words \
        and (_genitive(token) or _noun_genitive(token))


@lru_cache(maxsize=1)
def owner_nouns() -> frozenset[str]:
    """Common nouns of an institution that owns a unit ("метрополитен", "больница", "университет")."""
    return load_words("institution_nouns.txt")


def _field_end(doc: Doc, j: int, words: frozenset[str] | None) -> int:
    """End of the lower-case genitive phrase from ``j`` (adjectives, "и" between them, its nouns);
    with ``words``, its first noun must be one of them (":pl" ones in the plural); ``j`` where none."""
    end, noun = j, None
    while end < len(doc) and end - j < MAX_TAIL:
        token = doc[end]
        if token.lower_ == "и" and noun is None and end > j and doc[end - 1].pos_ == "ADJ":
            end += 1
            continue
        if token.lower_ == "и" and words and noun is not None and end + 1 < len(doc) \
                and _field_noun(doc[end + 1], words):
            end += 1  # "институте филологии и журналистики": two fields of the list
            continue
        if not (token.is_lower and token.text.replace("-", "").isalpha() and token.pos_ in ("NOUN", "ADJ")
                and (_genitive(token) or _agrees(token, ["Gen"]) or token.pos_ == "NOUN" and _noun_genitive(token))):
            break  # (an adjective the tagger misread: "медико-социальной" + "экспертизы" read as Ins;
            # a noun: "службы пути" read as a locative)
        if token.pos_ == "NOUN" and noun is not None and words and folded_lemma(token) in owner_nouns():
            break  # "службы пути" + "метрополитена": the owner's common noun stays out
        if token.pos_ == "NOUN" and noun is None:
            noun = token
        end += 1
    while end > j and doc[end - 1].pos_ != "NOUN":
        end -= 1
    if noun is None or end <= j:
        return j
    if words is not None:
        lemma = folded_lemma(noun)
        plural = "Plur" in morph_values(noun, "Number")
        if lemma + "+" in words:  # "отряд полиции особого назначения": a listed noun must follow
            if not any(t.pos_ == "NOUN" and folded_lemma(t) in words for t in doc[noun.i + 1:end]):
                return j
        elif not (lemma in words or plural and lemma + ":pl" in words):
            return j
    return end


def _owner_end(doc: Doc, j: int, starts: dict[int, Span]) -> int:
    """End of an owner's span (a place, a body) in the genitive right at ``j``, after a territory's
    lower-case noun ("города" + "Владимира"), or a place it serves after "по" ("по Тверской
    области"); ``j`` where none."""
    span = starts.get(j)
    if span is not None and span.label_ in OWNER_LABELS and (owner_genitive(span[0]) or _genitive(span[-1])):
        return span.end
    if j + 1 < len(doc) and doc[j].is_lower:
        span = starts.get(j + 1)
        if span is None or span.label_ != "LOC":
            return j
        if doc[j].lower_ == "по" or folded_lemma(doc[j]) in TERRITORIES and _genitive(doc[j]):
            return span.end
    return j


def _proper_start(doc: Doc, i: int) -> int:
    """Start of the adjectives before ``doc[i]`` opened by a proper one (see the module); ``i`` else."""
    cases = morph_values(doc[i], "Case")
    k = i
    while k > 0 and i - k < MAX_PROPER and doc[k - 1].text.replace("-", "").isalpha() and _agrees(doc[k - 1], cases):
        k -= 1
        if not doc[k].is_lower:
            break
    first = doc[k]
    if k == i or first.is_lower or not first.text[:1].isupper() or first.is_upper:
        return i
    if first.is_sent_start and place_of(first) is None \
            and not ("-" in first.text and first.text.split("-")[1][:1].isupper()):
        return i  # "Крестьянская община ..." opening a sentence: the capital is the sentence's
    return k


def _without_place(doc: Doc, start: int, i: int) -> int:
    """``start`` past a lower-case place's adjective opening the adjectives before the head ``i``: the
    place of the unit, no part of its name ("в новочебоксарском" + "центре амбулаторной помощи")."""
    while start < i and doc[start].is_lower and place_adjective(doc[start]):
        start += 1
    return start


def _unit(doc: Doc, i: int, ways: dict[str, frozenset[str]], starts: dict[int, Span]) -> tuple[int, int] | None:
    """(start, end) of the unit or body whose head is ``doc[i]``; None where it is no name."""
    head = doc[i]
    if "field" in ways:
        end = _field_end(doc, i + 1, ways["field"])
        if end > i + 1 and end < len(doc) and doc[end].text in OPEN_QUOTES:
            return None  # "центр коллективного пользования «Геоаналитик»": the quoted name's descriptor
        if end > i + 1:
            return _without_place(doc, adjectives_before(doc, i, set()), i), _owner_end(doc, end, starts)
    before = doc[i - 1] if i > 0 else None
    kind = before is not None and before.pos_ in ("ADJ", "PROPN") and before.text[:1].islower() \
        and not _adjective_lemmas(before).isdisjoint(ways.get("kind", ())) \
        and (before.is_lower or before.is_sent_start) and "Plur" not in morph_values(head, "Number")
    if kind:
        end = _owner_end(doc, _field_end(doc, i + 1, None), starts)
        if end > i + 1:  # (the indeclinable "бюро" agrees with no case: the adjectives from the kind's)
            return adjectives_before(doc, i - 1, set()), end
    owned = before is not None and folded_lemma(before) in ways.get("owner", ()) \
        and (before.is_lower or before.is_sent_start)
    if owned:
        end = _owner_end(doc, i + 1, starts)
        if end > i + 1:
            return i - 1, end
    if "proper-kind" in ways and before is not None and before.is_lower and before.pos_ in ("ADJ", "PROPN") \
            and not _adjective_lemmas(before).isdisjoint(ways["proper-kind"]):
        start = _proper_start(doc, i)  # "Эльбрусского высокогорного поисково-спасательного отряда"
        if start < i - 1:
            return start, i + 1
    if "proper" in ways:
        start = _proper_start(doc, i)
        if start < i:
            end = i + 1
            tail = _field_end(doc, end, ways["proper"]) if ways["proper"] else end
            return start, tail
    return None


def _bare_head(spans: list[Span], i: int) -> Span | None:
    """An ORG span of lower-case words that ends at the head ``i`` with no field after it (an earlier
    pass's "опытно-конструкторское бюро"): the unit's name grows over its field."""
    for span in spans:
        if span.label_ == "ORG" and span.end == i + 1 and span.start < i \
                and all(t.is_lower or t.is_sent_start for t in span):
            return span
    return None


def descriptor_units(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each unit or body of the module the other passes left out."""
    heads = _heads()
    positions = lemma_positions(doc, heads.__contains__)
    if not positions:
        return spans
    taken = {k for s in spans if s.label_ != "LOC" and len(s) > 1 for k in range(s.start, s.end)}
    heads_taken = {k for s in spans if s.label_ != "LOC" for k in range(s.start, s.end)}
    starts = {s.start: s for s in sorted(spans, key=len)}  # the longest span starting at each token
    found: list[Span] = []
    for i in positions:
        head = doc[i]
        if head.pos_ not in ("NOUN", "PROPN") or not (head.is_lower or head.is_sent_start and head.text[1:].islower()):
            continue
        bare = _bare_head(spans, i) if i in heads_taken else None
        if i in heads_taken and bare is None:
            continue
        unit = _unit(doc, i, heads[folded_lemma(head)], starts)
        if unit is None or unit[1] <= i + 1 and bare is not None:
            continue
        if bare is not None:
            unit = (min(unit[0], bare.start), unit[1])
        if any(k in taken and not (bare is not None and bare.start <= k < bare.end) for k in range(*unit)):
            continue
        found.append(Span(doc, unit[0], unit[1], label="ORG"))
        taken.update(range(*unit))
    if not found:
        return spans
    inside = [s for s in spans if s.label_ != "LOC" and any(f.start <= s.start and s.end <= f.end for f in found)]
    return sorted([s for s in spans if s not in inside] + found, key=lambda s: (s.start, -s.end))


def stump_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a place's span opened by a stump compound's body an ORG (see the module)."""
    out, changed = [], False
    for span in spans:
        if span.label_ == "LOC" and len(span) > 1 and stump_body(span[0].text) \
                and not common_opening(doc, span.start) and all(t.text[:1].isupper() or t.is_lower for t in span[1:]) \
                and span[1].text[:1].isupper():
            out.append(Span(doc, span.start, span.end, label="ORG"))
            changed = True
        else:
            out.append(span)
    return out if changed else spans
