"""Roles said without the name, of the person named just before: a role alone after a verb
of saying ("«...», - отметил глава города") and a role as the subject of its clause or after a
copula ("президент Франции прибыл", "российский лидер заявил", "он является депутатом")."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lexicons import load_list
from .role_others import apposition_clash, name_ahead, object_appointed
from .role_predicates import predicate_verb
from .role_context import (POST_WORDS, gender_of, named_as_object, object_pronoun, quote_start,
                           relative_subject, reported, sought_post, spoken_of, verb_gender)
from .role_phrase import (ANAPHORA_SENTENCES, COPULAS, RoleMatch, is_complement, is_role_word,
                          place_adjective, role_lemmas, sentences_between, with_adjectives)
from .doc_words import morph_values


def speaker_roles(doc: Doc, persons: list[Span], entities: dict[int, Span]) -> list[tuple[Span, RoleMatch]]:
    """Roles standing alone after a verb of saying, with the person last named before."""
    verbs = load_list("speech_verbs.txt")
    person_starts = {p.start for p in persons}
    out = []
    from .geo import lemma_positions

    for k in lemma_positions(doc, verbs.__contains__):  # a verb's lemma is in lower case
        token = doc[k]
        if token.pos_ != "VERB":
            continue
        i = token.i + 1
        start = i
        while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].is_lower:
            i += 1
        if i >= len(doc) or not is_role_word(doc[i]):
            continue
        head = i
        i += 1
        while i < len(doc) and is_complement(doc[i]) and i not in entities:
            i += 1
        of_span = entities.get(i)
        end = of_span.end if of_span is not None else i
        if end in person_starts or (end < len(doc) and doc[end].is_title and doc[end].is_alpha):
            continue  # a name follows: role_before handles it
        gender = morph_values(token, "Gender")  # "сказала глава компании": a woman
        if doc[head].lemma_ in load_list("role_indefinite.txt") and gender != ["Fem"]:
            continue  # "— сообщил представитель МВД": someone new
        anchor = quote_start(doc, token.i)  # counted from where the quotation opens
        previous = [p for p in persons if p.end <= min(start, anchor)
                    and sentences_between(doc, p.start, anchor) <= ANAPHORA_SENTENCES
                    and (not gender or gender_of(p) in (None, gender[0]))]
        if previous and not spoken_of(doc, previous[-1], anchor, token.i, persons):
            out.append((previous[-1], RoleMatch(start, end, head, of_span)))
    return out


def described_roles(doc: Doc, persons: list[Span], entities: dict[int, Span],
                    taken: set[int]) -> list[tuple[Span, RoleMatch]]:
    """A role said of someone without their name, as the subject -- "президент Франции прибыл",
    "российский лидер заявил", "глава израильского правительства" -- with whose it is
    (a place or organization after it, or a place adjective before it): the person
    named last before it, in the same or the previous sentences."""
    from .geo import lemma_positions

    person_tokens = {i for p in persons for i in range(p.start, p.end)}
    starts = {p.start for p in persons}
    ends = {p.end: p.start for p in persons}  # a name right after, or after a rank: role_before's
    words = role_lemmas()
    indefinite = load_list("role_indefinite.txt")
    out = []
    for k in lemma_positions(doc, lambda lemma: lemma in words or lemma[4:] in words):
        token = doc[k]
        if token.i in taken or token.i in person_tokens or not is_role_word(token) \
                or morph_values(token, "Number") != ["Sing"] \
                or any(e.start <= token.i < e.end for e in entities.values()):
            continue
        start = with_adjectives(doc, token.i)
        verb = predicate_verb(doc, start, ends)  # "является депутатом", "избран патриархом"
        if verb == -1:
            continue  # "хочет стать президентом"
        predicate = verb is not None and morph_values(token, "Case") != ["Nom"]  # "Чемпионкой
        # стала шахматистка из Турции": a nominative after the copula is its subject
        if predicate and relative_subject(doc, verb):
            continue  # "Его отец был министром": the father's
        post = start > 0 and doc[start - 1].lemma_ in POST_WORDS and morph_values(token, "Case") == ["Gen"]
        if post and (sought_post(doc, start - 1) or object_appointed(doc, start - 1)):
            continue  # "стал кандидатом на пост мэра": a post sought; "назначил его на
            # должность": the post of the one appointed
        if morph_values(token, "Case") != ["Nom"] and not (predicate and morph_values(token, "Case") == ["Ins"]) \
                and not post:  # "занимает пост президента", "после ухода с поста министра"
            continue  # the subject of its clause, or what it is: one person
        predicate = predicate or post
        i = token.i + 1
        while i < len(doc) and is_complement(doc[i]) and i not in entities:
            i += 1
        if i + 1 < len(doc) and doc[i].text in "«\"" and i + 1 in entities:
            i += 1  # "президента «Норильского никеля»"
        of_span = entities.get(i)
        if of_span is None:  # "российский президент", "тренер российской сборной"
            of_span = place_adjective(doc, start, token.i) or place_adjective(doc, token.i + 1, i)
            end = i
        else:
            end = of_span.end
        of_person = predicate and end in starts and morph_values(token, "Case") == ["Ins"] \
            and morph_values(doc[end], "Case") == ["Gen"]  # "стал советником Медведева"
        if (of_span is None and not predicate) or (end < len(doc) and not of_person and (
                starts & {end, end + 1} or (doc[end].is_title and doc[end].is_alpha)
                or ((post or not predicate) and name_ahead(doc, end, starts, any_case=post)))):
            continue  # nothing tells whose (a copula does: "он является депутатом");
            # or a name follows: role_before handles it
        gender = None if predicate else verb_gender(doc, end) or verb_gender(doc, start - 1, 1)
        if not predicate and ((token.lemma_ in indefinite and not (
                gender == "Fem" and morph_values(token, "Gender") == ["Masc"]))
                or reported(doc, token.i)):
            continue  # "представитель ведомства вернулся": someone new, but "представитель
            # Philips не стала" is a woman named before; "по его словам, председатель КГБ
            # угрожал": not the speaker
        previous = [p for p in persons if p.end <= start
                    and sentences_between(doc, p.start, token.i) <= ANAPHORA_SENTENCES]
        previous = [p for p in previous if gender_of(p) in (None, gender)] if gender else previous
        if previous and previous[-1].end == start - 1 and doc[start - 1].text == "," \
                and apposition_clash(doc, token.i, previous[-1]):
            continue  # "соратник Цзян Цзэминя, премьер ...": the governing noun's person
        pronoun = object_pronoun(doc, end) if previous and not predicate else None
        if pronoun and gender_of(previous[-1]) in (None, pronoun):
            continue
        if previous and not predicate and named_as_object(doc, previous[-1]):
            continue  # "Полиция задержала Андрея Волкова. Глава отдела полиции заявил"  # "Президент Белоруссии встретил его": "его" is the one named before
        if previous:
            out.append((previous[-1], RoleMatch(start, end, token.i, of_span)))
    return out
