"""Museums named after a person without "имени": "Дом-музей Мартироса Сарьяна", "в музее-квартире
Пушкина", "Мемориальный музей-квартиру Гургена Маари", "в Музее Анны Ахматовой", "в Доме-музее А. П. Чехова"
(the tagger's person or place over a hyphenated head: a person after it; initials say nothing of
the case).

A head of ``lexicons/org_memorial_heads.txt`` (each part of a hyphenated noun read in its
nominative: "Доме-музее" is "дом-музей") right before a person the tagger found, whose name stands
in the genitive (its first word has a genitive reading and no nominative-only one: "Мартироса",
"Нико"; not "директор дома-музея Иван Петров"), is one organization from the head, or from the
capitalized adjectives before it that share its case ("Мемориальный"), to the person's last word.
Heads marked "^" ("музей") count only capitalized and not as a sentence's first word. Not after a
post the person may hold ("директора музея-усадьбы Ивана Петрова", ``org_name_extent``'s test).
The person stays a mention of their own; the tagger's organization of the head alone ("Дом-музей")
grows over the name; a tagger's span that overlaps the phrase's edge stands and nothing is added.

The name (``memorial_name``, read by ``normal.normalize_words``): the adjectives and the head in the
nominative, each part of a hyphenated head declined on its own ("Доме-музее" -> "Дом-музей",
"музей-квартиру" -> "музей-квартира"), the person's name as written, in the genitive.

Read by :mod:`rufacts.components.entities`.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammars.morph import Morph, get_morph, restore_case
from ..lexicons import load_list
from .institutions import opens_sentence
from .org_name_extent import POST_REACH

MAX_ADJECTIVES = 2  # "Государственный мемориальный музей-квартира"


@lru_cache(maxsize=1)
def _heads() -> dict[str, bool]:
    """Head -> whether it counts only capitalized (marked "^")."""
    out = {}
    for entry in load_list("org_memorial_heads.txt"):
        words = entry.split()
        out[words[0]] = "^" in words[1:]
    return out


def head_form(token: Token) -> str:
    """The nominative singular of each hyphen-joined part: "Доме-музее" -> "дом-музей"."""
    return _form(get_morph(), token.text)


def memorial_name(morph: Morph, words: list[str], normalize) -> list[str] | None:
    """``words`` of a museum named after a person with its head phrase in the nominative; None
    where no memorial head with words after it stands among them."""
    if not any("музе" in w.lower() for w in words):
        return None  # (every head holds "музей": no parse for other names)
    heads = _heads()
    h = next((i for i, w in enumerate(words[:-1]) if _form(morph, w) in heads), None)
    if h is None or not words[h + 1][:1].isupper() or not all(w.isalpha() for w in words[:h]):
        return None  # (a head inside quotes stays as written: "«Музея Победы»")
    if any(morph.parse(w)[0].tag.POS == "NOUN" for w in words[:h]):
        return None  # the museum is the owner of a head before it: "Сибирский филиал Государственного музея Востока"
    first, *rest = words[h].split("-")
    parts = _form(morph, words[h]).split("-")
    lead = normalize(morph, [*words[:h], first])  # the adjectives agree with the first part
    head = "-".join(restore_case(w, p) for w, p in zip([first, *rest], parts))
    return [*lead[:-1], head, *words[h + 1:]]


def _form(morph: Morph, word: str) -> str:
    parts = []
    for part in word.lower().split("-"):
        if not part.isalpha():
            return ""
        nouns = [p for p in morph.parse(part) if p.tag.POS == "NOUN" and p.tag.number == "sing"]
        parts.append(nouns[0].normal_form if nouns else part)
    return "-".join(parts).replace("ё", "е")


def _genitive_name(person: Span) -> bool:
    """The person's first word reads as a genitive ("Мартироса", "Нико", "Анны"), not as a
    nominative only ("Иван")."""
    words = [t for t in person if not (t.is_punct or len(t.text.rstrip(".")) == 1 and t.text[:1].isupper())]
    if not words:  # "А. П. Чехова": the initials say nothing of the case, the surname does
        return False
    cases = {p.tag.case for p in get_morph().parse(words[0].text) if p.tag.POS == "NOUN"}
    return "gent" in cases


def _adjectives_start(doc: Doc, k: int) -> int:
    """Start of the capitalized adjectives right before the head at ``k`` that share its case."""
    cases = set(doc[k].morph.get("Case"))
    start = k
    while start > 0 and k - start < MAX_ADJECTIVES:
        t = doc[start - 1]
        own = set(t.morph.get("Case"))
        direct = {"Nom", "Acc"}  # an inanimate's accusative is its nominative: "Мемориальный музей-квартиру"
        if t.pos_ != "ADJ" or not t.is_alpha or not (cases & own or cases & direct and own & direct):
            break
        start -= 1
    while start < k and not (doc[start].text[:1].isupper() and not opens_sentence(doc, start)):
        start += 1  # a lower-case quality ("новом") or a sentence's capital says nothing of a name
    return start


def _holder_before(doc: Doc, start: int) -> bool:
    """A post's noun in the genitive before the museum, over a few lower-case genitives ("директора",
    "заведующего отделом"): the genitive name after the museum may be the post's holder; not
    "Сотрудники дома-музея Чехова" (the staff's case is not the name's)."""
    k = start - 1
    while k >= 0 and start - k <= POST_REACH:
        token = doc[k]
        cases = set(token.morph.get("Case"))
        if token.lemma_.lower() in load_list("role_words.txt") or (
                token.pos_ == "NOUN" and "Anim" in token.morph.get("Animacy")):
            return not cases or "Gen" in cases
        if not (token.is_lower and token.pos_ in ("NOUN", "ADJ") and {"Gen", "Ins"} & cases):
            return False
        k -= 1
    return False


def memorial_museums(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each museum named after the person right after its head."""
    heads = _heads()
    spans = [Span(doc, s.start + 1, s.end, label="PER") if s.label_ in ("PER", "LOC") and len(s) > 1 and "-" in s[0].text
             and head_form(s[0]) in heads and s[1].text[:1].isupper() else s for s in spans]
    # ("Доме-музее А. П. Чехова" read as one person or one place: the person starts after the head)
    persons = {s.start: s for s in spans if s.label_ == "PER"}
    found = []
    for k in sorted(start - 1 for start in persons if start > 0):  # the word right before a person
        token, person = doc[k], persons[k + 1]
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        form = head_form(token)
        if form not in heads or heads[form] and (token.is_lower or opens_sentence(doc, k)):
            continue
        if not _genitive_name(person):
            continue
        start = _adjectives_start(doc, k)
        if _holder_before(doc, start):
            continue  # "директора музея-усадьбы Ивана Петрова": the director
        end = person.end
        own = [s for s in spans if s.label_ == "ORG" and s.end == k + 1 and start <= s.start]
        # (the tagger's "Дом-музей" alone: the head of this name)
        if any(s.label_ in ("ORG", "LOC", "PER") and s is not person and s not in own and s.start < end
               and start < s.end and (s.start < start or s.end > end) for s in spans):
            continue
        if any(s.label_ == "ORG" and s.start <= k < s.end and s not in own for s in spans):
            continue  # the tagger's or a rule's organization has the head already
        found.append(Span(doc, start, end, label="ORG"))
    if not found:
        return spans
    kept = [s for s in spans if s.label_ == "PER" or not any(
        f.start <= s.start and s.end <= f.end for f in found)]
    return sorted(kept + found, key=lambda s: (s.start, -s.end))
