"""The whole remit of a body or a unit named by its field, where the tagger and the genitive grammar of
:mod:`rufacts.entities.bodies` (up to three genitive words, no "и") stop short, and units named by
coordinated adjectives or a compound adjective of two fields that no rule found.

A body's or a unit's span (its head noun one of :func:`rufacts.entities.org_lead_nouns.body_nouns`)
goes on over:

- a second field coordinated with "и" after a lower-case genitive noun (or an acronym) of the first
  field, in lower case and the genitive ("Министерство ЖКХ" + "и энергетики", "кафедры разработки" +
  "и эксплуатации"); not after the head noun itself ("епархии и буддийского духовенства"), nor after a
  remit of "по" (whose own grammar reads its "и"), nor before a preposition ("... газа" + "и включения в
  правление": a second act, no field), not a
  body's or a unit's noun ("отдела кадров и бухгалтерии": two units), nor a person's;
- the genitive words of fields coordinated before their noun ("кафедра бурения" + "нефтяных и
  газовых скважин"), or one noun phrase that the two coordinated nouns closing the span share
  ("кафедры технологии и оборудования" + "машиностроительных производств"; not after a whole
  enumeration's last noun: "... последствий стихийных бедствий" + "прибыли", the verb the tagger read
  as a noun); not an owner's noun after them
  ("завода", :func:`rufacts.entities.org_lead_nouns.owner_after`'s nouns);
- a dangling capitalized adjective's pair before their shared noun ("отдела Южной" + "и
  Юго-Восточной Азии"), and a second region of a unit named by a region ("Департамента Ближнего
  Востока" + "и Северной Африки");
- "как" and the adjectives that qualify the field's noun in its case ("кафедра русского языка" +
  "как иностранного");
- the noun of a post after "главного" ("отдел главного" + "энергетика": the tagger read the
  genitive of "энергетик" as the field's nominative);
- "на"/"в" + a lower-case phrase before "имени" and the honoree ("институт по исследованию" + "на морском
  шельфе имени О. Ю. Шмидта"), and the honoree after a title noun ("имени академика" + "А. Н.
  Крылова");
and, where it grew over one of these, the place in the genitive after it that it serves ("Якутии").
docs/gold-conventions.md: a descriptive name keeps its genitive chain; the name stops at a body,
a person, a verb.

New units: a unit noun of ``lexicons/org_coordinated_units.txt`` followed by lower-case genitive
adjectives coordinated with "и" and their noun ("кафедре аналитической и органической химии"), or
after a lower-case compound adjective of two fields ("планово-экономический отдел",
"конструкторско-технологического отдела"; not a compass point's "северо-западный"), without its
owner's common noun alone after it ("научно-исследовательском отделе" + "завода").

A unit named by its field right before a place's executive takes the executive into its name
("управления культуры" + "администрации города Тамбова"): one rule with the earlier pass,
:func:`rufacts.entities.org_municipal_units.executive_units`, run again here over the fields grown above.
Read by :mod:`rufacts.components.entities`.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from ..lexicons import load_list, load_words
from .doc_words import morph_values
from .honoree import honoree_stop
from .org_lead_nouns import body_nouns
from .org_municipal_units import executive_units
from .spans import unique_spans

MAX_WORDS = 6  # words of one grown tail ("нефтяных и газовых месторождений")
MAX_BRIDGE = 4  # words between a name and its "имени" ("на морском шельфе")
COMPASS = ("северо", "юго", "восточно", "западно")
AND = ("и",)
PLACES = frozenset({"область", "край", "регион", "страна", "мир"})


@lru_cache(maxsize=1)
def _units() -> frozenset[str]:
    return load_list("org_coordinated_units.txt")


@lru_cache(maxsize=1)
def _not_fields() -> frozenset[str]:
    """Nouns that a unit's "и" joins as a second body, not a field: bodies, units, people of a body."""
    return body_nouns() | load_words("org_unit_heads.txt") | load_list("role_words.txt")


def _cases(token: Token, pos: str) -> set[str]:
    """The tagger's cases of ``token``, and the dictionary's where it read an adjective or a noun."""
    from ..grammars.morph import get_morph

    cases = set(morph_values(token, "Case"))
    tag = {"NOUN": "NOUN", "ADJ": "ADJF"}[pos]
    names = {"gent": "Gen", "datv": "Dat", "accs": "Acc", "ablt": "Ins", "loct": "Loc", "nomn": "Nom"}
    cases |= {names.get(p.tag.case) for p in get_morph().parse(token.lower_) if p.tag.POS == tag}
    return cases


def _word(token: Token, upper: bool = False) -> bool:
    first = token.text[:1]
    return token.text.replace("-", "").isalpha() and (first.isupper() if upper else token.is_lower)


def _genitive(token: Token, pos: str, upper: bool = False) -> bool:
    return _word(token, upper) and token.pos_ in ((pos, "PROPN") if upper else (pos,)) and "Gen" in _cases(token, pos)


def _person(token: Token) -> bool:
    return "Anim" in morph_values(token, "Animacy") or folded_lemma(token) in _not_fields() \
        and "Plur" not in morph_values(token, "Number")  # ("летательных аппаратов": a field's plural)


def _phrase(doc: Doc, i: int, upper: bool = False) -> tuple[int, bool] | None:
    """End of genitive adjectives (coordinated with "и" or a comma) and their noun from ``i``, and
    whether adjectives were coordinated there; None where no such phrase stands there."""
    k, joined = i, False
    while k < len(doc) and k - i < MAX_WORDS:
        token = doc[k]
        if _genitive(token, "ADJ", upper) and not (upper and token.pos_ == "PROPN"):
            if k + 2 < len(doc) and doc[k + 1].lower_ in AND + (",",) and _genitive(doc[k + 2], "ADJ", upper):
                k, joined = k + 2, True
            else:
                k += 1
            continue
        if _genitive(token, "NOUN", upper) and not (not upper and _person(token)):
            return k + 1, joined
        return None
    return None


def _grown(doc: Doc, span: Span, entities: dict[int, Span]) -> int:
    """The new end of ``span`` over the tails above (``span.end`` where none)."""
    end, grew = span.end, False
    head = next(t.i for t in span if t.pos_ == "NOUN" and folded_lemma(t) in body_nouns())
    for _ in range(3):
        last = doc[end - 1]
        nxt = doc[end] if end < len(doc) else None
        if nxt is None:
            break
        coordinated = end - 2 > head and doc[end - 2].lower_ in AND  # ("разработки и эксплуатации": the two share what follows)
        if nxt.lower_ in AND and end + 1 < len(doc):
            low = _phrase(doc, end + 1)
            if (last.pos_ == "NOUN" and last.is_lower and "Gen" in _cases(last, "NOUN")
                    or last.is_upper and len(last) > 1 and last.is_alpha) and end - 1 > head and low is not None \
                    and not any(t.lower_ == "по" for t in doc[span.start:end]) \
                    and not (low[0] < len(doc) and doc[low[0]].pos_ == "ADP"):
                end, grew = low[0], True
                continue
            high = _phrase(doc, end + 1, upper=True)
            if high is not None and doc[end + 1].pos_ == "ADJ" and (
                    last.pos_ == "ADJ" and last.text[:1].isupper()
                    or last.text[:1].isupper() and _region_named(doc, span, end)):
                end, grew = high[0], True  # "отдела Южной и Юго-Восточной Азии"
                continue
            break
        if last.is_lower and last.pos_ == "NOUN" and "Gen" in _cases(last, "NOUN") and end - 1 > head:
            low = _phrase(doc, end)
            if low is not None and (low[1] or coordinated) and not _owner(doc[low[0] - 1]) \
                    and folded_lemma(doc[low[0] - 1]) not in _places():
                end, grew = low[0], True  # "кафедра бурения" + "нефтяных и газовых скважин"
                continue
        if nxt.lower_ == "как" and last.pos_ == "NOUN":
            k = end + 1
            while k < len(doc) and doc[k].pos_ == "ADJ" and doc[k].is_lower and _cases(doc[k], "ADJ") & _cases(last, "NOUN"):
                k += 1
            if k > end + 1 and (k == len(doc) or doc[k].pos_ != "NOUN"):
                end, grew = k, True  # "кафедра английского языка" + "как иностранного"
                continue
        if last.lower_ == "главного" and _post_genitive(nxt):
            end, grew = end + 1, True  # "отдел главного" + "энергетика"
            continue
        break
    if grew and end < len(doc) and (place := entities.get(end)) is not None and place.label_ == "LOC" \
            and "Gen" in morph_values(place[-1], "Case") and place[0].text[:1].isupper():
        end = place.end  # "Министерство ЖКХ и энергетики" + "Якутии"
    return end


def _region_named(doc: Doc, span: Span, end: int) -> bool:
    """A unit named by a region right after its head noun: "Департамента Ближнего Востока"."""
    head = next((t for t in span if t.pos_ == "NOUN" and folded_lemma(t) in body_nouns()), None)
    if head is None or head.i + 1 >= end:
        return False
    tail = doc[head.i + 1:end]
    return tail[0].pos_ == "ADJ" and all(t.text[:1].isupper() and "Gen" in morph_values(t, "Case") for t in tail)


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Kinds of a place, that a unit serves rather than studies ("отдела продаж и маркетинга" +
    "региона": no field)."""
    return load_list("org_place_kind_nouns.txt") | PLACES | {"округ", "район", "поселение"}


PLACE_KINDS = _places  # (read by org_municipal_units: "администрации города Тамбова")


def _owner(token: Token) -> bool:
    """A body's noun in the singular: an owner ("завода"), not a field's plural ("летательных аппаратов")."""
    return folded_lemma(token) in body_nouns() and "Plur" not in morph_values(token, "Number")


def _post_genitive(token: Token) -> bool:
    """A lower-case noun with an animate masculine genitive reading ("энергетика", "механика")."""
    from ..grammars.morph import get_morph

    return token.is_lower and token.is_alpha and any(
        p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.animacy == "anim" and p.tag.number == "sing"
        for p in get_morph().parse(token.lower_))


def _named_end(doc: Doc, span: Span) -> int | None:
    """End of "на"/"в" + a lower-case phrase and "имени" + the honoree after ``span``, or of the
    honoree after a span ending in "имени" + a title noun."""
    if len(span) >= 2 and span[-2].lower_ == "имени" and span[-1].is_lower and span[-1].pos_ == "NOUN":
        return honoree_stop(doc, span.end - 1)
    if span[-1].text[:1].isupper() or span.end >= len(doc) or doc[span.end].lower_ not in ("на", "в", "во"):
        return None
    k = span.end + 1
    while k < len(doc) and k - span.end <= MAX_BRIDGE and doc[k].lower_ != "имени":
        if not (doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ in ("ADJ", "NOUN")):
            return None
        k += 1
    if k >= len(doc) or doc[k].lower_ != "имени" or k == span.end + 1:
        return None
    return honoree_stop(doc, k + 1)


def _compound_field(token: Token) -> bool:
    """A lower-case adjective of two fields: "планово-экономический", "научно-исследовательский"."""
    parts = token.lower_.split("-")
    return token.pos_ == "ADJ" and token.is_lower and len(parts) == 2 and all(p.isalpha() for p in parts) \
        and parts[0].endswith(("о", "е")) and len(parts[0]) > 3 and not parts[0].startswith(COMPASS)


def _new_units(doc: Doc, spans: list[Span]) -> list[Span]:
    """New spans of the units named by coordinated genitive adjectives or a compound field adjective."""
    from .geo import lemma_positions

    units = _units()
    hits = lemma_positions(doc, units.__contains__)
    if not hits:
        return []
    taken = {i for s in spans for i in range(s.start, s.end)}
    found = []
    for i in hits:
        token = doc[i]
        if i in taken or token.pos_ != "NOUN" or not token.is_lower:
            continue
        if i > 0 and _compound_field(doc[i - 1]) and i - 1 not in taken \
                and set(morph_values(doc[i - 1], "Case")) & set(morph_values(token, "Case")):
            found.append(Span(doc, i - 1, i + 1, label="ORG"))
            continue
        low = _phrase(doc, i + 1) if i + 1 < len(doc) else None
        if low is not None and low[1] and not any(k in taken for k in range(i, low[0])) and not _owner(doc[low[0] - 1]):
            found.append(Span(doc, i, low[0], label="ORG"))
    return found


def unit_tails(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with the tails above grown onto the bodies' and units' spans, and the new units."""
    found = _new_units(doc, spans)
    if not found and not any(s.label_ == "ORG" for s in spans):
        return spans
    grown, owned = executive_units(doc, spans)  # (one rule with org_municipal_units)
    found += owned
    entities = {s.start: s for s in spans if s.label_ != "ORG"}
    heads = body_nouns()
    out, changed = [], bool(found)
    for span in spans + found:
        if span.label_ == "ORG" and (span.start, span.end) in grown:
            out.append(Span(doc, span.start, grown[(span.start, span.end)], label="ORG"))
            changed = True
            continue
        if span.label_ == "ORG" and len(span) == 3 and _compound_field(span[0]) and folded_lemma(span[1]) in _units() \
                and span[2].is_lower and _owner(span[2]) and "Gen" in morph_values(span[2], "Case"):
            span, changed = Span(doc, span.start, span.end - 1, label="ORG"), True  # "научно-исследовательском
            # отделе" + "завода": the owner's common noun alone is no part of the unit's name
        if span.label_ == "ORG" and span[-1].text not in "»\"“)" and any(
                t.pos_ == "NOUN" and folded_lemma(t) in heads for t in span):
            end = _grown(doc, span, entities)
            named = _named_end(doc, Span(doc, span.start, end))
            end = named or end
            if end > span.end:
                span, changed = Span(doc, span.start, end, label="ORG"), True
        out.append(span)
    if not changed:
        return spans
    return unique_spans(out)
