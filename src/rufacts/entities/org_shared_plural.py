"""Coordinated names sharing one plural head, read as a grammar over the words in every case:
"с Новосибирским и Красноярским театрами оперы и балета", "в Тамбовской и Липецкой областных
больницах", "Девятый и Десятый арбитражные апелляционные суды", "Кировского, Ленинского и
Октябрьского районных судов". Each name is a body of its own (docs/gold-conventions.md): the
mention of a name before the last is its adjectives alone ("Новосибирским"), the last one runs
through the head and its genitive complement ("Красноярским театрами оперы и балета"); the name
of each is its adjectives with the head in the nominative singular ("Новосибирский театр оперы и
балета").

The grammar, on the dictionary's readings (the tagger's case of such words is a guess: it reads
"Архангельском" as a place, "кассационным" as a singular):
  name  = 1-3 capitalized words read as singular adjectives (ordinals too: "Первому")
  group = name (("," | "и" | "или") name)+ head-adjective{0,3} noun [complement]
where every name word has a singular reading, the head's adjectives a plural one, and the noun a
plural one, all in one case, the names in the noun's gender. The noun is an institution's
(``institution_nouns.txt``, ``org_descriptors.txt``, ``body_heads.txt``, ``body_nouns.txt``,
``org_plant_heads.txt``, ``shared_head_nouns.txt``): "Правый и Левый берега" name no bodies. The
complement is the genitive words a body's head takes ("оперы и балета", "общей юрисдикции",
"полиции") or an owner's acronym ("Росприроднадзора"), not a place ("города", "региона").

:func:`shared_plural_orgs` puts the spans in (the tagger's pieces of the group go); the component
reads each one's name with :func:`shared_plural_name`.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammars.morph import get_morph, restore_case
from ..lexicons import load_list
from .doc_words import word_positions
from .spans import positions

JOINS = {",", "и", "или"}
MAX_NAME = 3   # capitalized words of one name: "Государственный Кремлёвский"
MAX_HEAD = 3   # the head's own adjectives: "арбитражные апелляционные"
MAX_TAIL = 3   # the complement: "оперы и балета"
ADJ = {"ADJF", "PRTF"}
CASES = {"loc2": "loct", "gen2": "gent", "acc2": "accs"}
PLACE_NOUNS = {"город", "регион", "район", "область", "край", "страна", "столица", "республика",
               "округ", "губерния", "поселок", "село"}  # a place of the bodies, not their name
KEY = "rufacts_shared_plural"


@lru_cache(maxsize=1)
def head_lemmas() -> frozenset[str]:
    """Lemmas of the nouns that may be a body's head: the institution nouns and the single-word
    descriptors and body heads."""
    from .institutions import _nouns, numbered_only

    words = set(_nouns())
    for name in ("org_descriptors.txt", "body_heads.txt", "body_nouns.txt", "shared_head_nouns.txt"):
        words |= {e.split()[0] for e in load_list(name) if len(e.split()) == 1 or e.split()[1][:1] in "+<=*-№"}
    refused = {e[1:] for e in words if e.startswith("!")}  # "!станция": "Курская и Белорусская станции"
    return frozenset(w for w in words if not w.startswith("!") and w not in refused) - numbered_only()


@lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    """Nouns of ``lexicons/body_heads.txt`` ("отдел"): a head in their own right, whatever adjective an
    institution's entry binds them to ("отдел <следственный")."""
    return frozenset(e.split()[0] for e in load_list("body_heads.txt"))


def _bound(doc: Doc, noun: int) -> bool:
    """A noun that is an institution only right after its adjective has it ("железные дороги")."""
    from .institutions import bound_adjectives

    lemmas = {p.normal_form for p in get_morph().parse(doc[noun].text) if p.tag.POS == "NOUN"} - _body_heads()
    # (a body's own noun with its complement stays free: "Ленинским и Кировским отделами полиции")
    bound = {a for w in lemmas if w in bound_adjectives() for a in bound_adjectives()[w]}
    return not bound or noun > 0 and any(p.normal_form in bound for p in get_morph().parse(doc[noun - 1].text))


def _case(tag) -> str:
    return CASES.get(tag.case, tag.case)


def _name_readings(token: Token) -> set[tuple[str, str]]:
    """(case, gender) of a capitalized word's singular adjective readings; empty for any other word."""
    text = token.text
    if not text[:1].isupper() or not text.replace("-", "").isalpha() or text.isupper():
        return set()
    return {(_case(p.tag), p.tag.gender) for p in get_morph().parse(text)
            if p.tag.POS in ADJ and p.tag.number == "sing"}


def _head_adjective_cases(token: Token) -> set[str]:
    if not token.is_lower or not token.is_alpha:
        return set()
    return {_case(p.tag) for p in get_morph().parse(token.text) if p.tag.POS in ADJ and p.tag.number == "plur"}


def _noun_readings(token: Token) -> set[tuple[str, str]]:
    """(case, gender) of a lower-case plural institution noun's readings."""
    if not token.is_lower or not token.is_alpha:
        return set()
    heads = head_lemmas()
    return {(_case(p.tag), p.tag.gender) for p in get_morph().parse(token.text)
            if p.tag.POS == "NOUN" and p.tag.number == "plur" and p.normal_form.replace("ё", "е") in heads}


def _genitive(token: Token) -> bool:
    """A lower-case genitive word of a complement, not a place's noun."""
    parses = [p for p in get_morph().parse(token.text) if p.tag.POS in ("NOUN", *ADJ)]
    return token.is_lower and token.is_alpha and token.pos_ in ("NOUN", "ADJ") and any(_case(p.tag) == "gent" for p in parses) \
        and not any(p.normal_form in PLACE_NOUNS for p in parses if p.tag.POS == "NOUN")


def _tail_end(doc: Doc, noun: int, orgs: set[int]) -> int:
    """The end of the head's genitive complement after the noun at ``noun``."""
    end = noun + 1
    if end < len(doc) and end in orgs and doc[end].text[:1].isupper() and doc[end].is_alpha:
        return end + 1  # the owner's name the tagger took: "управления Росприроднадзора", "институты РАН"
    while end < len(doc) and end - noun <= MAX_TAIL and (_genitive(doc[end]) or doc[end].lower_ == "и" and end + 1 < len(
            doc) and _genitive(doc[end + 1]) and end > noun + 1 and doc[end - 1].pos_ == "NOUN"):
        # ("и" inside the complement only: "оперы и балета", not "театров и хор Капеллы")
        end += 1
    while end > noun + 1 and doc[end - 1].pos_ != "NOUN":
        end -= 1
    return end


def _name_before(doc: Doc, end: int) -> int:
    """The start of the capitalized adjectives ending at ``end`` (``end`` where there are none)."""
    start = end
    while start > 0 and end - start < MAX_NAME and _name_readings(doc[start - 1]):
        start -= 1
    return start


def _group(doc: Doc, noun: int, orgs: set[int]):
    """(name spans, the last name's end with the head, the reading) of the group whose plural head
    noun stands at ``noun``; None where there is none."""
    readings = _noun_readings(doc[noun])
    if not readings or not _bound(doc, noun):
        return None
    k = noun
    while k > 0 and noun - k < MAX_HEAD and _head_adjective_cases(doc[k - 1]):
        k -= 1
    cases = {c for c, _ in readings}
    for i in range(k, noun):
        cases &= _head_adjective_cases(doc[i])
    names, end = [], k
    while True:
        start = _name_before(doc, end)
        if start == end:
            break
        names.append((start, end))
        if start < 2 or doc[start - 1].text not in JOINS:
            break
        end = start - 1
    if len(names) < 2:
        return None
    agree = {r for r in readings if r[0] in cases}
    for start, end in names:
        for i in range(start, end):
            agree &= _name_readings(doc[i])
    if not agree:
        return None
    names.reverse()
    return names, noun, _tail_end(doc, noun, orgs), min(agree)


def shared_plural_groups(doc: Doc, spans: list[Span]) -> list[tuple[list[tuple[int, int]], int, int, tuple[str, str]]]:
    """The doc's groups: (the names' spans, the head noun, the end of its complement, the names'
    case and gender), read once per doc (``spans``: the tagger's owners in complements)."""
    cached = doc.user_data.get(KEY)
    if cached is not None:
        return cached
    orgs = {s.start for s in spans if s.label_ == "ORG"}
    heads = head_lemmas()
    out = []
    # a word may close a group only after a join and a capitalized word within reach (a cheap test
    # before the dictionary's readings): only the words within a join's reach after it are looked at
    reach = MAX_HEAD + MAX_NAME + 1
    joins = positions(doc, JOINS)  # (by the doc's word index: no test of each word)
    capitals = word_positions(doc, _capital_first, capital=True) if joins else []
    within = sorted({i for j in joins for i in range(max(3, j + 1), min(len(doc), j + reach + 1))})
    k = 0  # the first capital at or past the window of the word at i (both ascending: one sweep)
    for i in within:
        low = max(0, i - MAX_HEAD - 1)
        while k < len(capitals) and capitals[k] < low:
            k += 1
        if k == len(capitals) or capitals[k] >= i:
            continue  # (no Token made for a word with no capital before it)
        token = doc[i]
        if token.is_lower and token.pos_ in ("NOUN", "ADJ", "PROPN") \
                and any(p.normal_form.replace("ё", "е") in heads for p in get_morph().parse(token.text)):
            found = _group(doc, i, orgs)
            if found:
                out.append(found)
    doc.user_data[KEY] = out
    return out


def _capital_first(text: str) -> bool:
    return text[:1].isupper()


def shared_plural_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each name of a group (the last one through the head); the
    spans inside the group's words, or crossing them, go."""
    new: list[Span] = []
    regions = []
    for names, noun, end, _ in shared_plural_groups(doc, spans):
        new += [Span(doc, s, e, label="ORG") for s, e in names[:-1]]
        new.append(Span(doc, names[-1][0], end, label="ORG"))
        regions.append((names[0][0], noun, end))
    if not new:
        return spans
    kept = [s for s in spans if not any(s.start < e and b < s.end and s.start <= noun and not (
        s.start <= b and e <= s.end and (s.start, s.end) != (b, e)) for b, noun, e in regions)]
    # (the owner in the complement stays: "Росприроднадзора")
    return sorted(kept + new, key=lambda s: (s.start, -s.end))


def _member(span: Span):
    """(the group, the length of the span's name) of a group's body whose mention is ``span``."""
    for group in span.doc.user_data.get(KEY, ()):
        names, _, end, _ = group
        if (span.start, span.end) in names[:-1] or (span.start, span.end) == (names[-1][0], end):
            return group, next(e - s for s, e in names if s == span.start)
    return None


def shared_plural_tokens(span: Span) -> list[Token] | None:
    """The words of a group's body's name: its adjectives, the head and its complement
    ("Новосибирским" + "театрами оперы и балета"); None for any other span."""
    found = _member(span)
    if found is None:
        return None
    (names, _, end, _), size = found
    return [*span[:size], *span.doc[names[-1][1]:end]]


def shared_plural_name(span: Span) -> str | None:
    """The name of a group's body whose mention is ``span`` ("Новосибирским" -> Новосибирский театр
    оперы и балета); None for any other span."""
    found = _member(span)
    if found is None:
        return None
    (names, noun, end, (case, gender)), size = found
    doc = span.doc
    words = [_inflect(t, case, gender, "sing") for t in span[:size]]
    words += [_inflect(doc[i], case, gender, "plur") for i in range(names[-1][1], noun)]
    words.append(_singular_noun(doc[noun], case))
    words += [t.text for t in doc[noun + 1:end]]
    return None if None in words else " ".join(words)


def _inflect(token: Token, case: str, gender: str, number: str) -> str | None:
    """A name's or the head's adjective in the nominative singular of the head's gender; a
    hyphenated one by its last part, the first as written ("Южно-Уральской" -> Южно-Уральская,
    not the dictionary's "южноуральская")."""
    text = token.text
    if "-" in text:
        first, last = text.rsplit("-", 1)
        inflected = _inflected(last, case, gender, number)
        if inflected:
            return f"{first}-{inflected}"
    return _inflected(text, case, gender, number)


def _inflected(text: str, case: str, gender: str, number: str) -> str | None:
    for p in get_morph().parse(text):
        if p.tag.POS in ADJ and _case(p.tag) == case and p.tag.number == number \
                and (number == "plur" or p.tag.gender == gender):
            form = p.inflect({"nomn", "sing", gender})
            if form:
                return restore_case(text, form.word)
    return None


def _singular_noun(token: Token, case: str) -> str | None:
    heads = head_lemmas()
    for p in get_morph().parse(token.text):
        if p.tag.POS == "NOUN" and p.tag.number == "plur" and _case(p.tag) == case \
                and p.normal_form.replace("ё", "е") in heads:
            form = p.inflect({"nomn", "sing"})
            if form:
                return restore_case(token.text, form.word)
    return None
