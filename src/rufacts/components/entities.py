"""Entities as facts: repaired NER spans grouped into persons, organizations and
locations, each with a nominative normal name and all of its mentions.

Steps, each a small function:
1. ``repair`` (:mod:`rufacts.entities.span_repair`): split spans at line breaks, colons and
   sentence starts; trim punctuation at the edges; take in a closing quote the tagger left out.
2. ``propagate`` (the same module): a name the tagger found once is tagged at its other,
   untagged occurrences in the article (same word, any case form).
   These two and all the later span passes run in order in :mod:`rufacts.entities.span_passes`.
3. group: persons by compatible name parts (``rufacts.names``), organizations
   and locations by normal name (``rufacts.normal``).
Organizations also come from media titles (``entities.media``), bodies without a proper
name (``entities.bodies``) and common nouns referring back (``entities.coref``).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..entities.doc_text import doc_text
from ..entities.doc_words import doc_in_hand
from ..facts import Location, Organization, mention_order
from ..grammars.morph import Morph
from ..entities.names_group import group_persons, span_mention
from ..entities.roles import person_roles, shared_of
from ..entities.orgs import aliases, category_of
from ..entities.org_abbreviations import ABBREVIATION, merge_abbreviations
from ..entities.org_original_names import merge_original_names
from ..entities.coref import common_noun_references
from ..entities.media import media_category
from ..entities.geo import adjective_places, geo_name
from ..entities.quotes import nested, without_inner_quotes
from ..entities.org_kind_acronym_names import legal_kind_quoted
from ..entities.org_stump_bodies import stump_as_written
from ..entities.org_verb_objects import verb_object_name
from ..entities.org_place_tailed_quotes import place_tailed_name
from ..entities.org_verb_titles import verb_title
from ..entities.org_coordinated_adjectives import coordinated_words
from ..entities.org_shared_head import shared_head, shared_head_words
from ..entities.org_shared_plural import shared_plural_name, shared_plural_tokens
from ..entities.span_repair import repair  # noqa: F401  (read by the tests from here)
from ..entities.org_bare_slots import slot_name as quoted_slot_name
from ..entities.org_quoted_slot_endings import slot_ending_name
from ..entities.org_case import agreed_as_written, apposed_as_written, oblique_name
from ..entities.org_quoted_foreign import foreign_apposed, nominative_head_genitive
from ..entities.org_party_branches import branch_owner, split_descriptor
from ..entities.org_frozen_tails import frozen_quoted
from ..entities.org_quoted_slot import slot_refuses
from ..entities.org_quoted_letters import dative_e_name, foreign_as_written, plural_subject_name
from ..entities.name_foreign_clubs import club_name
from ..lexicons.legal import legal_forms, legal_run
from ..entities.normal import OPEN_QUOTES, QUOTES, join_words, normalize_quotes, spaced, normalize_words
from ..entities.org_league_words import league_name
from ..entities.org_apposed import apposed_after_trade, apposed_phrase
from ..entities.org_airport_names import airport_name
from ..entities.org_opening_units import opening_unit_name
from ..entities.org_region_stumps import region_stump_name
from ..entities.org_service_names import service_name
from ..entities.span_passes import span_passes

from ..entities.spans import SPANS_KEY  # all entity spans, nested ones included


_UNREAD = object()


def normal_name(span: Span, morph: Morph, head=_UNREAD) -> str:
    """The span's normal name; ``head``: its :func:`shared_head`, where the caller has read it."""
    plural = shared_plural_name(span) if span.label_ == "ORG" else None
    if plural:  # "Новосибирским" in "с Новосибирским и Красноярским театрами": Новосибирский театр
        return plural
    tokens = [t for t in span if not t.is_space]
    texts = [t.text for t in tokens]
    words = coordinated_words(texts, lambda w: normalize_words(morph, w)) if span.label_ == "ORG" else None
    if not words:
        shared = shared_head_words(span, shared_head(span) if head is _UNREAD else head,
                                   lambda w: normalize_words(morph, w))
        if shared:  # "Большого" in "Большого, Мариинского театров": Большой театр
            return " ".join(shared)
    words = words or normalize_words(morph, texts)
    return normalize_quotes(join_words(words, [spaced(t) for t in tokens]))


def _oblique_quoted(rest: Span, morph: Morph) -> str | None:
    """The nominative of a quoted name after a descriptor where no word of it may be a
    nominative ("фракция «Справедливой России»" -> "Справедливая Россия"); None else."""
    tokens = [t for t in rest if not t.is_space]
    if len(tokens) < 3 or tokens[0].text not in OPEN_QUOTES or tokens[-1].text not in QUOTES:
        return None
    inner = tokens[1:-1]
    if not all(t.is_alpha for t in inner) or any(
            p.tag.case == "nomn" for t in inner for p in morph.parse(t.text)):
        return None
    words = normalize_words(morph, [t.text for t in inner])
    return join_words(words, [spaced(t) for t in inner])


def _legal_quoted(span: Span, morph: Morph) -> str | None:
    """"АО «Мосводоканал»" for "АО «Мосводоканалу»": legal forms, then a quoted name in
    an oblique case; None where the span is not so."""
    k = legal_run([t.text for t in span])
    inner = _oblique_quoted(span[k:], morph) if k else None
    if inner and (slot_refuses(morph, span, span[k + 1].text) or foreign_as_written(morph, span, k)):  # "директора АО «Жетысу Логистик»"
        return None
    return f"{span[:k].text} «{inner}»" if inner else None


def _key(name: str) -> str:
    return name.lower().replace("ё", "е").replace("«", "").replace("»", "")


def _unquote(name: str) -> str:
    """'«Роснано»' -> 'Роснано' (only a name quoted as a whole)."""
    if name.startswith("«") and name.endswith("»") and normalize_quotes(name[1:-1]) == name[1:-1]:
        return name[1:-1]
    return name


def _hyphenated(text: str) -> bool:
    """"Пресс-служба", "Альфа-Банк": a word of letters joined by hyphens."""
    return "-" in text and text.replace("-", "").isalpha()


def lemma_key(tokens) -> str:
    """Words of a name by lemma, legal forms left out: "«Газпром нефти»" and "Газпром
    нефть" share one key, and so do "ООО «Сибкатализ»" and "Сибкатализ"."""
    legal = legal_forms()
    words = [t.lemma_ for t in tokens if (t.is_alpha or t.is_digit or _hyphenated(t.text))
             and t.lower_ not in legal]
    return " ".join(words or [t.text for t in tokens]).lower().replace("ё", "е")


def _dictionary_form(tokens) -> bool:
    """Whether a name stands as in the dictionary (its words are their lemmas):
    "Газпром нефть", not "Газпром нефтью"."""
    words = [t for t in tokens if t.is_alpha]
    return all(t.lower_.replace("ё", "е") == t.lemma_.replace("ё", "е") for t in words)


def _may_be_nominative(morph: Morph, name: str) -> bool:
    """Each word of ``name`` unknown to the dictionary or reading as a nominative ("Самрук-Казына",
    "Наши"; not "Яндекса" of "сетью «Яндекса»", an owner's genitive after a descriptor)."""
    return all(not morph.is_known(w.lower()) or any(p.tag.case == "nomn" for p in morph.parse(w))
               for w in name.replace("«", " ").replace("»", " ").split())


def group_named(spans: list[Span], morph: Morph, cls, places: frozenset[str] = frozenset()):
    """Group mentions by the lemmas of their name. Organizations group by their
    proper name without the descriptor ("компании NeoPhotonics" with "NeoPhotonics");
    the descriptor stays in the name where the bare name is also a place of the
    article (the technopolis «Москва», not the city). The name shown is the most
    frequent normal form written as in the dictionary ("Газпром нефть", not
    "Газпром нефтью"), else the most frequent, the first on a tie."""
    groups: dict[str, dict] = {}
    known = aliases() if cls is Organization else {}
    bodies: dict[str, set[str]] = {}  # "мид" -> {"мид япония"}
    for span in spans:
        kind, name_start = split_descriptor(span) if cls is Organization else (None, 0)
        head = shared_head(span)
        full = normal_name(span, morph, head)
        bare = _unquote(normal_name(span[name_start:], morph)) if name_start else full
        written = apposed_as_written(morph, span[name_start:]) or (  # the name in its nominative slot, as written
            None if name_start or cls is not Organization else agreed_as_written(morph, span))
        if name_start:  # "фракция «Новых людей»": the quoted name of the party it belongs to
            bare = verb_title(span[name_start:]) or branch_owner(morph, span) or club_name(span[name_start:]) or apposed_as_written(morph, span[name_start:]) \
                or foreign_apposed(morph, span[name_start:]) \
                or apposed_phrase(morph, span[name_start:]) or _oblique_quoted(span[name_start:], morph) or bare
        elif cls is Organization:  # "АО «Мосводоканалу»": a legal form does not decline, the name does
            bare = airport_name(span) or service_name(span) or opening_unit_name(span, full) or region_stump_name(span) or league_name(span) or verb_title(span) or branch_owner(morph, span) or legal_kind_quoted(span, lambda s: _oblique_quoted(s, morph)) \
                or apposed_as_written(morph, span) or foreign_apposed(morph, span) or nominative_head_genitive(morph, span) or apposed_after_trade(morph, span) \
                or club_name(span) or agreed_as_written(morph, span) or frozen_quoted(morph, span) \
                or _legal_quoted(span, morph) or slot_ending_name(morph, span) or quoted_slot_name(morph, span) or verb_object_name(morph, span) or place_tailed_name(morph, span) or dative_e_name(morph, span) or plural_subject_name(morph, span) or oblique_name(morph, span) \
                or stump_as_written(morph, span) or bare
            # (apposed first: "агентства «Анадолу»" as written; "филиал «Партии зелёных»": the owner's)
        key = lemma_key(span[name_start:])
        shared = head if cls is Organization else None
        plural = shared_plural_tokens(span) if cls is Organization else None
        if plural:  # a body of names sharing a plural head: with its name written whole
            key, bare = lemma_key(plural), full
        elif shared and not name_start:  # "Большого" in "Большого, Мариинского театров": with "Большого театра"
            key = lemma_key([*span, *shared[0]])
            bare = full
        geo = geo_name(span, morph, lambda s: normal_name(s, morph), lemma_key) \
            if cls is Organization else None
        body = None
        if geo:  # "японского МИДа" -> "МИД Японии", with "МИД Японии" as written
            body, key, rest = geo
            bare, name_start = body, 0
            rest = "=" + known[rest][0] if rest in known else rest
        alias = known.get(key) or known.get(lemma_key(span))
        if alias:  # "ЦБ", "Центробанк", "Банк России": one entity, one name
            key = "=" + alias[0]
        if body:  # the group's own key, the alias's where there is one ("управления МВД": not "мвд")
            bodies.setdefault(rest, set()).add(key)
        group = groups.setdefault(key, {"names": [], "fixed": None, "kind": None, "spans": [], "written": set(),
                                        "plain": set(), "category": None, "canonical": None})
        group["spans"].append(span)
        group["kind"] = group["kind"] or kind
        if cls is Organization:
            group["category"] = group["category"] or (alias[1] if alias else category_of(span, kind))
        if alias:
            group["canonical"] = alias[0]
        if body:
            group["fixed"] = body
        if name_start and key in places:
            group["fixed"] = group["fixed"] or full[:1].upper() + full[1:]
        if cls is Organization and nested([t.text for t in span]):
            bare = without_inner_quotes(bare)  # "ФГУП «НПО «Техномаш»»" -> ФГУП «НПО Техномаш»
        group["names"].append(bare)
        if written is not None and written == bare and _may_be_nominative(morph, written):
            group["written"].add(bare)
        if _dictionary_form(span[name_start:]):
            group["plain"].add(bare)
    for rest, keys in bodies.items():  # a later bare "МИД" is the one body named so
        if len(keys) == 1 and rest in groups and rest not in keys:
            target = groups[next(iter(keys))]
            target["spans"] += groups.pop(rest)["spans"]
    facts = []
    for group in groups.values():
        mentions = tuple(sorted({span_mention(s) for s in group["spans"]}, key=mention_order))
        extra = {"kind": group["kind"], "category": group["category"],
                 "canonical": group["canonical"]} if cls is Organization else {}
        names = group["names"]
        full = {n for n in names if group["canonical"] and not ABBREVIATION.match(n)}
        # "ФТС" after its full name: the full; a name as written in its nominative slot ("фонд «Самрук-Казына»")
        # over the guess from a declined one ("в «Самрук-Казыне»")
        name = group["fixed"] or max(names, key=lambda n: (
            n in full, n in group["written"], n in group["plain"], names.count(n), -names.index(n)))
        facts.append(cls(name=_unquote(name), mentions=mentions, **extra))  # "(«Скат»)": a name quoted whole, bare
    return sorted(facts, key=lambda f: f.mentions[0].start)


class EntitiesComponent:
    def __init__(self, nlp: Language, name: str, morph: Morph, propagate: bool = True,
                 descriptors: bool = True, references: bool = True, geo: bool = True) -> None:
        self.name = name
        self.geo = geo
        self.references = references
        self.morph = morph
        self.propagate = propagate
        self.descriptors = descriptors

    def __call__(self, doc: Doc) -> Doc:
        with doc_in_hand(doc):  # the rules' word and lemma indices made once for the doc
            return self._entities(doc)

    def _entities(self, doc: Doc) -> Doc:
        spans, media, bodies = span_passes(doc, self.morph, self.propagate, self.descriptors, self.geo)
        doc.spans[SPANS_KEY] = spans
        by_label = {label: [s for s in spans if s.label_ == label] for label in ("PER", "ORG", "LOC")}
        locations = group_named(by_label["LOC"], self.morph, Location)
        if self.geo:
            locations = adjective_places(doc, locations, by_label["PER"])
        places = frozenset(lemma_key(span) for span in by_label["LOC"] if not any(  # "Банк
            o.start <= span.start and span.end <= o.end for o in by_label["ORG"]))  # Санкт-Петербург"
        organizations = merge_original_names(doc_text(doc), merge_abbreviations(
            doc_text(doc), group_named(by_label["ORG"], self.morph, Organization, places)))
        organizations = media_category(doc, organizations, media)
        references: list[Span] = []
        if self.references:  # "компания" after "компания «Ростелеком»"
            inside = {(s.start, s.end) for s in bodies}  # "обкома партии": "партии" too
            covered = {i for s in spans if (s.start, s.end) not in inside
                       for i in range(s.start, s.end)}
            organizations, references = common_noun_references(
                doc, organizations, by_label["ORG"], covered)
        names = {(m.start, m.stop): e.name for e in (*locations, *organizations) for m in e.mentions}
        roles = person_roles(doc, by_label["PER"], by_label["ORG"] + references + by_label["LOC"], self.morph,
                             lambda span: names.get((span.start_char, span.end_char), span.text))
        doc._.rufacts_persons = shared_of(group_persons(by_label["PER"], self.morph, roles))
        doc._.rufacts_organizations = organizations
        doc._.rufacts_locations = locations
        return doc


@Language.factory(
    "rufacts_entities",
    assigns=["doc.ents", "doc.spans", "doc._.rufacts_persons", "doc._.rufacts_organizations",
             "doc._.rufacts_locations"],
    requires=["doc.ents", "token.lemma", "token.pos", "token.morph"],
    default_config={"morph": {"@misc": "rufacts.morph.v1"}, "propagate": True,
                    "descriptors": True, "references": True, "geo": True},
)
def make_entities(nlp: Language, name: str, morph: Morph, propagate: bool,
                  descriptors: bool, references: bool, geo: bool) -> EntitiesComponent:
    return EntitiesComponent(nlp, name, morph, propagate, descriptors, references, geo)
