"""Case cues of a person mention beyond the word before it (used by
:func:`rufacts.entities.names_group.group_persons`, read in :func:`rufacts.entities.name_solutions._solutions`):

- ``"noloct"``: the prepositional case needs a preposition that governs it, so a name with none
  before it, over the nouns and adjectives it may depend on, is in no prepositional case
  ("досталось Валерии Яценко": of Валерия, no man Валерий in the prepositional; "о главе поселения
  Кузьме Дегтяре" keeps it);
- ``"agree:<case>:<gender>"``: an apposition after a comma that agrees with the name, an adjective or
  an animate noun in an oblique case ("отправил в запас Лапина, лучшего бомбардира": Лапин, not
  Лапина);
- :func:`object_over_phrase`: the accusative of the object of an accusative verb over a prepositional
  phrase ("Прокуратура обвинила в отмывании денег Эрнесто Вильяльбу": Вильяльба), read by
  :func:`rufacts.entities.names_group.name_hints`.
"""
from __future__ import annotations

from functools import lru_cache

from ..grammars.morph import UD_CASES, get_morph
from ..lexicons import load_list, load_rows
from .name_apposition import GENDERS
from .name_objects import body_subject_before
from .doc_words import morph_values

# prepositions that may govern the prepositional case
LOCATIVE_PREPOSITIONS = frozenset({"в", "во", "на", "о", "об", "обо", "при", "по"})
# words a name may depend on between the preposition and it: "о министре здравоохранения X"
CHAIN = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM"})
ENDS = frozenset({".", "!", "?", "…", ":", ";", "—", "–", "(", ")", "«", "»", "\""})
REACH = 8


def locative_cue(span) -> frozenset[str]:
    """{"noloct"} where no preposition that governs the prepositional stands before the name over
    its chain of nouns and adjectives; nothing where one does, or a conjunction or comma leaves it
    open ("о Петре и Валерии")."""
    doc = span.doc
    for i in range(span.start - 1, max(span.start - 1 - REACH, -1), -1):
        token = doc[i]
        if token.pos_ == "ADP":
            if i > 0 and doc[i - 1].pos_ == "ADP":
                continue  # no preposition right after another: "При после Хьюго Пембертоне" (the noun посол)
            return frozenset() if token.lower_ in LOCATIVE_PREPOSITIONS else frozenset({"noloct"})
        if token.pos_ == "CCONJ" or token.text == ",":
            return frozenset()
        if token.is_space or token.pos_ in CHAIN or (token.pos_ == "VERB" and morph_values(token, "Case")):
            # (a participle the tagger calls a verb is in the chain as an adjective: "о директоре
            # управляющей компании X")
            if token.is_sent_start:
                return frozenset({"noloct"})
            continue
        if token.text in ENDS or token.pos_ in ("VERB", "AUX", "ADV", "PRON", "PART", "SCONJ"):
            return frozenset({"noloct"})
        return frozenset()
    return frozenset() if span.start > REACH else frozenset({"noloct"})


def apposition_cue(span) -> frozenset[str]:
    """{"agree:<case>:<gender>"}: the cases and gender of an apposition right after a comma
    following the name: an adjective and the noun it goes with, or an animate noun, singular,
    in an oblique case ("Лапина, лучшего бомбардира команды"; "Петровой, нашей соседке")."""
    doc = span.doc
    i = span.end
    if i + 1 < len(doc) and doc[i].text == "." and len(span[-1].text) == 1:
        i += 1  # "Гайнуллина Ф. Х., уроженца": past the last initial's dot
    if i + 1 >= len(doc) or doc[i].text != ",":
        return frozenset()
    i += 1
    while i < len(doc) and ((doc[i].pos_ in ("ADJ", "DET") and "Sing" in morph_values(doc[i], "Number"))
                            or _adjective_read_as_noun(doc, i)):
        i += 1
    if i >= len(doc) or doc[i].pos_ != "NOUN" or "Anim" not in morph_values(doc[i], "Animacy") \
            or "Sing" not in morph_values(doc[i], "Number"):
        return frozenset()
    noun = doc[i]
    gender = GENDERS.get(next(iter(morph_values(noun, "Gender")), ""))
    cases = {UD_CASES.get(c) for c in morph_values(noun, "Case")} - {None, "nomn"}
    if not gender or not cases:
        return frozenset()
    agreeing = [t for t in doc[span.end + 1:i] if t.text not in ",."]
    for adj in agreeing:  # the adjectives agree with the noun: their cases narrow it
        cases &= {UD_CASES.get(c) for c in morph_values(adj, "Case")}
    if "gent" in cases or (gender == "masc" and "accs" in cases):  # an animate man's accusative is his genitive
        cases |= {"gent", "accs"} if gender == "masc" else {"accs"}
    # a man's title serves a woman too ("о Юлии Гнатенко, первом секретаре"): no gender of its own
    genders = (gender,) if gender != "masc" or noun.lemma_.lower() not in load_list("role_words.txt") \
        else ("masc", "femn")
    return frozenset(f"agree:{c}:{g}" for c in cases for g in genders)


def _adjective_read_as_noun(doc, i: int) -> bool:
    """A word the tagger reads as a noun that the dictionary also has as a singular adjective, before
    a noun ("главного инженера": the substantivized главный), which the apposition's noun follows."""
    if doc[i].pos_ != "NOUN" or i + 1 >= len(doc) or doc[i + 1].pos_ != "NOUN":
        return False
    from ..grammars.morph import get_morph
    return any(p.tag.POS == "ADJF" and "sing" in p.tag.grammemes for p in get_morph().parse(doc[i].text.lower()))


ACCUSATIVE = frozenset({"accs"})


@lru_cache(maxsize=1)
def verb_cases() -> dict[str, frozenset[str]]:
    """The cases of a name each verb of ``lexicons/name_verbs.tsv`` governs."""
    return {lemma: frozenset(cases.split(",")) for lemma, cases in load_rows("name_verbs.tsv")}

PHRASE = frozenset({"ADP", "NOUN", "PROPN", "ADJ", "DET", "NUM"})
PHRASE_REACH = 6


def object_over_phrase(span) -> frozenset[str] | None:
    """The accusative of a name that is the object of a verb ``lexicons/name_verbs.tsv`` lists with
    the accusative alone, after a prepositional phrase, the verb's subject before it ("Прокуратура Мехико обвинила в
    отмывании денег Эрнесто Вильяльбу": of Вильяльба) or the verb an infinitive opening its sentence
    ("Снять с соревнований Тихонову судьи решили": Тихонова); None else."""

    doc = span.doc
    if span.start == 0 or doc[span.start - 1].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
        return None
    for i in range(span.start - 2, max(span.start - 2 - PHRASE_REACH, -1), -1):
        token = doc[i]
        if token.pos_ == "VERB":
            if doc[i + 1].pos_ != "ADP":
                return None  # the words after the verb open a prepositional phrase
            cases = verb_cases().get(token.lemma_)
            subject = i > 0 and (body_subject_before(doc, i) or (
                "Nom" in morph_values(doc[i - 1], "Case") and doc[i - 1].pos_ in ("NOUN", "PROPN", "PRON")
                and "Anim" in morph_values(doc[i - 1], "Animacy")) or _proper_subject(doc, i)) \
                or (token.is_sent_start and _infinitive(token))  # "Снять с соревнований X судьи решили"
            # an accusative-only verb: one whose dative is listed may have either over a phrase
            # ("отправил в отставку Мамина": not "отправил Петрову письмо")
            return ACCUSATIVE if cases == ACCUSATIVE and subject else None
        if token.pos_ not in PHRASE:
            return None
    return None


def _infinitive(token) -> bool:
    """An infinitive by the tagger or, where it tags no form, by the dictionary."""
    return "Inf" in morph_values(token, "VerbForm") or (
        not morph_values(token, "VerbForm") and any(p.tag.POS == "INFN" for p in get_morph().parse(token.lower_)))


def _proper_subject(doc, verb: int) -> bool:
    """A proper name in the nominative singular right before the verb, of the verb's gender: a state
    or a body that acts ("Бахрейн командировал в Казань Муниру": Мунира, the object), no word that
    the tagger reads as the start of a clause ("Москву")."""
    token, genders = doc[verb - 1], morph_values(doc[verb], "Gender")
    return token.pos_ == "PROPN" and "Nom" in morph_values(token, "Case") and "Sing" in morph_values(token, "Number") \
        and "Sing" in morph_values(doc[verb], "Number") and bool(genders) and genders == morph_values(token, "Gender") \
        and not (verb > 1 and doc[verb - 2].pos_ == "ADP")


def object_before_verb(span) -> frozenset[str] | None:
    """The accusative (and, under "не", the genitive) of a name right before a plural finite verb that
    ``lexicons/name_verbs.tsv`` lists with the accusative alone: a singular name is no subject of a
    plural verb, so it is the verb's object put first ("акционеры Шульгу не поддержали": of Шульга, no
    dative of a Шульг); None else."""
    doc = span.doc
    i = _over_as_phrase(doc, span.end)  # "Тузову как должностное лицо оштрафовали"
    negated = i < len(doc) and doc[i].lower_ == "не"
    i += negated
    if i >= len(doc):
        return None
    verb = doc[i]
    if verb.pos_ != "VERB" or "Plur" not in morph_values(verb, "Number") \
            or {"Inf", "Part", "Conv"} & set(morph_values(verb, "VerbForm")) \
            or verb_cases().get(verb.lemma_) != ACCUSATIVE or _oblique_post_before(span):
        return None
    return ACCUSATIVE | ({"gent"} if negated else frozenset())


def _over_as_phrase(doc, i: int) -> int:
    """The index after a "как" phrase of adjectives and one noun at ``i`` that says in what capacity
    the object is treated ("О. Ю. Тузову как должностное лицо оштрафовали"), where a verb follows it;
    ``i`` else."""
    if i >= len(doc) or doc[i].lower_ != "как":
        return i
    j = i + 1
    while j < len(doc) and j < i + 5 and doc[j].pos_ == "ADJ":
        j += 1
    if j + 1 < len(doc) and doc[j].pos_ == "NOUN" and doc[j + 1].pos_ in ("VERB", "PART"):
        return j + 1
    return i


def _oblique_post_before(span) -> bool:
    """A noun for a person right before the name in an oblique case other than the accusative, whose
    case the name shares in apposition ("Бывшему директору Тарабанову назначили штраф": the dative,
    Тарабанов, not the fronted object of the plural verb)."""
    from ..grammars.morph import get_morph
    from .name_apposition import oblique_apposition

    morph = get_morph()
    if span.start and any(p.tag.case == "nomn" and "plur" in p.tag.grammemes
                          for p in morph.parse(span.doc[span.start - 1].lower_)):
        return False  # a plural subject the noun may be: "миноритарии Шульгу не поддержали"
    cases = oblique_apposition(span.doc, span.start, morph)
    return bool(cases) and "accs" not in cases


PASSIVE_REACH = 6


def short_passive_before(span, morph) -> bool:
    """A short passive participle a few words before the mention in its clause, with only a
    preposition, adjectives and nouns in oblique cases between ("Протокол подписан с российской
    стороны Э. М. Ракитиным", "подписан генеральным директором Олегом Петровым"): the name is the
    agent in the instrumental or the recipient in the dative ("объявлена И. П. Павлу"), not the
    subject of a verb before it. Read by
    :func:`rufacts.entities.names_group.name_hints`."""
    doc = span.doc
    for i in range(span.start - 1, max(span.start - 1 - PASSIVE_REACH, -1), -1):
        token = doc[i]
        if token.pos_ in ("VERB", "AUX"):
            return token.is_lower and any(p.tag.POS == "PRTS" and "pssv" in p.tag.grammemes
                                          for p in morph.parse(token.lower_)[:1])
        if token.text in ENDS or token.text == "," or not (token.pos_ in CHAIN or token.pos_ == "ADP"):
            return False
        if token.pos_ in ("NOUN", "PROPN", "ADJ") and {"Nom", "Dat"} & set(morph_values(token, "Case")):
            return False  # "предъявлено бывшему мэру Н. П. Гусеву": the dative's apposition
        if token.pos_ == "NOUN" and "Acc" in morph_values(token, "Case") and "Inan" in morph_values(token, "Animacy") \
                and not (i > 0 and doc[i - 1].pos_ == "ADP"):
            return False  # the tagger's accusative of the participle's subject: "принято решение о ... X"
    return False


def _short_passive(morph, word: str) -> bool:
    return any(p.tag.POS == "PRTS" and "pssv" in p.tag.grammemes for p in morph.parse(word.lower())[:1])


def passive_after(after, morph, gender: str | None) -> frozenset[str]:
    """The cases of a name right before a short passive participle, alone or after a past form of
    "быть" ("Ивановым был подписан приказ", "Кудряшовой была озвучена позиция", "Тарасов был
    назначен", "Петрову было поручено"): the subject in the nominative, of the verb's gender, the
    agent in the instrumental or the recipient in the dative; nothing where no such participle follows. Read by
    :func:`rufacts.entities.names_group.name_hints`."""
    if after is None or not after.is_lower:
        return frozenset()
    doc = after.doc
    if after.lemma_ == "быть" and after.i + 1 < len(doc):
        after = doc[after.i + 1]
    if not (after.is_lower and _short_passive(morph, after.text)):
        return frozenset()
    return frozenset({f"nomn:{gender}" if gender else "nomn", "ablt", "datv"})
