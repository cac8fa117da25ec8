"""Organization names built around other names: a descriptor noun before a place
("правительства Китая", "министерства сельского хозяйства Германии") and an
organization with its place after it ("ФТС России", "МИД Грузии").

The place stays a location mention too (the spans nest), as readers and the
factRuEval annotation see it. Descriptor lemmas come from
``lexicons/org_descriptors.txt``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from ..grammars.morph import get_morph
from ..lexicons import load_list, load_rows
# (legal_run, legal_tail: read from here by rufacts.evaluation, which does not import lexicons)
from ..lexicons.legal import legal_forms as _legal_forms, legal_run, legal_tail  # noqa: F401
from .bodies import body_heads
from .org_kind_acronyms import kind_acronym
from .org_kind_acronym_names import kind_acronym_run
from .org_kind_heads import head_of_text, kind_heads
from .org_own_names import own_name
from .org_place_acronyms import acronym_after_place, branch_acronym
from .org_region_acronyms import region_acronym, spelled_noun
from .org_place_tail import campus_tail, city_after_institution, declined_place, place_tail
from .org_post_descriptors import post_before; from .org_headline_starts import opens_line
from .org_verb_edges import OBLIQUE_HEAD
from .spans import take_closing_quotes
from .doc_words import morph_values; from .org_extent_tails import geo_opening, level_council, nom_acc_alike

MAX_FILLERS = 3  # genitive words between descriptor and name: "сельского хозяйства"


def _is_gen_word(token: Token) -> bool:
    return (token.is_alpha and token.is_lower and token.pos_ in ("NOUN", "ADJ")
            and "Gen" in morph_values(token, "Case"))


def _agrees(adj: Token, noun: Token, opening: bool = False) -> bool:
    """A full adjective agreeing with ``noun``, in lower case (or the sentence's first word: ``opening``)."""
    if adj.pos_ != "ADJ" or not (adj.is_lower or opening) or not morph_values(adj, "Case"):
        return False  # full adjectives only: not "способен" in "способен парламент Крыма"
    same = (lambda f: not morph_values(adj, f) or not morph_values(noun, f)
            or morph_values(adj, f) == morph_values(noun, f))
    return (same("Case") or nom_acc_alike(adj, noun)) and same("Number")


def _descriptor_before(doc: Doc, start: int, descriptors: frozenset[str],
                       any_filler: bool = True) -> int | None:
    """Start of "[adjectives] DESCRIPTOR [genitive fillers]" ending right before ``start``.

    Before a place any genitive words may stand between ("министерства сельского
    хозяйства Германии"); before an organization only other descriptors ("группы
    компаний Michelin"), so that "группой выпускников ... университета" is no group.
    """
    i = start - 1
    if i >= 0 and doc[i].text in "«\"„":
        i -= 1
    fillers = 0
    while i >= 0 and fillers <= MAX_FILLERS:
        token = doc[i]
        is_descriptor = token.pos_ in ("NOUN", "PROPN") and token.lemma_ in descriptors
        if is_descriptor and "Plur" not in morph_values(token, "Number"):  # (its number read only for a descriptor)
            j = i
            while j > 0 and _agrees(doc[j - 1], token):
                j -= 1
            if j > 0 and doc[j - 1].is_sent_start and doc[j - 1].is_title and _agrees(doc[j - 1], token, True):
                j -= 1  # "Дисциплинарная комиссия КХЛ": the sentence's capital, an adjective all the same
            return j
        if is_descriptor and fillers == 0 and any_filler:
            return None  # "в технопарках Москвы": a kind of organization, not one
        if any_filler and _joined_filler(doc, i, fillers):
            fillers += token.lower_ != "и"
            i -= 1  # "промышленности и торговли", "энергетики и ЖКХ": one remit of two
            continue
        if not _is_gen_word(token) or not (any_filler or is_descriptor):
            return None
        fillers += 1
        i -= 1
    return None


def _joined_filler(doc: Doc, i: int, fillers: int) -> bool:
    """``doc[i]`` is "и" between two genitive fillers, or an abbreviation right after such an
    "и" ("министерства энергетики и ЖКХ Свердловской области"); "и" does not count as a filler."""
    token = doc[i]
    if i < 1 or fillers > MAX_FILLERS - 1:
        return False
    if token.lower_ == "и":
        return fillers > 0 and _is_gen_word(doc[i - 1]) and doc[i - 1].pos_ == "NOUN"
    return token.is_upper and token.is_alpha and len(token) > 1 and doc[i - 1].lower_ == "и" \
        and i > 1 and _is_gen_word(doc[i - 2]) and doc[i - 2].pos_ == "NOUN"


def legal_forms() -> frozenset[str]:
    """Legal forms (lower case: "ооо", "пао", "llc"), ``lexicons/legal_forms.txt``."""
    return _legal_forms()


def starts_with_descriptor(span: Span) -> bool:
    """A span that opens with an organization descriptor ("Управа района")."""
    return span[0].pos_ in ("NOUN", "PROPN") and span[0].lemma_ in load_list("org_descriptors.txt")


DISTRICTS = frozenset({"район", "округ", "поселение", "микрорайон"})  # parts of a city named after it


def descriptor_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """New ORG spans: a descriptor before a place or an organization ("мэрии Москвы",
    "партии «Яблоко»"), and an organization with its place in the genitive after it
    ("ФТС России")."""
    descriptors = load_list("org_descriptors.txt")
    starts = {s.start: s for s in spans}
    out: list[Span] = []
    for span in spans:
        if span.label_ not in ("LOC", "ORG"):
            continue
        begin = _descriptor_before(doc, span.start, descriptors,
                                   any_filler=span.label_ == "LOC")
        if begin is not None and span.label_ == "ORG" and _unit_before(doc, span, begin):
            begin = None  # "оркестра Заозёрной филармонии": the филармония's unit
        if begin is not None and span.label_ == "ORG" and _other_case_name(doc[span.start - 1], span):
            begin = None  # "ремонт школы | Татарстанское УФАС отменило": the clause's subject
        if begin is not None and span.label_ == "ORG" and post_before(doc, begin, span):
            begin = None  # "оператор Аль-Арабии": the channel's cameraman
        if begin is not None and span.label_ == "ORG" and _other_noun_subject(doc, begin, span):
            begin = None  # "Суда Дальневосточного пароходства доставили": ships (судно), not a court
        if begin is not None and span.label_ == "LOC" and _nominative_place(span):
            begin = None  # "С Арктическим советом Россия сохраняет": the clause's subject
        end = span.end
        if span.label_ == "ORG":
            # a prepositional right after the name is the tagger's misreading of a genitive
            # ("суда Казани": no preposition for it); "города Кызыла" (entities/org_place_tail.py)
            end = place_tail(doc, span, starts, _indeclinable) or campus_tail(doc, span, starts) or end
        elif begin is not None and span[-1].lemma_ in DISTRICTS:
            place = starts.get(span.end)
            # "Администрации Железнодорожного района Улан-Удэ": the city of the district too
            if place is not None and place.label_ == "LOC" and place[0].text[:1].isupper() and (
                    {"Gen", "Loc"} & set(morph_values(place[0], "Case")) or _indeclinable(place)):
                end = place.end
        if begin is None and end == span.end:
            continue
        start = span.start if begin is None else begin
        if begin is not None:  # "Следственным управлением" (the tagger's) + "СК России": one body
            start = min((s.start for s in spans if s.label_ == "ORG" and s.end == begin + 1
                         and s.start < begin and all(t.is_alpha for t in s)), default=start)
        out.append(Span(doc, start, take_closing_quotes(doc, start, end), label="ORG"))
    # one organization, not two: "Арбитражный суд Москвы" (the tagger's "Арбитражный суд"
    # with its place) takes in "суд Москвы" (a descriptor before the place); "Администрации Железнодорожного района
    # Улан-Удэ" takes in "Администрации Железнодорожного района"
    return [s for s in out if not any(o.start <= s.start and o.end >= s.end and len(o) > len(s) for o in out)]


def _other_noun_subject(doc: Doc, begin: int, span: Span) -> bool:
    """A sentence's first word right before an organization in the genitive that reads also as the
    nominative plural of another noun than the descriptor the tagger saw ("Суда": судно, not суд):
    the clause's subject, no descriptor (no genitive opens a sentence ungoverned)."""
    first = doc[begin]
    return first.is_sent_start and begin + 1 == span.start and any(
        p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "plur"
        and p.normal_form != first.lemma_.lower() for p in get_morph().parse(first.text))


def _other_case_name(before: Token, span: Span) -> bool:
    """An organization opening with a capitalized adjective in the nominative only after a word that
    has no nominative reading: a name of its own, not the word's apposition ("школы Татарстанское УФАС")."""
    first = span[0]
    return first.pos_ == "ADJ" and first.text[:1].isupper() and morph_values(first, "Case") == ["Nom"] \
        and bool(morph_values(before, "Case")) and "Nom" not in morph_values(before, "Case") \
        and "Acc" not in morph_values(before, "Case")


def _unit_before(doc: Doc, span: Span, begin: int) -> bool:
    """A unit's noun (``lexicons/org_unit_heads.txt``) before an organization's own name in the
    genitive: the unit of that organization, not a descriptor of its name."""
    from .org_lead_nouns import body_nouns, institution_genitive_name, own_genitive_name, unit_heads
    units = [t.lemma_.lower() for t in doc[begin:span.start] if t.lemma_.lower() in unit_heads()]
    if any(u in body_nouns() for u in units):  # "президиума ... совета": a body's own body, one name
        return institution_genitive_name(span)
    return bool(units) and own_genitive_name(span)


def _nominative_place(place: Span) -> bool:
    """A place name that can only be a nominative (not quoted, not indeclinable) after a word in
    the instrumental, dative or locative: no descriptor's genitive complement ("мэрии Москвы"), the
    subject of the clause ("С Арктическим советом Россия сохраняет ...")."""
    doc = place.doc
    return place[0].text[:1].isupper() and not _indeclinable(place) and place.start > 0 \
        and doc[place.start - 1].text not in "«\"„" and morph_values(place[-1], "Case") == ["Nom"] \
        and all(morph_values(t, "Case") in (["Nom"], []) for t in place) \
        and bool(morph_values(doc[place.start - 1], "Case")) and set(morph_values(doc[place.start - 1], "Case")) <= OBLIQUE_HEAD
    # (after a descriptor in the nominative the place is the name in apposition: "Банк Санкт-Петербург";
    # so after one in the genitive, which hangs on the noun before it: "Председатель банка Сбер")


def after_branch(doc: Doc, start: int) -> bool:
    """A name right after a branch noun (``lexicons/org_branch_nouns.txt``), its quote between:
    the owner of the branch ("регионального отделения Ассоциации волонтёрских центров"), a body of
    its own inside the branch's name; so is a capitalized genitive name right after a unit's noun
    (``lexicons/org_unit_heads.txt``: "совет", "правление")."""
    k = start - 1
    if k >= 0 and doc[k].text in "«\"„":
        k -= 1
    if k >= 0 and k == start - 1 and doc[k].pos_ == "NOUN" and doc[k].is_lower \
            and doc[k].lemma_.lower() in load_list("org_unit_heads.txt") and doc[start].text[:1].isupper() \
            and "Gen" in morph_values(doc[start], "Case"):
        return True  # a unit's owner in the genitive ("экспертный совет Фонда президентских грантов")
    return k >= 0 and doc[k].pos_ == "NOUN" and doc[k].lemma_.lower() in load_list("org_branch_nouns.txt")


def _indeclinable_place(word: str) -> bool:
    """The dictionary's indeclinable place name ("Улан-Удэ", "Сочи"; not "Пежо")."""
    return word[:1].isupper() and any({"Geox", "Fixd"} <= p.tag.grammemes for p in get_morph().parse(word.lower()))


def _indeclinable(place: Span) -> bool:
    """A place whose name stands unchanged in every case ("Улан-Удэ", "Сочи")."""
    if len(place) > 1 and all(t.is_alpha for t in place) and _indeclinable_place("-".join(t.text for t in place)):
        return True  # "Марий Эл": the dictionary's indeclinable place, written with a space
    return place[0].text[:1].isupper() and place[-1].text.lower() == place[-1].lemma_.lower() \
        and place[-1].text[-1:] in "эоиуё"  # "Тромсё"


def _kind_head(span: Span, i: int) -> str | None:
    """The head of ``lexicons/org_kind_heads.tsv`` at ``span[i]`` after an adjective of its kind
    ("Национальном парке"): the descriptor of the quoted name after it; None else."""
    heads = kind_heads()
    head = head_of_text(span[i].lower_, heads)
    kind = span[i - 1]
    if head is not None and kind.pos_ == "ADJ" and ("*" in heads[head] or folded_lemma(kind) in heads[head]):
        return head
    return None


def split_descriptor(span: Span) -> tuple[str | None, int]:
    """(descriptor lemma, index in ``span`` where the proper name starts).

    "портфельная компания «Роснано»" -> ("компания", 2); "компании NeoPhotonics" ->
    ("компания", 1). A name in the genitive after the descriptor is not its proper
    name but a dependent ("правительства Китая"): then the index is 0, as it is
    when there is no descriptor. A head of ``lexicons/org_kind_heads.tsv`` after an adjective of its
    kind describes the quoted name after it ("Национальном парке «Кенозерский»"); a plural noun of
    members after a capitalized body noun is no descriptor ("Ассоциации застройщиков Коми").
    """
    descriptors = load_list("org_descriptors.txt")
    if run := kind_acronym_run(span):  # "ГТРК «Вычегда»", "ЦКБ МТ «Рубин»": the abbreviation says what kind of body
        return span[0].lower_, run
    if len(span) > 1 and span[0].pos_ == "ADJ" and span[1].is_title and span[1].is_alpha and (
            span[0].is_lower or span[0].is_title and span[0].lemma_.lower() in load_list("org_stance_adjectives.txt")) \
            and not level_council(span):
        return None, 1  # "оппозиционной Партии свободы": a name opens with its capital
    if len(span) > 1 and span[0].pos_ == "ADJ" and span[0].text.isalpha() and not span[0].text.isascii() \
            and not span[0].is_upper and any(LATIN_WORD.match(t.text) for t in span[1:]) \
            and all(LATIN_WORD.match(t.text) or not any(c.isalpha() for c in t.text) for t in span[1:]):
        # (a hyphenated Cyrillic word is none: "Российской премьер-лиге")
        return None, 1  # "Корейская Hyundai Motor": a Russian adjective is no part of a Latin name
        # (not an acronym the tagger reads as an adjective before a number: "СИЗО № 2")
    if (at := acronym_after_place(span)) is not None:
        return None, at  # "Бразильская ЦУТ": the country's adjective is no part of its own acronym
    for i, token in enumerate(span):
        head = _kind_head(span, i) if 0 < i < len(span) - 1 and span[i + 1].text in "«\"„" else None
        if head is not None:
            return head, i + 1  # "Национальном парке «Кенозерский»"
        if token.pos_ in ("NOUN", "PROPN") and token.lemma_ in descriptors \
                and (token.is_lower or i == 0) and not spelled_noun(token):  # not "ДУМ РТ"
            rest = span[i + 1:]
            if len(rest) > 1 and rest[0].is_lower and rest[0].pos_ == "NOUN" and rest[0].lemma_ in descriptors:
                continue  # "сети магазинов «Магнит»": both words describe it
            if not len(rest):
                return token.lemma_, 0
            first = rest[0]
            if i == 1 and span[0].is_title and span[0].pos_ == "NOUN" and token.is_lower \
                    and "Plur" in morph_values(token, "Number") and first.text[:1].isupper() \
                    and first.text not in "«\"„" and not first.text[:1].isascii():
                return span[0].lemma_, 0  # "Ассоциации застройщиков Коми": a named body of members, its region
            if first.text in ("№", "N") and len(rest) > 1 and rest[1].like_num:
                return token.lemma_, 0  # "школы N 14": the number is the numbered name's, no name of its own
            if i == 0 and token.is_title and not opens_line(token) and first.text not in "«\"„" \
                    and first.text[:1].isupper():
                return token.lemma_, 0  # "при поддержке Фонда Тимченко", "Суду ЭКОВАС": capitalized, it is the name's
            if i > 0 and span[0].pos_ == "ADJ" and span[0].text[:1].isupper() \
                    and first.is_upper and token.lemma_ in body_heads():
                return token.lemma_, 0  # "Следственное управление СК России": a body's own name
            if i > 0 and span[0].pos_ == "ADJ" and span[0].text[:1].isupper() and first.text[:1].isupper() \
                    and first.i == span.end - 1 and (_indeclinable_place(first.text) or city_after_institution(span, i)):
                return token.lemma_, 0  # "Советский районный суд Улан-Удэ", "Медицинский центр Утрехта": its city
            if kind_acronym(token.lemma_, _categories().get(token.lemma_), first, first.i == span.end - 1):
                return token.lemma_, i + 1  # "фракции ЛДПР", "в издательстве АСТ": the acronym is the name
            if token.lemma_ in body_heads() and (token.is_lower or token.is_sent_start) and first.is_upper and first.is_alpha \
                    and len(first.text) > 1:
                return token.lemma_, 0  # "комиссии КХЛ", "комитета ФИФА": a unit of the body its acronym names
            if i > 0 and span[0].pos_ == "ADJ" and span[0].text[:1].isupper() and not geo_opening(span[0]) \
                    and token.lemma_ in _institution_heads() and CYRILLIC_ABBREVIATION.match(first.text):
                return token.lemma_, 0  # "из Якутского научного центра СО РАН": its owner's abbreviation
                # after it (a sentence's capital says nothing: "Иранское агентство ИРНА")
            if token.lemma_ in load_list("org_dedicated_descriptors.txt") and CYRILLIC_WORD.match(first.text) \
                    and not (token.lemma_ in load_list("org_house_descriptors.txt") and own_name(rest)):
                return token.lemma_, 0  # "Музея Фаберже": the name alone is a person's or a place's
            if first.i == span.end - 1 and (region_acronym(first.text) or branch_acronym(span, i) or (token.is_lower or token.is_sent_start) and first.is_alpha and _categories().get(token.lemma_) == "regional_body"):
                return token.lemma_, 0  # "Парламент КБР", "мэрии Кишинэу", "примэрии Бельц": the place it serves; "Калужского отделения РГО"
            if first.text in "«\"„" or foreign_name(rest) or (first.text[:1].isupper() and (
                    first.pos_ in ("PROPN", "X") and not morph_values(first, "Case")
                    or not {"Gen", "Loc"} & _phrase_cases(rest))):  # ("суда Казани" read Loc)
                return token.lemma_, i + 1
            quoted = _quoted_tail(rest)
            if quoted is not None:  # "Центр социальной адаптации «Ориентир»": the quoted part
                return token.lemma_, i + 1 + quoted
            return token.lemma_, 0
        if not (token.pos_ == "ADJ" and (token.is_lower or i == 0)):
            break
    return None, 0


def foreign_name(rest) -> bool:
    """Capitalized Cyrillic words after a descriptor, one of them unknown to the dictionary and none
    a place to it ("агентство Пренса Латина", "корпорация Тата Моторс"): a foreign name in apposition,
    whatever case its endings may read; not "правительства Москвы"."""
    morph = get_morph()
    if not 1 <= len(rest) <= 3 or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper
                                          and not t.text.isascii() for t in rest):
        return False
    return any(not morph.is_known(t.lower_) and not _russian_compound(morph, t.lower_) for t in rest) \
        and not any("Geox" in p.tag.grammemes for t in rest if morph.is_known(t.lower_) for p in morph.parse(t.text)) and not declined_place(rest)


RUSSIAN_TAIL = 7  # letters of a dictionary word closing a Russian compound: "Рос|сотрудничества"


def _russian_compound(morph, low: str) -> bool:
    """A word the dictionary lacks that ends in a long word it knows ("россотрудничества",
    "ростехнадзора"): a Russian compound that declines, no foreign name."""
    return any(morph.is_known(low[i:]) for i in range(1, len(low) - RUSSIAN_TAIL + 1))


TAIL_WORDS = 5  # a descriptor's dependents before its quoted name: "по производству мебели"


def _quoted_tail(rest) -> int | None:
    """Index in ``rest`` (the words after a descriptor) of a quoted name that closes the span after
    a few lower-case dependents of the descriptor ("социальной адаптации «Ориентир»", "по
    производству мебели «Лазурит»"); None where the span does not end in one quoted name."""
    if len(rest) < 3 or rest[-1].text not in ("»", "\""):
        return None
    opening = next((k for k, t in enumerate(rest) if t.text in "«\"„"), None)
    if opening is None or opening == 0 or opening > TAIL_WORDS or opening + 2 >= len(rest) \
            or any(t.text in "«»\"„" for t in rest[opening + 1:-1]):
        return None
    if not all(t.is_alpha and t.is_lower and t.pos_ in ("NOUN", "ADJ", "ADP") for t in rest[:opening]) \
            or rest[opening - 1].pos_ != "NOUN":
        return None
    from .org_numbered import place_kinds
    if rest[opening - 1].lemma_.lower() in place_kinds() and not (opening > 1 and rest[opening - 2].lemma_.lower()
                                                                   in load_list("org_field_place_adjectives.txt")):
        return None  # (a field: "Центр дополнительного образования «Квант»", org_field_place_adjectives.txt)  # "Совет муниципального образования «Город Саратов»": the place's name, not the body's
    return opening


def _phrase_cases(rest) -> set[str]:
    """The tagger's cases of the words after a descriptor: its first word's, and where that is an
    adjective, also its noun's ("суд Томской области": "Томской" read Dat, "области" Loc, a place
    in the genitive all the same)."""
    cases = set(morph_values(rest[0], "Case"))
    if rest[0].pos_ == "ADJ" and len(rest) > 1 and rest[1].pos_ == "NOUN":
        cases |= set(morph_values(rest[1], "Case"))
    return cases


LATIN_WORD = re.compile(r"^[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f0-9&'.-]*$")  # with the accented letters of Latin-1 and Latin Extended (Mezőgép, Cerámicas)
CYRILLIC_WORD = re.compile(r"^[А-ЯЁ][а-яё]+(-[А-ЯЁа-яё][а-яё]*)*$")
CYRILLIC_ABBREVIATION = re.compile(r"^[А-ЯЁ]{2,}$")


def _institution_heads() -> frozenset[str]:
    from .institutions import institution_heads

    return institution_heads()


@lru_cache(maxsize=1)
def aliases() -> dict[str, tuple[str, str]]:
    """Grouping key of an alias -> (canonical name, category), from ``lexicons/org_aliases.tsv``."""
    return {alias: (name, category) for alias, name, category in load_rows("org_aliases.tsv")}


@lru_cache(maxsize=1)
def _categories() -> dict[str, str]:
    return dict(load_rows("org_categories.tsv"))


def category_of(tokens, descriptor: str | None) -> str | None:
    """The category (``lexicons/org_categories.tsv``) of an organization mention: by its
    descriptor, else by the first word of the mention the lexicon knows (a lemma, a
    legal form or a known name); None where no word tells."""
    categories = _categories()
    whole = " ".join(t.lemma_.lower() for t in tokens if t.is_alpha)
    if whole in categories:  # a known name: "Голос Америки"
        return categories[whole]
    if descriptor and descriptor.lower() in categories:
        return categories[descriptor.lower()]
    for token in tokens:
        for word in (token.lemma_.lower(), token.lower_):
            if word in categories:
                return categories[word]
    return None
