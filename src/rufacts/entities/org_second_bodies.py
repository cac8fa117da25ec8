"""Where a body's name ends: a second body after it, a verb's participle before it, a country's
adjective before a party's own name (docs/gold-conventions.md: "the name stops at ... a verb, a
person, a second body"; "a country's adjective ... says where it is from").

- A second body after the first is no owner of it (:func:`second_bodies`, after
  :func:`.bodies.owned_orgs`, which grows a body over the organization right after it in the
  genitive): a company with its legal form after a body that ends with its place ("Арбитражным судом
  Республики Хакасия ООО «...» признано банкротом": the court rules on the company), and a university
  (conservatory, institute) named by its capitalized adjectives after a unit or an institute named by
  its field ("Институт нефти и газа" + "Сибирского федерального университета", "факультета
  журналистики" + "Воронежского университета", as the gold writes them). An academy of sciences owns
  its institutes ("Институт археологии Российской академии наук", "РАН") and stays.
- A body noun after "и" in the case of the body's head, after the body's place, opens a second body
  ("Совету по туризму Египта" + "и посольству России": both thanked), not more of
  the remit (:func:`coordinated_cuts`, after the remit tails, which read "и" between like words).
- An active participle opening the sentence before a body is the verb of a person the sentence is
  about ("Руководившего Сосновской ЦРБ главного врача", "Возглавлявшему Богородскую ЦРБ чиновнику"):
  no part of the name (:func:`participle_leads`).
- A country's adjective (``lexicons/name_origins.tsv``, the "cue" adjectives: "кенийский") before a
  party's or a movement's own capitalized name ("Кенийское Оранжевое демократическое движение",
  "Зимбабвийское Движение за демократические перемены") says whose party it is; the name is the
  capitalized words from the next one to the head (``lexicons/party_heads.txt``) and the head's
  lower-case genitive run, or the tagger's longer span (:func:`country_parties`).
Read by :class:`rufacts.components.entities`.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammars.morph import get_morph
from ..lexicons import load_list, load_rows
from ..lexicons.legal import legal_forms
from .doc_words import morph_values
from .geo import lemma_positions
from .org_country_ministries import genitive_run_end

SCHOOLS = frozenset({"университет", "консерватория", "институт", "академия"})  # a second body by its adjectives
SCIENCES = frozenset({"наука"})  # "академии наук": the owner of its institutes
UNITS = frozenset({"институт", "факультет", "кафедра", "школа", "колледж", "лаборатория", "центр",
                   "отделение", "департамент"})  # a unit or an institute named by its field
MAX_ADJECTIVES = 4  # "Екатеринбургского государственного театрального" before "института"


@lru_cache(maxsize=1)
def _country_adjectives() -> frozenset[str]:
    """Adjectives of a country or a people ("кенийский", "зимбабвийский"): the "cue" lemmas in -ский."""
    return frozenset(row[0] for row in load_rows("name_origins.tsv")
                     if len(row) >= 2 and row[1] == "cue" and row[0].endswith(("ский", "цкий")))


@lru_cache(maxsize=1)
def _party_heads() -> frozenset[str]:
    return load_list("party_heads.txt")


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _school_at(doc: Doc, span: Span) -> bool:
    """``span`` names a university (conservatory, institute) by capitalized adjectives and its noun in
    the genitive ("Сибирского федерального университета"); not an academy of sciences."""
    if not 2 <= len(span) <= MAX_ADJECTIVES + 2 or not span[0].is_title or span[0].pos_ != "ADJ":
        return False
    heads = [t for t in span if t.pos_ == "NOUN"]
    if not heads or _lemma(heads[0]) not in SCHOOLS or "Gen" not in morph_values(heads[0], "Case"):
        return False
    after = heads[0].i + 1
    if after < span.end and _lemma(doc[after]) in SCIENCES or after < len(doc) and _lemma(doc[after]) in SCIENCES:
        return False
    return all(t.pos_ == "ADJ" for t in doc[span.start:heads[0].i])


def _unit_named(part: Span) -> bool:
    """``part`` is a unit or an institute named by its field: its noun first (the head), genitive
    words after it ("Институт нефти и газа", "факультета журналистики")."""
    return len(part) >= 2 and _lemma(part[0]) in UNITS and part[0].pos_ == "NOUN" \
        and all(t.is_lower or t.text == "и" for t in part[1:])


def _place_closed(part: Span, places: set[int]) -> bool:
    """``part`` ends with a place the tagger found ("Арбитражного суда Республики Хакасия")."""
    return part.end in places


def second_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a body cut before a second body that :func:`.bodies.owned_orgs` took in as its
    owner: a company with its legal form after a body closed by its place, a university named by its
    adjectives after a unit named by its field. The second body's own span stays."""
    places = {s.end for s in spans if s.label_ == "LOC"}
    forms = legal_forms()
    out, changed, schools, across = [], False, set(), set()
    ends: dict[int, list[Span]] = {}  # the organizations by their end (no scan of every pair)
    for o in spans:
        if o.label_ == "ORG":
            ends.setdefault(o.end, []).append(o)
    for s in spans:
        if s.label_ == "ORG" and len(s) >= 3:
            inner = [o for o in ends.get(s.end, ()) if s.start < o.start]
            for o in sorted(inner, key=lambda o: o.start):
                part = doc[s.start:o.start]
                legal = o[0].text.lower() in forms and o[0].text.isupper() and _place_closed(part, places)
                if legal or _school_at(doc, o) and _unit_named(part):
                    s = Span(doc, s.start, o.start, label="ORG")
                    changed = True
                    break
            else:  # the school's own span given way to one across the unit's field ("музыкального
                for p in range(s.start + 2, s.end - 1):  # театра" + "Екатеринбургского ... института")
                    if doc[p].is_title and _school_at(doc, doc[p:s.end]) and _unit_named(doc[s.start:p]):
                        schools.add((p, s.end))
                        across.update((o.start, o.end) for o in inner if o.start < p)
                        s = Span(doc, s.start, p, label="ORG")
                        changed = True
                        break
        out.append(s)
    if not changed:
        return spans
    out = [s for s in out if (s.start, s.end) not in across or s.label_ != "ORG"]
    out += [Span(doc, a, b, label="ORG") for a, b in schools
            if not any((s.start, s.end) == (a, b) and s.label_ == "ORG" for s in out)]
    return sorted(out, key=lambda s: (s.start, -s.end))


@lru_cache(maxsize=1)
def _body_nouns() -> frozenset[str]:
    """Nouns of a body ("торгпредство", "министерство", "посольство", "совет")."""
    return load_list("body_nouns.txt") | load_list("body_heads.txt") | load_list("org_mission_heads.txt") \
        | load_list("remit_body_heads.txt")


def coordinated_cuts(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a body cut before "и" and a second body's noun in its head's case after its
    place."""
    places = {s.end for s in spans if s.label_ == "LOC"}
    out, changed = [], False
    for s in spans:
        if s.label_ == "ORG" and len(s) >= 4:
            head = next((t for t in s if t.pos_ in ("NOUN", "PROPN")), None)
            for a in range(s.start + 2, s.end - 1):
                after = doc[a + 1]
                if doc[a].lower_ == "и" and a in places and after.is_lower and _lemma(after) in _body_nouns() \
                        and head is not None and morph_values(after, "Case") == morph_values(head, "Case"):
                    s = Span(doc, s.start, a, label="ORG")
                    changed = True
                    break
        out.append(s)
    return out if changed else spans


def _active_participle(token: Token) -> bool:
    """A form of an active participle ("Руководившего", "Возглавлявшему"); the tagger's tag first."""
    if "Part" not in morph_values(token, "VerbForm") and token.pos_ not in ("VERB", "ADJ"):
        return False
    return any(p.tag.POS == "PRTF" and "actv" in p.tag for p in get_morph().parse(token.text))


def participle_leads(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an active participle that opens the sentence cut off the body after it."""
    out, changed = [], False
    for s in spans:
        if s.label_ == "ORG" and len(s) >= 2 and s[0].is_sent_start and s[0].is_alpha and s[1].is_title \
                and _active_participle(s[0]):
            s = Span(doc, s.start + 1, s.end, label="ORG")
            changed = True
        out.append(s)
    return out if changed else spans


def country_parties(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a party's or a movement's name after a country's adjective as its own ORG span,
    the adjective left out; an ORG span over the adjective and the name gives way (its end kept
    where longer), so does a person read in the name."""
    countries = _country_adjectives()
    found = []
    for i in lemma_positions(doc, _party_heads().__contains__):
        head = doc[i]
        if head.pos_ != "NOUN" or "Plur" in morph_values(head, "Number"):
            continue
        k = i  # the name's first word: capitalized, lower-case adjectives between it and the head
        while k > 0 and i - k < MAX_ADJECTIVES and not doc[k].is_title and doc[k - 1].pos_ == "ADJ" \
                and doc[k - 1].is_alpha:
            k -= 1
        if k == 0 or not doc[k].is_title or k < i and doc[k].pos_ != "ADJ" or doc[k].is_sent_start:
            continue
        country = doc[k - 1]
        if country.pos_ != "ADJ" or _lemma(country) not in countries \
                or morph_values(country, "Case") != morph_values(head, "Case"):
            continue
        end = genitive_run_end(doc, i)
        over = [s for s in spans if s.start < end and k - 1 <= s.start < i + 1 and s.end > k]
        if any(s.label_ == "LOC" for s in over):
            continue  # (a person the tagger read in the name gives way: "Оранжевое")
        end = max([end] + [s.end for s in over])
        found.append((Span(doc, k, end, label="ORG"), over))
    if not found:
        return spans
    dropped = {(s.start, s.end, s.label_) for _, over in found for s in over}
    kept = [s for s in spans if (s.start, s.end, s.label_) not in dropped]
    return sorted(kept + [span for span, _ in found], key=lambda s: (s.start, -s.end))
