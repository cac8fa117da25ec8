"""Three more slots of a bare Latin-script company name for :mod:`rufacts.entities.org_latin_slots`,
read from the Russian words around it, since the name itself does not decline:

- the subject of a feminine singular predicate ("компания" understood) that is a company's verb
  (``lexicons/org_subject_verbs.txt``, ``lexicons/org_latin_agreement_verbs.txt``; a verb a woman,
  a film or a song takes as well is none) or a copula naming a firm's role or a rank ("стала
  крупнейшим импортёром", "стала третьей", ``lexicons/org_latin_copula_nouns.txt``; not "стала самой
  продаваемой игрой"): the name opening its clause right before the verb ("Drevanta стала третьей по
  поставкам"), or closing it right after the verb when no feminine noun before the verb could be its
  subject ("Запчасти поставляла Mirelle Auto, а ..."), there also after a firm's role in the
  instrumental ("Поставщиком оборудования выбрана Kelvora Marine");
- the antecedent of "которая"/"который" after a preposition, the clause's verb agreeing with it and
  a company's one as above ("о Dornbach, который производит тормозные системы");
- the dative after a verb that gives, ascribes or denies to a party
  (``lexicons/org_latin_dative_verbs.txt``: "приписывают Quorvik рост продаж", "принадлежит
  Kastelgrad Industries").

A given name of ``lexicons/latin_first_names.txt`` opening the name makes it a person's, and a
technology's name (``lexicons/org_latin_technologies.txt``) is none in any slot (read before).
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..lexicons import load_list

RANKS = {"первый", "второй", "третий", "четвертый", "пятый", "шестой", "седьмой", "восьмой", "девятый",
         "десятый", "последний", "единственный"}
COPULAS = {"стать", "становиться", "оказаться", "являться", "остаться"}
RELATIVES = {"которая": "Fem", "который": "Masc"}
CLAUSE_GAP = 5  # words between the relative pronoun and its verb: "которая в прошлом году подала"
GAP_POS = frozenset({"ADV", "ADP", "ADJ", "NOUN", "NUM", "DET", "PART", "PROPN"})
LEAD_PREPS = {"в", "во", "о", "об", "обо", "с", "со", "у", "для", "от", "к", "ко", "по", "при", "за",
              "из", "на", "против", "между", "перед", "над", "через", "после", "до", "без", "вокруг"}


def _lemma(token) -> str:
    return token.lemma_.lower().replace("ё", "е")


def _feminine(token) -> bool:
    return token.morph.get("Gender") == ["Fem"] and token.morph.get("Number") == ["Sing"]


def _verb(token) -> bool:
    return token.pos_ in ("VERB", "AUX")


def _nominative(token) -> bool:
    return token.pos_ in ("NOUN", "PROPN", "PRON") and "Nom" in token.morph.get("Case")


def _person(doc: Doc, i: int, j: int) -> bool:
    return j - i > 1 and doc[i].lower_ in load_list("latin_first_names.txt")


def _rank(token) -> bool:
    lemma = _lemma(token)
    return lemma in RANKS or lemma.endswith(("ейший", "айший"))


def _copula_ok(doc: Doc, verb) -> bool:
    """After a copula the first noun it names (past adjectives, numerals and adverbs) is a body's or
    a firm's role; none at all is a rank, an ordinal or a superlative ("стала третьей по объёму",
    "стала крупнейшей"), not a quality ("стала популярной у детей"). A participle is one of the
    adjectives ("самой продаваемой игрой")."""
    nouns = load_list("org_latin_copula_nouns.txt") | load_list("org_latin_role_nouns.txt") \
        | load_list("org_descriptors.txt") | load_list("org_latin_descriptors.txt")
    k = verb.i + 1
    while k < len(doc) and k - verb.i <= 4 and (doc[k].pos_ in ("ADJ", "DET", "NUM", "ADV")
                                                 or doc[k].pos_ == "VERB" and doc[k].morph.get("Case")):
        k += 1
    if k < len(doc) and doc[k].pos_ == "NOUN":
        return _lemma(doc[k]) in nouns
    return any(_rank(t) for t in doc[verb.i + 1:k])


def _company_verb(token) -> bool:
    return _lemma(token) in load_list("org_subject_verbs.txt") | load_list("org_latin_agreement_verbs.txt")


def _predicate_ok(doc: Doc, verb) -> bool:
    """A company's verb, or a copula naming a firm's role or a rank."""
    return _copula_ok(doc, verb) if _lemma(verb) in COPULAS else _company_verb(verb)


def _role_before(doc: Doc, start: int, stop: int) -> bool:
    """A firm's role in the instrumental between ``start`` and ``stop`` ("Поставщиком оборудования
    выбрана", "Генподрядчиком выступила")."""
    return any(t.pos_ == "NOUN" and "Ins" in t.morph.get("Case") and _lemma(t) in load_list("org_latin_role_nouns.txt")
               for t in doc[start:stop])


def _subject_opening(doc: Doc, i: int, j: int) -> bool:
    """``doc[i:j]`` right before a feminine singular verb, nothing before it in its sentence that
    could be the subject or that governs the name (a verb, a nominative, a preposition right before)."""
    if j >= len(doc) or not _verb(doc[j]) or not _feminine(doc[j]):
        return False
    start = doc[i].sent.start
    if i > start and doc[i - 1].pos_ == "ADP":
        return False
    if any(_verb(t) or _nominative(t) for t in doc[start:i]):
        return False  # "Выручка Astoria Brands выросла": the noun is the subject
    return _predicate_ok(doc, doc[j])


def _subject_closing(doc: Doc, i: int, j: int) -> bool:
    """``doc[i:j]`` right after a feminine singular verb and closing its clause, no feminine
    nominative before the verb in its sentence that could be the subject."""
    if i == 0 or not _verb(doc[i - 1]) or not _feminine(doc[i - 1]):
        return False
    if j < len(doc) and not (doc[j].is_punct and doc[j].text not in ("-", "&")):
        return False
    start = doc[i].sent.start
    if any(_nominative(t) and t.morph.get("Number") != ["Plur"] and t.morph.get("Gender") in ([], ["Fem"])
           for t in doc[start:i - 1]):
        return False  # "Эту сделку одобрила она", "Сделку одобрила ФАС"
    return _predicate_ok(doc, doc[i - 1]) or _role_before(doc, start, i - 1)


def _relative(doc: Doc, i: int, j: int) -> bool:
    """``doc[i:j]`` after a preposition (or opening its sentence) and before ", которая/который"
    whose verb agrees with it; "который" only with a company's verb."""
    if j + 2 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ not in RELATIVES:
        return False
    if i > doc[i].sent.start and doc[i - 1].lower_ not in LEAD_PREPS:
        return False
    gender = RELATIVES[doc[j + 1].lower_]
    k = j + 2
    while k < len(doc) and k - j - 2 < CLAUSE_GAP and not _verb(doc[k]) and doc[k].pos_ in GAP_POS:
        k += 1
    if k >= len(doc) or not _verb(doc[k]):
        return False
    verb = doc[k]
    if verb.morph.get("Number") == ["Plur"] or verb.morph.get("Gender") not in ([], [gender]):
        return False
    if k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN":
        return False  # "в Minecraft, который выпускает Mojang": the pronoun is the object
    return _predicate_ok(doc, verb)


def _dative(doc: Doc, i: int, prev) -> bool:
    """Right after a verb of ``org_latin_dative_verbs.txt`` whose subject is elsewhere: a plural
    with none ("приписывают Quorvik"), or a nominative before it ("Завод принадлежит Kastelgrad");
    "Ему принадлежит Bugatti Chiron" names the thing owned."""
    if prev is None or not _verb(prev) or _lemma(prev) not in load_list("org_latin_dative_verbs.txt"):
        return False
    start = doc[i].sent.start
    return prev.morph.get("Number") == ["Plur"] or any(_nominative(t) or _thing_subject(doc, t, prev)
                                                      for t in doc[start:prev.i])


def _thing_subject(doc: Doc, token, verb) -> bool:
    """An inanimate singular noun the tagger read as an accusative (its nominative's form), opening a
    phrase (no preposition before it) and of the past verb's gender: the verb's subject ("Контракт
    на строительство ... достался Budimex")."""
    gender = verb.morph.get("Gender")
    return token.pos_ == "NOUN" and token.morph.get("Case") == ["Acc"] and token.morph.get("Animacy") == ["Inan"] \
        and token.morph.get("Number") == ["Sing"] and gender in (["Masc"], ["Neut"]) and token.morph.get("Gender") == gender \
        and token.lower_ == token.lemma_.lower() and (token.i == 0 or doc[token.i - 1].pos_ != "ADP")


def agreement_cue(doc: Doc, i: int, j: int, prev) -> str | None:
    """Why ``doc[i:j]``, a bare Latin-script name, is a company by agreement, a relative clause or a
    dative slot, or None."""
    if _person(doc, i, j):
        return None
    if _subject_opening(doc, i, j) or _subject_closing(doc, i, j):
        return "subject"
    if _relative(doc, i, j):
        return "relative"
    if _dative(doc, i, prev):
        return "dative"
    return None
