"""One-word names of a proper name and an institution noun joined by a hyphen ("Бард-колледжа",
"Тринити-колледже", "Гоголь-центром", "Бостон-колледжу"): the tagger reads them as a person or a
place, or passes them by. A word of a capitalized proper part and a lower-case last part whose
noun is in ``lexicons/org_hyphen_kind_nouns.txt`` is an organization, unless the dictionary knows
the compound ("Пресс-центр", "Бизнес-центра": common nouns), its first part is a common compound's
(``lexicons/org_hyphen_common_parts.txt``: "Арт-центр", "Спа-центр") or, opening a sentence, a common
noun with no reading of a name or a place.

The name needs no reader of its own: ``normal.normalize_words`` declines the compound as one noun
("Бард-колледжа" -> "Бард-колледж"). A tagger's person or place on the word alone gives way; a
person that runs on from the word ("Тринити-колледжа Брайаном Мак-Нилом") starts after it.

Read by :mod:`rufacts.components.entities`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..grammars.morph import get_morph
from ..lexicons import load_list
from .doc_words import word_positions
from .institutions import opens_sentence

NAMED = frozenset({"Name", "Surn", "Geox", "Orgn", "Trad"})


def _proper(part: str) -> bool:
    """``part`` may be a proper name: unknown to the dictionary or with a name's, a place's or
    an organization's reading."""
    morph = get_morph()
    return not morph.is_known(part.lower()) or any(NAMED & set(p.tag.grammemes) for p in morph.parse(part))


def hyphen_kind(token: Token) -> bool:
    """``token`` is a proper part and an institution noun joined by one hyphen."""
    text = token.text
    if text.count("-") != 1:
        return False
    first, last = text.split("-")
    if not (len(first) > 1 and first.isalpha() and first[0].isupper() and first[1:].islower()
            and last.isalpha() and last.islower()):
        return False
    morph = get_morph()
    if morph.is_known(text.lower()):
        return False  # "пресс-центр", "бизнес-центр"
    nouns = [p for p in morph.parse(last) if p.tag.POS == "NOUN" and p.tag.number == "sing"]
    if not nouns or nouns[0].normal_form not in load_list("org_hyphen_kind_nouns.txt"):
        return False
    if first.lower() in load_list("org_hyphen_common_parts.txt"):
        return False  # "Арт-центр", "Спа-центр": a kind, not a name
    return not opens_sentence(token.doc, token.i) or _proper(first)


def hyphen_kind_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each such word no organization covers."""
    found = [i for i in word_positions(doc, lambda w: "-" in w) if hyphen_kind(doc[i]) and not any(
        s.label_ == "ORG" and s.start <= i < s.end for s in spans)]  # (no Token made for every word)
    if not found:
        return spans
    out = []
    for span in spans:
        inside = [i for i in found if span.start <= i < span.end]
        if inside and span.label_ in ("PER", "LOC"):
            if len(span) > 1 and inside == [span.start] and span.label_ == "PER":
                out.append(Span(doc, span.start + 1, span.end, label="PER"))
            continue  # the word alone: the tagger's person or place gives way
        out.append(span)
    out += [Span(doc, i, i + 1, label="ORG") for i in found]
    return sorted(out, key=lambda s: (s.start, -s.end))
