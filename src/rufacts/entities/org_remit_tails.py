"""A body's name the tagger cut inside its "по" remit: "Центральной комиссией по выборам и
проведению" + "референдумов Кыргызской Республики", "Центральной комиссией по" + "выборам".

An organization span with a body noun (``lexicons/remit_body_heads.txt``, any case of letter)
followed inside it by "по", ending in a lower-case word, whose remit
(:func:`rufacts.entities.bodies.grow_complements`: datives, their genitives, "и" between like words,
a place or a name closing it) goes on past the span's end, is grown to the remit's end. Not a span
ending in a place or a name, which closes the remit ("... референдумов Кыргызстана" + "прибыли" is
the verb); not where a person's or another organization's span holds words past the old end (a
place inside stays a place of its own: ``nested_places``), nor over a topic ("по делу",
``lexicons/body_complements.txt``, which ``grow_complements`` refuses).

So is a span of a body and its owner (``lexicons/owned_body_owners.txt``: ООН, ЕС, ЮНЕСКО...) that
ends with the owner, right before "по": the remit is the body's, after its owner as the press writes
it ("Программы ООН" + "по населённым пунктам", "Верховного комиссара ООН" + "по делам беженцев");
not the owner's span alone ("ООН по" is no body's name), nor before a place ("заседания Совета
безопасности ООН по Ливии": a meeting's topic; so is "по ситуации", which ``grow_complements``
refuses).

A body of a head of ``lexicons/owned_body_purpose_heads.txt`` (комиссия, агентство) and its owner
takes in the "для" phrase after the owner, its regions or its lower-case remit, "и" between
("Экономической комиссией ООН" + "для Европы", "для Латинской Америки" + "и Карибского
бассейна", "агентство ООН" + "для помощи палестинским беженцам и организации работ"): the
phrase ends at a verb, a punctuation mark or another preposition (:func:`purpose_tails`); the
tagger's organization ending in "для" ("ООН для") leaves it out. A fund's (``фонд	remit``) is a
lower-case remit only ("Фонд ООН для развития капитала"; "фонд ООН для Сирии" is whom it serves).
Read by :mod:`rufacts.components.entities` after the bodies' own complements.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..lexicons import load_list, load_rows
from .bodies import grow_complements, longest_by_start
from .doc_words import lower_positions
from .org_capital_remits import capital_remits  # noqa: F401  (read before remit_tails by components.entities)

MAX_OWNER_WORDS = 3  # "Организации Объединённых Наций", "Лиги арабских государств"
MAX_PURPOSE = 8  # words after "для": "помощи палестинским беженцам и организации работ"


def _remit_start(doc: Doc, span: Span) -> int | None:
    """The last "по" inside ``span`` right after a body noun of the span (or its adjectives'
    noun: "комиссией по"); None where there is none."""
    heads = load_list("remit_body_heads.txt")
    for i in range(span.end - 1, span.start, -1):
        if doc[i].lower_ == "по" and doc[i - 1].pos_ in ("NOUN", "PROPN") \
                and folded_lemma(doc[i - 1]) in heads and "Plur" not in doc[i - 1].morph.get("Number") \
                or doc[i].lower_ == "по" and _owner_length(doc, span.start, i) is not None:
            return i  # (or after its owner: "Фонд ООН по вопросам" + "образования")
    return None


def _owner_end(doc: Doc, span: Span) -> int | None:
    """``span.end`` where the span holds a word of its own before an owner it ends with and "по"
    follows it; None else."""
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "по" or len(span) < 2 \
            or doc[span.end + 1].ent_type_ == "LOC":
        return None  # "заседания Совета безопасности ООН по Ливии": a meeting's topic
    n = _owner_length(doc, span.start, span.end)
    if n is None:
        return None
    return span.end if doc[span.end - n - 1].pos_ in ("NOUN", "PROPN", "ADJ") else None


def _owner_length(doc: Doc, start: int, end: int) -> int | None:
    """The number of words before ``end`` that make a listed owner (``lexicons/owned_body_owners.txt``),
    with at least one word from ``start`` before them; None where they make none."""
    owners = load_list("owned_body_owners.txt")
    for n in range(1, min(MAX_OWNER_WORDS, end - start - 1) + 1):
        words = doc[end - n:end]
        if (n > 1 or not words[0].is_lower) and " ".join(  # an abbreviation is its own lemma: "АСЕАН"
                t.lower_ if t.is_upper and len(t) > 1 else folded_lemma(t) for t in words) in owners:
            return n
    return None


def remit_tails(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each organization cut inside its remit grown to the remit's end."""
    entities = longest_by_start(spans)
    out, changed = [], False
    for span in spans:
        start = None
        if span.label_ == "ORG" and span.end < len(doc):
            start = _remit_start(doc, span) if span[-1].is_lower else _owner_end(doc, span)
        if start is None:
            out.append(span)
            continue
        end, _ = grow_complements(doc, start, entities)
        if end <= span.end or any(
                s is not span and s.start < end and s.end > span.end
                and (s.label_ != "LOC" or s.start < span.end or s.end > end) for s in spans):
            out.append(span)
            continue
        out.append(Span(doc, span.start, end, label="ORG"))
        changed = True
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans


def _owner_at(span: Span, k: int) -> bool:
    """Whether the span's words before ``k`` end with a listed owner after a word of their own."""
    return _owner_length(span.doc, span.start, k) is not None


def _purpose_end(doc: Doc, d: int, entities: dict[int, Span], regions: bool = True) -> int:
    """End of "для" at ``d`` and its regions (where ``regions``) or lower-case words, "и" between;
    ``d`` where none."""
    j = end = d + 1
    while j < len(doc) and j - d <= MAX_PURPOSE:
        ent = entities.get(j)
        if ent is not None and ent.label_ == "LOC":
            if not regions:
                return d  # "фонд ООН для Сирии": whom it serves this time
            end = j = ent.end
        elif doc[j].is_alpha and doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ"):
            j += 1
            if doc[j - 1].pos_ == "NOUN":
                end = j
        elif doc[j].lower_ == "и" and end == j and j + 1 < len(doc):
            j += 1
        else:
            break
    return end if end > d + 1 else d


def purpose_tails(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each organization of a purpose head and an owner grown over the "для"
    phrase after the owner."""
    if not lower_positions(doc, ("для",)):
        return spans
    heads = {row[0]: "remit" not in row[1:] for row in load_rows("owned_body_purpose_heads.txt")}
    entities = {s.start: s for s in spans if s.label_ == "LOC"}
    out, changed = [], False
    for span in spans:
        if span.label_ == "ORG" and len(span) > 1 and span[-1].lower_ == "для":
            span, changed = Span(doc, span.start, span.end - 1, label="ORG"), True  # the tagger's "ООН для"
        head = next((t for t in span if t.pos_ in ("NOUN", "PROPN")), None) if span.label_ == "ORG" else None
        d = next((k for k in range(span.start + 2, min(span.end + 1, len(doc)))
                  if doc[k].lower_ == "для" and _owner_at(span, k)), None) \
            if head is not None and folded_lemma(head) in heads and span[0].text[:1].isupper() else None
        end = _purpose_end(doc, d, entities, heads[folded_lemma(head)]) if d is not None else span.end
        if end <= span.end or any(s.label_ in ("PER", "ORG") and s.start >= span.end and s.start < end for s in spans):
            out.append(span)
            continue
        out.append(Span(doc, span.start, end, label="ORG"))
        changed = True
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans
