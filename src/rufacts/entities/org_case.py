"""The nominative of a one-word organization name from the case its slot gives it
("имущество «Татпрофа»" -> Татпроф, "продукция «Макфы»" -> Макфа, "активисты «Гринписа»"
-> Гринпис, "лайнер «Победы»" -> Победа, not a plural).

pymorphy3 guesses an unknown word's paradigm from its ending and often reads it as a
nominative ("Татпрофа": a feminine noun). Where the word before the name says which case
it is in, the analyzer's singular reading in that case gives the nominative (a neuter
guess only where a long dictionary word stands inside: "Росимущества", not "Мечелом");
for a word the dictionary lacks, else the regular declensions do
(``lexicons/org_name_endings.tsv``).

The slot's case comes from the word right before the name:

- a preposition or a word that governs a case (``lexicons/name_context.tsv``, the table
  the person names use, in its order: "в"/"на" give the locative, else the accusative);
- a common noun that is no organization descriptor: the name is its genitive complement
  ("акционеры «Татпрофа»"; after "компания" the name is an apposition and stands as written).

Not a verb: its object may be in more cases than the person names' table says ("назначил
«Ахмату» штраф", "пишут «Ведомости»").
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from ..grammars.letters import VOWELS_ALL_AND_YOT
from ..grammars.morph import UD_CASES, Morph, inflect, restore_case
from ..lexicons import load_list, load_rows
from .names_group import governed_cases
from .normal import QUOTES, join_words, ministry_genitive, spaced
from .orgs import foreign_name, legal_forms
from .spans import word_before
from .name_verb_forms import past_read_as_noun, past_singular
from .org_turkic_names import turkic_hyphen
from .org_compound_names import compound_nominative, feminine_tail_nominative, plural_tantum_nominative
from .org_stump_bodies import stump_nominative
from .org_quoted_forms import FOREIGN_FINALS, indeclinable_guess
from .org_bare_slots import list_ends
from .org_quoted_preps import plural_only
from .org_quoted_business import feminine_verb_after
from .quotes import OPENING_QUOTES
from .doc_words import morph_values
from .name_verb_reach import after_closing_quote, word_at
from .org_quoted_kinds import kind_apposed

UNDECLINED_FINALS = tuple(f for f in FOREIGN_FINALS if f not in ("у", "ю"))

OBLIQUE = ("gent", "datv", "accs", "ablt", "loct")


def slot_cases(span: Span) -> tuple[str, ...]:
    """The oblique cases the name of ``span`` may be in, by the word before the span; () where
    the slot says nothing or allows the nominative; a name in a list of quoted names is in the
    slot of the list's first ("бумаги «Делимобиля» и «Ситимобила»": both genitives)."""
    before = word_before(span.doc, list_start(span))
    if before is None:
        return ()
    low = before.lower_
    governed = governed_cases().get(low)
    if governed is not None:
        return tuple(c for c in governed if c in OBLIQUE)
    if before.pos_ in ("ADJ", "DET") and before.is_alpha and before.is_lower:
        return _adjective_cases(before.lower_)  # "саратовского «Автодора»": the case it agrees in
    if before.pos_ == "NOUN" and before.text.replace("-", "").isalpha() and (before.is_sent_start or not before.is_title or "\n" in before.nbor(-1).text_with_ws) \
            and before.lemma_.lower() not in load_list("org_descriptors.txt") and low not in legal_forms() \
            and not _describes(before):  # ("вице-президенту «Норд-Ойла»": a hyphenated noun too)
        return ("gent",)
    return ()


def list_start(span: Span) -> int:
    """The first token of the list of quoted names :func:`.org_bare_slots.list_ends` finds the
    span's quoted name in; the span's start where it is in none."""
    doc = span.doc
    opening = span.start if doc[span.start].text in OPENING_QUOTES else span.start - 1
    closing = span.end - 1 if doc[span.end - 1].text in QUOTES else span.end
    if opening < 0 or doc[opening].text not in OPENING_QUOTES or closing >= len(doc) or doc[closing].text not in QUOTES:
        return span.start
    first, _, members = list_ends(doc, opening, closing)
    return first if members > 1 else span.start


def _adjective_cases(word: str) -> tuple[str, ...]:
    """The oblique cases of an adjective right before a name where every reading it has is a
    masculine or neuter singular in an oblique case ("саратовского": the genitive or an animate
    accusative; "казанским": the instrumental or a plural dative): the name shares one of them,
    and a masculine one declines by the table. () where the adjective may be a nominative or a
    feminine's (whose case "-ой" does not tell) or a plural's."""
    from ..grammars.morph import get_morph
    adjs = [p for p in get_morph().parse(word) if p.tag.POS in ("ADJF", "PRTF")]
    singular = [p for p in adjs if p.tag.number == "sing" and p.tag.gender in ("masc", "neut")]
    if not adjs or any(p.tag.case == "nomn" or p.tag.gender == "femn" for p in adjs) \
            or len(singular) < len(adjs) - sum(p.tag.number == "plur" and p.tag.case == "datv" for p in adjs):
        return ()
    return tuple(dict.fromkeys(p.tag.case for p in singular if p.tag.case in OBLIQUE))


def _describes(noun) -> bool:
    """A plural genitive right after an organization descriptor describes the organization with
    it ("сети аптек «Ригла»", "группы компаний «Самолёт»"): the name after it is in apposition."""
    doc = noun.doc
    return noun.i > 0 and "Plur" in morph_values(noun, "Number") and "Gen" in morph_values(noun, "Case") \
        and doc[noun.i - 1].pos_ == "NOUN" and doc[noun.i - 1].lemma_.lower() in load_list("org_descriptors.txt")


@lru_cache(maxsize=1)
def _endings() -> tuple[tuple[str, str, str, re.Pattern], ...]:
    return tuple((case, "" if ending == "-" else ending, "" if nominative == "-" else nominative, re.compile(stem))
                 for case, ending, nominative, stem in load_rows("org_name_endings.tsv"))


def _nominative(word: str, case: str) -> str | None:
    """The nominative of ``word`` read as ``case`` by ``lexicons/org_name_endings.tsv``."""
    low = word.lower()
    for row_case, ending, nominative, stem in _endings():
        if row_case == case and low.endswith(ending) and len(low) - len(ending) >= 3 \
                and stem.search(low[:len(low) - len(ending)]):
            return low[:len(low) - len(ending)] + nominative
    return None


def _reading(morph: Morph, word: str, case: str) -> str | None:
    """The analyzer's nominative of ``word`` read as a singular noun in ``case`` (no person's
    name), lower case. A guess of a neuter ("Мечелом" as of "Мечело") is taken only where a
    long dictionary word stands inside ("Росимущества": рос + имущества); coined company names
    are not neuter."""
    low = word.lower()
    for p in morph.parse(word):
        if p.tag.POS != "NOUN" or p.tag.case != case or "plur" in p.tag.grammemes \
                or {"Name", "Surn", "Patr", "Fixd"} & p.tag.grammemes:
            continue
        inside = p.methods_stack[0][1]
        if p.tag.gender == "neut" and not morph.is_known(word) and (inside == low or len(inside) < 7):
            continue
        if not morph.is_known(word) and not _guess_fits(low, p.normal_form, case):
            continue
        return p.normal_form
    return None


def _guess_fits(low: str, nominative: str, case: str) -> bool:
    """Whether the analyzer's guess of an unknown word's nominative may stand: it keeps the word's
    stem (the word less an ending of up to two letters: "Генком" is not of "Генок", a fleeting vowel
    is a dictionary word's), and a locative in a consonant + -е is the declension table's (a masculine's,
    "в «Аяксе»", but a feminine's in "-нка", "-шка", "-ица": "в «Ягодинке»"; a feminine the dictionary
    knows is read by the dictionary), no soft stem's; a dative in -е is no masculine's ("к «Ормете»")."""
    common = 0
    while common < min(len(low), len(nominative)) and low[common] == nominative[common]:
        common += 1
    if common < len(low) - 2:
        return False
    if case == "loct" and low.endswith("е") and len(low) > 2 and low[-2] not in VOWELS_ALL_AND_YOT \
            and nominative != (_nominative(low, case) or low[:-1]):
        return False
    return True


def _place_tailed(morph: Morph, head: str, last: str) -> str | None:
    """A club's name of a common noun and a place ("«Локомотива-Кубань»", "«Зениту-Ижевск»", "в
    «Зените-Казань»"): the place part stands in the nominative, the noun declines. The nominative
    of the noun where it is a dictionary noun with no nominative reading and the place part reads
    as a nominative place name unchanged; None else."""
    if not morph.is_known(head) or not morph.is_known(last):
        return None
    if not any("Geox" in p.tag.grammemes and p.tag.case == "nomn" and p.word == p.normal_form
               for p in morph.parse(last)):
        return None
    heads = [p for p in morph.parse(head) if p.tag.POS == "NOUN"]
    if not heads or any(p.tag.case == "nomn" for p in heads):
        return None
    found = next((p.normal_form for p in heads if p.tag.case in OBLIQUE and "sing" in p.tag.grammemes
                  and not {"Name", "Surn", "Patr"} & p.tag.grammemes), None)
    if found is None or found == head.lower():
        return None
    return restore_case(head, found) + "-" + last


def _both_declined(morph: Morph, head: str, last: str) -> str | None:
    """A club's name of a common noun and a place, both declined in one oblique case ("и
    «Нефтяником-Альметьевском»", "«Спартаком-Нальчиком»"): each part in the nominative, whatever
    the slot. The noun a dictionary noun with no nominative reading, the place a place name to the
    dictionary in that case; None else."""
    heads = [p for p in morph.parse(head) if p.tag.POS == "NOUN" and p.tag.number == "sing"
             and not {"Name", "Surn", "Patr"} & p.tag.grammemes]
    if not morph.is_known(head.lower()) or not heads or any(p.tag.case == "nomn" for p in morph.parse(head)):
        return None
    places = [p for p in morph.parse(last) if "Geox" in p.tag.grammemes and p.tag.case in OBLIQUE
              and p.tag.number == "sing"]
    pair = next(((h, p) for h in heads for p in places if h.tag.case == p.tag.case), None)
    if pair is None:
        return None
    noun, place = (inflect(p, {"nomn"}) for p in pair)
    if noun is None or place is None:
        return None
    return restore_case(head, noun) + "-" + restore_case(last, place)


def oblique_name(morph: Morph, span: Span) -> str | None:
    """The nominative of the span's name where it is one word in an oblique case its slot
    gives ("директор «Звёзды»": the genitive singular, not a plural nominative); None where
    nothing is to be changed. The analyzer's readings
    in each case the slot allows come first, then the declension table. In a hyphenated name
    only the last part declines ("у «Альфа-Капитала»" -> Альфа-Капитал, "Вимм-Билль-Данна"
    -> Вимм-Билль-Данн). A ministry's short name in a genitive stands as written
    ("Минцифры")."""
    words = [t for t in span if not (t.is_space or t.text in QUOTES)]
    if len(words) != 1:
        return None
    word = words[0].text
    if (turkic := turkic_hyphen(word)) is not None:
        return turkic  # "у «Ак-Бота»": a Turkic name as written, not the genitive of an "Ак-Бот"
    head, _, last = word.rpartition("-")
    if not last.isalpha() or (head and not head.replace("-", "").isalpha()) or len(last) < 3 \
            or not word[:1].isupper() or word.isupper() or ministry_genitive(morph, word):
        return None
    if head and "-" not in head:
        placed = _place_tailed(morph, head, last) or _both_declined(morph, head, last)
        if placed is not None:
            return placed
    cases = slot_cases(span)
    found = None if head else next(  # "в Роскачестве": the dictionary noun at its end declines
        (f for f in (compound_nominative(morph, last, c) for c in cases) if f is not None), None)
    found = found or (None if head else next(  # "в «Нейросфере»": a short feminine noun at its end
        (f for f in (feminine_tail_nominative(morph, last, c) for c in cases) if f is not None), None))
    found = found or (None if head else next(  # "с Главсевморпутём": a short noun after the stems
        (f for f in (stump_nominative(morph, last, c) for c in cases) if f is not None), None))
    found = found or next((f for f in (_reading(morph, last, c) for c in cases) if f is not None), None)
    common = morph.is_known(last) and any(not {"Name", "Surn", "Patr"} & p.tag.grammemes for p in morph.parse(last))
    if found is None and not common and not plural_only(morph, last, cases) and not indeclinable_guess(morph, last) \
            and not plural_tantum_nominative(morph, last):  # ("Хакаснедра": недра, a nominative) a dictionary word declines
        # by its own paradigm only (a first name's reading, "Данна", is none inside a company's name);
        # a plural's ending is no singular's ("с «Россетями»": no "Россетямь")
        found = next((f for f in (_nominative(last, c) for c in cases) if f is not None), None)
    if found is None and not head and stands_unchanged(morph, word, cases):
        return word  # "наставника «Мольде»": no genitive of a "Молед"
    if found is None or found == last.lower():
        return None
    if head and "-" not in head:  # "в «Алании-Владикавказе»": two known nouns in the slot's case
        both = next((f for f in (_reading(morph, head, c) for c in cases) if f is not None), None)
        if both is not None and morph.is_known(head) and morph.is_known(last) and both != head.lower() \
                and not any(p.tag.case == "nomn" and p.tag.number == "sing" for p in morph.parse(head)):
            head = restore_case(head, both)
    return (head + "-" if head else "") + restore_case(last, found)


def stands_unchanged(morph: Morph, word: str, cases) -> bool:
    """Whether a one-word name the dictionary lacks, ending in a vowel nouns do not decline in
    (``org_quoted_forms.FOREIGN_FINALS``), has no noun reading in a case its slot gives (a plural's
    accusative is its nominative): a foreign name as written ("наставника «Мольде»": no genitive of a
    "Молед"; "в «Ильчи»": no "Ильча"); a slot that may take the dative or locative says nothing ("в
    «Таппаре»"), nor does a final "-у"/"-ю", a masculine's dative ("предписание Примсоцбанку")."""
    low = word.lower()
    return bool(cases) and not morph.is_known(low) and low.endswith(UNDECLINED_FINALS) and not any(
        p.tag.POS == "NOUN" and p.tag.case in cases and (p.tag.case, p.tag.number) != ("accs", "plur")
        for p in morph.parse(word))


def apposed_as_written(morph: Morph, span: Span) -> str | None:
    """A one-word quoted name right after an organization descriptor stands in apposition to it, as
    written, whatever case its ending may read ("агентства «Анадолу»": not of Анадол; "гимназии
    «Эвриста»", "гимназии «Эрудита»": the news keeps a quoted name after its descriptor in the
    nominative); a place's name in the descriptor's oblique case is a club named by its city, the
    owner, and declines ("академии «Валенсии»"); None else."""
    words = [t for t in span if not (t.is_space or t.text in QUOTES)]
    doc = span.doc
    start = words[0].i if words else span.start
    if words and start == span.start and foreign_name(span) and _after_descriptor(doc, start):
        return span.text  # "агентство Пренса Латина": a foreign name unquoted, as written
    if len(words) != 1 or start == 0 or doc[start - 1].text not in QUOTES or not _word(words[0].text) \
            or not words[0].text[:1].isupper() or words[0].text.isupper():
        return None
    before = word_before(doc, start)
    if before is None or not (before.pos_ == "NOUN" and _descriptor(before.lemma_.lower()) or kind_apposed(before)):
        return None  # (a kind's acronym or head: "ОЭЗ «Алабуга»", "индустриальным парком «Рифей»")
    if not words[0].is_alpha and "Plur" in morph_values(before, "Number"):
        return None  # "Магазины «Марии-Ра»": the owner's, in the genitive  # (a compound's last part names the kind too: "интернет-провайдером «Линкор-Телеком»")
    cases = {UD_CASES.get(c) for c in morph_values(before, "Case")} - {None}
    word = words[0].text
    if morph.is_known(word.lower()) and any("Geox" in p.tag.grammemes and p.tag.case in cases and p.tag.case != "nomn"
                                            for p in morph.parse(word)):
        return None  # "академии «Валенсии»": a club named by its city, the academy's owner
    return word


def _word(text: str) -> bool:
    """Letters, or letters joined by hyphens ("Линкор-Телеком")."""
    return all(part.isalpha() for part in text.split("-"))


def _descriptor(lemma: str) -> bool:
    """A descriptor, a kind named so only before a quoted name (``lexicons/org_quoted_heads.txt``:
    "стартап «Ветрола»", "детского сада «Аленушка»"), or a compound whose last part is one
    ("интернет-провайдер"), not a unit's
    noun ("пресс-служба «Газовика»": the owner's, in the genitive)."""
    descriptors = load_list("org_descriptors.txt")
    return lemma in descriptors or lemma in load_list("org_quoted_heads.txt") \
        or "-" in lemma and lemma.rsplit("-", 1)[1] in descriptors \
        and lemma not in load_list("org_slot_nouns.txt") | load_list("org_unit_heads.txt")


def _after_descriptor(doc, start: int) -> bool:
    before = word_before(doc, start)
    return before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in load_list("org_descriptors.txt")


def branch_owner(morph: Morph, span: Span) -> str | None:
    """The quoted name after a branch noun (``lexicons/org_branch_nouns.txt``: "отделение",
    "филиал") is the owner's, in the genitive ("Самарское отделение «Партии прямой демократии»"
    -> Партия прямой демократии; "филиал «Российских железных дорог»"): its adjectives and head
    noun read as genitives, in the nominative; the words after the head stand as written. None
    where no quote opens right after a branch noun or the head has no genitive reading."""
    name_start = next((i for i, t in enumerate(span) if i > 0 and t.text in QUOTES), None)
    if name_start is None:
        return None
    noun = span[name_start - 1]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in load_list("org_branch_nouns.txt"):
        return None
    inner = [t for t in span[name_start + 1:] if not t.is_space]
    if inner and inner[-1].text in QUOTES:
        inner = inner[:-1]
    if not inner or not all(t.is_alpha for t in inner):
        return None
    words = [t.text for t in inner]
    k = 0
    while k < len(words) and any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "gent" for p in morph.parse(words[k])):
        k += 1
    if k == len(words):
        return None
    head = next((p for p in morph.parse(words[k]) if p.tag.POS == "NOUN" and p.tag.case == "gent"
                 and not {"Name", "Surn", "Patr"} & p.tag.grammemes), None)
    nominative = inflect(head, {"nomn", head.tag.number or "sing"}) if head is not None else None
    if nominative is None:
        return None
    out = list(words)
    out[k] = restore_case(words[k], nominative)
    for i in range(k):
        adj = next((p for p in morph.parse(words[i]) if p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "gent"
                    and p.tag.number == head.tag.number
                    and (head.tag.number == "plur" or p.tag.gender in (head.tag.gender, None))), None)
        form = inflect(adj, {"nomn"}) if adj is not None else None
        if form is None:
            return None
        out[i] = restore_case(words[i], form)
    return join_words(out, [spaced(t) for t in inner])


MAX_QUOTED_WORDS = 4  # "«Асахи симбун»", "«Нью-Йорк таймс»"


def agreed_as_written(morph: Morph, span: Span) -> str | None:
    """A one-word quoted name right after an adjective in the nominative singular that agrees with it
    ("Турецкий «Гёзтепе» предложил", "новая «Звезда»") is in the nominative, as written: the adjective has
    no oblique reading, so the name's ending, whatever an unknown word's guess reads it as, is no oblique
    case's; so is one opening its clause as the subject of the verb right after it (:func:`_subject_of_verb_after`),
    and a name of a few words after such an adjective ("Японская «Асахи симбун»"). None else."""
    words = [t for t in span if not (t.is_space or t.text in QUOTES)]
    if not words or len(words) > MAX_QUOTED_WORDS or words[0].i == 0 or span.doc[words[0].i - 1].text not in QUOTES \
            or not _word(words[0].text) or not words[0].text[:1].isupper() or words[0].text.isupper():
        return None
    doc = span.doc
    if len(words) > 1 and (words[-1].i + 1 >= len(doc) or doc[words[-1].i + 1].text not in QUOTES
                           or any(not _word(t.text) for t in words)):
        return None  # a name of several words: the whole of it in the quotes
    text = doc[words[0].i:words[-1].i + 1].text
    before = word_before(span.doc, words[0].i)
    low = words[0].lower_
    if morph.is_known(low) and not any(p.tag.case == "nomn" for p in morph.parse(low)) \
            and not feminine_verb_after(doc, words[-1].i):  # "«Мирта» начала": its subject
        return None  # "«Спартаку» достался кубок": a dictionary word with no nominative reading
    if (before is None or before.is_sent_end or before.pos_ == "ADV") \
            and _subject_of_verb_after(span.doc, words[-1].i, plural=_plural_nominative(morph, words[0].text)):
        return text  # "«Кальяри» объявил о покупке", "«Россети Центр» завершили": the subject of its verb
    if before is None or before.pos_ not in ("ADJ", "DET") or not before.is_alpha:
        return None
    adjs = [p for p in morph.parse(before.lower_) if p.tag.POS in ("ADJF", "PRTF")]
    if not adjs or any(p.tag.case not in ("nomn", "accs") for p in adjs) \
            or not any(p.tag.case == "nomn" and p.tag.number == "sing" for p in adjs):
        return None  # "турецкого «Гёзтепе»", "турецкую «Х»": an oblique case the name shares
    return text


def _plural_nominative(morph: Morph, word: str) -> bool:
    """Whether ``word`` (a name's first word) reads as a nominative plural ("Россети"; not
    "Известиям", whose plural verb after it is impersonal: "«Известиям» сообщили")."""
    return any(p.tag.case == "nomn" and p.tag.number == "plur" for p in morph.parse(word))


def _subject_of_verb_after(doc, i: int, plural: bool = False) -> bool:
    """A past-tense masculine or feminine singular verb (or a noun's tag of one: "«Шилда» начала") right
    after the closing quote of the name whose last word is ``doc[i]``, with no nominative noun after it
    ("«Кальяри» объявил о покупке"; not "«Спартаку» достался кубок", a dative, nor a neuter impersonal
    "«Зениту» не хватило"); with ``plural`` a plural past verb too ("«Россети Центр» завершили")."""
    verb = after_closing_quote(doc, i, QUOTES)
    if verb is None:
        return False
    if verb.pos_ == "VERB" and plural and "Plur" in morph_values(verb, "Number") \
            and verb.lower_.endswith(("ли", "лись")):  # (the past's ending; "свет" after it is the object)
        return True
    if not (verb.pos_ == "VERB" and past_singular(verb, ("masc", "femn")) or past_read_as_noun(verb)):
        return False
    nxt = word_at(doc, verb.i + 1)
    return not (nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and "Nom" in morph_values(nxt, "Case"))
