"""The ordered span passes of :mod:`rufacts.components.entities`: the NER spans repaired,
retyped, cut and extended, and the spans the tagger missed added, one small rule at a time.

Each run of passes of the form ``spans = f(doc, spans)`` is a tuple of functions in the
order they apply (the first applies first), run by :func:`_run`; a pass that also reads
the morphology or the pieces of the repair, and every step that is not such a pass, is
an explicit statement between the runs. The order is the order of application: a new pass
goes on its own line at its place."""
from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..grammars.morph import Morph
from ..entities.names_spans import person_spans
from ..entities.name_honorifics import honorific_spans
from ..entities.name_disagreeing_leads import disagreeing_leads
from ..entities.name_opening_given import opening_given_names
from ..entities.name_asian_function_families import function_families
from ..entities.name_latin_persons import latin_persons
from ..entities.place_persons import double_first_spans
from ..entities.name_particles import particle_spans
from ..entities.name_particle_surnames import particle_surname_spans
from ..entities.name_initials_after import surname_before_initials
from ..entities.name_initials_missed import missed_initials_surname
from ..entities.name_age_missed import missed_age_surnames
from ..entities.org_legislatures import legislature_spans
from ..entities.org_governing_descriptors import governed_companies
from ..entities.org_person_lead import person_in_org, surname_from_next
from ..entities.org_person_tails import person_tails
from ..entities.name_noun_tails import person_noun_tails
from ..entities.org_bare_owners import without_bare_owners
from ..entities.org_capital_heads import capital_head_orgs
from ..entities.org_latinate import latinate_orgs
from ..entities.org_member_bodies import member_bodies
from ..entities.org_latin_tail import latin_tails
from ..entities.org_latin_legal import latin_legal_spans
from ..entities.org_genitive_and import genitive_and_tails
from ..entities.org_list_tails import list_tails
from ..entities.org_genre_pairs import genre_pairs
from ..entities.org_place_leads import place_leads
from ..entities.org_postposed_names import postposed_names
from ..entities.org_members import land_lists
from ..entities.org_country_ministries import country_ministries
from ..entities.org_listed_remits import listed_remits
from ..entities.org_plant_groups import plant_groups
from ..entities.org_named_funds import named_funds
from ..entities.org_numbered_units import numbered_units
from ..entities.org_region_fields import region_fields
from ..entities.org_executive_places import executive_places
from ..entities.org_second_bodies import coordinated_cuts, country_parties, participle_leads, second_bodies
from ..entities.org_remit_objects import remit_objects
from ..entities.org_remit_bodies import remit_bodies
from ..entities.org_academic_sectors import academic_sectors
from ..entities.org_sentence_remits import sentence_remits
from ..entities.org_place_tail import mission_tails
from ..entities.org_remit_tails import capital_remits, purpose_tails, remit_tails
from ..entities.org_remit_frames import frame_tails, governed_fields, named_remits, predicate_cuts
from ..entities.org_capital_leads import capital_leads
from ..entities.org_lead_nouns import without_lead_nouns
from ..entities.org_descriptor_names import descriptor_names
from ..entities.org_subunits import field_adjective_units, lead_cuts, role_owner_places, without_owner_only_units
from ..entities.orgs import after_branch, descriptor_orgs, starts_with_descriptor
from ..entities.org_unit_owners import owner_after_body
from ..entities.org_original_names import original_name_spans
from ..entities.bodies import body_spans, complemented_orgs, owned_orgs, seated_bodies
from ..entities.place_remits import cut_place_remits, nested_places
from ..entities.boilerplate import drop_boilerplate
from ..entities.media import media_titles
from ..entities.geo import body_orgs, extend_orgs
from ..entities.retype import lead_nouns, media_spans, retype
from ..entities.quoted import quoted_orgs
from ..entities.org_quoted_lists import quoted_list_orgs
from ..entities.institutions import institution_orgs
from ..entities.org_memorial_museums import memorial_museums
from ..entities.org_hyphen_kinds import hyphen_kind_orgs
from ..entities.org_place_adjectives import place_adjective_orgs
from ..entities.org_honoree_tail import initials_cut_orgs
from ..entities.org_plural_parties import plural_parties
from ..entities.org_kind_heads import kind_head_orgs
from ..entities.org_descriptive_phrases import dative_tails, descriptive_phrases
from ..entities.org_station_units import station_units
from ..entities.org_case_run_ons import case_run_ons
from ..entities.org_municipal_units import municipal_units
from ..entities.org_prefixed_bodies import prefixed_bodies
from ..entities.org_latin_after_place import latin_after_place
from ..entities.org_latin_slots import latin_slot_orgs
from ..entities.org_legal_leads import legal_leads
from ..entities.org_place_acronyms import place_acronym_orgs
from ..entities.org_voiced_seats import voiced_seats
from ..entities.org_legal_quotes import legal_quoted_wholes
from ..entities.org_unit_tails import unit_tails
from ..entities.org_numbered import abbreviation_orgs, municipal_bodies, numbered_edges, numbered_leads
from ..entities.org_region_bodies import region_bodies, without_region_parts
from ..entities.org_compound_ordinals import compound_ordinal_orgs
from ..entities.org_mission_ranks import mission_ranks
from ..entities.org_false_bodies import without_false_bodies
from ..entities.org_sport_tails import sport_tails
from ..entities.org_region_acronyms import region_acronym_tails
from ..entities.org_name_extent import city_overlaps, descriptor_overlaps, joined_orgs
from ..entities.org_owned_heads import owned_heads
from ..entities.org_founder_persons import founder_persons
from ..entities.org_substantive_leads import substantive_leads
from ..entities.org_about_tails import about_tails
from ..entities.org_object_tails import object_tails
from ..entities.org_extent_tails import council_seats, fielded_cuts, kept_tails
from ..entities.org_place_branches import place_branches
from ..entities.org_problem_institutes import problem_institutes
from ..entities.org_quoted_whole import quoted_wholes
from ..entities.org_participle_objects import participle_objects
from ..entities.org_field_tails import field_tails, institution_places_as_orgs
from ..entities.org_open_tails import open_tails
from ..entities.org_bracketed_glosses import bracketed_glosses
from ..entities.org_coordinated_adjectives import coordinated_adjective_orgs
from ..entities.org_shared_head import shared_head_orgs
from ..entities.org_shared_plural import shared_plural_orgs
from ..entities.span_repair import bracketed_abbreviations, propagate, repair
from ..entities.org_party_branches import party_branches
from ..entities.org_region_seats import spaced_regions
from ..entities.org_sentence_leads import sentence_leads
from ..entities.org_numbered_adjectives import numbered_adjectives
from ..entities.regions import bracketed_regions, joint_regions
from ..entities.org_foreign_tails import capital_adjective_bodies, cause_tails, foreign_name_tails, numbered_capital_heads
from ..entities.org_foreign_tails import place_companies, without_clause_tails
from ..entities.org_league_words import league_words
from ..entities.org_acronym_towns import acronym_towns
from ..entities.org_airport_names import airport_names
from ..entities.org_instrumental_fields import instrumental_fields
from ..entities.org_region_stumps import region_stumps
from ..entities.org_service_names import service_names
from ..entities.org_compound_heads import compound_heads
from ..entities.org_regnal_eponyms import regnal_eponyms
from ..entities.org_unit_chains import chain_tails, posted_units
from ..entities.org_dictionary_bodies import dictionary_bodies
from ..entities.org_descriptor_units import descriptor_units, stump_places
from ..entities.org_neuter_acronyms import neuter_acronym_subjects
from ..entities.org_acronym_fields import acronym_fields
from ..entities.org_unit_seats import unit_seats
from ..entities.org_seat_in_tails import seat_in_tails
from ..entities.org_conjunction_ends import without_conjunction_ends
from ..entities.org_descriptor_complements import complement_cuts
from ..entities.org_member_leagues import member_leagues
from ..entities.org_territorial_acronyms import territorial_acronyms
from ..entities.org_plant_fields import plant_fields
from ..entities.org_owner_cuts import owner_cuts
from ..entities.org_dash_regions import dash_regions
from ..entities.org_coordinated_bodies import coordinated_bodies
from ..entities.org_unit_territories import unit_territories
from ..entities.org_unit_leads import unit_leads
from ..entities.org_listed_territories import listed_territories
from ..entities.org_sector_acronym_tails import sector_acronym_tails
from ..entities.org_acronym_territories import acronym_territories
from ..entities.org_saint_eponyms import saint_eponyms
from ..entities.org_honoree_bodies import honoree_bodies
from ..entities.org_served_seats import house_seats, served_seats
from ..entities.org_faction_parties import faction_parties
from ..entities.org_second_remits import second_remit_cuts
from ..entities.org_kind_phrases import kind_phrase_orgs
from ..entities.org_adverbial_tails import adverbial_tails
from ..entities.org_city_genitives import city_genitives
from ..entities.org_field_objects import field_objects


def _run(doc: Doc, spans: list[Span], steps) -> list[Span]:
    """``spans`` through each of ``steps`` in turn."""
    for step in steps:
        spans = step(doc, spans)
    return spans


REPAIRED = (
    surname_before_initials,  # "Фроловым-Багреевым" + "И. К."
    missed_initials_surname,  # "Из класса" + "Р. Г. Цагарели"
    missed_age_surnames,  # "При 35-летнем" + "Рзаеве"
    # "[Главврачу Старолесской районной больницы]"
    genitive_and_tails,
    without_lead_nouns,
    # "Руководившего" + "Вачской ЦРБ"; "[Пресс-служба акимата]" + "Павлодарской области"
    lead_cuts,
    participle_leads,
    # "Moravské" + "strojírny"; "Drewpol Sp. z o.o."
    latin_tails,
    latin_legal_spans,
    # "Подробнее читайте"; "РФ по ..."
    drop_boilerplate,
    cut_place_remits,
)

PROPAGATED = (
    # "Народный Хурал Республики Бурятия"
    spaced_regions,
    retype,
    legislature_spans,
    descriptor_names,  # "концерн Тиссенкрупп", "авиакомпания Пегасус"
    joined_orgs,  # "Улан-Удэнский городской Совет"; "Государственного Собрания — Курултая"
    owned_heads,  # "Программы развития" + "ООН"; "Фонд Билла и Мелинды" + "Гейтс"
    founder_persons,  # "Фонде" + "Джорджо Чини"
    # "банка для международного сотрудничества"
    institution_places_as_orgs,
    field_tails,
)

DESCRIPTOR_INSTITUTIONS = (
    # (after institution_orgs) "Ивановскую филармонию"; its "для" tail ("центра для несовершеннолетних");
    # ("«Африканская лига" + "единоборств»")
    field_tails,
    quoted_wholes,
    # "Дом-музей Сарьяна"; "Кенозерском национальном парке"
    hyphen_kind_orgs,
    compound_heads,  # "Полярно-альпийского ботанического сада-института"
    memorial_museums,
    kind_head_orgs,
    place_adjective_orgs,
    initials_cut_orgs,
    # "Лидер Истинных финнов"; "Мосприроде поручено": a body, not a person
    plural_parties,
    prefixed_bodies,
    region_stumps,
    stump_places,  # "[Госкомохотнадзоре Хакасии]" read as a place
    kind_phrase_orgs,  # "Российская книжная палата", "Кубанскому казачьему войску", "Всевеликим войском Донским"
)

DESCRIPTOR_BODIES = (
    # "Благодаря Фонду развития анимации"; "в Моцартеуме"
    capital_head_orgs,
    member_bodies,
    latinate_orgs,
    # "Лицею-интернату № 1"; "Национальной иранской нефтяной компании";
    # "Саудовская электрическая компания объявила"
    numbered_capital_heads,
    capital_adjective_bodies,
    place_companies,
)

LATIN_SLOTS = (
    latin_persons,  # (after honorific_spans) "аятоллы Хаменеи"; "профессор Hans Clevers"
    # "Южноафриканской Sasol"; "акции Nvidia"
    latin_after_place,
    latin_slot_orgs,
    participle_objects,
    # "лидер бразильской" + "ЦУТ"
    voiced_seats,
    place_acronym_orgs,
    neuter_acronym_subjects,  # "НКР подтвердило": no republic (feminine) but an agency
)

BEFORE_BODIES = (
    governed_companies,  # "суда" + "ЗАО «Сибнаукатех»": the court is no descriptor of the company
    # "ФГКУ «Специальное управление ФПС ...»";
    # "Северо-Западного" + "территориального управления Росрыболовства"
    without_region_parts,
    legal_quoted_wholes,
    capital_leads,
    # "Кольском научном центре" + "РАН"
    bracketed_abbreviations,
    descriptor_overlaps,
    original_name_spans,  # "«Фольксваген» (Volkswagen)"
    # "Палаты представителей Конгресса США"; "ДУМ" + "КБР"
    owned_orgs,
    second_bodies,
    region_acronym_tails,
    mission_ranks,
    sport_tails,
)

AFTER_BODIES = (
    # "Посольство России" + "в Сирии"; "комиссией ООН" + "для Европы";
    # "комиссией по выборам и проведению" + "референдумов"
    capital_remits,
    remit_tails,
    governed_fields,
    named_remits,
    purpose_tails,
    mission_tails,
    served_seats,  # "Временных силах ООН" + "в Ливане"; "Силы ООН по поддержанию мира" + "на Кипре"
    house_seats,  # "Российском доме" (the tagger's place) + "в Ханое"
    coordinated_cuts,
    joint_regions,  # "Арбитражный суд Санкт-Петербурга и Ленинградской области"
    bracketed_regions,  # "Министерства финансов Республики Саха (Якутия)"
    # "Омская и Тарская епархия"; "Пермского и Казанского училищ"
    coordinated_adjective_orgs,
    shared_head_orgs,
    shared_plural_orgs,  # "с Новосибирским и Красноярским театрами оперы и балета"
)

LAST = (
    about_tails,  # "Литовском университете наук" + "о здоровье"
    # "Национальной ассамблеи народной" + "власти"; "Scat Airlines" + "(«Скат»)"
    open_tails,
    bracketed_glosses,
    remit_objects,  # "Национальным комитетом по управлению" + "бедствиями"
    # "Хорватское" + "Министерство моря, транспорта и инфраструктуры";
    # "Комитет по вопросам семьи" + ", женщин и детей"
    country_ministries,
    listed_remits,  # "министерстве торговли, промышленности и конкуренции" + "ЮАР"
    plant_groups,  # "Каскаде" + "Кубанских ГЭС"
    named_funds,  # "фонд" + "Потанина"; "[Грант Фонда Онассиса]"
    numbered_units,  # "цеха добычи нефти и газа № 4"
    region_fields,  # "Фонд капитального ремонта многоквартирных домов" + "Тверской области"
    executive_places,  # "[Муниципалитете Ярославля]" read as a place
    country_parties,
    list_tails,
    genre_pairs,
    place_leads,
    postposed_names,
    land_lists,
    # (frames: "Фонд ООН" + "в области народонаселения"); "Агентство США по ...": the place "США" inside
    frame_tails,
    predicate_cuts,
    nested_places,
    municipal_units,
    # (a unit's span from the bodies' rules: "факультета ..." + "... института");
    # "Территориальной избирательной комиссии Центрального района" + "Барнаула";
    # "Курганского областного отделения КПРФ";
    # "аэропорта" + "Талаги"; "Кафедрой" + "управления персоналом"; "конгломерату" + "Tata"
    city_overlaps,
    dative_tails,
    sentence_leads,
    numbered_adjectives,
    party_branches,
    place_branches,
    unit_tails,
    without_false_bodies,
    second_bodies,
    airport_names,
    instrumental_fields,
    service_names,
    kept_tails,
    regnal_eponyms,  # "университете путей сообщения" + "Императора Александра I"
    chain_tails,  # "отдела ведомственного контроля качества" + "медицинской помощи"
    council_seats,
    fielded_cuts,
    problem_institutes,
    object_tails,  # "Казахстанскому фонду гарантирования" + "депозитов"
    substantive_leads,  # "главного" + "управления общего среднего образования"
    without_bare_owners,  # "отделе по работе с инвесторами" + "хокимията"
    descriptor_units,  # "редакцию детского вещания", "контрольно-счётной палатой Кольчугинского района"
    dictionary_bodies,  # "По данным Примгидромета": the dictionary's organization the tagger left out
    acronym_fields,  # "НИИ" + "стали"; "Таганрогскому ОКБ" + "гидроавиации"
    unit_seats,  # "отдела социального служения" + "Сарапульской епархии"
    seat_in_tails,  # "Центру гигиены и эпидемиологии" + "в Новосибирской области"
    plant_fields,  # "Барнаульскую фабрику" + "мебели"
    without_conjunction_ends,  # "[Новосибирский завод плавленых сыров и] перевёл"
    complement_cuts,  # "центра реабилитации детей-инвалидов" + "«Добрые ладошки»"
    member_leagues,  # "клуба" + "Российской Премьер-лиги": a member, no descriptor
    territorial_acronyms,  # "Байкальским ТУ" + "Росрыболовства"
    owner_cuts,  # "[комитета по вопросам местного самоуправления]" + "Мурманской областной думы"
    acronym_territories,  # "[СО]" + "по Ленинскому району Кирова": "СО" read as the preposition
    unit_territories,  # "отделом надзорной деятельности" + "и профилактической работы по Сургутскому району"
    dash_regions,  # "ГУ МЧС России по Кемеровской области" + "— Кузбассу"
    saint_eponyms,  # "больницей Святого великомученика Георгия"
    coordinated_bodies,  # "[Управлением по делам архивов Республики Башкортостан] и [Уфимским историческим музеем]"
    honoree_bodies,  # "[НМИЦ психиатрии и неврологии имени]" + "В. М. Бехтерева"; "колхозе имени 50-летия Октября"
    second_remit_cuts,  # "[Управления ... ООН по правам человека] по Газе": the report's subject
    faction_parties,  # "фракции" + "[Демократической партии Кореи]": the party
    listed_territories,  # "... по Ростовской" + ", Волгоградской и Астраханской областям и Республике Калмыкия"
    sector_acronym_tails,  # "управлением экономики и инвестиций" + "в АПК"
    unit_leads,  # "[Из сектора этнографии]", "[Университет выделил кафедре химии]": the clause's words before the head
    field_objects,  # "отделом истории" + "театра"; "отдел археологии" + "Средневековья"
    city_genitives,  # "Родильный дом № 2" + "Махачкалы"; "Торговая палата" + "Боготы"
    acronym_towns,  # "ГКС" + "Тыхы": a club's acronym and its town
    adverbial_tails,  # "Гудаутским РОВД" + "по горячим следам"; "ГУ МЧС России по КБР" + "и добровольцам"
)


def span_passes(doc: Doc, morph: Morph, propagated: bool = True, descriptors: bool = True,
                geo: bool = True) -> tuple[list[Span], list, list[Span]]:
    """The doc's entity spans after all passes (``doc.ents`` set on the way), with the media
    titles and the bodies without a proper name (for the references)."""
    spans, pieces = repair(doc, list(doc.ents))
    # "[О Вере Павловне Снегирь]": a person; "[федерации самбо чемпионат]"
    spans = surname_from_next(doc, person_in_org(doc, case_run_ons(doc, spans), morph), morph)
    spans = person_tails(doc, spans, morph)  # "[театра имени А. С. Пушкина] [Вера Алексеевна Ростоцкая]"
    spans = person_noun_tails(doc, spans, morph)  # "[Наталье Глухих] суд вернул"
    spans = _run(doc, spans, REPAIRED)
    spans = foreign_name_tails(doc, without_clause_tails(doc, spans, morph), morph)  # "Университета Тарбиат Модарес"
    spans = cause_tails(doc, spans, morph)  # "партией пенсионеров" + "за социальную справедливость"
    if propagated:
        spans = propagate(doc, spans, pieces)
    spans = _run(doc, spans, PROPAGATED)
    if descriptors:
        spans = institution_orgs(doc, spans, morph)
        spans = _run(doc, spans, DESCRIPTOR_INSTITUTIONS)
        spans = participle_leads(doc, numbered_leads(doc, abbreviation_orgs(doc, spans, morph), morph))  # "Тетюшской ЦРБ"
        # "Собрание представителей Сызранского района"; "Двадцать первым ... судом";
        # "народного правительства провинции Хэнань"
        spans = region_bodies(doc, compound_ordinal_orgs(doc, municipal_bodies(doc, spans), morph))
        spans = _run(doc, spans, DESCRIPTOR_BODIES)
        # "В Лийге"; "Общероссийскому профсоюзу работников культуры";
        # "моторвагонного депо Казань"
        spans = station_units(doc, league_words(doc, descriptive_phrases(doc, spans, morph)))
    spans = double_first_spans(doc, spans, morph)  # "с Жаном-Люком Кола" the tagger missed
    spans = particle_surname_spans(doc, spans, morph)  # "Хенку ван ден Босу" the tagger typed a place
    # "НПО Лавочкина [Григорий Шубин-Ракитин]"; "[Эмиру Хаджиомеровичу], мэру"
    spans = lead_nouns(doc, particle_spans(doc, person_spans(doc, spans, morph)))
    spans = opening_given_names(doc, disagreeing_leads(doc, spans, morph), morph)
    spans = function_families(doc, honorific_spans(doc, spans, morph), morph)  # "Во" + "Тхи Тхюи"
    spans = _run(doc, spans, LATIN_SLOTS)
    doc.ents = filter_spans(spans)  # a person nested in a body named after them kept in `spans`
    spans = media_spans(doc, spans)
    spans, media = media_titles(doc, spans)  # "пишет «Коммерсантъ»"
    if descriptors:
        spans = quoted_list_orgs(doc, quoted_orgs(doc, spans, morph))  # "на «Уральских самоцветах»"; "«Юг Руси», «Эфко»"
    spans = legal_leads(doc, spans)  # "ОсОО" + "«Ак-Бота»": a legal form the tagger left out
    orgs = descriptor_orgs(doc, spans) if descriptors else []
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
    spans = _run(doc, spans, BEFORE_BODIES)
    # "администрация президента", "совет директоров"
    bodies = without_owner_only_units(role_owner_places(doc, body_spans(doc, spans), spans))
    bodies += seated_bodies(doc, spans + bodies)  # "комиссия при правительстве края"
    bodies += field_adjective_units(doc, spans + bodies)  # "исторического факультета"
    bodies += academic_sectors(doc, spans + bodies)  # "сектора новой истории"
    bodies += posted_units(doc, spans + bodies)  # "специалиста" + "сектора мониторинга лесных пожаров"
    remits = remit_bodies(doc, spans + bodies)  # "комитет по бюджету и налогам" (no "комитета" inside)
    remits += sentence_remits(doc, spans + bodies + remits)  # "Центр по подготовке спасателей" opening a sentence
    spans = complemented_orgs(doc, sorted(spans + bodies + remits, key=lambda s: (s.start, -s.end)))
    spans = _run(doc, spans, AFTER_BODIES)
    bodies = [s for s in spans if s.label_ == "ORG" and any(
        b.start == s.start for b in bodies)]  # "по Санкт-Петербургу" taken in
    if geo:
        spans = extend_orgs(doc, spans)
        spans = sorted(spans + body_orgs(doc, spans), key=lambda s: (s.start, -s.end))
    spans = numbered_edges(doc, spans, morph)  # "3-го" + "отдела полиции"; "отдел полиции" + "№ 5"
    spans = _run(doc, spans, LAST)
    return spans, media, bodies
