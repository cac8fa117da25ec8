"""The runs of span passes of :func:`rufacts.entities.span_passes.span_passes`: each a tuple of
passes of the form ``spans = f(doc, spans)`` in the order they apply (the first applies first),
run by :func:`run_passes`. A new pass goes on its own line at its place."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .name_latin_persons import latin_persons
from .name_initials_after import surname_before_initials
from .name_initials_missed import missed_initials_surname
from .name_age_missed import missed_age_surnames
from .org_legislatures import legislature_spans
from .org_governing_descriptors import governed_companies
from .org_bare_owners import without_bare_owners
from .org_capital_heads import capital_head_orgs
from .org_latinate import latinate_orgs
from .org_member_bodies import member_bodies
from .org_latin_tail import latin_tails
from .org_latin_legal import latin_legal_spans
from .org_genitive_and import genitive_and_tails
from .org_list_tails import list_tails
from .org_genre_pairs import genre_pairs
from .org_place_leads import place_leads
from .org_postposed_names import postposed_names
from .org_members import land_lists
from .org_country_ministries import country_ministries
from .org_listed_remits import listed_remits
from .org_plant_groups import plant_groups
from .org_named_funds import named_funds
from .org_numbered_units import numbered_units
from .org_region_fields import region_fields
from .org_executive_places import executive_places
from .org_second_bodies import coordinated_cuts, country_parties, participle_leads, second_bodies
from .org_remit_objects import remit_objects
from .org_place_tail import mission_tails
from .org_remit_tails import capital_remits, purpose_tails, remit_tails
from .org_remit_frames import frame_tails, governed_fields, named_remits, predicate_cuts
from .org_capital_leads import capital_leads
from .org_lead_nouns import without_lead_nouns
from .org_descriptor_names import descriptor_names
from .org_subunits import lead_cuts
from .org_original_names import original_name_spans
from .bodies import owned_orgs
from .place_remits import cut_place_remits, nested_places
from .boilerplate import drop_boilerplate
from .retype import retype
from .org_memorial_museums import memorial_museums
from .org_hyphen_kinds import hyphen_kind_orgs
from .org_place_adjectives import place_adjective_orgs
from .org_honoree_tail import initials_cut_orgs
from .org_plural_parties import plural_parties
from .org_kind_heads import kind_head_orgs
from .org_descriptive_phrases import dative_tails
from .org_municipal_units import municipal_units
from .org_prefixed_bodies import prefixed_bodies
from .org_latin_after_place import latin_after_place
from .org_latin_slots import latin_slot_orgs
from .org_place_acronyms import place_acronym_orgs
from .org_voiced_seats import voiced_seats
from .org_legal_quotes import legal_quoted_wholes
from .org_unit_tails import unit_tails
from .org_region_bodies import without_region_parts
from .org_mission_ranks import mission_ranks
from .org_false_bodies import without_false_bodies
from .org_sport_tails import sport_tails
from .org_region_acronyms import region_acronym_tails
from .org_name_extent import city_overlaps, descriptor_overlaps, joined_orgs
from .org_owned_heads import owned_heads
from .org_founder_persons import founder_persons
from .org_substantive_leads import substantive_leads
from .org_about_tails import about_tails
from .org_object_tails import object_tails
from .org_extent_tails import council_seats, fielded_cuts, kept_tails
from .org_place_branches import place_branches
from .org_problem_institutes import problem_institutes
from .org_quoted_whole import quoted_wholes
from .org_participle_objects import participle_objects
from .org_field_tails import field_tails, institution_places_as_orgs
from .org_open_tails import open_tails
from .org_bracketed_glosses import bracketed_glosses
from .org_coordinated_adjectives import coordinated_adjective_orgs
from .org_shared_head import shared_head_orgs
from .org_shared_plural import shared_plural_orgs
from .span_repair import bracketed_abbreviations
from .org_party_branches import party_branches
from .org_region_seats import spaced_regions
from .org_sentence_leads import sentence_leads
from .org_numbered_adjectives import numbered_adjectives
from .regions import bracketed_regions, joint_regions
from .org_foreign_tails import capital_adjective_bodies, numbered_capital_heads
from .org_foreign_tails import place_companies
from .org_acronym_towns import acronym_towns
from .org_airport_names import airport_names
from .org_instrumental_fields import instrumental_fields
from .org_region_stumps import region_stumps
from .org_service_names import service_names
from .org_compound_heads import compound_heads
from .org_regnal_eponyms import regnal_eponyms
from .org_unit_chains import chain_tails
from .org_dictionary_bodies import dictionary_bodies
from .org_descriptor_units import descriptor_units, stump_places
from .org_neuter_acronyms import neuter_acronym_subjects
from .org_acronym_fields import acronym_fields
from .org_unit_seats import unit_seats
from .org_seat_in_tails import seat_in_tails
from .org_conjunction_ends import without_conjunction_ends
from .org_descriptor_complements import complement_cuts
from .org_member_leagues import member_leagues
from .org_territorial_acronyms import territorial_acronyms
from .org_plant_fields import plant_fields
from .org_owner_cuts import owner_cuts
from .org_dash_regions import dash_regions
from .org_coordinated_bodies import coordinated_bodies
from .org_unit_territories import unit_territories
from .org_unit_leads import unit_leads
from .org_rank_tails import rank_tails
from .org_remit_extents import detached_remits
from .org_listed_territories import listed_territories
from .org_sector_acronym_tails import sector_acronym_tails
from .org_acronym_territories import acronym_territories
from .org_saint_eponyms import saint_eponyms
from .org_honoree_bodies import honoree_bodies
from .org_served_seats import house_seats, served_seats
from .org_faction_parties import faction_parties
from .org_second_remits import second_remit_cuts
from .org_kind_phrases import kind_phrase_orgs
from .org_adverbial_tails import adverbial_tails
from .org_city_genitives import city_genitives
from .org_field_objects import field_objects
from .org_coordinated_remits import member_tails, people_and_cuts, unit_remit_ands
from .org_unit_owner_splits import unit_owner_splits
from .org_unit_edges import unit_edges
from .org_kind_units import kind_units
from .name_entrepreneurs import entrepreneur_persons
from .name_post_org import post_org_persons
from .name_surname_before_given import surname_first_persons


def run_passes(doc: Doc, spans: list[Span], steps) -> list[Span]:
    """``spans`` through each of ``steps`` in turn."""
    for step in steps:
        spans = step(doc, spans)
    return spans


REPAIRED = (
    surname_before_initials,  # "Фроловым-Багреевым" + "И. К."
    missed_initials_surname,  # "Из класса" + "Р. Г. Цагарели"
    missed_age_surnames,  # "При 35-летнем" + "Рзаеве"
    # "[Главврачу Старолесской районной больницы]"
    people_and_cuts,  # "[Пекинской академии танца] и художников из Бурятии"
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
    unit_remit_ands,  # "отделу лесного контроля" + "и надзора"
    about_tails,  # "Литовском университете наук" + "о здоровье"
    # "Национальной ассамблеи народной" + "власти"; "Scat Airlines" + "(«Скат»)"
    open_tails,
    bracketed_glosses,
    detached_remits,  # "Кенийского совета" + "по зерну"
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
    member_tails,  # "Кемеровский областной совет" + "профсоюзов"
    substantive_leads,  # "главного" + "управления общего среднего образования"
    without_bare_owners,  # "отделе по работе с инвесторами" + "хокимията"
    descriptor_units,  # "редакцию детского вещания", "контрольно-счётной палатой Кольчугинского района"
    kind_units,  # "кардиологическим отделением", "автобусного парка № 7", "диссертационном совете 24.2.318.02"
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
    rank_tails,  # "[Казанской духовной семинарии архимандрита]" + "Феофилакта": the rank is the person's
    unit_leads,  # "[Из сектора этнографии]", "[Университет выделил кафедре химии]": the clause's words before the head
    field_objects,  # "отделом истории" + "театра"; "отдел археологии" + "Средневековья"
    city_genitives,  # "Родильный дом № 2" + "Махачкалы"; "Торговая палата" + "Боготы"
    acronym_towns,  # "ГКС" + "Тыхы": a club's acronym and its town
    adverbial_tails,  # "Гудаутским РОВД" + "по горячим следам"; "ГУ МЧС России по КБР" + "и добровольцам"
    unit_owner_splits,  # "[Отделению клинических исследований]" + "[городской больницы № 7]"
    unit_edges,  # "[Начальнику] учебно-методического управления"; "[Рабочая группа] Московской железной дороги"
    entrepreneur_persons,  # "[ИП Дорофееву С. И]": the person, not a company
    post_org_persons,  # "[Конкурсному управляющему Быстрых]": the person
    surname_first_persons,  # "[Глухих] [Виктора Андреевича]": one person
)
