"""Person mentions grouped into people, and each person's name settled by all its mentions.

Each mention is read on its own first (:func:`rufacts.entities.names.analyze_name`, with
hints from its context: the case the word before governs, the gender of its verb). A
mention joins the person whose name one of its readings fits ("Илона Маска" may be the
genitive of Илон Маск, so it joins "Илон Маск заявил"); a surname alone joins the full
name, and so does a pair of Spanish surnames alone, read as a first name and a surname
("Лопес Обрадор заявил": Андрес Мануэль Лопес Обрадор). The person's name is then the reading the mentions support best together: each
mention scores a name by its best reading that fits it, less its own best reading, so
an unambiguous mention ("Илон Маск заявил") outweighs a doubtful one, and the case and
gender evidence of every mention counts for the whole person. The person's ``name`` is
what all of its mentions are read as (the fitting and settling: :mod:`.name_settle`).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ..facts import Mention, Person, mention_order
from ..grammars.morph import UD_CASES, Morph
from ..lexicons import load_list, load_rows
from .name_solutions import HINT, VERB_AFTER
from .names import NameParts, analyze_name
from .name_nicknames import name_words; from .name_asian_order import dotted_after_family
from .name_particles import article_lower, germanic_lower
from .name_case_cues import (apposition_cue, locative_cue, object_before_verb, object_over_phrase, passive_after, short_passive_before,
                             verb_cases)
from .name_dative_cues import dative_after_object, dative_before_impersonal, dative_noun_before
from .name_lone_slot import dative_after_fronted_object
from .name_honoree import after_named_abbreviation
from .name_gender_cues import as_phrase, coordinated_object_pronoun, topic_pronoun
from .name_coordinated import coordinated_cases, coordinated_with_noun, listed_nominative; from .name_listed_genitive import listed_genitive
from .name_initials_pairs import paired_cases
from .name_passive_subject import passive_subject; from .name_fronted_object import fronted_object
from .name_ru_objects import verb_object
from .name_lusophone import lusophone_cue
from .name_foreign_demonyms import demonym_cue
from .name_origins import origin_cue
from .name_partner_cues import partner_cases
from .name_predicative import predicative_gender; from .name_genitive_dependent import genitive_dependent; from .name_woman_subject import woman_noun_cases
from .name_short_passive_subject import passive_cases
from .name_dash_predicate import dash_nominative, quote_speaker
from .name_office_surname import bare_name, office_surname
from .name_title_edges import paired_title, title_cue
from .name_genitive_heads import genitive_head_cue
from .name_listed_oblique import listed_oblique
from .name_monastic_given import monastic_given
from .name_objects import dative_before_object, object_cases
from .name_list_nominative import listed_with_nominative
from .name_post_governed import participle_post
from .name_post_chain import post_chain_hint
from .name_apposition import (GENDERS, _female_noun_before, _relative_of, kin_apposition, oblique_apposition, relative_owner,
                              oblique_position, pronoun_gender)
from .name_subject_cues import (_animate_subject_before, _apposition_subject, woman_in_apposition, apposition_subject_firm, _inverted_subject,
                                _position_of, _woman_in_post)
from .pieces import _same_part as _same  # name parts compared as when pieces join
from .name_settle import _fits, _named, _readings_of
from .name_latin_middle import latin_middle
from .name_slot_case import GOVERNED
from .name_verb_agreement import subject_after_verb, verb_over_adverbs, woman_subject_before_verb
from .name_verb_forms import past_singular
from .name_slot_cues import compound_preposition, transitive_object
from .name_degree import degree_cases
from .name_age_cue import digit_adjective_cue
from .name_participle_cues import participle_cue; from .name_participle_agent import participle_agent
from .name_opener_subject import opener_subject, own_subject_after
from .name_subject_clause import (ONLY_NOMINATIVE, body_verb_subject, governing_word, nominative_apposition,
                                  subject_after_fronted_object)
from .doc_words import morph_values
from .doc_text import doc_text

def _words(span: Span) -> list[str]:
    words = dotted_after_family(span, name_words(span))  # "Эрвин «Мэджик» Джонсон": no nickname; "Ли Е. С."
    doc = span.doc
    if words and len(words[0]) == 1 and words[0] == span[0].text and words[0].isupper() \
            and span.start + 1 < len(doc) and doc[span.start + 1].text == ".":
        words[0] += "."  # "Е. Шамина": an initial, as its dot says (entities/names.py)
    if words and span[0].is_sent_start and words[0] == span[0].text:
        # "Ас-Сиси подчеркнул": the article's capital is the sentence's (ас-Сиси); elsewhere as written
        words[0] = article_lower(words[0])
        words = germanic_lower(words)  # "Ван Бюрен подчеркнул": ван Бюрен
    return words


def span_mention(span: Span) -> Mention:
    """The mention of a span (people's here, organizations' and places' in the entity component),
    its text cut from the doc's text (``span.text`` joins its tokens' texts anew)."""
    start, end = span.start_char, span.end_char
    return Mention(start, end, doc_text(span.doc)[start:end])


def _compatible(a: NameParts, b: NameParts) -> bool:
    return _same(a.first, b.first) and _same(a.middle, b.middle)


def _verb_gender(span: Span) -> str | None:
    """Gender of the past-tense verb next to a mention ("Петрова выступила"), if any."""
    doc = span.doc
    near = [doc[i] for i in (span.end, span.end + 1, span.start - 1, span.start - 2)
            if 0 <= i < len(doc)]
    for token in near:
        if token.pos_ == "VERB" and morph_values(token, "Gender"):
            return GENDERS.get(morph_values(token, "Gender")[0])
    return None


@lru_cache(maxsize=1)
def governed_cases() -> dict[str, tuple[str, ...]]:
    """The cases a name is in after a word that governs one (``lexicons/name_context.tsv``), the
    likelier first (person names here, organization names in :mod:`.org_case`)."""
    return {word: tuple(cases.split(",")) for word, cases in load_rows("name_context.tsv")}


NOMINATIVE = frozenset({"nomn"})
SUBJECT_BEFORE_VERB = frozenset({"nomn", VERB_AFTER})  # "Ивана Трамп написала"
GENITIVE = frozenset({"gent"})
PREPOSITION = 0.45  # the case hint of a preposition right before the name
WEAK_HINT = 0.15  # a noun before a name governs the genitive often, not always ("звонок Шольцу")
# a full passive participle's agent is in the instrumental, its recipient in the dative ("внесённый Яровой";
# "приговор, вынесенный Вахе Саргсяну": Саргсян, not a Саргсяну standing as written)
AGENT_OR_RECIPIENT = frozenset({"ablt", "datv"})
AGENT_OR_RECIPIENT = frozenset({"ablt", "datv"})  # after a short passive participle


def _passive_participle(morph: Morph, word: str) -> bool:
    return any(p.tag.POS == "PRTF" and "pssv" in p.tag.grammemes for p in morph.parse(word.lower()))


def name_hints(span: Span, morph: Morph) -> tuple[frozenset[str], str | None, float]:
    """Hints for the normal form from the words around a person mention: (cases, gender
    of the verb it is the subject of, weight of the case hint). The cases the word before
    governs: a preposition or "по словам" (``lexicons/name_context.tsv``), a verb
    (``lexicons/name_verbs.tsv``; a past-tense singular verb may also have its subject
    after it, of its gender: "спросил Путин", not "арестовал Евгения"), the instrumental or dative after a passive participle ("внесённый
    Яровой"); else, next to a past-tense verb, its gender and the nominative of its
    subject; else, after a common noun, weakly the genitive ("сотрудники Силуанова"; not
    after a position or a person in the singular, "министр Силуанов", "мать Раиса")."""
    doc = span.doc
    before = next((doc[i] for i in range(span.start - 1, -1, -1) if not doc[i].is_space), None)
    before = governing_word(doc, before)  # "выступила и X": the verb before a focus particle
    if before is not None:
        governed = governed_cases()
        if after_named_abbreviation(span):  # "им. Г. Р. Державина", as "имени"
            return GENITIVE, None, HINT
        # (no preposition right after another: "При после Хьюго Пембертоне" is the noun посол)
        double = before.pos_ == "ADP" and before.i > 0 and doc[before.i - 1].pos_ == "ADP" \
            and not compound_preposition(doc, before.i)  # ("Вслед за Кашаповым": one preposition)
        if before.lower_ in governed and not double:
            # a preposition right before the name governs its case: a case it cannot govern
            # counts more against a reading ("На Ахмада Фаруки": the accusative, Фаруки unchanged,
            # not the genitive of a guessed Фарука)
            cases = partner_cases(before) or frozenset(governed[before.lower_])  # "встреча с X": ablt
            if before.pos_ == "ADP":  # the name's normal form declines into a case it governs
                return cases | {GOVERNED}, None, PREPOSITION
            return cases, None, HINT
        post = oblique_apposition(doc, span.start, morph) if participle_post(before, morph) else None
        if post:  # "направить управляющему Ботвину Г. М.": a participle for a post, not a verb
            return post, None, PREPOSITION if len(post) == 1 else HINT
        listed = listed_with_nominative(span, morph)  # "заняли Евгения Тарасова, Ольга Ларина и ..."
        if listed:
            return listed | ONLY_NOMINATIVE, None, HINT
        coordinated = coordinated_cases(span, governed) or listed_genitive(span, morph) or listed_oblique(span, morph)  # "между Тамарой ... и Ираклием ..."
        if coordinated:
            return coordinated, None, HINT
        body = body_verb_subject(before)  # "который возглавляет X": a body's head is the subject
        if body:
            return body, None, HINT
        given = dative_after_fronted_object(doc, before)  # "Кредит выдали Карпову": Карпов, not Карпова
        if given:
            return given, None, HINT
        objects = verb_object(span, morph)  # "Депутаты заслушали Б. Д. Дамбаева", "избрал председателем X"
        if objects:
            return objects, None, HINT
        if before.pos_ == "VERB" and quote_speaker(before):  # "«...», — считает Е. В. Чернышова"
            return NOMINATIVE | ONLY_NOMINATIVE, None, HINT
        if before.pos_ in ("VERB", "AUX") and not short_passive_before(span, morph):
            # (a short passive participle's accusative is its subject: "обязаны Давиду", "подписан X-ом")
            cases = None if participle_agent(before, morph) else verb_cases().get(before.lemma_)  # "приглашённые Шимановским"
            fronted = subject_after_fronted_object(doc, before, cases, morph)  # "Эту должность занимает X"
            if fronted:
                return fronted, None, HINT
            if cases == NOMINATIVE:  # an intransitive verb's subject: "участвовала и X"
                gender = GENDERS.get(next(iter(morph_values(before, "Gender")), ""))
                return NOMINATIVE | ONLY_NOMINATIVE | ({f"nomn:{gender}"} if gender else set()), None, HINT
            if cases is not None:
                cases = dative_before_object(span, cases)  # "выдал Смирнову кредит"
                gender = GENDERS.get(next(iter(morph_values(before, "Gender")), ""))
                subject = gender and not _animate_subject_before(doc, before.i)  # "Полиция задержала Иона"
                return (cases | {f"nomn:{gender}"} if subject else cases), None, HINT
            if _passive_participle(morph, before.text):
                return participle_agent(before, morph) or AGENT_OR_RECIPIENT, None, HINT
            gender = GENDERS.get(next(iter(morph_values(before, "Gender")), ""))
            if gender and past_singular(before) and not _animate_subject_before(doc, before.i):
                # "Операцию провёл Лео Бокерия": a past-tense verb with no subject before it has
                # its subject after it, of its gender; a transitive verb's object where no man's nominative
                # reads the name ("Конвой доставил Кривцова": Кривцов, entities/name_slot_cues.py)
                return frozenset({f"nomn:{gender}"}) | transitive_object(before, morph, gender), None, HINT
            objects = object_cases(before, span, morph)  # "Суд назначил Ломакину Р. В. наказание"
            if objects:
                return objects, None, WEAK_HINT
    fronted = object_before_verb(span) or fronted_object(span)  # "акционеры Шульгу не поддержали"; "Проскурина поздравил глава"
    if fronted:
        return fronted, None, HINT
    aged = digit_adjective_cue(before, morph)  # "погибла 60-летняя X": the tagger's numeral agrees too
    if aged is not None and aged[1] in ("masc", "femn"):
        return aged[0], aged[1], HINT
    if before is not None and before.pos_ == "ADJ" and "Sing" in morph_values(before, "Number") \
            and not _other_name(before):
        # an adjective agrees with the name: "Семнадцатилетняя Мирра Андреева", "легендарному Пеле"
        case = UD_CASES.get(next(iter(morph_values(before, "Case")), ""))
        gender = GENDERS.get(next(iter(morph_values(before, "Gender")), ""))
        if case and gender:
            return frozenset({case}), gender, HINT
        if case == "gent" and "Neut" in morph_values(before, "Gender"):
            # the tagger's neuter of a foreign name in -о ("такого Орландо Кабреру"): a man's genitive
            # or accusative, whose adjective's form is the neuter's too
            return frozenset({"gent", "accs"}), None, HINT
    if before is not None and _other_name(before) and _verb_gender(span) and span.end < len(doc) \
            and doc[span.end].pos_ == "VERB" and not own_subject_after(doc[span.end]):
        # "с Тапио Хяркёненом Хелми Лаурила выиграла"; not "В Будапеште Орбану позвонил президент"
        return NOMINATIVE, _verb_gender(span), HINT
    if relative_owner(span, before, morph):  # "Жена Кержакова": his wife
        return GENITIVE, None, HINT
    kin = kin_apposition(doc, before)  # "его жена Рената Каримова": she is named
    if kin is not None:
        return kin
    woman = None if paired_title(span) else _female_noun_before(doc, span.start)  # "герцога и герцогини ... Эдуарда"
    if woman is not None:  # "журналистку Савельеву", "чемпионка мира Александра Степанова"
        case = UD_CASES.get(next(iter(morph_values(woman, "Case")), ""))
        # or the genitive she depends on ("Соперницей Вероники Кудерметовой")
        return woman_noun_cases(span, woman, case), "femn", HINT  # ("Певица Ани Лорак выступит": hers alone)
    if post_woman := _woman_in_post(span):  # "Заместитель главы района Александра Мельникова провела совещание"
        after = doc[span.end] if span.end < len(doc) else None
        if apposition_subject_firm(span, after):  # a masculine post, a feminine verb: she is its subject
            return SUBJECT_BEFORE_VERB | ONLY_NOMINATIVE, "femn", HINT
        return (NOMINATIVE | ONLY_NOMINATIVE, "femn", HINT) if post_woman == "before" else (frozenset({"nomn:femn"}), None, HINT)
    subject = passive_subject(span, morph)  # "Освобождена от должности главы района Мухина Е. А.": she
    if subject:
        return subject, None, HINT
    # "раскритиковали сенатора Нарусову", "вынесен директору школы А. С. Меньшову"
    apposition = oblique_position(before, morph) or oblique_apposition(doc, span.start, morph)
    if apposition:  # one case the noun's form (or its preposition) leaves: as firm as a preposition's
        return apposition, None, PREPOSITION if len(apposition) == 1 else HINT
    listed = listed_nominative(doc, before, morph)  # "депутат Баир Эрдынеев, архитектор X и ..."
    if listed:
        return listed, None, HINT
    dative = dative_after_object(span) or dative_noun_before(span)  # "доверил повязку Нунесу", "Выговор Лапину"
    if dative:
        return dative, None, HINT
    governed = object_over_phrase(span)  # "обвинила в отмывании денег Эрнесто Вильяльбу"
    if governed:
        return governed, None, HINT
    if short_passive_before(span, morph):  # "подписан с российской стороны Э. М. Ракитиным", "объявлена И. П. Павлу"
        return passive_cases(span, morph, AGENT_OR_RECIPIENT), None, HINT  # "назначен Даниэле Де Росси": nomn
    inverted = _inverted_subject(span)  # "подписала председатель комиссии Гришина Т.С."
    if inverted:
        return NOMINATIVE, inverted, HINT
    gender = _verb_gender(span)
    end = span.end + (span.end < len(doc) and doc[span.end].text == "." and len(span[-1].text) == 1)
    after = doc[end] if end < len(doc) else None  # "Белоусова А.В. подписала"
    impersonal = dative_before_impersonal(span)  # "Ринкевичсу предстоит назвать": the dative, no subject
    if impersonal:
        return impersonal, None, HINT
    gapped = verb_over_adverbs(doc, end)  # "Фудзимаки также не исключил": the verb over adverbs
    if gapped is not None:
        after, gender = gapped, gender or GENDERS.get(next(iter(morph_values(gapped, "Gender")), ""))
    if after is not None and "Inf" in morph_values(after, "VerbForm"):
        after = None  # "обязала Лейбовича С. Л. вернуть": an infinitive has no subject
    passive = passive_after(after, morph, gender)  # "Ивановым был подписан приказ": the agent too
    if passive and (before is None or before.text in SENTENCE_ENDS or before.pos_ in ("ADV", "CCONJ")):
        return passive, None, HINT
    # (not a neuter one: "Коломийцу вручено уведомление", a dative)
    if gender is None and after is not None and after.pos_ == "VERB" \
            and "Plur" not in morph_values(after, "Number") and "Neut" not in morph_values(after, "Gender") \
            and (before is None or before.text in SENTENCE_ENDS):  # "Евгения Лаврова возглавит"
        return NOMINATIVE, None, HINT
    chained = post_chain_hint(span, morph)  # "заявила министр минеральных ресурсов ЮАР Тандиве Ндлову"
    if chained:
        return chained[0], chained[1], PREPOSITION if chained[2] else HINT
    opened = opener_subject(span, after)  # "В четверг Педро Бесерра подписал": not the genitive of Бесерр
    if opened is not None:
        return (SUBJECT_BEFORE_VERB, opened, HINT) if opened else (NOMINATIVE, None, HINT)
    subject = _apposition_subject(span, after)
    if subject:  # "Министр финансов Ганы Кофи Менса назвал": the position's name, the verb's subject
        return frozenset({f"nomn:{subject}"}), None, HINT
    dependent = before is not None and before.pos_ in ("NOUN", "PROPN", "ADJ") \
        and not _position_of(doc, before) \
        and not (after is not None and woman_subject_before_verb(span, after)) or coordinated_with_noun(span, after)
    # "пресс-служба Шольца"; not "тренер сборной Вяльбе", "В 1990 году Шатохина защитила"
    if gender and after is not None and after.pos_ == "VERB" and not dependent and not own_subject_after(after):
        return SUBJECT_BEFORE_VERB, gender, HINT
    degree = degree_cases(doc, before)  # "доктор химических наук Л. М. Шатохина"
    if degree:
        return degree, None, HINT
    if before is not None and before.pos_ == "NOUN" and _relative_of(doc, before):
        # "Сын Рената Каримова": the relative's genitive, or the kinship noun's own case and
        # gender in apposition ("мать Раиса"), weakly
        case = UD_CASES.get(next(iter(morph_values(before, "Case")), ""))
        gender = GENDERS.get(next(iter(morph_values(before, "Gender")), ""))
        woman = woman_in_apposition(span, case)  # "Адвокат Ренате Хоффман": hers, as firm as a case hint
        return GENITIVE | ({f"{case}:{gender}"} if case and gender else set()) | woman, None, HINT if woman else WEAK_HINT
    if before is not None and before.pos_ == "NOUN" and (
            "Plur" in morph_values(before, "Number") or not (
                before.lemma_ in load_list("role_words.txt") or "Anim" in morph_values(before, "Animacy"))):
        return GENITIVE, None, WEAK_HINT
    return frozenset(), None, HINT


def _other_name(before) -> bool:
    """A capitalized word inside a sentence in the instrumental, dative or prepositional right before
    the mention: the end of another name the tagger read as an adjective or proper noun ("с Тапио
    Хяркёненом Хелми Лаурила выиграла", two people: entities/name_case_split.py), which neither
    agrees with the mention nor governs it."""
    return before.text[:1].isupper() and not before.is_sent_start \
        and bool({"Ins", "Dat", "Loc"} & set(morph_values(before, "Case")))


SENTENCE_ENDS = frozenset({".", "!", "?", "…", "\n", "\n\n"})


def group_persons(spans: list[Span], morph: Morph,
                  roles: dict[tuple[int, int], list] | None = None) -> list[Person]:
    """Cluster person mentions: fullest names first, then the shorter ones join them;
    each person's name is settled by all of its mentions (:func:`.name_settle.settle`).
    ``roles`` maps a mention's (start, end) token offsets to the roles found by it."""
    roles = roles or {}
    hints = {(s.start, s.end): name_hints(s, morph) for s in spans}
    # "о её детстве"; no preposition for the prepositional, an apposition after the name
    hints = {k: (cases | pronoun_gender(s) | locative_cue(s) | apposition_cue(s) | demonym_cue(s) | lusophone_cue(s) | origin_cue(s)
                  | predicative_gender(s) | genitive_dependent(s) | coordinated_object_pronoun(s) | as_phrase(s) | topic_pronoun(s)
                  | subject_after_verb(s) | participle_cue(s) | nominative_apposition(s)
                  | dash_nominative(s) | office_surname(s) | bare_name(s) | title_cue(s)
                  | genitive_head_cue(s), *rest) for s in spans
             for k, (cases, *rest) in [((s.start, s.end), hints[s.start, s.end])]}
    hints = paired_cases(spans, hints, morph)  # "Мальцеву С. И. и Гордеева П. Л.": one case
    analyzed = [(span, monastic_given(span, analyze_name(morph, _words(span), *hints[span.start, span.end]), morph))
                for span in spans]
    clusters: list[dict] = []  # {"parts": NameParts, "readings": [...], "spans": [...], "all": [...]}
    by_completeness = sorted(analyzed, key=lambda x: -sum(
        p is not None and not p.endswith(".") for p in (x[1].first, x[1].middle, x[1].last)))
    for span, parts in by_completeness:
        candidates = [c for c in clusters if _fits(c["readings"], parts)
                      and (parts.last is not None or c["parts"].first is not None)]
        # several people fit ("Петрова": Иван Петров or Мария Петрова): the one whose gender
        # the verb next to the mention agrees with, else the one named last before
        if len(candidates) > 1 and parts.first is None:
            gender = _verb_gender(span)
            agreeing = [c for c in candidates if c["parts"].gender == gender]
            candidates = agreeing or candidates
        match = max(candidates, key=lambda c: max(
            (s.start for s in c["spans"] if s.start < span.start), default=-1), default=None)
        if match is None:
            clusters.append({"parts": parts, "readings": list(_readings_of(parts)),
                             "spans": [span], "all": [parts]})
            continue
        match["spans"].append(span)
        match["all"].append(parts)
    people = []
    for cluster in clusters:
        genders = frozenset(hints[s.start, s.end][1] for s in cluster["spans"]) - {None}
        parts = latin_middle(_named(cluster["all"], genders))  # "Patrick John Hartley": no patronymic
        mentions = sorted({span_mention(s) for s in cluster["spans"]}, key=mention_order)
        found = {r for s in cluster["spans"] for r in roles.get((s.start, s.end), ())}
        people.append(Person(name=parts.name, first=parts.first, middle=parts.middle,
                             last=parts.last, roles=tuple(sorted(found, key=_role_order)),
                             mentions=tuple(mentions)))
    return sorted(people, key=lambda p: p.mentions[0].start)


def _role_order(role) -> tuple:
    """Roles by position, ties in a fixed order (as :func:`rufacts.facts.mention_order`:
    a role's ``of`` may be None)."""
    return role.start, role.stop, role.title, role.of or "", role.text
