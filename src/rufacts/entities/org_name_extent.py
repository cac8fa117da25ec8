"""Organization names the tagger cuts short or in two.

- an ORG span of adjectives only, right before another ORG span, is the start of that name:
  "Улан-Удэнский городской" + "Совет депутатов" -> "Улан-Удэнский городской Совет депутатов";
- an ORG span ending in its lower-case head noun takes in a genitive complement of two
  coordinated nouns ("Европейский банк" + "реконструкции и развития"; "Министерство" ...
  "науки и высшего образования"), not a lone genitive ("Всемирный банк кредитов не дал": an
  object) but one opened by an adjective after a name that opens with one ("Азиатский банк" +
  "инфраструктурных инвестиций"; not before "не": "новых траншей не одобрил"), and a plural genitive of a compound joined by a spaced dash ("Форум стран" +
  "— экспортёров газа": the countries that export gas);
- an ORG span ending in an institution noun takes in a second institution noun of its case after
  "и" with its genitive complement, one body of two names ("в Еврейском музее" + "и центре
  толерантности"; not a place's genitive: "в Русском музее и центре города");
- a proper ORG name (opened by a capitalized adjective) of an institution named after people
  (``lexicons/org_dedicated_descriptors.txt``) takes in the person's name in the genitive right
  after it ("Российскую академию живописи, ваяния и зодчества" + "Ильи Глазунова"); the person stays
  a mention of their own; not after a post the name may belong to ("ректора Российской академии
  художеств Ивана Петрова", "заведующего хирургией ... больницы Алексея Карпа");
- a body named by its members takes in their genitive plural (``org_members.py``);
- two names of one body joined by a spaced dash are one name ("Государственное Собрание —
  Курултай Башкортостана"), also where the second is a republic's legislature's own name the tagger
  left out or an organization span of another shape ("Государственный Совет — Хасэ Республики
  Адыгея", ``org_legislatures.dashed_pair``);
- a verb the tagger ran the name into stays out (``org_verb_edges.py``); an enterprise the
  tagger read as a place is an organization (``org_plant_spans.py``).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..grammars.morph import get_morph
from ..lexicons import load_list
from .org_honoree_tail import first_honoree, honoree_end, initials_cut_end, named_persons, second_honoree_end, \
    titled_honoree_end
from .org_legislatures import bracketed_common, bracketed_own_end, dashed_pair, own_name_end
from .org_members import members_end
from .org_plant_spans import plant_as_org
from .org_staged_title import without_staged_title
from .org_verb_edges import without_verb_edges
from .doc_words import morph_values

SPACED_DASHES = frozenset({"—", "–"})  # between two names of one body
DASHES = SPACED_DASHES | {"-"}
MAX_WORDS = 4  # words of one genitive group: "высшего профессионального образования"


def _genitive(token: Token, plural: bool = False) -> bool:
    return token.is_alpha and token.is_lower and token.pos_ in ("NOUN", "ADJ") \
        and "Gen" in morph_values(token, "Case") and (not plural or "Plur" in morph_values(token, "Number"))


def _group(doc: Doc, i: int) -> int:
    """End of a genitive group (adjectives, then nouns) from ``i``, ending in a noun; ``i`` if none."""
    stop = i
    while stop < len(doc) and stop - i < MAX_WORDS and _genitive(doc[stop]):
        stop += 1
    while stop > i and doc[stop - 1].pos_ != "NOUN":
        stop -= 1
    return stop


def _complement_end(doc: Doc, span: Span, taken: set[int]) -> int:
    end = span.end
    head = span[-1]
    if head.pos_ != "NOUN" or not head.is_lower or end >= len(doc):
        return end
    first = _group(doc, end)
    coordinated = _coordinated_end(doc, span, end)
    if coordinated > end and not any(i in taken for i in range(end, coordinated)):
        return coordinated  # "Еврейском музее и центре толерантности"
    if first > end and first + 1 < len(doc) and doc[first].lower_ == "и":
        second = _group(doc, first + 1)
        if second > first + 1 and not any(i in taken for i in range(end, second)):
            return second  # "банк реконструкции и развития"
    if first - end >= 2 and doc[end].pos_ == "ADJ" and len(span) >= 2 and span[0].pos_ == "ADJ" \
            and span[0].text[:1].isupper() and not any(i in taken for i in range(end, first)) \
            and not (first < len(doc) and doc[first].lower_ in ("не", "ни")):  # "... новых траншей не дал"
        return first  # "Азиатский банк" + "инфраструктурных инвестиций": an adjective opens the group
    if "Gen" in morph_values(head, "Case") and "Plur" in morph_values(head, "Number") and doc[end].text in DASHES \
            and end + 1 < len(doc) and _genitive(doc[end + 1], plural=True) and doc[end + 1].pos_ == "NOUN":
        stop = _group(doc, end + 1)  # "стран — экспортёров газа"
        if stop > end + 1 and not any(i in taken for i in range(end, stop)):
            return stop
    return end


def _coordinated_end(doc: Doc, span: Span, end: int) -> int:
    """End of "и" + an institution noun in the head's case + a genitive group that names no place,
    after a head institution noun opened by a capitalized adjective; ``end`` if none."""
    from .institutions import _nouns

    head = span[-1]
    if end + 2 >= len(doc) or doc[end].lower_ != "и" or not span[0].text[:1].isupper() \
            or span[0].pos_ != "ADJ" or head.lemma_ not in _nouns():
        return end
    noun = doc[end + 1]
    if noun.pos_ != "NOUN" or not noun.is_lower or noun.lemma_ not in _nouns() \
            or morph_values(noun, "Case") != morph_values(head, "Case") or "Sing" not in morph_values(noun, "Number") \
            or "Gen" in morph_values(noun, "Case"):  # "студенты университета и школы бизнеса": two bodies
        return end
    stop = _group(doc, end + 2)
    places = load_list("sector_place_nouns.txt")
    if stop == end + 2 or any(t.lemma_ in places for t in doc[end + 2:stop]):
        return end
    return stop


def joined_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with the organizations the tagger split joined and those it cut short grown."""
    ordered = sorted((without_verb_edges(without_staged_title(plant_as_org(s))) for s in named_persons(doc, spans)),
                     key=lambda s: (s.start, -s.end))
    out = _double_names(doc, ordered)
    taken = {i for s in out for i in range(s.start, s.end)}
    taken |= {i for s in (doc.spans["dates"] if "dates" in doc.spans else ()) for i in range(s.start, s.end)}
    grown = []  # (a date is no complement: "Европейского центрального банка" + "двенадцатого сентября")
    for span in out:
        if span.label_ == "ORG":
            end = _complement_end(doc, span, taken)
            end = members_end(doc, span, taken) if end == span.end else end
            if end > span.end:
                span = Span(doc, span.start, end, label="ORG")
        grown.append(span)
    return _named_after_person(doc, grown)


def _double_names(doc: Doc, ordered: list[Span]) -> list[Span]:
    """``ordered`` with an organization span of adjectives only joined to the noun's span after it
    ("Улан-Удэнский городской" + "Совет") and two names of one body joined by a spaced dash: two
    organization spans (:func:`_double_name`), or a legislature's own name no span covers, with its
    republic (``org_legislatures.own_name_end``), the spans inside it taken in."""
    out: list[Span] = []
    taken_in = (0, 0)  # (dash, end): the spans inside a second name after the dash join it
    for span in ordered:
        if taken_in[0] < span.start and span.end <= taken_in[1]:
            continue
        last = out[-1] if out else None
        if last is not None and last.label_ == span.label_ == "ORG" and last.end == span.start \
                and all(t.pos_ == "ADJ" for t in last) and span[0].pos_ == "NOUN":
            out[-1] = Span(doc, last.start, span.end, label="ORG")  # "Улан-Удэнский городской Совет"
        elif last is not None and last.label_ == span.label_ == "ORG" and _double_name(doc, last, span):
            out[-1] = Span(doc, last.start, span.end, label="ORG")  # "Государственное Собрание — Курултай"
        else:
            out.append(span)
        first = out[-1]
        k = first.end
        if first.label_ == "ORG" and k + 1 < len(doc) and doc[k].text in SPACED_DASHES \
                and dashed_pair(first[-1], doc[k + 1]) and not any(s.start == k + 1 for s in ordered):
            end = own_name_end(doc, k + 1, ordered)  # "Государственного Совета — Хасэ Республики Адыгея"
            out[-1] = Span(doc, first.start, end, label="ORG")
            taken_in = (k, end)
        elif first.label_ == "ORG" and k + 2 < len(doc) and doc[k].text == "(" and (
                dashed_pair(first[-1], doc[k + 1]) or bracketed_common(first[-1], doc[k + 1])):
            end = bracketed_own_end(doc, k, ordered)  # "Народный Хурал (Парламент) Республики Бурятия";
            # "Верховного Хурала (парламента) Республики Тыва": the common name in lower case
            if end is not None:
                out[-1] = Span(doc, first.start, end, label="ORG")
                taken_in = (k, end)
    return out


def _double_name(doc: Doc, first: Span, second: Span) -> bool:
    """Two names of one body joined by a spaced dash, both capitalized, their head nouns in one
    case: "Государственное Собрание — Курултай Башкортостана", "Государственному Совету — Хасэ
    Республики Адыгея" (a capitalized adjective and noun first: not a match, "«Спартак» — «Зенит»");
    or a legislature's common name and its own name of any shape ("Народного Собрания — Парламента
    Карачаево-Черкесской Республики", ``org_legislatures.dashed_pair``)."""
    if second.start != first.end + 1 or doc[first.end].text not in SPACED_DASHES:
        return False
    if dashed_pair(first[-1], second[0]):
        return True
    if len(first) != 2:
        return False
    adj, head, other = first[0], first[1], second[0]
    if adj.pos_ != "ADJ" or head.pos_ != "NOUN" or other.pos_ not in ("NOUN", "PROPN") \
            or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in (adj, head, other)):
        return False
    return bool(set(morph_values(head, "Case")) & set(morph_values(other, "Case")))


def _named_after_person(doc: Doc, spans: list[Span]) -> list[Span]:
    persons = {s.start: s for s in spans if s.label_ == "PER"}
    out = []
    for span in spans:
        person = persons.get(span.end) if span.label_ == "ORG" else None
        if person is not None and _named_after(doc, span, person):
            span = Span(doc, span.start, person.end, label="ORG")
        honoree = (honoree_end(doc, span, persons) or titled_honoree_end(doc, span, persons) or initials_cut_end(doc, span)) if span.label_ == "ORG" else None
        if honoree is not None:  # "[Театра им.] [Йозефа Бойса]": one name
            span = Span(doc, span.start, honoree, label="ORG")
        second = second_honoree_end(doc, span, persons) if span.label_ == "ORG" else None
        if second is not None:  # "имени К. С. Станиславского" + "и В. И. Немировича-Данченко"
            first = first_honoree(doc, span, persons)  # a person of its own, as the second stays
            out += [first] if first is not None else []
            span = Span(doc, span.start, second, label="ORG")
        out.append(span)
    return sorted(out, key=lambda s: (s.start, -s.end))


POST_REACH = 3  # a post's own dependents before the organization: "заведующего хирургией"


def _post_before(doc: Doc, start: int) -> bool:
    """A person noun before the organization, over a few of its lower-case dependents in the genitive
    or instrumental ("ректора", "заведующего хирургией", "главврача"): the name after it may be that
    person's."""
    k = start - 1
    while k >= 0 and start - k <= POST_REACH:
        token = doc[k]
        if token.lemma_.lower() in load_list("role_words.txt") or (
                token.pos_ == "NOUN" and "Anim" in morph_values(token, "Animacy")) or (
                token.pos_ == "VERB" and morph_values(token, "Case")):
            return True
        if not (token.is_lower and token.pos_ in ("NOUN", "ADJ") and {"Gen", "Ins"} & set(morph_values(token, "Case"))):
            return False
        k -= 1
    return False


def _named_after(doc: Doc, org: Span, person: Span) -> bool:
    """The person's name right after the organization's is its namesake's: a first name and a
    surname in the genitive after a proper name of an institution named after people, with no post
    before the organization."""
    from .institutions import institution_heads

    if not 2 <= len(person) <= 3 or not all(t.is_alpha and t.text[:1].isupper() for t in person) \
            or not org[0].text[:1].isupper():
        return False
    if not (org[0].pos_ == "ADJ" and any(t.lemma_ in load_list("org_dedicated_descriptors.txt") for t in org)
            or org[0].lemma_ in institution_heads() and len(org) >= 2 and org[-1].is_lower):
        return False  # "Центру оперного пения" + "Галины Вишневской": a head with its complement
    if _post_before(doc, org.start):
        return False  # "ректора Российской академии художеств Ивана Петрова": the rector
    morph = get_morph()
    cases = {p.tag.case for p in morph.parse(person[0].text)
             if "Name" in p.tag.grammemes and p.tag.number != "plur"}  # "Галины": not the plural
    return "gent" in cases and "nomn" not in cases  # "Ильи", "Николая"; not "Александра" (also hers)


def _agree(adjective, span: Span) -> bool:
    """``adjective`` agrees with the span's first noun (the dictionary's readings, not the tagger's case)."""
    from .institutions import agrees

    noun = next((t for t in span if t.pos_ == "NOUN"), None)
    return noun is not None and agrees(get_morph(), adjective, noun)


def descriptor_overlaps(doc: Doc, spans: list[Span]) -> list[Span]:
    """An organization the tagger named up to its lower-case descriptor words ("Кольском научном
    центре") and one that opens with those words and takes in a name after them ("научном центре
    РАН", from ``orgs.descriptor_orgs``) are one body: the second grows back to the first's start
    ("Кольском научном центре РАН"); the tagger's name stays a mention of its own, as an owner does
    (factRuEval marks "Всемирной ... организации" and "ООН" apart). Where no span has the place's
    capitalized adjective right before such a second one, the second grows over it ("Вологодское" +
    "региональное отделение ВОИ" opening a sentence; ``org_place_acronyms.place_like``)."""
    from .org_place_acronyms import place_like  # (it reads this module through normal)

    orgs = [s for s in spans if s.label_ == "ORG"]
    grown: dict[tuple[int, int], Span] = {}
    for first in orgs:
        for second in orgs:
            if first.start < second.start < first.end < second.end \
                    and first[0].text[:1].isupper() \
                    and all(t.is_lower and t.is_alpha for t in doc[second.start:first.end]):
                grown[(second.start, second.end)] = Span(doc, first.start, second.end, label="ORG")
    for second in orgs:  # "Вологодское" + "региональное отделение ВОИ": a place's adjective no span has
        b = second.start - 1
        if b >= 0 and (second.start, second.end) not in grown and second[0].is_lower and second[0].pos_ == doc[b].pos_ == "ADJ" \
                and doc[b].text[:1].isupper() and doc[b].is_alpha and place_like(doc[b]) and _agree(doc[b], second) \
                and not any(s.start <= b < s.end for s in spans):
            grown[(second.start, second.end)] = Span(doc, b, second.end, label="ORG")
    if not grown:
        return spans
    return sorted((grown.get((s.start, s.end), s) for s in spans), key=lambda s: (s.start, -s.end))



MAX_CITY = 2  # "Барнаула", "Нижнего Новгорода"


def city_overlaps(doc: Doc, spans: list[Span]) -> list[Span]:
    """A body the tagger named up to a district ("Территориальной избирательной комиссии
    Центрального района") and one that opens inside it with its lower-case words and goes on to the
    city of that district in the genitive ("избирательной комиссии Центрального района Барнаула",
    from the body rules) are one body, from the first's start to the city's end (the place it
    represents is part of the name, docs/gold-conventions.md); both spans give way to it."""
    from .org_numbered import place_kinds

    orgs = [s for s in spans if s.label_ == "ORG"]
    union: dict[tuple[int, int], Span] = {}
    for first in orgs:
        kind = doc[first.end - 1]
        if not first[0].text[:1].isupper() or not kind.is_lower or kind.lemma_.lower() not in place_kinds():
            continue
        for second in orgs:
            if first.start < second.start < first.end < second.end <= first.end + MAX_CITY \
                    and doc[second.start].is_lower and doc[first.end].text[:1].isupper() \
                    and all(t.is_alpha and "Gen" in morph_values(t, "Case") for t in doc[first.end:second.end]):
                union[(first.start, first.end)] = union[(second.start, second.end)] = \
                    Span(doc, first.start, second.end, label="ORG")
    if not union:
        return spans
    kept = {(s.start, s.end): s for s in spans if (s.start, s.end) not in union}
    for s in union.values():
        kept[(s.start, s.end)] = s
    return sorted(kept.values(), key=lambda s: (s.start, -s.end))
