"""A person's name as the direct object of a transitive verb before it (used by
:func:`rufacts.entities.names_group.name_hints`): the accusative, which tells a man's
"Дамбаева" (of Дамбаев) from a woman's nominative and a woman's "Дамбаеву" from a man's dative.

The name is the verb's object where the verb (pymorphy3 tags it transitive) already has its
subject: a nominative noun or pronoun before it that agrees with it in number, over adverbs and
the subject's genitive words ("Выпускники кафедры хорошо помнят Н. Г. Хайруллину", "Депутаты
заслушали Б. Д. Дамбаева"), an organization's noun (:func:`.name_objects.body_subject_before`),
or none at all where the verb is a plural of the third person, which no single name is the
subject of ("Заслушали Б. Д. Дамбаева"; not before "и": "Договор подписали Иван Петров и ...").
Between the verb and the name there may stand adverbs and a predicative instrumental with its
genitive words ("избрал председателем коллегии судей Ермолаева П. С.", "признал виновным"), a
participle serving as a noun too ("избрал заведующим кафедрой Д. С. Ворончихина").
"""
from __future__ import annotations

from ..grammars.morph import UD_GENDERS, Morph
from ..lexicons import load_list
from .name_case_cues import verb_cases
from .name_objects import body_subject_before, dative_before_object
from .doc_words import morph_values

ACCUSATIVE = frozenset({"accs"})
REACH = 6  # words between the verb and the name
SUBJECT_REACH = 6  # words between the subject's head and the verb (its genitive words, adverbs)


def _finite_transitive(token, morph: Morph, predicative: bool = False) -> bool:
    """A finite verb (not an infinitive, participle or gerund) pymorphy3 tags transitive in
    every finite reading of its form, not a verb of saying ("отметил Иванов": its subject) unless a
    predicative instrumental follows it ("признало лучшим оператором X", "назвал лучшим игроком X")."""
    if token.pos_ != "VERB" or {"Inf", "Part", "Conv"} & set(morph_values(token, "VerbForm")):
        return False
    if token.lemma_.lower() in load_list("speech_verbs.txt") and not predicative:
        return False
    finite = [p for p in morph.parse(token.text.lower()) if p.tag.POS == "VERB"]
    return bool(finite) and all("tran" in p.tag.grammemes for p in finite)


def _between(tokens) -> tuple[bool, bool]:
    """The words between the verb and its object: adverbs, prepositional phrases ("на пост главы",
    "в должности"), a predicative instrumental ("председателем", "исполняющим обязанности главы")
    and the genitive words they govern; not an accusative noun of the verb's own (then the name
    may be its genitive: "заслушали отчёт Иванова") nor a nominative one. (fits, a predicative
    instrumental among them)."""
    open_pp = after_ins = False
    for token in tokens:
        pos, case = token.pos_, set(morph_values(token, "Case"))
        if pos == "ADV":
            continue
        if pos == "ADP":
            open_pp = True
            continue
        if _participle(token):  # a participle as a noun, a predicative instrumental ("заведующим кафедрой")
            if open_pp or "Ins" not in case or "Plur" in morph_values(token, "Number"):
                return False, False
            after_ins = True
            continue
        if pos in ("ADJ", "DET", "NUM"):  # agrees with a noun after it ("командующему округом": a dative)
            if open_pp or {"Ins", "Gen"} & case or (pos == "NUM" and not case):
                continue
            return False, False
        if pos not in ("NOUN", "PROPN"):
            return False, False
        if open_pp:
            if "Anim" in morph_values(token, "Animacy") and "Sing" in morph_values(token, "Number"):
                return False, False  # a person the preposition governs: the name is in apposition to
                # that noun, in its case ("принял у посла Нигерии X": the genitive), not the verb's object
            open_pp = False
        elif "Ins" in case and "Plur" not in morph_values(token, "Number"):
            after_ins = True
        elif "Gen" in case or (after_ins and "Acc" in case and "Inan" in morph_values(token, "Animacy")):
            pass
        else:
            return False, False
    return not open_pp, after_ins


def _participle(token) -> bool:
    """A participle (the tagger gives one as a verb with a case, often with no VerbForm)."""
    return token.pos_ in ("VERB", "AUX") and ("Part" in morph_values(token, "VerbForm") or bool(morph_values(token, "Case")))


def _parses(token, morph: Morph) -> list:
    return [p for p in morph.parse(token.text.lower()) if p.tag.POS in ("NOUN", "NPRO", "ADJF", "NUMR", "PRTF")]


def _agreeing_subject(doc, verb: int, morph: Morph, animate: bool = False) -> bool:
    """A nominative noun or pronoun before the verb of the verb's number (and gender in the past
    singular), over adverbs, prepositional phrases and the noun's genitive words ("Ветераны полка
    хорошо помнят", "Студенты до сих пор помнят"); pymorphy3's readings of each word count, not
    only the tagger's (which reads "полка" as a nominative shelf)."""
    plural = "Plur" in morph_values(doc[verb], "Number")
    gender = UD_GENDERS.get(next(iter(morph_values(doc[verb], "Gender")), ""))
    for i in range(verb - 1, max(verb - 1 - SUBJECT_REACH, -1), -1):
        token = doc[i]
        if token.pos_ in ("ADV", "PART", "ADP"):
            continue
        if token.pos_ not in ("NOUN", "PROPN", "PRON", "ADJ", "DET", "NUM"):
            return False
        parses = _parses(token, morph)
        subject = [p for p in parses if p.tag.POS in ("NOUN", "NPRO") and p.tag.case == "nomn"
                   and ("plur" in p.tag.grammemes) == plural
                   and (plural or not gender or p.tag.gender in (gender, None))
                   # an inanimate singular noun may be the verb's object in front ("Протокол подписала")
                   and ((plural and not animate) or p.tag.POS == "NPRO" or "anim" in p.tag.grammemes)]
        if subject and not (i > 0 and doc[i - 1].pos_ == "ADP"):
            return True
        if token.pos_ in ("NOUN", "PROPN", "PRON") and any(p.tag.case == "nomn" for p in parses) \
                and not any(p.tag.case in ("gent", "ablt", "loct", "datv") for p in parses):
            return False  # a nominative of another number or gender: a subject, not this verb's
    return False


def _subjectless_plural(doc, verb: int, span) -> bool:
    """A plural verb of the third person with no subject before it in its clause, whose single
    name after it is no subject ("Заслушали Б. Д. Дамбаева"); not before "и" or a comma and a
    name ("подписали Иван Петров и Анна Сидорова")."""
    token = doc[verb]
    if "Plur" not in morph_values(token, "Number") or "1" in morph_values(token, "Person") \
            or "2" in morph_values(token, "Person"):
        return False
    end = span.end
    while end < len(doc) and doc[end].text == ".":
        end += 1
    if end < len(doc) and doc[end].lower_ in ("и", ",", "а", "или"):
        return False
    for i in range(verb - 1, max(verb - 12, -1), -1):
        t = doc[i]
        if t.text in (".", "!", "?", ";", ":", "—", "–", ",") or t.is_sent_start:
            return not (t.pos_ in ("NOUN", "PRON", "PROPN") and "Nom" in morph_values(t, "Case"))
        if t.pos_ in ("NOUN", "PRON", "PROPN") and "Nom" in morph_values(t, "Case") \
                and "Plur" in morph_values(t, "Number"):
            return False
    return True


def verb_object(span, morph: Morph) -> frozenset[str] | None:
    """{"accs"} (or {"datv"} before an inanimate accusative: "вручили Смирнову награду") for a
    name that is the object of a transitive verb before it; None else."""
    doc = span.doc
    start = span.start
    verb = next((j for j in range(start - 1, max(start - 2 - REACH, -1), -1)
                 if doc[j].pos_ in ("VERB", "AUX") and not _participle(doc[j]) or doc[j].text in STOPS), None)
    if verb is None or doc[verb].text in STOPS:
        return None
    fits, predicative = _between(doc[verb + 1:start])
    if not fits or not _finite_transitive(doc[verb], morph, predicative):
        return None
    listed = verb_cases().get(doc[verb].lemma_)
    if listed is not None and "accs" not in listed:  # a verb of the dative ("помог Петрову")
        return None
    # a transitive verb and a predicative instrumental before the name: its object ("избрал
    # председателем коллегии Ермолаева"; the subject, if after, would come first)
    strong = predicative or _neuter(doc[verb]) or body_subject_before(doc, verb) \
        or _agreeing_subject(doc, verb, morph, animate=True)
    # an inanimate plural may be the verb's object in front, and a name before "и" one of its
    # subjects ("Награды получили Б. Д. Дамбаева и А. А. Петров")
    weak = not _coordinated(doc, span) and (_agreeing_subject(doc, verb, morph)
                                           or _subjectless_plural(doc, verb, span))
    if not (strong or weak):
        return None
    return dative_before_object(span, ACCUSATIVE)


def _coordinated(doc, span) -> bool:
    """Another name follows the name over "и" or a comma."""
    end = span.end
    while end < len(doc) and doc[end].text == ".":
        end += 1
    return end + 1 < len(doc) and doc[end].lower_ in ("и", ",", "или") and doc[end + 1].text[:1].isupper()


STOPS = frozenset({".", ",", "!", "?", ";", ":", "—", "–", "«", "»", "(", ")", "\""})


def _neuter(verb) -> bool:
    """A neuter verb in the past singular: its subject is no person ("Собрание рекомендовало")."""
    return "Neut" in morph_values(verb, "Gender") and "Sing" in morph_values(verb, "Number")
