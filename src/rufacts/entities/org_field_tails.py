"""Descriptive names of institutions: an institution noun with capitalized adjectives before it
and a fixed tail after it that names its field.

- A phrase the tagger read as a place, whose words are capitalized adjectives agreeing with a
  lower-case institution noun (``lexicons/institution_nouns.txt``) and lower-case genitive words
  after it, is an organization as the tagger cut it ("Тувинского института комплексного
  освоения природных ресурсов": no place is named by an institute);
- an organization ending in a lower-case noun, opened by a capitalized word and holding an
  institution, body or descriptor noun, goes on over "для" + a lower-case genitive group whose
  last noun names a field (``lexicons/institution_fields.txt``): "Японского банка [для
  международного сотрудничества]"; not "кредит Всемирного банка для Украины" (a name is no
  field) nor "для малого бизнеса" (a purpose: "бизнес" names no field); so does a name of
  capitalized adjectives and that noun over such a group right after it ("Азиатского банка
  [развития]"; not "Всемирный банк кредитов не дал", nor a group a further genitive goes on from);
  so does a capitalized body noun with its place in the genitive ("Банка Вьетнама [для инвестиций и
  развития]").

Read by :mod:`rufacts.components.entities`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from ..lexicons import load_list
from .doc_words import lower_positions
from .institutions import institution_heads
from .org_lead_nouns import body_nouns

MAX_ADJECTIVES = 4   # "Московского государственного технического университета"
MAX_GROUP = 5        # words after "для": "международного экономического сотрудничества и развития"


def _genitive(token: Token, pos: tuple[str, ...] = ("NOUN", "ADJ")) -> bool:
    return token.is_alpha and token.is_lower and token.pos_ in pos and "Gen" in token.morph.get("Case")


def _institution_phrase(span: Span) -> bool:
    """Capitalized adjectives, a lower-case singular institution noun in their case, then only
    lower-case genitive words and "и" (ending in a noun)."""
    heads = institution_heads()
    k = next((i for i, t in enumerate(span) if t.pos_ == "NOUN"), None)
    if k is None or k == 0 or k > MAX_ADJECTIVES or k == len(span) - 1:
        return False
    noun = span[k]
    if not noun.is_lower or folded_lemma(noun) not in heads or "Sing" not in noun.morph.get("Number") \
            or not span[0].text[:1].isupper():
        return False
    cases = set(noun.morph.get("Case"))
    if not all(t.pos_ == "ADJ" and t.is_alpha and cases & set(t.morph.get("Case")) for t in span[:k]):
        return False
    rest = span[k + 1:]
    return rest[-1].pos_ == "NOUN" and all(_genitive(t) or t.lower_ == "и" for t in rest)


def institution_places_as_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with the tagger's places that are institution phrases typed as organizations."""
    changed = False
    out = []
    for span in spans:
        if span.label_ == "LOC" and len(span) >= 3 and _institution_phrase(span):
            span = Span(doc, span.start, span.end, label="ORG")
            changed = True
        out.append(span)
    return out if changed else spans


def _field_group_end(doc: Doc, i: int, wards: bool = False) -> int | None:
    """End of a lower-case genitive group from ``doc[i]`` (adjectives and nouns, "и" between
    them) whose last noun names a field, or with ``wards`` whom a care institution serves
    (``lexicons/institution_wards.txt``: "для несовершеннолетних"); None else."""
    fields = load_list("institution_fields.txt")
    kept = load_list("institution_wards.txt") if wards else frozenset()
    j, end = i, None
    while j < len(doc) and j - i < MAX_GROUP:
        token = doc[j]
        if _genitive(token):
            j += 1
            if token.pos_ == "NOUN" or folded_lemma(token) in kept:
                end = j
        elif token.lower_ == "и" and end == j and j + 1 < len(doc) and _genitive(doc[j + 1]):
            j += 1
        else:
            break
    if end is None or folded_lemma(doc[end - 1]) not in fields and folded_lemma(doc[end - 1]) not in kept \
            and not any(t.pos_ == "NOUN" and folded_lemma(t) in kept for t in doc[i:end - 1]):
        return None  # (a ward with its own complement: "для ветеранов войн", orgextent42)
    if end < len(doc) and _genitive(doc[end]):
        return None  # the phrase goes on past the field: not the name's
    return end


def _named_head(span: Span) -> bool:
    """Opened by a capitalized word, ending in a lower-case noun, holding the noun of an
    institution, a body or a descriptor."""
    heads = body_nouns()
    return span[0].text[:1].isupper() and span[-1].is_lower and span[-1].pos_ == "NOUN" \
        and any(t.pos_ == "NOUN" and folded_lemma(t) in heads for t in span)


def _place_owned(span: Span) -> bool:
    """A capitalized body noun and the place it belongs to in the genitive, capitalized words only
    ("Банка Вьетнама" before "для инвестиций и развития")."""
    head, rest = span[0], span[1:]
    return 1 <= len(rest) <= 3 and head.pos_ == "NOUN" and head.is_title and not head.is_sent_start \
        and folded_lemma(head) in body_nouns() and all(t.is_alpha and t.is_title for t in rest) \
        and "Gen" in rest[-1].morph.get("Case")


def _untagged_start(doc: Doc, k: int) -> int | None:
    """Start of capitalized adjectives agreeing with the lower-case head noun at ``k``
    ("Японским банком"); None where no adjective or no capitalized first one."""
    noun = doc[k]
    if noun.pos_ != "NOUN" or not noun.is_lower or folded_lemma(noun) not in body_nouns():
        return None
    cases = set(noun.morph.get("Case"))
    start = k
    while start > 0 and k - start < MAX_ADJECTIVES and doc[start - 1].pos_ == "ADJ" and doc[start - 1].is_alpha \
            and cases & set(doc[start - 1].morph.get("Case")):
        start -= 1
    return start if start < k and doc[start].text[:1].isupper() else None


def field_tails(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each organization's "для" + field tail taken in, and an organization for
    capitalized adjectives, a head noun and such a tail the tagger left out or read as a place
    ("Японским банком для международного сотрудничества"; the place "Японским" gives way)."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    named = {i for s in spans if s.label_ != "LOC" for i in range(s.start, s.end)}
    changed = False
    out = []
    ends = {s.end for s in spans if s.label_ == "ORG"}
    for span in spans:
        end = span.end
        if span.label_ == "ORG" and end + 1 < len(doc) and (_named_head(span) or _place_owned(span)):
            stop = None
            if doc[end].lower_ == "для":
                stop = _field_group_end(doc, end + 1, wards=any(  # "центра для несовершеннолетних"
                    t.pos_ == "NOUN" and folded_lemma(t) in institution_heads() for t in span))
            elif span[0].pos_ == "ADJ" and folded_lemma(span[-1]) in body_nouns():
                stop = _field_group_end(doc, end)  # "Азиатского банка" + "развития"
            if stop is not None and not any(i in taken for i in range(end, stop)):
                span = Span(doc, span.start, stop, label="ORG")
                changed = True
        out.append(span)
    for d in (i for i in lower_positions(doc, ("для",)) if 1 < i < len(doc) - 1 and i not in ends):
        start = _untagged_start(doc, d - 1)
        stop = _field_group_end(doc, d + 1, folded_lemma(doc[d - 1]) in institution_heads()) if start is not None else None
        if stop is None or any(i in named for i in range(start, stop)) or any(i in taken for i in range(d, stop)):
            continue
        out = [s for s in out if not (s.label_ == "LOC" and start <= s.start and s.end <= d)]
        out.append(Span(doc, start, stop, label="ORG"))
        changed = True
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans
