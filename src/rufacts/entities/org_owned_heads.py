"""Bodies named by a common head noun and their owner or founder, which the tagger cuts short or
misses: "Программы развития ООН" (only "ООН" tagged), "Программа ООН по окружающей среде",
"Фонд Билла и Мелинды" + "Гейтс", "Фонд Елены и" + "Геннадия Тимченко", "Фонда развития" +
"Ага Хана", "Всемирной продовольственной программой" (nothing tagged).

The heads are ``lexicons/owned_body_heads.txt`` (программа, фонд, управление, агентство...), the
owners ``lexicons/owned_body_owners.txt`` (international organizations: ООН, ЮНЕСКО, Евросоюз...)
and the genitives that leave a name open for its owner ``lexicons/owned_body_complements.txt``
("развития"). Three joins, each of a capitalized head (docs/gold-conventions.md: a descriptive
name keeps its tail, and its head and adjectives go to the nominative):

- :func:`_owner_joins`: a capitalized head, its agreeing adjectives before it and up to three
  lower-case genitives after it, right before a listed owner's organization span, is one body
  with the owner and the owner's "по" tail the tagger gave it ("Программы развития ООН",
  "Программа ООН по окружающей среде"); the owner stays a mention of its own, without the tail
  ("ООН", not "ООН по торговле и развитию"). A company after the head is not an owner: "Программа
  развития Росатома до 2030 года" is a document.
- :func:`_person_joins`: an organization span of a head cut inside its founders' names takes in
  the person span right after it: one ending in "и" after a first name ("Фонд Елены и" +
  "Геннадия Тимченко"), one ending in a first name after "и" ("Фонд Билла и Мелинды" +
  "Гейтс"), one ending in an open genitive ("Фонд развития" + "Ага Хана"); the person stays.
  So does one of a head and a first name, over "и" and a person whose first name has a genitive
  reading ("Фондом Билла" + "и" + "Мелинды Гейтс", "Фонд Джона" + "и" + "Кэтрин Макартуров").
  Not after a post the person holds ("директора Фонда развития Ивана Петрова").
- :func:`_adjective_led`: a head whose lexicon line lists the capitalized adjective leading it,
  an adjective of its kind between, names a body with no owner ("Всемирная продовольственная
  программа"; not "Всемирная программа вакцинации"); other adjectives do not
  ("Государственная программа «Развитие здравоохранения»", "фонд оплаты труда" is no name at all).

A capitalized "Фонд" the tagger left out before its founder's name in the genitive is one body
with it (:func:`_founder_named`: "Фонда Горбачёва"; ``lexicons/owned_body_founder_heads.txt``).

A fund of money (``lexicons/money_fund_phrases.txt``: "Фонд оплаты труда") the tagger took for a
body is none (:func:`_money_funds`).

Read by :mod:`rufacts.components.entities` after the tagger's names are joined.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from ..grammars.morph import get_morph
from ..lexicons import load_list, load_rows
from .bodies import grow_complements, longest_by_start
from .geo import lemma_positions
from .institutions import agrees, opens_sentence
from .role_phrase import is_role_word

MAX_GENITIVES = 3   # lower-case genitives between the head and its owner: "развития", "народонаселения"
MAX_ADJECTIVES = 3  # "Продовольственная и сельскохозяйственная" is left out: one run of adjectives
TAIL_WORDS = ("по", "для")  # an owner's remit tail the tagger gave it: "ООН по окружающей среде"


@lru_cache(maxsize=1)
def _heads() -> dict[str, frozenset[str]]:
    """Head lemma -> the adjectives that name the body with no owner after it."""
    return {row[0].lower(): frozenset(a.lower() for a in row[1:] if a) for row in load_rows("owned_body_heads.txt")}


def _head(token: Token) -> bool:
    """A head noun in the singular (a body named in the plural, ``lexicons/org_plural_heads.txt``, in
    the plural too: "Временных силах ООН"), capitalized or lower-case after its adjectives."""
    return token.pos_ in ("NOUN", "PROPN") and not token.is_upper and folded_lemma(token) in _heads() \
        and ("Plur" not in token.morph.get("Number") or folded_lemma(token) in load_list("org_plural_heads.txt"))


def _genitive(token: Token) -> bool:
    return token.is_alpha and token.is_lower and token.pos_ in ("NOUN", "ADJ") and "Gen" in token.morph.get("Case")


def _agrees(adjective: Token, noun: Token) -> bool:
    """An adjective in the noun's case and number, to the analyzer (the tagger may give the
    adjectives the case of the word before them: "закупленной Всемирной продовольственной
    программой")."""
    if not _adjectival(adjective) or not adjective.is_alpha:
        return False
    if "Plur" in noun.morph.get("Number"):  # "Временных силах": a plural head, the adjective's plural in its case
        cases = {p.tag.case for p in get_morph().parse(noun.text) if p.tag.POS == "NOUN" and p.tag.number == "plur"}
        return any(p.tag.POS in ("ADJF", "PRTF") and p.tag.number == "plur" and p.tag.case in cases
                   for p in get_morph().parse(adjective.text))
    return agrees(get_morph(), adjective, noun)


def _adjectival(token: Token) -> bool:
    """An adjective, or a capitalized participle the tagger read as a verb ("Объединённой программе
    ООН"; a lower-case one opens a clause: "закупленной Всемирной продовольственной программой")."""
    return token.pos_ == "ADJ" or token.pos_ == "VERB" and bool(token.morph.get("Case")) and token.text[:1].isupper()


def _adjectives_start(doc: Doc, k: int) -> int:
    """Start of the agreeing adjectives before the head at ``k``, "и" between two of them
    ("Продовольственной и сельскохозяйственной организации"), opened by a capitalized one; ``k``
    where there is none ("новой Программы": "новой" stays out)."""
    start = k
    while start > 0 and k - start < MAX_ADJECTIVES + 1:
        if _agrees(doc[start - 1], doc[k]):
            start -= 1
        elif start < k and start > 1 and doc[start - 1].lower_ == "и" and _agrees(doc[start - 2], doc[k]):
            start -= 2
        else:
            break
    while start < k and not (doc[start].text[:1].isupper() and _adjectival(doc[start])):
        start += 1
    return start


def _quality(token: Token) -> bool:
    """An adjective of quality, a pronoun or an ordinal ("Новая", "Наша", "Вторая"), which names no body."""
    return any({"Qual", "Apro", "Anum"} & p.tag.grammemes for p in get_morph().parse(token.text) if p.tag.POS == "ADJF")


def _owner(span: Span) -> bool:
    """An organization span naming a listed owner, its remit tail aside ("ООН по окружающей среде")."""
    words = []
    for t in span:
        if t.lower_ in TAIL_WORDS:
            break
        words.append(folded_lemma(t))
    return " ".join(words) in load_list("owned_body_owners.txt") or (
        span[0].is_upper and span[0].lower_ in load_list("owned_body_owners.txt"))


def _owner_joins(doc: Doc, spans: list[Span]) -> list[Span]:
    for owner in [s for s in spans if s.label_ == "ORG" and _owner(s)]:
        k = owner.start - 1
        while k >= 0 and owner.start - 1 - k < MAX_GENITIVES and _genitive(doc[k]) and not _head(doc[k]):
            k -= 1  # (a head in the genitive is the name's own: "... сельскохозяйственной организации ООН")
        if k < 0 or not _head(doc[k]):
            continue
        start = _adjectives_start(doc, k)
        if start < k and opens_sentence(doc, start) and _quality(doc[start]):
            continue  # "Новая программа развития ООН": a capital of the sentence's
        if not doc[start].text[:1].isupper():
            continue  # "новой программы развития ООН": no name
        if any(s.start <= start and s.end >= owner.end and s is not owner and s.label_ == "ORG" for s in spans):
            continue  # the tagger's "Детского фонда ООН" has it
        if any(s.label_ in ("ORG", "PER") and s.start < start < s.end for s in spans):
            continue  # a name reaching in from before
        inside = [s for s in spans if start <= s.start and s.end <= owner.start]
        if any(s.label_ == "ORG" for s in inside):
            continue  # the tagger's own body before the owner: the joining rules' to read
        end = owner.end
        if owner.end < len(doc) and doc[owner.end].lower_ in TAIL_WORDS:  # "Программа ООН" + "по окружающей среде"
            end = max(end, grow_complements(doc, owner.end, longest_by_start(spans))[0])
        grown = Span(doc, start, end, label="ORG")
        tail = next((t.i for t in owner if t.lower_ in TAIL_WORDS), None)  # "ООН по торговле": the body's remit
        kept = [] if tail is None else [Span(doc, owner.start, tail, label="ORG")]
        spans = sorted([s for s in spans if not any(s is i for i in inside) and (tail is None or s is not owner)]
                       + [grown] + kept, key=lambda s: (s.start, -s.end))
    return spans


def _first_name(token: Token) -> bool:
    return token.text[:1].isupper() and any("Name" in p.tag.grammemes for p in get_morph().parse(token.text))


def _genitive_name(person: Span) -> bool:
    """A person's last word with a genitive reading: the founder after the name ("Ага Хана"), not
    the subject after it."""
    return any(p.tag.case == "gent" and p.tag.number != "plur" for p in get_morph().parse(person[-1].text))


def _founders_cut(org: Span) -> bool:
    """An organization span of a head cut inside its founders' names or before them."""
    heads = [i for i, t in enumerate(org) if _head(t)]
    if not heads or len(org) - heads[0] < 2:
        return False
    last = org[-1]
    if last.lower_ == "и":  # "Фонд Елены и"
        return len(org) - heads[0] >= 3 and _first_name(org[-2])
    if len(org) >= 3 and org[-2].lower_ == "и" and _first_name(last) and _first_name(org[-3]):
        return True  # "Фонд Билла и Мелинды"
    return last.is_lower and folded_lemma(last) in load_list("owned_body_complements.txt") \
        and heads[0] == len(org) - 2  # "Фонд развития"


def _second_founder(doc: Doc, org: Span, persons: dict[int, Span]) -> Span | None:
    """The person after "и" that an organization span of a head and one first name leaves out
    ("Фондом Билла" + "и" + "Мелинды Гейтс"): a first name and more, the first name with a
    genitive singular reading (not the subject "и Геннадий Петров заявил"); None else."""
    person = persons.get(org.end + 1)
    if person is None or len(person) < 2 or len(org) < 2 or doc[org.end].lower_ != "и" \
            or not _head(org[-2]) or not _first_name(org[-1]):
        return None
    return person if any("Name" in p.tag.grammemes and p.tag.case == "gent" and p.tag.number == "sing"
                         for p in get_morph().parse(person[0].text)) else None


def _person_joins(doc: Doc, spans: list[Span]) -> list[Span]:
    persons = {s.start: s for s in spans if s.label_ == "PER"}
    out = []
    for s in spans:
        person = persons.get(s.end) if s.label_ == "ORG" else None
        if person is not None and _founders_cut(s) and not (s.start and is_role_word(doc[s.start - 1])) \
                and (_genitive_name(person) or s[-1].lower_ != "и" and not s[-1].is_lower):
            s = Span(doc, s.start, person.end, label="ORG")
        elif s.label_ == "ORG" and s.end + 1 < len(doc) and not (s.start and is_role_word(doc[s.start - 1])):
            second = _second_founder(doc, s, persons)  # "Фондом Билла" + "и Мелинды Гейтс"
            s = s if second is None else Span(doc, s.start, second.end, label="ORG")
        out.append(s)
    return sorted(out, key=lambda s: (s.start, -s.end))


def _adjective_led(doc: Doc, spans: list[Span]) -> list[Span]:
    heads = _heads()
    found = []
    for k in lemma_positions(doc, lambda lemma: heads.get(lemma.replace("ё", "е"))):  # a head with adjectives
        t = doc[k]
        if not (t.is_lower and t.pos_ == "NOUN" and heads.get(folded_lemma(t))):
            continue
        start = k
        while start > 0 and k - start < MAX_ADJECTIVES and _agrees(doc[start - 1], t):
            start -= 1
        if k - start < 2 or folded_lemma(doc[start]) not in heads[folded_lemma(t)] \
                or not doc[start].text[:1].isupper() or any(not w.is_lower for w in doc[start + 1:k]) \
                or "Plur" in t.morph.get("Number"):
            continue
        if any(s.start <= k and start < s.end for s in spans):
            continue
        found.append(Span(doc, start, k + 1, label="ORG"))
    return sorted(spans + found, key=lambda s: (s.start, -s.end)) if found else spans


def _money_end(doc: Doc, span: Span) -> int | None:
    """End of a fund of money opening ``span`` ("Фонд оплаты труда"), None where there is none."""
    if span.label_ != "ORG" or folded_lemma(span[0]) != "фонд":
        return None
    for phrase in load_list("money_fund_phrases.txt"):
        words = phrase.split()
        end = span.start + 1 + len(words)
        if end <= span.end and [folded_lemma(t) for t in doc[span.start + 1:end]] == words:
            return end
    return None


def _money_funds(doc: Doc, spans: list[Span]) -> list[Span]:
    """A fund of money the tagger read as a body gives way, to the company after it where the
    span runs on to it ("Фонд оплаты труда" + "Почты России": the company's payroll)."""
    out = []
    for s in spans:
        end = _money_end(doc, s)
        if end is None:
            out.append(s)
        elif end < s.end and doc[end].text[:1].isupper():
            out.append(Span(doc, end, s.end, label="ORG"))
    return out


def _founder_reading(token: Token, grammeme: str) -> bool:
    return token.is_alpha and token.is_title and any(
        grammeme in p.tag.grammemes and p.tag.case == "gent" and p.tag.number == "sing" for p in get_morph().parse(token.text))


def _founder_named(doc: Doc, spans: list[Span]) -> list[Span]:
    """A capitalized head of ``lexicons/owned_body_founder_heads.txt`` no span holds, right
    before its founder's name in the genitive (up to two first names and a surname, the surname
    last), is one body: "Архив Фонда Горбачёва" the tagger left untagged; a person span of the
    founder stays."""
    heads = load_list("owned_body_founder_heads.txt")
    taken = {i for s in spans for i in range(s.start, s.end)}
    named = {i for s in spans if s.label_ != "PER" for i in range(s.start, s.end)}
    found = []
    for k in lemma_positions(doc, heads.__contains__):
        t = doc[k]
        if k in taken or k + 1 >= len(doc) or not t.is_title or folded_lemma(t) not in heads \
                or "Plur" in t.morph.get("Number"):
            continue
        j = k + 1
        while j < len(doc) and j - k <= 3 and j not in named and doc[j].is_title and doc[j].is_alpha:
            j += 1
        if j == k + 1 or (j < len(doc) and doc[j].is_title and doc[j].is_alpha) \
                or not _founder_reading(doc[j - 1], "Surn") \
                or not all(_founder_reading(w, "Name") for w in doc[k + 1:j - 1]):
            continue
        found.append(Span(doc, k, j, label="ORG"))
    return sorted(spans + found, key=lambda s: (s.start, -s.end)) if found else spans


def owned_heads(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with the bodies named by a head and their owner or founder made whole, and funds
    of money left out."""
    return _person_joins(doc, _owner_joins(doc, _adjective_led(doc, _founder_named(doc, _money_funds(doc, spans)))))
