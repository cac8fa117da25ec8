"""Case cues of a person mention from the shape of its clause (read in
:func:`rufacts.entities.names_group.name_hints` and :func:`rufacts.entities.names_group.group_persons`):

- a focus particle between a verb and the name (``lexicons/name_focus_particles.txt``: "выступила и
  Нгози Эзе", "получила также X") leaves the verb's government as it is: the word that governs the
  name is the verb before the particle (:func:`governing_word`);
- a singular verb of the present or future right before the name, whose clause has an object in the
  accusative before the verb and no word in the nominative that may be its subject ("Эту должность
  занимает X", "где пост вице-президента занимает X"): the object slot is taken, so the name is the
  verb's subject, in the nominative (:func:`subject_after_fronted_object`); a case the verb governs
  besides the accusative (``lexicons/name_verbs.tsv``: "Эту задачу поручает X") is kept;
- an apposition in the nominative after the name and a comma, closed by a comma or the sentence's
  end ("Прия Шарма, основательница сети клиник, рассказала", "возглавляет Амине Хашеми, выпускница
  университета."), where the name depends on no word before it (it opens its sentence, or a verb
  stands before it): the name is in the nominative, of the noun's gender, or of the gender of the verb
  after the apposition where the noun is a man's title serving a woman too ("генеральный директор
  ..., рассказала"); ``"agree:nomn:<gender>"`` (:func:`nominative_apposition`). Not after a noun the
  name may depend on ("Жена Ивана Петрова, директор школы, ..." agrees with "Жена"), nor where a verb
  follows the noun without a comma (a new clause: "Суд оправдал Петрова, прокурор обжаловал").
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ..lexicons import load_list
from .name_apposition import GENDERS
from .name_verb_forms import non_past_singular
from .name_listed_post import listed_post_nominative

SUBJECT_WORDS = frozenset({"NOUN", "PROPN", "PRON"})
OBJECT_WORDS = frozenset({"NOUN", "PRON", "DET", "ADJ"})
CLAUSE_OPENERS = frozenset({",", ";", ":", "—", "–", "где", "когда", "что", "если"})
SENTENCE_ENDS = frozenset({".", "!", "?", "…"})
APPOSITION_REACH = 12  # words of an apposition's dependents before the comma that closes it
VERB_AFTER = frozenset({"VERB", "AUX"})
# the marker of a clause's shape that leaves the name no case but the nominative: a reading in
# another case costs :data:`rufacts.entities.name_solutions.NOT_NOMINATIVE`
ONLY_NOMINATIVE = frozenset({"onlynomn"})


@lru_cache(maxsize=1)
def focus_particles() -> frozenset[str]:
    return frozenset(load_list("name_focus_particles.txt"))


def governing_word(doc, before):
    """The word that governs a mention whose previous word is ``before``: the verb before a focus
    particle ("участвовала и X": "участвовала"), else ``before`` itself."""
    if before is None or before.lower_ not in focus_particles():
        return before
    i = before.i - 1
    while i >= 0 and (doc[i].is_space or doc[i].lower_ in focus_particles()):
        i -= 1  # "выступила также и X"
    if i >= 0 and doc[i].pos_ in VERB_AFTER and not {"Part", "Conv"} & set(doc[i].morph.get("VerbForm")):
        return doc[i]
    return before


def _transitive(morph, verb) -> bool:
    """The dictionary knows the verb as transitive only ("занимает"; not "принадлежит")."""
    parses = [p for p in morph.parse(verb.lower_) if p.tag.POS == "VERB"]
    return bool(parses) and all("tran" in p.tag for p in parses)


def subject_after_fronted_object(doc, verb, governed: frozenset[str] | None, morph) -> frozenset[str] | None:
    """{"nomn"} (with the verb's other governed cases) where ``verb``, right before the name, is a
    transitive singular present or future verb whose clause has an accusative object before it and
    no possible nominative subject; None else."""
    if verb is None or not non_past_singular(verb) or not _transitive(morph, verb):
        return None
    start = verb.sent.start
    i = verb.i - 1
    accusative = False
    while i >= start and doc[i].lower_ not in CLAUSE_OPENERS:
        token = doc[i]
        cases = set(token.morph.get("Case"))
        if token.pos_ in SUBJECT_WORDS and "Nom" in cases:
            return None  # "Компания представляет X", "Он возглавляет X"
        if token.pos_ in OBJECT_WORDS and "Acc" in cases and "Plur" not in token.morph.get("Number"):
            accusative = True
        i -= 1
    if not accusative:
        return None
    other = (governed or frozenset()) - {"accs", "gent"}
    return frozenset({"nomn"}) | (other or ONLY_NOMINATIVE)


BODY_VERB_CASES = frozenset({"nomn", "datv"})


def body_verb_subject(verb) -> frozenset[str] | None:
    """{"nomn", "datv"} where ``verb``, right before the name, is a singular verb of the present or
    future whose object is a body, a post or a work (``lexicons/name_body_verbs.txt``: "который
    возглавляет X", "учредит X"): a person after it is its subject, or one it is done for ("создаёт
    Петрову условия"), never its accusative object; None else."""
    if verb is None or not non_past_singular(verb) or verb.lemma_ not in load_list("name_body_verbs.txt"):
        return None
    return BODY_VERB_CASES


def _closing(doc, i: int) -> bool:
    """The apposition from ``i`` on reaches a comma or the sentence's end before any finite verb."""
    for j in range(i, min(i + APPOSITION_REACH, len(doc))):
        token = doc[j]
        if token.text == "," or token.text in SENTENCE_ENDS:
            return True
        if token.pos_ in VERB_AFTER and not {"Part", "Conv", "Inf"} & set(token.morph.get("VerbForm")):
            return False
    return j + 1 >= len(doc)


def _verb_gender_after(doc, i: int) -> str | None:
    """Gender of a past-tense verb right after the comma that closes the apposition from ``i`` on."""
    for j in range(i, min(i + APPOSITION_REACH, len(doc))):
        if doc[j].text in SENTENCE_ENDS:
            return None
        if doc[j].text == ",":
            k = j + 1
            while k < len(doc) and doc[k].pos_ == "ADV":
                k += 1
            if k < len(doc) and (doc[k].pos_ in VERB_AFTER or _short_form(doc[k])) \
                    and "Plur" not in doc[k].morph.get("Number"):
                return GENDERS.get(next(iter(doc[k].morph.get("Gender")), ""))
            return None
    return None


def _short_form(token) -> bool:
    """A short adjective or passive participle ("отмечена", "назначен"): a predicate of gender."""
    return token.pos_ in ("ADJ", "VERB") and "Short" in token.morph.get("Variant")


def nominative_participle_gender(token) -> str | None:
    """The gender of a full participle in the nominative singular (the tagger gives one as a verb with
    a case, often with no VerbForm: "руководившая"); None for any other word."""
    morph = token.morph
    if not ("Part" in morph.get("VerbForm") or (token.pos_ == "VERB" and bool(morph.get("Case")))) \
            or "Short" in morph.get("Variant") or set(morph.get("Case")) != {"Nom"} \
            or "Sing" not in morph.get("Number"):
        return None
    return GENDERS.get(next(iter(morph.get("Gender")), ""))


def nominative_apposition(span: Span) -> frozenset[str]:
    """{"agree:nomn:<gender>"} of a nominative apposition after the name and a comma, where the name
    depends on no word before it; empty else."""
    doc = span.doc
    before = next((doc[i] for i in range(span.start - 1, -1, -1) if not doc[i].is_space), None)
    free = before is None or before.text in SENTENCE_ENDS or before.pos_ in VERB_AFTER \
        or governing_word(doc, before) is not before or span[0].is_sent_start
    if not free:
        return listed_post_nominative(span)  # "— фотокорреспондент Н. С. Бережной и ..."
    i = span.end
    if i < len(doc) and doc[i].text == "." and len(span[-1].text) == 1:
        i += 1  # "Кузьмина О. А., тренер ...": past the last initial's dot
    if i + 1 >= len(doc) or doc[i].text != ",":
        return frozenset()
    i += 1
    participle = nominative_participle_gender(doc[i])
    if participle is not None and _closing(doc, i + 1):
        return frozenset({f"agree:nomn:{participle}"}) | ONLY_NOMINATIVE  # "Шубина, руководившая школой, ..."
    while i < len(doc) and doc[i].pos_ in ("ADJ", "DET") and "Nom" in doc[i].morph.get("Case"):
        i += 1
    if i >= len(doc):
        return frozenset()
    noun = doc[i]
    morph = noun.morph
    if noun.pos_ != "NOUN" or "Anim" not in morph.get("Animacy") or "Sing" not in morph.get("Number") \
            or set(morph.get("Case")) != {"Nom"} or not _closing(doc, i + 1):
        return frozenset()
    gender = GENDERS.get(next(iter(morph.get("Gender")), ""))
    if gender is None or (gender == "masc" and noun.lemma_.lower() in load_list("role_words.txt")):
        # a man's title serves a woman too, a noun of common gender either ("глава", "судья"): the
        # verb after the apposition tells, else either
        verb = _verb_gender_after(doc, i + 1)
        genders = (verb,) if verb else ("masc", "femn")
    elif gender == "masc" and _verb_gender_after(doc, i + 1) == "femn":
        genders = ("femn",)  # any man's job noun serves a woman ("тренер-преподаватель ..., отмечена")
    else:
        genders = (gender,)
    return frozenset(f"agree:nomn:{g}" for g in genders) | ONLY_NOMINATIVE
