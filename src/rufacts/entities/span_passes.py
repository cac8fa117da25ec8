"""The ordered span passes of :mod:`rufacts.components.entities`: the NER spans repaired,
retyped, cut and extended, and the spans the tagger missed added, one small rule at a time.

Each run of passes of the form ``spans = f(doc, spans)`` is a tuple of functions in the
order they apply (the first applies first), kept in :mod:`.span_pass_runs` and run by
:func:`.span_pass_runs.run_passes`; a pass that also reads the morphology or the pieces of the
repair, and every step that is not such a pass, is an explicit statement between the runs. The order is the order of application: a new pass
goes on its own line at its place."""
from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..grammars.morph import Morph
from .names_spans import person_spans
from .name_honorifics import honorific_spans
from .name_disagreeing_leads import disagreeing_leads
from .name_opening_given import opening_given_names
from .name_asian_function_families import function_families
from .place_persons import double_first_spans
from .name_particles import particle_spans
from .name_particle_surnames import particle_surname_spans
from .org_person_lead import person_in_org, surname_from_next
from .org_person_tails import person_tails
from .name_noun_tails import person_noun_tails
from .org_second_bodies import participle_leads
from .org_remit_bodies import remit_bodies
from .org_academic_sectors import academic_sectors
from .org_sentence_remits import sentence_remits
from .org_subunits import field_adjective_units, role_owner_places, without_owner_only_units
from .orgs import after_branch, descriptor_orgs, starts_with_descriptor
from .org_unit_owners import owner_after_body
from .bodies import body_spans, complemented_orgs, seated_bodies
from .media import media_titles
from .geo import body_orgs, extend_orgs
from .retype import lead_nouns, media_spans
from .quoted import quoted_orgs
from .org_quoted_lists import quoted_list_orgs
from .institutions import institution_orgs
from .org_descriptive_phrases import descriptive_phrases
from .org_station_units import station_units
from .org_case_run_ons import case_run_ons
from .org_legal_leads import legal_leads
from .org_numbered import abbreviation_orgs, municipal_bodies, numbered_edges, numbered_leads
from .org_region_bodies import region_bodies
from .org_compound_ordinals import compound_ordinal_orgs
from .span_repair import propagate, repair
from .org_foreign_tails import cause_tails, foreign_name_tails, without_clause_tails
from .org_league_words import league_words
from .org_unit_chains import posted_units
from .org_people_societies import people_societies
from .span_pass_runs import (
    AFTER_BODIES, BEFORE_BODIES, DESCRIPTOR_BODIES, DESCRIPTOR_INSTITUTIONS, LAST, LATIN_SLOTS, PROPAGATED, REPAIRED,
    run_passes,
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
    spans = run_passes(doc, spans, REPAIRED)
    spans = foreign_name_tails(doc, without_clause_tails(doc, spans, morph), morph)  # "Университета Тарбиат Модарес"
    spans = cause_tails(doc, spans, morph)  # "партией пенсионеров" + "за социальную справедливость"
    if propagated:
        spans = propagate(doc, spans, pieces)
    spans = run_passes(doc, spans, PROPAGATED)
    if descriptors:
        spans = institution_orgs(doc, spans, morph)
        spans = run_passes(doc, spans, DESCRIPTOR_INSTITUTIONS)
        spans = participle_leads(doc, numbered_leads(doc, abbreviation_orgs(doc, spans, morph), morph))  # "Тетюшской ЦРБ"
        # "Собрание представителей Сызранского района"; "Двадцать первым ... судом";
        # "народного правительства провинции Хэнань"
        spans = region_bodies(doc, compound_ordinal_orgs(doc, municipal_bodies(doc, spans), morph))
        spans = run_passes(doc, spans, DESCRIPTOR_BODIES)
        # "В Лийге"; "Общероссийскому профсоюзу работников культуры";
        # "моторвагонного депо Казань"
        spans = station_units(doc, league_words(doc, descriptive_phrases(doc, spans, morph)))
        spans = people_societies(doc, spans, morph)  # "Обществу вепсской культуры", "Союзу" + "карельского народа"
    spans = double_first_spans(doc, spans, morph)  # "с Жаном-Люком Кола" the tagger missed
    spans = particle_surname_spans(doc, spans, morph)  # "Хенку ван ден Босу" the tagger typed a place
    # "НПО Лавочкина [Григорий Шубин-Ракитин]"; "[Эмиру Хаджиомеровичу], мэру"
    spans = lead_nouns(doc, particle_spans(doc, person_spans(doc, spans, morph)))
    spans = opening_given_names(doc, disagreeing_leads(doc, spans, morph), morph)
    spans = function_families(doc, honorific_spans(doc, spans, morph), morph)  # "Во" + "Тхи Тхюи"
    spans = run_passes(doc, spans, LATIN_SLOTS)
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
    spans = run_passes(doc, spans, BEFORE_BODIES)
    # "администрация президента", "совет директоров"
    bodies = without_owner_only_units(role_owner_places(doc, body_spans(doc, spans), spans))
    bodies += seated_bodies(doc, spans + bodies)  # "комиссия при правительстве края"
    bodies += field_adjective_units(doc, spans + bodies)  # "исторического факультета"
    bodies += academic_sectors(doc, spans + bodies)  # "сектора новой истории"
    bodies += posted_units(doc, spans + bodies)  # "специалиста" + "сектора мониторинга лесных пожаров"
    remits = remit_bodies(doc, spans + bodies)  # "комитет по бюджету и налогам" (no "комитета" inside)
    remits += sentence_remits(doc, spans + bodies + remits)  # "Центр по подготовке спасателей" opening a sentence
    spans = complemented_orgs(doc, sorted(spans + bodies + remits, key=lambda s: (s.start, -s.end)))
    spans = run_passes(doc, spans, AFTER_BODIES)
    bodies = [s for s in spans if s.label_ == "ORG" and any(
        b.start == s.start for b in bodies)]  # "по Санкт-Петербургу" taken in
    if geo:
        spans = extend_orgs(doc, spans)
        spans = sorted(spans + body_orgs(doc, spans), key=lambda s: (s.start, -s.end))
    spans = numbered_edges(doc, spans, morph)  # "3-го" + "отдела полиции"; "отдел полиции" + "№ 5"
    spans = run_passes(doc, spans, LAST)
    return spans, media, bodies
