"""The place after an organization's name that belongs to the name (read by
:func:`rufacts.entities.orgs.descriptor_orgs`): the tagger's place span right after it in the
genitive (or its prepositional misreading), judged by the place's first word or its head noun
("Общественной палатой" + "Карачаево-Черкесской Республики": the adjective may be read in another
case), and a place whose proper name follows a lower-case genitive noun of a kind of place
(``lexicons/org_place_kind_nouns.txt``): "Хурал представителей" + "города" + "Кызыла", "Совет
депутатов" + "района" + "Хамовники"; after a name ending in a plural ("Союз ветеранов" +
"Афганистана"), a second place in the genitive is the body's region ("Кабардино-Балкарии").

A mission's name (``lexicons/org_mission_heads.txt``: посольство, консульство, представительство)
holds the place it serves: a capitalized head (or a lower-case one before its capitalized owner,
"посольство Франции" + "в Вашингтоне"), its adjectives and its owner's name take in "в" +
the place after them, in no accusative ("в Сирию" is where a thing goes; :func:`mission_tails`: "Посольство России" + "в Сирии", "Генеральное
консульство Франции" + "в Екатеринбурге"); so does a mission's remit after its owner ("Миссия ООН по
стабилизации" + "в Демократической Республике Конго"), an owner named by a capitalized phrase
ending lower case ("Представительство Всемирного банка" + "в Узбекистане") and a head of two words
("Государственная инспекция труда" + "в Свердловской области", "Российский центр науки и культуры" +
"в Аддис-Абебе", "Русский дом" + "в Бишкеке"; a lower-case kind of place may
stand before the place's name: "в городе Москве")."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lexicons import load_list
from .doc_words import morph_values

OBLIQUE = frozenset({"Gen", "Loc"})


def _genitive_place(place: Span) -> bool:
    return bool(OBLIQUE & set(morph_values(place[0], "Case"))) or (
        place[-1].pos_ in ("NOUN", "PROPN") and bool(OBLIQUE & set(morph_values(place[-1], "Case"))))


def declined_place(rest: Span) -> bool:
    """``rest`` (the words after a descriptor) is a place the tagger found, in the genitive with a
    lemma of its own ("Гагаузии"), after a governing body's noun (``bodies.body_heads``: "комитету",
    not "компанией Пертамина"): the body's region, not a foreign name in apposition, though the
    dictionary lacks it (read by :func:`rufacts.entities.orgs.foreign_name`)."""
    from .bodies import body_heads

    before = rest.doc[rest.start - 1] if rest.start else None
    return before is not None and before.lemma_.lower() in body_heads() \
        and "Gen" in morph_values(rest[-1], "Case") and rest[-1].lemma_ != rest[-1].lower_ \
        and any(e.label_ == "LOC" and (e.start, e.end) == (rest.start, rest.end) for e in rest.doc.ents)


def place_tail(doc: Doc, span: Span, starts: dict, indeclinable) -> int | None:
    """End of the place that belongs to the ORG ``span``'s name, or None. ``starts``: the
    spans by their start; ``indeclinable(place)``: a place whose name does not decline."""
    if doc[span.end - 1].text in "»\"“":
        return None  # "МУП «Теплоснабжение» Бугульмы": a town's company, the town no part of its name
    place = starts.get(span.end)
    if place is not None and place.label_ == "LOC" and (_genitive_place(place) or indeclinable(place)
                                                        or country_acronym_owner(doc, span, place)):
        region = starts.get(place.end)  # "Союз ветеранов Афганистана" + "Кабардино-Балкарии": the
        # body's region after the place its members are named by
        if region is not None and region.label_ == "LOC" and len(span) >= 2 and span[-1].is_lower \
                and "Plur" in morph_values(span[-1], "Number") and _genitive_place(region):
            return region.end
        return place.end
    if span.end + 1 >= len(doc):
        return None
    kind = doc[span.end]
    place = starts.get(span.end + 1)
    if place is None or place.label_ != "LOC" or not kind.is_lower or kind.pos_ != "NOUN" \
            or "Gen" not in morph_values(kind, "Case") or kind.lemma_.lower() not in load_list("org_place_kind_nouns.txt"):
        return None
    if not place[0].text[:1].isupper():
        return None
    return place.end if _genitive_place(place) or indeclinable(place) or "Nom" in morph_values(place[-1], "Case") else None


def country_acronym_owner(doc: Doc, span: Span, place: Span) -> bool:
    """A country's acronym right after a body's name ("Верховное народное собрание" + "КНДР",
    "Национальное собрание" + "КНДР"): it never declines, so the tagger's nominative says nothing;
    the dictionary reads it as an abbreviation of a place. Not where the verb after it agrees with the
    acronym and not with the body ("... Совбеза ООН КНДР провела": the clause's subject), nor after a
    name ending in an acronym of its own."""
    from ..grammars.morph import get_morph

    word = place[0]
    if len(place) != 1 or not word.is_upper or len(word) < 2 or span[-1].is_upper or not any(
            {"Abbr", "Geox"} <= p.tag.grammemes for p in get_morph().parse(word.lower_)):
        return False
    verb = doc[place.end] if place.end < len(doc) else None
    if verb is not None and verb.pos_ in ("VERB", "AUX") and morph_values(verb, "Gender"):
        head = next((t for t in span if t.pos_ == "NOUN"), span[-1])
        return set(morph_values(verb, "Gender")) & set(morph_values(head, "Gender")) != set() \
            or set(morph_values(verb, "Number")) == {"Plur"} == set(morph_values(head, "Number"))
    return True


def campus_tail(doc: Doc, span: Span, starts: dict) -> int | None:
    """End of "в" + a place after a name of capitalized adjectives and an institution noun
    (``lexicons/org_campus_nouns.txt``) that needs it to be one body: "Европейский университет" +
    "в Санкт-Петербурге"; not after a state's institution ("Северо-Восточного государственного
    университета в Магадане": the place where it stands), a name with a complement ("Высшая школа экономики в Перми"), one
    noun alone, an adjective of that very place ("Томский университет в Томске"), or a name without
an adjective of a country or people ("Королевской консерватории в Брюсселе": the city it stands in)."""
    head = span[-1]
    if len(span) < 2 or not span[0].text[:1].isupper() or head.pos_ != "NOUN" or not head.is_lower \
            or head.lemma_.lower() not in load_list("org_campus_nouns.txt") \
            or any(t.pos_ != "ADJ" for t in span[:-1]) or span.end + 1 >= len(doc):
        return None
    if doc[span.end].lower_ not in ("в", "во"):
        return None
    place = starts.get(span.end + 1)
    if place is None or place.label_ != "LOC" or not place[0].text[:1].isupper() \
            or "Loc" not in set(morph_values(place[0], "Case")) | set(morph_values(place[-1], "Case")):
        return None
    if any(t.lower_[:4] == place[0].lower_[:4] for t in span[:-1]):
        return None  # "Томского университета в Томске": the adjective names the place already
    if any(t.lemma_.lower() in load_list("org_campus_kind_adjectives.txt") for t in span[:-1]):
        return None  # "Северо-Восточного государственного университета в Магадане", "Чешского
        # технического университета в Праге": a state's or a field's institution, one body by its name
    if not any(_people_adjective(t) for t in span[:-1]):
        return None  # "Королевской консерватории в Брюсселе": no nation's school abroad, the city where it stands
    return place.end


def _people_adjective(token) -> bool:
    """An adjective of a country, a people or a continent ("Европейский", "Американский",
    "Российско-Армянский": ``lexicons/geo_adjectives.tsv``): the school of that land in the place after it."""
    from .geo import geo_adjectives

    lemma = token.lemma_.lower().replace("ё", "е")
    return token.pos_ == "ADJ" and (lemma in geo_adjectives() or lemma.rsplit("-", 1)[-1] in geo_adjectives())


def _served_place(doc: Doc, i: int, starts: dict) -> Span | None:
    """The place found at ``i``, or the one after a lower-case kind of place in the prepositional
    there ("в городе Москве": "Москве")."""
    place = starts.get(i)
    if place is not None or i + 1 >= len(doc):
        return place
    kind, after = doc[i], starts.get(i + 1)
    if after is None or not kind.is_lower or kind.lemma_.lower() not in load_list("org_place_kind_nouns.txt") \
            or "Loc" not in morph_values(kind, "Case"):
        return None
    return after


def mission_tails(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each mission's organization grown over "в" + the place it serves."""
    heads = load_list("org_mission_heads.txt")
    envoys = load_list("org_envoy_heads.txt")
    starts = {s.start: s for s in spans if s.label_ == "LOC"}
    out, changed = [], False
    for span in spans:
        end = span.end
        head = next((t for t in span if t.pos_ == "NOUN"), None) if span.label_ == "ORG" else None
        envoy = head is not None and span[-1].text[:1].isupper() and any(
            t.lemma_.lower() in envoys for t in span[:-1])  # "торгового представительства России",
        # "консульский отдел посольства России": a lower-case lead before the mission and its owner
        if envoy and head.lemma_.lower() not in heads:
            head = next(t for t in span if t.lemma_.lower() in envoys)
        if head is not None and len(span) >= 2 and end + 1 < len(doc) and doc[end].lower_ in ("в", "во") \
                and (span[0].text[:1].isupper() or envoy or span[0].lemma_.lower() in heads and span[-1].text[:1].isupper()) \
                and (span[-1].text[:1].isupper() or any(t.lower_ == "по" for t in span[1:])
                     or any(t.text[:1].isupper() for t in span[head.i + 1 - span.start:])
                     or head.i + 1 < end and f"{head.lemma_.lower()} {doc[head.i + 1].lemma_.lower()}" in heads
                     or head.i > span.start and f"{doc[head.i - 1].lemma_.lower()} {head.lemma_.lower()}" in heads):
            # (an owner named after the head, "Представительство Всемирного банка", or a head of two
            # words, "Государственная инспекция труда")
            place = _served_place(doc, end + 1, starts)
            named = head.lemma_.lower() in heads or head.i > span.start and (  # "Информационный центр"
                f"{doc[head.i - 1].lemma_.lower()} {head.lemma_.lower()}" in heads) or head.i + 1 < end and (
                f"{head.lemma_.lower()} {doc[head.i + 1].lemma_.lower()}" in heads)
            if named and place is not None \
                    and place[0].text[:1].isupper() and "Acc" not in set(morph_values(place[0], "Case")) | set(morph_values(place[-1], "Case")):
                span, changed = Span(doc, span.start, place.end, label="ORG"), True
        out.append(span)
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans


def city_after_institution(span: Span, i: int) -> bool:
    """The one capitalized genitive word ending the span ``span``, after capitalized adjectives
    (none opening the sentence) and the institution noun ``span[i]``, is its city, no proper name
    of its own: "Медицинский центр Утрехта", "Университетской клиники Гронингена" (the name says
    where it stands: the descriptor stays, docs/gold-conventions.md)."""
    from .institutions import institution_heads

    first = span[i + 1] if i + 1 < len(span) else None
    return first is not None and i > 0 and first.i == span.end - 1 and span[i].is_lower \
        and not span[0].is_sent_start and first.is_title and first.is_alpha and not first.text.isascii() \
        and "Gen" in morph_values(first, "Case") and span[i].lemma_ in institution_heads() \
        and all(t.pos_ == "ADJ" for t in span[:i])
