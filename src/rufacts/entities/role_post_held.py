"""A post a person holds, takes or leaves, said with a post word (w113): the name as the
subject of the verb -- "Иван Петров занимал пост мэра Твери", "Джек Дорси ушёл с поста
гендиректора Twitter", "Анна Смирнова, которая ранее занимала пост вице-мэра Твери", "Сидоров
занимал должность первого заместителя губернатора" -- and the name after the verb of an
inverted clause -- "Пост министра энергетики Норвегии занимал Ларс Ульсен", "На пост главы района
назначен Иван Петров" (verbs: ``lexicons/role_post_verbs.txt``). A post sought ("претендует
на пост", ``role_sought.txt``) is none."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span

from ..lexicons import load_list
from .role_context import POST_WORDS, sought_post
from .role_participles import ins_complement
from .role_phrase import MAX_ROLE_TOKENS, RoleMatch, is_complement, is_role_word
from .role_predicates import APPOINTING
from .doc_words import morph_values

ADVERBS = {"ранее", "прежде", "уже", "тогда", "также", "долго", "давно", "недавно", "же", "не"}
PREPOSITIONS = {"на", "с", "в", "со"}
RELATIVE = {"который", "которая"}


def post_phrase(doc: Doc, post: int, entities: dict[int, Span]) -> Optional[RoleMatch]:
    """The role phrase after the post word at ``post``: adjectives, a position word in the
    genitive, its genitive complements and an organization or place ("пост первого
    заместителя министра обороны России")."""
    i = start = post + 1
    while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        i += 1
    if i >= len(doc) or not is_role_word(doc[i]) or "Gen" not in morph_values(doc[i], "Case") \
            and not doc[i].lower_.startswith("и.о"):
        return None
    head = i
    i += 1
    of_span = None
    while i < len(doc) and i - start < MAX_ROLE_TOKENS:
        if i + 1 < len(doc) and doc[i].text in "«\"" and i + 1 in entities:
            i += 1  # "пост президента «Норильского никеля»"
        if i in entities:
            of_span = entities[i]
            i = of_span.end
            break
        if not (is_complement(doc[i]) or ins_complement(doc, i) or doc[i].lower_ in ("по", "при")):
            break
        i += 1
    while i > head + 1 and doc[i - 1].pos_ == "ADP":
        i -= 1
    return RoleMatch(start, i, head, of_span)


def _circumstance(token) -> bool:
    """A word of a date or an adverb between the post and the verb: "в 2012 году", "вновь"."""
    return token.pos_ in ("ADP", "NUM", "ADV") or token.lemma_ in ("год", "месяц") \
        or token.like_num


def _active(token) -> bool:
    """An active verb form ("утвердил", "назначит"), not a short participle ("назначен")."""
    from ..grammars.morph import get_morph

    return get_morph().parse(token.lower_)[0].tag.POS == "VERB"


def _subject(person: Span) -> bool:
    """The name can be a subject: nominative, or no case known (a foreign name)."""
    cases = set(morph_values(person[-1], "Case")) | set(morph_values(person[0], "Case"))
    return not cases or "Nom" in cases


def post_after_subject(doc: Doc, person: Span, entities: dict[int, Span]) -> Optional[RoleMatch]:
    """"<name> [, который] [adverb] <verb> [на|с|в] <пост|должность> <role>"."""
    if not _subject(person):
        return None
    i = person.end
    if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lemma_ in RELATIVE \
            and morph_values(doc[i + 1], "Case") in (["Nom"], []):
        i += 2  # "Анна Смирнова, которая занимала пост вице-мэра Твери"
    while i < len(doc) and doc[i].lower_ in ADVERBS:
        i += 1
    if i >= len(doc) or doc[i].pos_ not in ("VERB", "AUX") or morph_values(doc[i], "VerbForm") == ["Inf"]:
        return None
    if doc[i].lemma_ in APPOINTING and _active(doc[i]):
        return None  # "Президент X утвердил на посту премьера Y": X appoints
    i += 1
    if i < len(doc) and doc[i].lower_ in PREPOSITIONS:
        i += 1
    if i >= len(doc) or doc[i].lemma_ not in POST_WORDS or sought_post(doc, i):
        return None
    if doc[i].lemma_ == "обязанность":
        return None  # "исполнял обязанности": read as a role of its own elsewhere
    return post_phrase(doc, i, entities)


def post_before_verb(doc: Doc, person: Span, entities: dict[int, Span]) -> Optional[RoleMatch]:
    """"[на] <пост|должность> <role> <verb> <name>": the phrase ends right before the verb
    of ``role_post_verbs.txt`` that stands right before the name."""
    verb = person.start - 1
    if verb < 2 or doc[verb].lemma_ not in load_list("role_post_verbs.txt") or not _subject(person):
        return None
    for post in range(verb - 2, max(-1, verb - 6 - MAX_ROLE_TOKENS), -1):
        if doc[post].is_punct:
            return None
        if doc[post].lemma_ in POST_WORDS:
            if sought_post(doc, post):
                return None
            match = post_phrase(doc, post, entities)
            if match is None or not all(_circumstance(t) for t in doc[match.end:verb]):
                return None
            return match
    return None
