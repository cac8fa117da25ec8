"""An organization's descriptive tail cut inside a list or before its noun: the name goes on.

Three cuts the earlier rules leave, all after a lower-case word of the name's own tail:

- a list of like words after the tail's noun, commas and a closing "и": "Комитет по вопросам
  семьи[, женщин и детей]", "Бюро по контролю за оборотом алкоголя[, табачных изделий и
  огнестрельного оружия]", "комитета по природным ресурсам[, собственности и земельным
  отношениям]". Every member is lower-case adjectives and a noun in a case of the last noun, with
  lower-case genitive words of its own; the list must close with "и"; a member whose noun heads a
  body or names a position or a person ("и министерства обороны", "и директора", "и зрителей")
  ends nothing: the span stays as it was;
- an adjective left without its noun: "Центра химической[, биологической, радиологической и
  ядерной обороны]", "Национальной ассамблеи народной [власти]", "Международный трибунал по
  бывшей [Югославии]": the adjectives of the same case, commas and "и" up to the noun they agree
  with (a place or name span there is taken whole);
- "в сфере"/"в области" with its genitive after a "по" remit: "Служба по надзору [в сфере
  здравоохранения]";
- a chain of lower-case genitives after the tail's noun, where the name's region closes it:
  "Управление государственной охраны[ объектов культурного наследия Тверской области]";
- "с" and the partners after a noun of a tie (``lexicons/org_partner_nouns.txt``): a place, or a
  common noun its region closes ("Ассоциации экономического взаимодействия[ с государствами Африки]").

A tail needs a lower-case word inside the span after its head (a descriptive name, not a proper
one). A list so taken in is followed by the name's region in the genitive, as a name of one field
is (``org_place_tail.place_tail``: "Министерства строительства, архитектуры и жилищной политики
Удмуртской Республики"). Read by :mod:`rufacts.components.entities` after the bodies and their complements.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..lexicons import load_list
from .bodies import dative_reading
from .org_honoree_tail import honoree_end, titled_honoree_end
from .org_place_tail import place_tail
from .org_lead_nouns import body_nouns
from .org_open_tails import cases_of
from .role_phrase import role_lemmas

SPHERES = frozenset({"сфере", "области"})  # "по надзору в сфере связи"
MAX_MEMBER = 4  # adjectives, the noun and its genitives: "огнестрельного оружия"
MAX_LIST = 6  # members


def _lower(token: Token, pos: tuple[str, ...]) -> bool:
    """A lower-case word of ``pos``, hyphenated ones too ("жилищно-коммунального")."""
    return (token.is_alpha or "-" in token.text and token.text.replace("-", "").isalpha()) \
        and token.is_lower and token.pos_ in pos


def _stops(token: Token) -> bool:
    """A noun that is no part of a tail's genitives: a body ("думы") or a place ("края", "района":
    ``sector_place_nouns.txt``)."""
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (lemma in body_nouns() or lemma in load_list("sector_place_nouns.txt"))


HARD_SOFT = str.maketrans("ыоуа", "иеюя")  # "-ым"/"-им", "-ой"/"-ей": one ending, hard or soft stem


def _agrees(token: Token, cases: set[str], like: Token | None) -> bool:
    """A case of ``cases``, or the ending of the adjective ``like``, hard or soft (the tagger's case
    of the -ой forms is a guess: "химической, биологической"; "по экономическим, социальным и
    культурным")."""
    return bool(cases_of(token) & cases) or like is not None and token.pos_ == "ADJ" \
        and token.lower_[-2:].translate(HARD_SOFT) == like.lower_[-2:].translate(HARD_SOFT)


OBLIQUE_II = frozenset({"Gen", "Dat", "Loc"})


def ii_cases(token: Token) -> set[str]:
    """The cases of ``token``, all three oblique ones for a noun in "-ии": "травматологии",
    "гинекологии" are genitive, dative and locative alike, and the tagger's pick is a guess."""
    cases = set(cases_of(token))
    if token.pos_ == "NOUN" and token.lower_.endswith("ии") and cases & OBLIQUE_II:
        cases |= OBLIQUE_II
    return cases


def _feminine_oblique(token: Token, like: Token | None) -> bool:
    """A feminine singular noun in an oblique case after an adjective in -ой/-ей ("ядерной обороны")."""
    return like is not None and like.lower_[-2:] in ("ой", "ей") and "Fem" in token.morph.get("Gender") \
        and "Sing" in token.morph.get("Number") and not cases_of(token) & {"Nom", "Acc"}


def _member_end(doc: Doc, j: int, cases: set[str], taken: set[int], remit: bool = False,
                people: bool = False) -> int | None:
    """End of one list member from ``doc[j]``: adjectives and a noun sharing a case of ``cases``,
    then its lower-case genitive words ending in a noun; None where there is no such member or its
    noun heads a body, names a position or a living being."""
    if remit and "Dat" in cases:  # the tagger's case of "-е" datives is a guess: read them all
        def like(token: Token) -> bool:
            return bool(cases_of(token) & cases) or dative_reading(token)
    else:
        def like(token: Token) -> bool:
            return bool(ii_cases(token) & cases)
    k = j
    while k < len(doc) and k - j < MAX_MEMBER and k not in taken:
        if _lower(doc[k], ("ADJ",)) and like(doc[k]):
            k += 1
        elif k > j and doc[k].text in (",", "и") and k + 1 < len(doc) and k + 1 not in taken \
                and _lower(doc[k + 1], ("ADJ",)) and like(doc[k + 1]):
            k += 1  # adjectives sharing the member's noun: "пищевой и перерабатывающей промышленности"
        else:
            break
    if k >= len(doc) or k in taken or not _lower(doc[k], ("NOUN",)) or not like(doc[k]):
        return None
    lemma = doc[k].lemma_.lower()
    if people and lemma not in body_nouns() and "Anim" in doc[k].morph.get("Animacy") \
            and "Plur" in doc[k].morph.get("Number"):
        pass  # members of a list of members: "Союз журналистов[, писателей и издателей]"
    elif lemma in body_nouns() or lemma in role_lemmas() or "Anim" in doc[k].morph.get("Animacy") and not remit:
        return None  # (a remit's people are its field: "по делам семьи, женщин и детей")
    end = k + 1
    stop = end
    while stop < len(doc) and stop - j < MAX_MEMBER and stop not in taken \
            and _lower(doc[stop], ("NOUN", "ADJ")) and "Gen" in cases_of(doc[stop]):
        if _stops(doc[stop]):
            break  # a second body or a place: "пенсионеров" + "областной думы"
        stop += 1
        if doc[stop - 1].pos_ == "NOUN":
            end = stop
    return end


def _list_end(doc: Doc, end: int, cases: set[str], taken: set[int], remit: bool, people: bool = False) -> int | None:
    """End of ", member ... и member" from ``doc[end]`` (a comma or "и"); None where the list does
    not close with "и" on a member."""
    j, members = end, 0
    while j + 1 < len(doc) and members < MAX_LIST and doc[j].text in (",", "и"):
        stop = _member_end(doc, j + 1, cases, taken, remit, people)
        if stop is None and doc[j].text == ",":  # people inside a list of fields: "иммиграции[, беженцев]
            stop = _member_end(doc, j + 1, cases, taken, remit, True)  # и гражданства" (it must close on a field)
            if stop is not None and doc[stop - 1].lemma_.lower() in body_nouns():
                stop = None
        if stop is None:
            return None
        closing = doc[j].text == "и" or any(t.text == "и" for t in doc[j + 1:stop])  # "и" inside the member:
        j, members = stop, members + 1  # "агропромышленной и продовольственной политике" closes the list
        if closing:
            return j
    return None


def _noun_end(doc: Doc, end: int, like: Token, spans_at: dict[int, Span]) -> int | None:
    """End of the noun the dangling adjective ``like`` agrees with, past like adjectives, commas
    and "и"."""
    cases, j = cases_of(like), end
    while j < len(doc) and j - end < 2 * MAX_LIST:
        if doc[j].text in (",", "и") or _lower(doc[j], ("ADJ",)) and _agrees(doc[j], cases, like):
            j += 1
        elif bracketed_adjective(doc, j, cases, like):
            j += 3  # "крестьянских (фермерских) хозяйств"
        else:
            break
    if j >= len(doc) or doc[j - 1].text in (",", "и"):
        return None
    if j in spans_at and spans_at[j].label_ in ("LOC", "ORG"):
        return spans_at[j].end  # "по бывшей Югославии"
    word = doc[j]  # a noun, or a name the tagger left out ("по бывшей Югославии")
    if word.is_alpha and (word.is_lower and word.pos_ == "NOUN" or word.is_title and word.pos_ == "PROPN") \
            and (cases_of(word) & cases or _feminine_oblique(word, like)):
        return j + 1
    return None


def bracketed_adjective(doc: Doc, j: int, cases: set[str], like: Token) -> bool:
    """A lower-case adjective in brackets at ``doc[j]`` agreeing with ``like``, the one before it: a
    gloss of it inside the name ("крестьянских (фермерских) хозяйств")."""
    return j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" \
        and _lower(doc[j + 1], ("ADJ",)) and _agrees(doc[j + 1], cases, like)


def sphere_end(doc: Doc, end: int, taken: set[int] = frozenset()) -> int | None:
    """End of "в сфере/области" + lower-case genitives at ``doc[end]``, the words after a "по" remit."""
    if end + 2 >= len(doc) or doc[end].lower_ not in ("в", "во") or doc[end + 1].lower_ not in SPHERES:
        return None
    j = stop = end + 2
    while j < len(doc) and j - end - 2 < MAX_MEMBER and j not in taken \
            and _lower(doc[j], ("NOUN", "ADJ")) and "Gen" in cases_of(doc[j]) and not _stops(doc[j]):
        j += 1
        if doc[j - 1].pos_ == "NOUN":
            stop = j
    return stop if stop > end + 2 else None


def _in_tail(doc: Doc, start: int, end: int) -> bool:
    """Whether the noun closing ``doc[start:end]`` is a dependent in lower case with its adjectives
    ("по вопросам семьи", not the head "училище", not "Московской области"), after a noun of its own."""
    k = end - 1
    while k > start and doc[k - 1].pos_ == "ADJ":
        k -= 1
    return all(t.is_lower for t in doc[k:end]) and any(t.pos_ in ("NOUN", "PROPN") for t in doc[start:k])


def _descriptive(span: Span) -> bool:
    return len(span) >= 2 and any(t.is_alpha and t.is_lower for t in span[1:])


def _open(doc: Doc, span: Span) -> bool:
    """Whether the span may go on: a descriptive name ending on a lower-case word before the doc's end."""
    return span.end < len(doc) and _descriptive(span) and doc[span.end - 1].is_lower


def _members(span: Span, last: Token) -> bool:
    """A body named by its members in the genitive plural right after its head: "Союз журналистов"."""
    return len(span) == 2 and span[-1] == last and last.pos_ == "NOUN" and span[0].text[:1].isupper() \
        and "Anim" in last.morph.get("Animacy") and "Plur" in last.morph.get("Number") \
        and "Gen" in last.morph.get("Case") and span[0].lemma_.lower() in body_nouns()


def _chain_end(doc: Doc, j: int, taken: set[int]) -> int:
    """End of a chain of lower-case genitive words from ``j`` ending in a noun, no body or place
    noun among them ("объектов культурного наследия"); ``j`` where none."""
    stop = k = j
    while k < len(doc) and k - j < MAX_MEMBER and k not in taken and _lower(doc[k], ("NOUN", "ADJ")) \
            and "Gen" in cases_of(doc[k]) and not _stops(doc[k]):
        k += 1
        if doc[k - 1].pos_ == "NOUN":
            stop = k
    return stop


def _partners_end(doc: Doc, end: int, taken: set[int], spans_at: dict[int, Span]) -> int | None:
    """End of "с" + the partners after a tie's noun: a place ("с Китаем"), or lower-case adjectives
    and a noun in the instrumental closed by their region ("с государствами Африки": a negative end,
    the region still to find); None where there is none."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("с", "со") or end + 1 in taken:
        return None
    place = spans_at.get(end + 1)
    if place is not None and place.label_ == "LOC" and "Ins" in cases_of(place[-1]):
        return place.end
    k = end + 1
    while k < len(doc) and k - end <= MAX_MEMBER and _lower(doc[k], ("ADJ",)) and "Ins" in cases_of(doc[k]):
        k += 1
    if k >= len(doc) or not _lower(doc[k], ("NOUN",)) or "Ins" not in cases_of(doc[k]) or _stops(doc[k]):
        return None
    return -(k + 1)


def _extended(doc: Doc, span: Span, taken: set[int], spans_at: dict[int, Span]) -> int:
    """End of the span carried on; a negative end where a list of members needs its region after it."""
    end = span.end
    last = doc[end - 1]
    if not _open(doc, span):
        return end
    if last.pos_ == "ADJ":
        stop = _noun_end(doc, end, last, spans_at)
        if stop is None:
            return end
        end = stop
        last = doc[end - 1]
    elif last.pos_ == "NOUN":
        stop = sphere_end(doc, end, taken) if any(t.lower_ == "по" for t in span) else None
        if stop is not None:
            end, last = stop, doc[stop - 1]
    if last.pos_ == "NOUN" and _in_tail(doc, span.start, end) and last.lemma_.lower() in load_list("org_partner_nouns.txt"):
        stop = _partners_end(doc, end, taken, spans_at)
        if stop is not None:
            return stop
    if last.pos_ == "NOUN" and _in_tail(doc, span.start, end) and end < len(doc) and doc[end].is_lower \
            and end not in taken and "Gen" in cases_of(doc[end]) and _chain_end(doc, end, taken) > end:
        return -_chain_end(doc, end, taken)  # (only where the region closes it)
    if last.pos_ == "NOUN" and _in_tail(doc, span.start, end) and end < len(doc) and doc[end].text in (",", "и"):
        remit = any(t.lower_ == "по" for t in span)
        cases = ii_cases(last) | ({"Dat"} if remit and (dative_reading(last) or _remit_dative(span)) else set())
        stop = _list_end(doc, end, cases, taken, remit)
        if stop is None and _members(span, last):  # (only before the body's region: not "Союза
            stop = _list_end(doc, end, cases, taken, remit, people=True)  # журналистов, депутатов и гостей")
            return -stop if stop is not None else end
        if stop is not None:
            end = stop
    return end


def _remit_dative(span: Span) -> bool:
    """The noun right after the span's "по" reads as a dative: a list may hang on it past its genitive
    ("по защите семьи[, вопросам отцовства, материнства и детства]")."""
    k = next((t.i for t in span if t.lower_ == "по"), None)
    return k is not None and k + 1 < span.end and span.doc[k + 1].pos_ == "NOUN" and dative_reading(span.doc[k + 1])


def indeclinable_place(place: Span) -> bool:
    from .orgs import _indeclinable
    return _indeclinable(place)


def list_tails(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each descriptive ORG span carried on through its cut list or dangling
    adjective; the spans it now covers whole that are no place or name of their own go."""
    spans_at = {s.start: s for s in spans}
    out, changed, grown = [], False, []
    for span in spans:
        if span.label_ != "ORG" or not _open(doc, span):
            out.append(span)
            continue  # (the words other spans hold are gathered only for a span that may go on)
        taken = {i for s in spans if s is not span and not (s.end <= span.start or span.end <= s.start)
                 for i in range(s.start, s.end)} | {i for s in spans if s.start >= span.end
                                                    and s.label_ in ("PER", "ORG") for i in range(s.start, s.end)}
        end = _extended(doc, span, taken, spans_at)
        if end < 0:  # a list of members: only where the region closes the name
            end = place_tail(doc, Span(doc, span.start, -end, label="ORG"), spans_at, indeclinable_place) or span.end
        if end > span.end:  # the region after the list, as after a name of one field ("Министерства
            # строительства, архитектуры и жилищной политики Удмуртской Республики")
            end = place_tail(doc, Span(doc, span.start, end, label="ORG"), spans_at, indeclinable_place) or end
            span = Span(doc, span.start, end, label="ORG")
            persons = {s.start: s for s in spans if s.label_ == "PER"}  # "..., гинекологии и перинатологии
            end = honoree_end(doc, span, persons) or titled_honoree_end(doc, span, persons)  # имени академика" + the honoree
            span = Span(doc, span.start, end, label="ORG") if end else span
            changed = True
            grown.append(span)
        out.append(span)
    if not changed:
        return spans
    out = [s for s in out if not (s.label_ == "ORG" and s[0].is_lower and any(  # "(фермерских)" inside the
        g.start < s.start and s.end < g.end for g in grown))]  # grown "Ассоциации крестьянских (фермерских) хозяйств"
    return sorted(out, key=lambda s: (s.start, -s.end))
