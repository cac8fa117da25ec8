"""Entities as facts: repaired NER spans grouped into persons, organizations and
locations, each with a nominative normal name and all of its mentions.

Steps, each a small function:
1. ``repair`` (:mod:`rufacts.entities.span_repair`): split spans at line breaks, colons and
   sentence starts; trim punctuation at the edges; take in a closing quote the tagger left out.
2. ``propagate`` (the same module): a name the tagger found once is tagged at its other,
   untagged occurrences in the article (same word, any case form).
3. group: persons by compatible name parts (``rufacts.names``), organizations
   and locations by normal name (``rufacts.normal``).
Organizations also come from media titles (``entities.media``), bodies without a proper
name (``entities.bodies``) and common nouns referring back (``entities.coref``).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..entities.doc_text import doc_text
from ..entities.doc_words import doc_in_hand
from ..facts import Location, Organization, mention_order
from ..grammars.morph import Morph
from ..entities.names_group import group_persons, span_mention
from ..entities.names_spans import person_spans
from ..entities.name_honorifics import honorific_spans
from ..entities.name_disagreeing_leads import disagreeing_leads
from ..entities.name_opening_given import opening_given_names
from ..entities.name_latin_persons import latin_persons
from ..entities.place_persons import double_first_spans
from ..entities.name_particles import particle_spans
from ..entities.name_particle_surnames import particle_surname_spans
from ..entities.name_initials_after import surname_before_initials
from ..entities.org_legislatures import legislature_spans
from ..entities.org_person_lead import person_in_org, surname_from_next
from ..entities.org_capital_heads import capital_head_orgs
from ..entities.org_latinate import latinate_orgs
from ..entities.org_member_bodies import member_bodies
from ..entities.org_latin_tail import latin_tails
from ..entities.org_latin_legal import latin_legal_spans
from ..entities.org_genitive_and import genitive_and_tails
from ..entities.org_list_tails import list_tails; from ..entities.org_genre_pairs import genre_pairs; from ..entities.org_place_leads import place_leads; from ..entities.org_postposed_names import postposed_names; from ..entities.org_members import land_lists
from ..entities.org_country_ministries import country_ministries; from ..entities.org_second_bodies import coordinated_cuts, country_parties, participle_leads, second_bodies
from ..entities.org_remit_objects import remit_objects
from ..entities.org_remit_bodies import remit_bodies; from ..entities.org_academic_sectors import academic_sectors; from ..entities.org_sentence_remits import sentence_remits
from ..entities.org_place_tail import mission_tails
from ..entities.org_remit_tails import capital_remits, purpose_tails, remit_tails
from ..entities.org_remit_frames import frame_tails, governed_fields, named_remits, predicate_cuts
from ..entities.org_capital_leads import capital_leads
from ..entities.org_lead_nouns import without_lead_nouns
from ..entities.org_descriptor_names import descriptor_names
from ..entities.org_subunits import field_adjective_units, lead_cuts, role_owner_places, without_owner_only_units
from ..entities.roles import person_roles, shared_of
from ..entities.orgs import after_branch, aliases, category_of, descriptor_orgs, starts_with_descriptor
from ..entities.org_abbreviations import ABBREVIATION, merge_abbreviations
from ..entities.org_unit_owners import owner_after_body
from ..entities.org_original_names import merge_original_names, original_name_spans
from ..entities.bodies import body_spans, complemented_orgs, owned_orgs, seated_bodies
from ..entities.place_remits import cut_place_remits, nested_places
from ..entities.boilerplate import drop_boilerplate
from ..entities.coref import common_noun_references
from ..entities.media import media_category, media_titles
from ..entities.geo import adjective_places, body_orgs, extend_orgs, geo_name
from ..entities.retype import lead_nouns, media_spans, retype
from ..entities.quoted import quoted_orgs
from ..entities.quotes import nested, without_inner_quotes
from ..entities.org_quoted_lists import quoted_list_orgs
from ..entities.institutions import institution_orgs
from ..entities.org_memorial_museums import memorial_museums; from ..entities.org_hyphen_kinds import hyphen_kind_orgs; from ..entities.org_place_adjectives import place_adjective_orgs; from ..entities.org_honoree_tail import initials_cut_orgs; from ..entities.org_plural_parties import plural_parties
from ..entities.org_kind_acronym_names import legal_kind_quoted
from ..entities.org_kind_heads import kind_head_orgs
from ..entities.org_descriptive_phrases import descriptive_phrases; from ..entities.org_station_units import station_units; from ..entities.org_case_run_ons import case_run_ons; from ..entities.org_municipal_units import municipal_units
from ..entities.org_prefixed_bodies import prefixed_bodies
from ..entities.org_latin_after_place import latin_after_place
from ..entities.org_latin_slots import latin_slot_orgs
from ..entities.org_legal_leads import legal_leads
from ..entities.org_place_acronyms import place_acronym_orgs; from ..entities.org_voiced_seats import voiced_seats
from ..entities.org_legal_quotes import legal_quoted_wholes; from ..entities.org_unit_tails import unit_tails
from ..entities.org_numbered import abbreviation_orgs, municipal_bodies, numbered_edges, numbered_leads; from ..entities.org_region_bodies import region_bodies, without_region_parts; from ..entities.org_compound_ordinals import compound_ordinal_orgs
from ..entities.org_mission_ranks import mission_ranks; from ..entities.org_false_bodies import without_false_bodies
from ..entities.org_descriptive_phrases import dative_tails
from ..entities.org_sport_tails import sport_tails
from ..entities.org_region_acronyms import region_acronym_tails
from ..entities.org_name_extent import city_overlaps, descriptor_overlaps, joined_orgs
from ..entities.org_owned_heads import owned_heads; from ..entities.org_extent_tails import council_seats, fielded_cuts, kept_tails; from ..entities.org_place_branches import place_branches; from ..entities.org_problem_institutes import problem_institutes
from ..entities.org_stump_bodies import stump_as_written
from ..entities.org_verb_objects import verb_object_name; from ..entities.org_place_tailed_quotes import place_tailed_name
from ..entities.org_quoted_whole import quoted_wholes
from ..entities.org_participle_objects import participle_objects
from ..entities.org_field_tails import field_tails, institution_places_as_orgs
from ..entities.org_open_tails import open_tails; from ..entities.org_bracketed_glosses import bracketed_glosses; from ..entities.org_verb_titles import verb_title
from ..entities.org_coordinated_adjectives import coordinated_adjective_orgs, coordinated_words
from ..entities.org_shared_head import shared_head, shared_head_orgs, shared_head_words
from ..entities.org_shared_plural import shared_plural_name, shared_plural_orgs, shared_plural_tokens
from ..entities.span_repair import bracketed_abbreviations, propagate, repair
from ..entities.org_bare_slots import slot_name as quoted_slot_name
from ..entities.org_case import agreed_as_written, apposed_as_written, oblique_name; from ..entities.org_party_branches import branch_owner, party_branches, split_descriptor; from ..entities.org_region_seats import spaced_regions; from ..entities.org_sentence_leads import sentence_leads; from ..entities.org_numbered_adjectives import numbered_adjectives; from ..entities.org_frozen_tails import frozen_quoted
from ..entities.org_quoted_slot import slot_refuses
from ..entities.org_quoted_letters import dative_e_name, foreign_as_written, plural_subject_name
from ..entities.name_foreign_clubs import club_name
from ..lexicons.legal import legal_forms, legal_run
from ..entities.regions import bracketed_regions, joint_regions
from ..entities.normal import OPEN_QUOTES, QUOTES, join_words, normalize_quotes, spaced, normalize_words
from ..entities.org_foreign_tails import capital_adjective_bodies, cause_tails, foreign_name_tails, numbered_capital_heads, place_companies, without_clause_tails; from ..entities.org_league_words import league_name, league_words
from ..entities.org_apposed import apposed_after_trade, apposed_phrase; from ..entities.org_airport_names import airport_name, airport_names; from ..entities.org_opening_units import opening_unit_name; from ..entities.org_instrumental_fields import instrumental_fields; from ..entities.org_region_stumps import region_stump_name, region_stumps; from ..entities.org_service_names import service_name, service_names

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
                or apposed_phrase(morph, span[name_start:]) or _oblique_quoted(span[name_start:], morph) or bare
        elif cls is Organization:  # "АО «Мосводоканалу»": a legal form does not decline, the name does
            bare = airport_name(span) or service_name(span) or opening_unit_name(span, full) or region_stump_name(span) or league_name(span) or verb_title(span) or branch_owner(morph, span) or legal_kind_quoted(span, lambda s: _oblique_quoted(s, morph)) \
                or apposed_as_written(morph, span) or apposed_after_trade(morph, span) \
                or club_name(span) or agreed_as_written(morph, span) or frozen_quoted(morph, span) \
                or _legal_quoted(span, morph) or quoted_slot_name(morph, span) or verb_object_name(morph, span) or place_tailed_name(morph, span) or dative_e_name(morph, span) or plural_subject_name(morph, span) or oblique_name(morph, span) \
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
        spans, pieces = repair(doc, list(doc.ents))
        spans = surname_from_next(doc, person_in_org(doc, case_run_ons(doc, spans), self.morph), self.morph)  # "[О Вере Павловне Снегирь]": a person; "[федерации самбо чемпионат]"
        spans = surname_before_initials(doc, spans)  # "Фроловым-Багреевым" + "И. К."
        spans = without_lead_nouns(doc, genitive_and_tails(doc, spans))  # "[Главврачу Старолесской районной больницы]"
        spans = participle_leads(doc, lead_cuts(doc, spans))  # "Руководившего" + "Вачской ЦРБ"; "[Пресс-служба акимата]" + "Павлодарской области"
        spans = latin_legal_spans(doc, latin_tails(doc, spans))  # "Moravské" + "strojírny"; "Drewpol Sp. z o.o."
        spans = cut_place_remits(doc, drop_boilerplate(doc, spans))  # "Подробнее читайте"; "РФ по ..."
        spans = foreign_name_tails(doc, without_clause_tails(doc, spans, self.morph), self.morph)  # "Университета Тарбиат Модарес"
        spans = cause_tails(doc, spans, self.morph)  # "партией пенсионеров" + "за социальную справедливость"
        if self.propagate:
            spans = propagate(doc, spans, pieces)
        spans = legislature_spans(doc, retype(doc, spaced_regions(doc, spans)))  # "Народный Хурал Республики Бурятия"
        spans = descriptor_names(doc, spans)  # "концерн Тиссенкрупп", "авиакомпания Пегасус"
        spans = joined_orgs(doc, spans)  # "Улан-Удэнский городской Совет"; "Государственного Собрания — Курултая"
        spans = owned_heads(doc, spans)  # "Программы развития" + "ООН"; "Фонд Билла и Мелинды" + "Гейтс"
        spans = field_tails(doc, institution_places_as_orgs(doc, spans))  # "банка для международного сотрудничества"
        if self.descriptors:
            # "Ивановскую филармонию"; its "для" tail ("центра для несовершеннолетних")
            spans = quoted_wholes(doc, field_tails(doc, institution_orgs(doc, spans, self.morph)))  # ("«Африканская лига" + "единоборств»")
            spans = initials_cut_orgs(doc, place_adjective_orgs(doc, kind_head_orgs(doc, memorial_museums(doc, hyphen_kind_orgs(doc, spans)))))  # "Дом-музей Сарьяна"; "Кенозерском национальном парке"
            spans = region_stumps(doc, prefixed_bodies(doc, plural_parties(doc, spans)))  # "Лидер Истинных финнов"; "Мосприроде поручено": a body, not a person
            spans = participle_leads(doc, numbered_leads(doc, abbreviation_orgs(doc, spans, self.morph), self.morph))  # "Тетюшской ЦРБ"
            spans = region_bodies(doc, compound_ordinal_orgs(doc, municipal_bodies(doc, spans), self.morph))  # "Собрание представителей Сызранского района"; "Двадцать первым ... судом"; "народного правительства провинции Хэнань"
            spans = latinate_orgs(doc, member_bodies(doc, capital_head_orgs(doc, spans)))  # "Благодаря Фонду развития анимации"; "в Моцартеуме"
            spans = place_companies(doc, capital_adjective_bodies(doc, numbered_capital_heads(doc, spans)))  # "Лицею-интернату № 1"; "Национальной иранской нефтяной компании"; "Саудовская электрическая компания объявила"
            spans = station_units(doc, league_words(doc, descriptive_phrases(doc, spans, self.morph)))  # "В Лийге"; "Общероссийскому профсоюзу работников культуры"; "моторвагонного депо Казань"
        spans = double_first_spans(doc, spans, self.morph)  # "с Жаном-Люком Кола" the tagger missed
        spans = particle_surname_spans(doc, spans, self.morph)  # "Хенку ван ден Босу" the tagger typed a place
        spans = opening_given_names(doc, disagreeing_leads(doc, lead_nouns(doc, particle_spans(doc, person_spans(doc, spans, self.morph))), self.morph), self.morph)  # "НПО Лавочкина [Григорий Шубин-Ракитин]"; "[Эмиру Хаджиомеровичу], мэру"
        spans = latin_persons(doc, honorific_spans(doc, spans, self.morph))  # "аятоллы Хаменеи"; "профессор Hans Clevers"
        spans = participle_objects(doc, latin_slot_orgs(doc, latin_after_place(doc, spans)))  # "Южноафриканской Sasol"; "акции Nvidia"
        spans = place_acronym_orgs(doc, voiced_seats(doc, spans))  # "лидер бразильской" + "ЦУТ"
        doc.ents = filter_spans(spans)  # a person nested in a body named after them kept in `spans`
        spans = media_spans(doc, spans)
        spans, media = media_titles(doc, spans)  # "пишет «Коммерсантъ»"
        if self.descriptors:
            spans = quoted_list_orgs(doc, quoted_orgs(doc, spans, self.morph))  # "на «Уральских самоцветах»"; "«Юг Руси», «Эфко»"
        spans = legal_leads(doc, spans)  # "ОсОО" + "«Ак-Бота»": a legal form the tagger left out
        orgs = descriptor_orgs(doc, spans) if self.descriptors else []
        if orgs:  # an organization that takes in the tagger's one drops it; a place stays,
            # unless it is the tagger's misreading of a descriptor ("Управа района")
            covered = {(s.start, s.end) for s in orgs}
            inner = {(s.start, s.end) for s in spans if any(
                o.start <= s.start and s.end <= o.end for o in orgs) and (
                s.label_ == "ORG" and not after_branch(doc, s.start)  # the owner of "отделения «...»"
                and not owner_after_body(doc, s.start)  # ... and of "комитета ООН против пыток"
                or (s.label_ == "LOC" and starts_with_descriptor(s)))}
            spans = [s for s in spans if (s.start, s.end) not in inner - covered] + orgs
            spans.sort(key=lambda s: (s.start, -s.end))
        spans = capital_leads(doc, legal_quoted_wholes(doc, without_region_parts(doc, spans)))  # "ФГКУ «Специальное управление ФПС ...»"; "Северо-Западного" + "территориального управления Росрыболовства"
        spans = descriptor_overlaps(doc, bracketed_abbreviations(doc, spans))  # "Кольском научном центре" + "РАН"
        spans = original_name_spans(doc, spans)  # "«Фольксваген» (Volkswagen)"
        spans = sport_tails(doc, mission_ranks(doc, region_acronym_tails(doc, second_bodies(doc, owned_orgs(doc, spans)))))  # "Палаты представителей Конгресса США"; "ДУМ" + "КБР"
        bodies = without_owner_only_units(role_owner_places(doc, body_spans(doc, spans), spans))  # "администрация президента", "совет директоров"
        bodies += seated_bodies(doc, spans + bodies)  # "комиссия при правительстве края"
        bodies += field_adjective_units(doc, spans + bodies); bodies += academic_sectors(doc, spans + bodies)  # "исторического факультета"; "сектора новой истории"
        remits = remit_bodies(doc, spans + bodies); remits += sentence_remits(doc, spans + bodies + remits)  # "комитет по бюджету и налогам" (no "комитета" inside); "Центр по подготовке спасателей" opening a sentence
        spans = complemented_orgs(doc, sorted(spans + bodies + remits, key=lambda s: (s.start, -s.end)))
        spans = coordinated_cuts(doc, mission_tails(doc, purpose_tails(doc, named_remits(doc, governed_fields(doc, remit_tails(doc, capital_remits(doc, spans)))))))  # "Посольство России" + "в Сирии"; "комиссией ООН" + "для Европы"; "комиссией по выборам и проведению" + "референдумов"
        spans = joint_regions(doc, spans)  # "Арбитражный суд Санкт-Петербурга и Ленинградской области"
        spans = bracketed_regions(doc, spans)  # "Министерства финансов Республики Саха (Якутия)"
        spans = shared_head_orgs(doc, coordinated_adjective_orgs(doc, spans))  # "Омская и Тарская епархия"; "Пермского и Казанского училищ"
        spans = shared_plural_orgs(doc, spans)  # "с Новосибирским и Красноярским театрами оперы и балета"
        bodies = [s for s in spans if s.label_ == "ORG" and any(
            b.start == s.start for b in bodies)]  # "по Санкт-Петербургу" taken in
        if self.geo:
            spans = extend_orgs(doc, spans)
            spans = sorted(spans + body_orgs(doc, spans), key=lambda s: (s.start, -s.end))
        spans = numbered_edges(doc, spans, self.morph)  # "3-го" + "отдела полиции"; "отдел полиции" + "№ 5"
        spans = bracketed_glosses(doc, open_tails(doc, spans))  # "Национальной ассамблеи народной" + "власти"; "Scat Airlines" + "(«Скат»)"
        spans = remit_objects(doc, spans)  # "Национальным комитетом по управлению" + "бедствиями"
        spans = land_lists(doc, postposed_names(doc, place_leads(doc, genre_pairs(doc, list_tails(doc, country_parties(doc, country_ministries(doc, spans)))))))  # "Хорватское" + "Министерство моря, транспорта и инфраструктуры"; "Комитет по вопросам семьи" + ", женщин и детей"
        spans = municipal_units(doc, nested_places(doc, predicate_cuts(doc, frame_tails(doc, spans))))  # (frames: "Фонд ООН" + "в области народонаселения"); "Агентство США по ...": the place "США" inside
        spans = problem_institutes(doc, fielded_cuts(doc, council_seats(doc, kept_tails(doc, service_names(doc, instrumental_fields(doc, airport_names(doc, second_bodies(doc, without_false_bodies(doc, unit_tails(doc, place_branches(doc, party_branches(doc, numbered_adjectives(doc, sentence_leads(doc, dative_tails(doc, city_overlaps(doc, spans))))))))))))))))  # (a unit's span from the bodies' rules: "факультета ..." + "... института"); "Территориальной избирательной комиссии Центрального района" + "Барнаула"; "Курганского областного отделения КПРФ"; "аэропорта" + "Талаги"; "Кафедрой" + "управления персоналом"; "конгломерату" + "Tata"
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
