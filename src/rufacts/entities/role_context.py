"""Who a nameless role can refer back to (used by :mod:`.roles`): reported speech ("по его
словам, председатель КГБ угрожал" is not the speaker), where a quotation a verb of saying
closes opens, a person's gender by their first name, the gender of the verb that goes with
a subject ("представитель Philips не стала"), who the clause or quotation speaks of ("встретил
его", "задержала Андрея Волкова", "«У Глушакова травма»"); and what makes a role phrase no role
of the name next to it: a post sought ("кандидатом на пост"), a new clause ("X, министр не
может"), a relative as the subject ("Его отец был министром")."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span

from ..lexicons import load_list
from .doc_words import morph_values

POST_WORDS = {"пост", "должность", "обязанность", "кресло"}  # "занимает пост президента"


def quote_start(doc: Doc, verb: int) -> int:
    """Where the quotation a verb of saying closes opens ("«...», - отметил"), else the verb."""
    i = verb - 1
    while i >= 0 and (doc[i].is_punct or doc[i].is_space) and doc[i].text not in "»\"”":
        i -= 1
    if i < 0 or doc[i].text not in "»\"”":
        return verb
    depth = 0
    for j in range(i, max(-1, i - 400), -1):
        if doc[j].text in "»”":
            depth += 1
        elif doc[j].text in "«„“":
            depth -= 1
            if depth == 0:
                return j
    return verb


REPORTED = {"словам", "мнению", "данным", "утверждению", "версии"}  # "по его словам, ..."


def reported(doc: Doc, i: int) -> bool:
    """Whether token ``i`` stands in reported speech: after "по (его) словам" in its
    sentence, or inside a quotation of at least a few words."""
    sent = doc[i].sent
    if any(t.lower_ in REPORTED and t.i > sent.start and doc[t.i - 1].lower_ in ("по", "его", "её", "ее", "их")
           for t in doc[sent.start:i]):
        return True
    opened = None
    for t in doc[max(0, sent.start - 60):i]:  # a quotation may open sentences before
        if t.text in "«„“":
            opened = t.i
        elif t.text in "»”" and opened is not None:
            opened = None
    return opened is not None and i - opened > 4


def gender_of(person: Span) -> Optional[str]:
    """"Masc"/"Fem" from a first name the dictionary knows in one gender ("Анна"), else None."""
    from ..grammars.morph import get_morph

    for token in person:
        genders = {p.tag.gender for p in get_morph().parse(token.text) if "Name" in p.tag}
        if genders:
            return {"masc": "Masc", "femn": "Fem"}.get(genders.pop()) if len(genders) == 1 else None
    return None


def verb_gender(doc: Doc, end: int, width: int = 6) -> Optional[str]:
    """Gender of the past-tense singular verb a subject ending at ``end`` goes with
    ("представитель Philips ... не стала": Fem), within the clause; ``width`` 1 and
    ``end`` the token before the subject: an inverted verb ("— сказал глава галереи")."""
    for t in doc[max(0, end):min(len(doc), end + width)]:
        if t.is_punct:
            return None
        if t.pos_ in ("VERB", "AUX") and morph_values(t, "Gender") and morph_values(t, "Number") == ["Sing"]:
            return morph_values(t, "Gender")[0]
    return None


OBJECT_PRONOUNS = {"ему": "Masc", "него": "Masc", "нему": "Masc", "ним": "Masc",
                   "ей": "Fem", "неё": "Fem", "нее": "Fem", "ней": "Fem", "нею": "Fem",
                   "его": "Masc", "её": "Fem", "ее": "Fem"}
"""Third person singular pronouns in an oblique case; "его"/"её" only where no noun follows
(else they are possessive: "его страна")."""


def object_pronoun(doc: Doc, end: int, width: int = 6) -> Optional[str]:
    """Gender of a "him"/"her" in the clause after a subject ending at ``end`` ("Президент
    Белоруссии встретил его в аэропорту"): that is someone else than the subject, so the
    subject is not the person named before. None if there is none (or the clause ends)."""
    for t in doc[max(0, end):min(len(doc), end + width)]:
        if t.is_punct:
            return None
        gender = OBJECT_PRONOUNS.get(t.lower_)
        if gender is None or t.pos_ != "PRON":
            continue
        if t.lower_ in ("его", "её", "ее") and t.i + 1 < len(doc) \
                and doc[t.i + 1].pos_ in ("NOUN", "ADJ", "PROPN", "NUM", "DET"):
            continue
        return gender
    return None


def named_as_object(doc: Doc, person: Span) -> bool:
    """Whether ``person`` is named as a verb's direct object: right after an active verb, in
    the accusative or genitive ("Полиция задержала Андрея Волкова")."""
    from ..grammars.morph import get_morph

    if person.start == 0 or morph_values(person[-1], "Case") not in (["Acc"], ["Gen"]):
        return False  # (a dative may be an impersonal verb's subject: "Не стоит Адвокату ...")
    verb = doc[person.start - 1]  # an active verb, not "назначен Валерий Карпин"
    return verb.pos_ == "VERB" and get_morph().parse(verb.lower_)[0].tag.POS == "VERB"


def spoken_of(doc: Doc, person: Span, start: int, end: int, persons: list[Span]) -> bool:
    """Whether the quotation ``doc[start:end]`` before a verb of saying is about ``person``,
    so that the speaker is someone else: the person is a verb's object where named ("Суд
    арестовал Ивана Петрова"), named again in it ("«У Глушакова травма»"), or it says "он"/
    "она" of the person's gender ("«Она лучшая», — отметила директор школы")."""
    if start >= end:
        return False
    if named_as_object(doc, person):  # (not "по словам С.Собянина")
        return True
    last = person[-1].lemma_.lower()
    if any(start <= p.start < end and p[-1].lemma_.lower() == last for p in persons):
        return True
    gender = gender_of(person)
    return any(t.lower_ in ("он", "она") and t.pos_ == "PRON"
               and (gender is None or morph_values(t, "Gender") == [gender])
               for t in doc[start:end])


def sought_post(doc: Doc, post: int) -> bool:
    """Whether ``doc[post]`` is a post word sought, not held: "кандидатом на пост",
    "баллотируется на пост", "претендует на должность" (``lexicons/role_sought.txt``)."""
    if post < 2 or doc[post].lemma_ not in POST_WORDS or doc[post - 1].lower_ not in ("на", "в"):
        return False
    sought = load_list("role_sought.txt")
    return any(doc[i].lemma_.lower() in sought for i in range(max(0, post - 4), post - 1))


def clause_follows(doc: Doc, i: int) -> bool:
    """A finite verb or a short adjective at ``i`` (after "не"): the role phrase before it is a
    new clause's subject, no apposition ("Как отметил Алексей Кудрин, министр финансов не
    может ...", "По мнению Ивана Петрова, губернатор должен ...")."""
    from ..grammars.morph import get_morph

    while i < len(doc) and doc[i].lower_ in ("не", "же", "уже", "также"):
        i += 1
    if i >= len(doc) or not doc[i].is_alpha or not doc[i].is_lower:
        return False
    pos = get_morph().parse(doc[i].lower_)[0].tag.POS
    if pos == "ADJS":  # "губернатор должен уйти", "министр готов"
        return True
    return pos == "VERB" and doc[i].pos_ in ("VERB", "AUX") and not morph_values(doc[i], "Case")


def relative_subject(doc: Doc, copula: int, width: int = 4) -> bool:
    """Whether a kinship or relation word (``lexicons/kin_words.txt``) is the copula's subject,
    just before it in its clause: "Его отец был министром", "отец которого был директором"."""
    kin = load_list("kin_words.txt")
    for i in range(copula - 1, max(-1, copula - 1 - width), -1):
        if doc[i].is_punct or doc[i].is_sent_end:
            return False
        if doc[i].lemma_.lower() in kin and "Nom" in morph_values(doc[i], "Case"):
            return True
    return False
