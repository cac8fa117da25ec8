"""Quoted organization names the tagger missed: "Фабрика «Северное сияние»", "на
«Уральских самоцветах»", "выручка «Мостотреста»", "достался «Трансстрою»".

A capitalized quoted name no entity span touches is an organization where its slot says
so, and only there (a quoted title is as often a film, a book, a law or a festival):

- an organization descriptor right before it, any case ("фабрика «Северное сияние»",
  ``lexicons/org_descriptors.txt``; by the analyzer's reading where the tagger's lemma is another:
  "Бодеге" at a sentence's start), a head of ``lexicons/org_kind_heads.tsv`` after an adjective of
  its kind ("национального парка «Калевальский»"), or a legal form ("ООО «Невские берега»");
- a company's service or platform noun before a nominative name, directly or over its
  genitive trade words ("сервиса доставки «Корзинка Плюс»", ``lexicons/org_service_heads.txt``);
- a head noun whose genitive complement is an organization's, with the name in the
  genitive ("акционеры «Белой дачи»", ``lexicons/org_slot_nouns.txt``);
- a preposition of dealings with a party ("с", "от", "против", "у") before it, the name in
  an oblique case ("сыграли с «Белыми тиграми»": one plays or sings with a team or a band,
  in a film), or "над" after a noun of winning or ruling ("победа над «Речными котами»",
  ``lexicons/org_over_nouns.txt``); a place of work ("в", "на") or a verb before it,
  where the name is in an oblique case and no performance word stands near ("сыграла в
  «Лили»" is a film);
- a verb whose object is as a rule an organization, with the name in the accusative
  ("купил «Белую дачу»", ``lexicons/org_object_verbs.txt``);
- a name in the dative or instrumental opening the sentence before an impersonal plural
  verb ("«Зелёной альтернативе» отказали в регистрации"), or in the dative before an impersonal
  verb of an obligation, a success or a lack ("«Снежной королеве» пришлось закрыть магазины",
  ``lexicons/org_impersonal_verbs.txt``);
- a verb whose subject is as a rule an organization, the name in the nominative opening
  the sentence before it or closing it after it ("«Вологодская ткань» отчиталась",
  ``lexicons/org_subject_verbs.txt``);
- a name in the nominative opening its clause as the subject of any verb whose object is a
  company's business ("«Ирида» начала серийный выпуск", ``lexicons/org_business_objects.txt``,
  entities/org_quoted_business.py);
- a name in the dative or instrumental only, in a sentence about a game between clubs
  ("Путёвку в групповой этап «Шахтёру» принёс гол", ``lexicons/org_club_contexts.txt``);
- a one-word name the dictionary does not know (a hyphenated one by its first part:
  "«Уралэлектротяжмаш-Сервис»"), in any slot but an apposition to another noun ("продал
  «Мостотрест»": coined company names are not words), also right after a person's name.

A noun before the quotes that is none of these makes the quoted name that thing's title
("фильм «Брат»", "закон «О полиции»"), no organization; so is a recurring event's own name
(EVENT in ``lexicons/name_types.tsv``: "к «Евровидению»").
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .org_descriptor_complements import descriptor_over_complement
from .org_quoted_kinds import kind_descriptor, trade_agent_over_complement
from ..grammars.morph import UD_CASES, UD_GENDERS, Morph
from ..lexicons import load_list
from ..grammars.folded import folded_lemma
from .name_foreign_clubs import listed_cases
from .org_kind_heads import head_of_text, kind_heads
from .orgs import legal_forms
from .org_staged_title import staged_title
from .org_quoted_preps import governed_oblique, quoted_cue_before, topic_slot
from .org_quoted_receivers import impersonal_after
from .org_quoted_business import business_subject, business_subject_after
from .org_quoted_clauses import verb_after_clause
from .org_trade_tails import trade_tail
from .org_quoted_plurals import plural_business
from .org_quoted_moves import club_sentence, moved_club
from .retype import descriptor_before, name_type
from .spans import closing_quote, opens, positions, previous_word
from .doc_words import morph_values

MAX_INNER = 6
PARTY_PREPS = {"с", "со", "от", "против", "у", "для", "при", "между"}
PLACE_PREPS = {"в", "во", "на"}
PLAIN = {"PRON", "DET", "CCONJ", "SCONJ", "PART", "ADV", "NUM", "PUNCT", "SYM"}


def _closing(doc: Doc, i: int) -> int | None:
    return closing_quote(doc, i, MAX_INNER, first_may_start=True)


def _cases(morph: Morph, tokens) -> set[str]:
    """Cases the name may stand in: those in which its first adjectives agree with their
    noun ("Лесной сказки": gent, not nomn); empty for a name that does not decline."""
    words = [t for t in tokens if t.is_alpha and not t.is_upper]
    readings: list | None = None  # (case, number, gender) the words so far may share
    for n, t in enumerate(words):
        parses = morph.parse(t.text)
        adjs = [p.tag for p in parses if p.tag.POS in ("ADJF", "PRTF")]
        nouns = [p.tag for p in parses if p.tag.POS == "NOUN"]
        tags = adjs if adjs and n + 1 < len(words) else nouns or adjs
        if not tags:
            break
        mine = {(tag.case, tag.number, tag.gender if tag.number == "sing" else None) for tag in tags}
        mine |= {(c, num, None) for c, num, _ in mine}  # a noun's gender may be unknown to the adjective
        readings = mine if readings is None else (readings & mine or readings)
        if tags is nouns:
            break
    return {case for case, _, _ in readings} if readings else set()


def _coined(morph: Morph, tokens) -> bool:
    """One word the dictionary does not know ("Мостотресту", "Уралмаше")."""
    words = [t for t in tokens if not t.is_space]
    if len(words) == 1 and "-" in words[0].text:  # "Уралэлектротяжмаш-Сервис": its first part coined
        head, _, tail = words[0].text.partition("-")
        return head.isalpha() and tail.replace("-", "").isalpha() and len(head) >= 6 \
            and not head.isupper() and (len(head) >= COINED_HEAD or not morph.is_known(head))
    return len(words) == 1 and words[0].is_alpha and len(words[0].text) >= 4 \
        and not words[0].is_upper and not morph.is_known(words[0].text)


COINED_HEAD = 12  # a first part this long is a coined compound ("Уралэлектротяжмаш"), known or not
MAX_GENITIVE = 2  # lower-case genitive words between a descriptor and its quoted name


def descriptor_over_genitive(doc: Doc, k: int, heads: str = "org_descriptors.txt") -> bool:
    """A singular descriptor before one or two lower-case genitive words that end at ``doc[k]``
    and say its trade: "издательство видеоигр «Кибер Тундра»", "студия звукозаписи «Ракета»"."""
    def genitive(t) -> bool:
        return t.is_alpha and t.is_lower and t.pos_ in ("NOUN", "ADJ") and "Gen" in morph_values(t, "Case")

    if doc[k].pos_ != "NOUN" or not genitive(doc[k]):
        return False
    for m in range(k - 1, max(k - MAX_GENITIVE, 0) - 1, -1):
        head = doc[m]  # a genitive descriptor is one too: "сервиса доставки «Корзинка Плюс»"
        if head.pos_ == "NOUN" and head.lemma_.lower() in load_list(heads) \
                and "Plur" not in morph_values(head, "Number"):
            return True
        if not genitive(head):
            return False
    return False


def _descriptor_reading(morph: Morph, prev) -> bool:
    """A word the tagger lemmatized otherwise that the analyzer reads as a descriptor noun of
    ``lexicons/org_descriptors.txt`` in the singular, a sentence's capital too ("Бодеге": бодега, not
    a man's name "Бодег")."""
    descriptors = load_list("org_descriptors.txt")
    return prev.is_alpha and any(
        p.tag.POS == "NOUN" and p.tag.number == "sing" and not {"Name", "Surn", "Patr"} & p.tag.grammemes
        and p.normal_form.replace("ё", "е") in descriptors for p in morph.parse(prev.lower_))


def _kind_head(doc: Doc, k: int) -> bool:
    """A singular head of ``lexicons/org_kind_heads.tsv`` at ``doc[k]`` right after an adjective of
    its kind: "национального парка «Калевальский»" (a park with no kind, "парк «Зарядье»", is a place)."""
    heads = kind_heads()
    head, kind = doc[k], doc[k - 1] if k > 0 else None
    lemma = head_of_text(head.lower_, heads)  # the analyzer's singular noun: "парке", not the tagger's "парка"
    return kind is not None and lemma is not None and kind.pos_ == "ADJ" \
        and ("*" in heads[lemma] or folded_lemma(kind) in heads[lemma])


def slot(doc: Doc, i: int, j: int, morph: Morph) -> str | None:
    """Why the quoted name ``doc[i+1:j]`` is an organization, or None; "title" where a
    noun before it makes it that thing's title."""
    inner = doc[i + 1:j]
    if not inner[0].text[:1].isupper() or inner[0].pos_ == "ADP" or any(
            t.pos_ in ("VERB", "AUX") and "Fin" in morph_values(t, "VerbForm") for t in inner):
        return None  # "«О полиции»", a quotation
    cases = set(listed_cases(t.text for t in inner)) or _cases(morph, inner)  # "«Видаду»": a listed club's dative
    oblique = not cases or "nomn" not in cases  # an indeclinable name fits any slot
    k = previous_word(doc, i)
    prev = doc[k] if k >= 0 else None
    lemma = prev.lemma_.lower() if prev is not None else ""
    if prev is not None and prev.text.lower() in legal_forms():
        return "legal"
    if prev is not None and (prev.pos_ == "PROPN" or prev.pos_ == "NOUN" and not prev.is_sent_start) \
            and prev.text[:1].isupper() and _coined(morph, inner):  # ("Гораке" the tagger's NOUN)
        return "coined"  # "При Викторе Гуляеве «Уралэлектротяжмаш-Сервис» удвоил": after a person's name
    if prev is not None and prev.pos_ in ("PROPN", "NOUN") and prev.text[:1].isupper() and not prev.is_sent_start \
            and lemma not in load_list("org_descriptors.txt") and "nomn" in cases \
            and _subject_verb_after(doc, j, inner, morph):
        return "subject"  # "С перуанцем Диего Уртадо «Камчатский улов» договорился": not his title
    if prev is not None and _home_adjective(morph, prev, cases):
        return "home"  # "красноярских «Енисейских рысей»", "омскому «Авангарду»": a club of its city
    if lemma not in load_list("org_descriptors.txt") and plural_business(doc, i, j, k, morph):
        return "plural"  # "Грузовики «Северных магистралей»": a carrier's name (entities/org_quoted_plurals.py)
    if kind_descriptor(prev):
        return "descriptor"  # "ТОР «Заречный»", "IT-парка «Синергия»" (entities/org_quoted_kinds.py)
    if prev is not None and prev.pos_ in ("NOUN", "PROPN") and prev.is_alpha:
        if lemma in load_list("org_descriptors.txt") or lemma in load_list("org_quoted_heads.txt") \
                or descriptor_over_genitive(doc, k) or descriptor_over_genitive(doc, k, "org_quoted_heads.txt") or _kind_head(doc, k) or _descriptor_reading(morph, prev) \
                or descriptor_over_complement(doc, k) or trade_agent_over_complement(doc, k):  # "приюта для бездомных животных «Лапа дружбы»"
            return "descriptor"  # "фабрика «Северное сияние»", "издательство видеоигр «Кибер Тундра»"
        if "nomn" in cases and (lemma in load_list("org_service_heads.txt")
                                or descriptor_over_genitive(doc, k, "org_service_heads.txt")):
            return "service"  # "сервиса доставки «Корзинка Плюс»"; "сервис «Яндекса»" is the owner's
        coined = _coined(morph, inner)
        if lemma in load_list("org_slot_nouns.txt") and (coined or (not cases or "gent" in cases) and (
                oblique or "Gen" in morph_values(inner[0], "Case") or _singular_genitive(morph, inner))
                or len(inner) > 1 and (trade_tail(inner[-1].text) or ("", ""))[1] == "gent"):
            return "slot"  # "акции «Теслы»": a coined word's guessed case says little; "лайнер «Победы»",
            # "акции «Белки»": no plural title; "акции «Нордвейл Майнинга»": a trade word's genitive
        noun_case = {UD_CASES.get(c) for c in morph_values(prev, "Case")}
        if coined and cases == {"gent"} and not noun_case & cases:
            return "coined"  # "поставки «Самсунга»": a coined name in the genitive is the owner
        if not oblique or noun_case & cases:
            return "title"  # "фильм «Брат»", "в фильме «Брате»": an apposition names the noun's thing
        if _club(doc, i, j, cases):
            return "club"  # "Путёвку в групповой этап «Шахтёру» принёс гол": no noun's dative
        return None  # "герой «Тихого Дона»": a complement, not always an organization
    if j + 1 < len(doc) and doc[j + 1].text.startswith("-"):
        return None  # "в «Олимпийских надеждах»-2009": an event of that year
    if moved_club(doc, i, j, k, cases):
        return "club"  # "Полузащитник перешёл в «Текстиль Сан-Бернардо»" (entities/org_quoted_moves.py)
    party = prev is not None and (oblique or governed_oblique(prev.lower_, cases)) and (
        prev.lower_ in PARTY_PREPS or prev.lower_ == "над" and (
            "ablt" in cases and k > 0 and doc[k - 1].lemma_.lower() in load_list("org_over_nouns.txt")))
    if not party and quoted_cue_before(doc, k):
        return None  # "роль в «Клане Сопрано»"; "сыграли с «Белыми тиграми»" is a party
    if _coined(morph, inner) and (prev is None or prev.is_sent_end or prev.pos_ in ("ADP", "VERB")):
        return "coined"
    if party:
        return "party"
    if prev is not None and topic_slot(doc, k, j, cases, morph):
        return "topic"  # "спорили о «Бруснике»", "следит за «Магнитом»" (entities/org_quoted_preps.py)
    if prev is not None and prev.lower_ in PLACE_PREPS and oblique and (not cases or "loct" in cases):
        return "place"
    if prev is not None and prev.pos_ == "VERB" and cases and oblique and cases & {"datv", "ablt"}:
        return "verb"  # "достался «Мостотресту»", "управлялся «Балтикой»"
    subject_verbs = load_list("org_subject_verbs.txt")
    after = verb_after_clause(doc, j) or (doc[j + 1] if j + 1 < len(doc) else None)  # (over "«...», который ..., ")
    opening = prev is None or prev.is_sent_end or doc[i].is_sent_start
    if cases and cases <= {"datv", "ablt", "loct"} and cases & {"datv", "ablt"} and opening \
            and after is not None and after.pos_ == "VERB" and "Plur" in morph_values(after, "Number") \
            and "Nom" not in morph_values(doc[i + 1], "Case"):
        return "receiver"  # "«Зелёной альтернативе» отказали в регистрации": an impersonal plural's dative
    if cases and cases <= {"datv", "loct"} and "datv" in cases and opening and impersonal_after(doc, i, j, morph):
        return "receiver"  # "«Снежной королеве» пришлось закрыть магазины" (entities/org_quoted_receivers.py)
    if (not cases or "nomn" in cases) and (
            (prev is None or prev.is_sent_end or doc[i].is_sent_start)
            and after is not None and after.pos_ == "VERB" and after.lemma_.lower() in subject_verbs
            or prev is not None and prev.pos_ == "VERB" and lemma in subject_verbs
            and (after is None or after.is_punct)):
        return "subject"  # "«Вологодская ткань» отчиталась", "Дивиденды выплатит «Северная верфь»."
    if (not cases or "nomn" in cases) and (business_subject(doc, i, j, morph) or business_subject_after(doc, i, j, morph)):
        return "subject"  # "«Ирида» начала серийный выпуск" (entities/org_quoted_business.py)
    if prev is not None and prev.pos_ == "VERB" and lemma in load_list("org_object_verbs.txt") \
            and (not cases or "accs" in cases):
        return "object"  # "купил «Белую дачу»"
    if lemma in NAMING_VERBS and (not cases or "accs" in cases) and _named_body(doc, j + 1):
        return "object"  # "назвали «Фанагорию» лидером рынка", "признали «Ладогу» лучшим банком"
    if _club(doc, i, j, cases):
        return "club"
    return None


def _singular_genitive(morph: Morph, inner) -> bool:
    """One word whose noun readings in the nominative are plurals only, a genitive singular among
    them ("«Белки»": белка's genitive or a plural): after a noun of an organization's money or people
    the name is its genitive complement, a body's own name (no plural title of shares or staff)."""
    words = [t for t in inner if not t.is_space]
    if len(words) != 1 or not words[0].is_alpha:
        return False
    nouns = [p for p in morph.parse(words[0].text) if p.tag.POS == "NOUN" and not PERSONAL & p.tag.grammemes]
    return any(p.tag.case == "gent" and p.tag.number == "sing" for p in nouns) \
        and not any(p.tag.case == "nomn" and p.tag.number == "sing" for p in nouns)


PERSONAL = frozenset({"Name", "Surn", "Patr"})
HOME_ENDINGS = ("ский", "цкий", "ской", "ского", "цкого", "скому", "цкому", "ским", "цким", "ском", "цком",
                "ская", "цкая", "скую", "цкую", "ские", "цкие", "ских", "цких", "скими", "цкими")


NAMING_VERBS = frozenset({"назвать", "называть", "признать", "признавать"})
MARKETS = frozenset({"рынок", "отрасль", "сегмент"})


def _named_body(doc: Doc, k: int) -> bool:
    """The instrumental a naming verb's quoted object is called right after it: a body's noun
    (``lexicons/org_descriptors.txt``: "самой надёжной компанией", "лучшим банком"; a company's part in
    the economy, ``lexicons/org_named_as_nouns.txt``: "крупнейшим налогоплательщиком") or a leader of a
    market ("лидером российского рынка"); not "лучшим фильмом", "хитом года"."""
    for t in doc[k:k + 4]:  # (the adjectives' case not read: "самой" the tagger takes for a genitive)
        if not (t.is_alpha and t.is_lower and t.pos_ in ("ADJ", "NOUN")) or t.pos_ == "NOUN" and "Ins" not in morph_values(t, "Case"):
            return False
        if t.pos_ == "NOUN":
            return t.lemma_ in load_list("org_descriptors.txt") | load_list("org_named_as_nouns.txt") or t.lemma_ == "лидер" and any(
                w.lemma_ in MARKETS for w in doc[t.i + 1:t.i + 4])
    return False


def _home_adjective(morph: Morph, prev, cases: set[str]) -> bool:
    """A place's adjective (-ский, -цкий) right before a quoted name that agrees with it in case:
    the name's city, the name a club's or a company's ("красноярских «Енисейских рысей»"); not a
    qualitative adjective, nor a quoted name of one word that is a dictionary adjective."""
    if not prev.is_alpha or not prev.lower_.endswith(HOME_ENDINGS) or not cases:
        return False
    adjs = [p for p in morph.parse(prev.text) if p.tag.POS == "ADJF"]
    return bool(adjs) and not any("Qual" in p.tag for p in adjs) and any(p.tag.case in cases for p in adjs)


def _subject_verb_after(doc: Doc, j: int, inner: Span, morph: Morph) -> bool:
    """A verb of ``lexicons/org_subject_verbs.txt`` right after the closing quote ``doc[j]`` that
    agrees with the name in the nominative singular (its gender, where the verb has one), with no
    nominative noun right after it."""
    after = doc[j + 1] if j + 1 < len(doc) else None
    if after is None or after.pos_ != "VERB" or after.lemma_.lower() not in load_list("org_subject_verbs.txt") \
            or "Plur" in morph_values(after, "Number"):
        return False
    if j + 2 < len(doc) and doc[j + 2].pos_ in ("NOUN", "PROPN") and "Nom" in morph_values(doc[j + 2], "Case"):
        return False  # "Книгу ... «Северная рыба» подписала редакция": the subject follows the verb
    genders = {UD_GENDERS.get(g) for g in morph_values(after, "Gender")}
    return not genders or any(p.tag.case == "nomn" and p.tag.number == "sing" and p.tag.gender in genders
                              for t in inner if t.is_alpha for p in morph.parse(t.text))


def _club(doc: Doc, i: int, j: int, cases: set[str]) -> bool:
    """A name in the dative or instrumental only, in a sentence about a game between clubs
    (``lexicons/org_club_contexts.txt``: "гол", "матч", "тренер"), no title cue near it."""
    if not cases or not cases <= {"datv", "ablt"}:
        return False
    return club_sentence(doc, i, j)


def _key(span: Span) -> str:
    return " ".join(t.lemma_.lower() for t in span if t.is_alpha or t.is_digit).replace("ё", "е")


def quoted_orgs(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """ORG spans for quoted names in an organization's slot that no span touches. A name
    the article also gives as the title of something else ("корабль «Союз»", then "с
    «Союзом»") is left out everywhere."""
    covered = {t for s in spans for t in range(s.start, s.end)}
    found, titles = [], set()
    dropped: set[tuple[int, int]] = set()
    for i in positions(doc, ("«", "„", "\"", "“")):
        if not opens(doc, i):
            continue
        j = _closing(doc, i)
        if j is None or j == i + 1:
            continue
        why = "title" if staged_title(doc, i) else slot(doc, i, j, morph)  # "поставила в ... театре «X»"
        if why == "title":
            titles.add(_key(doc[i + 1:j]))
        elif why is not None and not any(t in covered for t in range(i, j + 1)):
            found.append(Span(doc, i + 1, j, label="ORG"))
        elif why not in (None, "place") and _quoted_place(spans, i, j) or why == "descriptor" \
                and _quoted_place(spans, i, j, "PER"):  # "юрфирме «Бергер и Кох»": no person
            found.append(Span(doc, i + 1, j, label="ORG"))  # "между «Волжским берегом» и ...": no place
            dropped.update((s.start, s.end) for s in spans if i < s.start and s.end <= j)
        if why == "home" and (found and found[-1].start == i + 1 or any(
                s.label_ == "ORG" and i < s.start and s.end <= j for s in spans)):  # "Красноярских" is no body
            k = previous_word(doc, i)
            dropped.update((s.start, s.end) for s in spans if s.start == k and s.end == k + 1)
    out = [s for s in found if _key(s) not in titles  # "к «Евровидению»": an event
           and (name_type(_key(s)) != "EVENT" or descriptor_before(doc, s))]
    if dropped:
        spans = [s for s in spans if (s.start, s.end) not in dropped]
    return sorted(spans + out, key=lambda s: (s.start, -s.end)) if out else spans


def _quoted_place(spans: list[Span], i: int, j: int, label: str = "LOC") -> bool:
    """Only places (``label``) of the tagger inside the quotes ``doc[i]``, ``doc[j]`` and nothing else touching them."""
    touching = [s for s in spans if s.start <= j and s.end > i]
    return bool(touching) and all(s.label_ == label and i < s.start and s.end <= j for s in touching)
