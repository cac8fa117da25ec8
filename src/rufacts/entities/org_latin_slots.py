"""Organization names written in Latin letters that the tagger missed, cut or read as a person or a
place, where their slot in a Russian sentence says they are a body: "Контракт с Hyundai Mobis",
"Жребий свёл Virtus.pro с ...", "мессенджер Signal", "В Microsoft заявили".

A Latin-script name does not decline, so its slot, not its ending, tells what it is; a product, a
game or a program is written in Latin letters too ("пользователи Windows", "запуск Starship"), and
only these slots are taken (after the quoted names' rules, :mod:`rufacts.entities.quoted`):

- none: a name of two or more words closed by a bank's word (``lexicons/org_latin_bank_words.txt``:
  "Tatra banka");
- a descriptor right before it: an organization's noun (``lexicons/org_descriptors.txt``, over one
  or two genitives of its trade: "производитель электромобилей VinFast") or a company's noun
  before a Latin name (``lexicons/org_latin_descriptors.txt``: "мессенджер", "разработчик");
- none: a capitalized site's name written as its domain ("Virtus.pro", "Aurora.gg", "Chess.com");
- a country's or a city's adjective right before it ("Голландская ASML": "компания" understood);
- a head noun whose genitive complement is an organization's ("акции Nvidia", "аналитики
  Goldman Sachs", ``lexicons/org_slot_nouns.txt``; "о планах OpenAI",
  ``lexicons/org_latin_slot_nouns.txt``), not one whose complement is as often a product
  (``lexicons/org_latin_product_slots.txt``: "пользователи Windows");
- a preposition of dealings with a party ("против"; "с" after a noun of a deal, a dispute or a
  game, ``lexicons/org_latin_deal_nouns.txt``: "соглашение с", "матч с");
- "в"/"из" before it and a verb of saying in the plural after it ("В Warhorse Studios подтвердили":
  the people there; ``lexicons/speech_verbs.txt``, ``lexicons/org_latin_said_verbs.txt``);
- a participle of founding, seat, ownership or choice over its own words before it, or a verb of
  winning or receiving closing a sentence about a tender or a contract
  (:mod:`rufacts.entities.org_latin_cues`: "зарегистрированная на Кипре Halcyon Shipping", "Тендер
  выиграла Olam Agri");
- a verb whose subject (``lexicons/org_subject_verbs.txt``: "Ubisoft отменила") or object
  (``lexicons/org_object_verbs.txt``: "купил Figma") is as a rule an organization, the name
  opening the sentence before the subject's verb or closing it after either verb;
- the object of a verb right before it with a firm's role in the instrumental after it
  (:mod:`rufacts.entities.org_latin_cues`: "выбрали Wild Bunch международным агентом фильма");
- the subject of a feminine verb, the antecedent of "которая"/"который" with a firm's verb, or the
  dative after a verb of giving or ascribing (:mod:`rufacts.entities.org_latin_agreement`:
  "Drevanta стала третьей", "о Dornbach, который производит", "приписывают Quorvik").

A name is one to five Latin words (digits, "&", "'", "." and "-" inside a word; "Virtus.pro" of
three tokens is one word; a short lower-case word between capitalized ones: "Bank of America"),
the first capitalized; a technology's name is none in any slot
(``lexicons/org_latin_technologies.txt``: "беспроводной сети Wi-Fi", "по Bluetooth"); one before a number ("iPhone 15", "Windows 11") is a product's, and so is
one with a digit ("F-35", "RAV4") but after a descriptor ("команда G2 Esports"). A name no span
touches becomes an organization; a person or a place the tagger made of it (the whole name or
words inside it) gives way where a descriptor, a place's adjective, a genitive slot or the domain's
form says so. An organization span of the tagger cut
inside such a dotted word grows over it ("Virtus" + ".pro"). Read by
:mod:`rufacts.components.entities`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lexicons import load_list, load_rows
from .geo import place_of
from .org_latin_agreement import agreement_cue
from .org_latin_cues import award_closing, participle_before, role_object
from .quoted import descriptor_over_genitive
from .doc_words import per_doc, word_index, word_positions
from .spans import previous_word

MAX_WORDS = 5
LATIN = re.compile(r"^[A-Za-z0-9\u00c0-\u024f][A-Za-z0-9\u00c0-\u024f&'’.-]*$")
JOINERS = {".", "&", "-", "'", "’"}
PARTY_PREPS = {"против"}  # "у", "между": "У Elden Ring вышло дополнение", "между Windows и macOS"
DEAL_PREPS = {"с", "со"}
PLACE_PREPS = {"в", "во", "из"}
STRONG = ("descriptor", "place", "slot", "domain", "bank")
DOMAIN = re.compile(r"^[A-Z][A-Za-z0-9-]*[a-z0-9][A-Za-z0-9-]*\.(?:[a-z]{2,4})$")  # "Chess.com", "Virtus.pro"


def _latin(token) -> bool:
    return _latin_text(token.text)


def _latin_text(text: str) -> bool:
    return bool(LATIN.match(text)) and any(c.isalpha() for c in text)


def _capital_latin(text: str) -> bool:
    return text[:1].isupper() and _latin_text(text)


def has_latin(doc: Doc) -> bool:
    """Whether a word of the doc is Latin-script text (:func:`_latin_text`): found once per doc
    in the entity step (two rules ask); the first such word ends the search (not every word
    tested: ~15 ms less per pass over factRuEval dev)."""
    return per_doc(doc, "latin_words", lambda doc: any(map(_latin_text, word_index(doc))) if len(doc) else False)


def _runs(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each run of Latin words, the first capitalized; a joiner or a Latin word with
    no space before it belongs to the word before ("Virtus" "." "pro"). Made once per doc in the
    entity step (three callers; it reads only the words and their spacing); not to be changed by
    the caller."""
    return per_doc(doc, "latin_runs", _made_runs)


def _made_runs(doc: Doc) -> list[tuple[int, int]]:
    runs, i, n = [], 0, len(doc)
    for start in word_positions(doc, _capital_latin, capital=True):  # where a run may start, ascending
        if start < i:
            continue  # inside the run before
        i = start
        j = i + 1
        while j < n:
            glued = doc[j - 1].whitespace_ == ""
            if glued and doc[j].text in JOINERS and j + 1 < n and doc[j].whitespace_ == "" and _latin(doc[j + 1]):
                j += 2
            elif glued and doc[j].text == "." and len(doc[j - 1]) <= 3 and doc[j - 1].is_title and j + 1 < n \
                    and _latin(doc[j + 1]) and doc[j + 1].text[:1].isupper():
                j += 2  # "St. Louis Post-Dispatch"
            elif glued and _latin(doc[j]) or not glued and _latin(doc[j]) and doc[j].text[:1].isupper():
                j += 1
            elif not glued and doc[j].is_lower and doc[j].is_alpha and len(doc[j]) <= 3 and _latin(doc[j]) \
                    and j + 1 < n and _latin(doc[j + 1]) and doc[j + 1].text[:1].isupper():
                j += 2  # "Isamaa ja Res Publica", "Bank of America"
            elif not glued and doc[j].lower_ in load_list("org_latin_bank_words.txt"):
                j += 1  # "Tatra banka": a bank's word in lower case closes the name
            else:
                break
        runs.append((i, j))
        i = j
    # (a letter alone names a group, a class, a plan, no company: "в группе E", "план B")
    return [(i, j) for i, j in runs if sum(doc[m].whitespace_ != "" for m in range(i, j - 1)) < MAX_WORDS
            and len(doc[i:j].text) > 1]


def _lemma(token) -> str:
    return token.lemma_.lower().replace("ё", "е")


@lru_cache(maxsize=1)
def _product_kinds() -> dict[str, frozenset[str]]:
    """``lexicons/org_latin_product_kinds.tsv``: a product slot's noun -> the closing words of a
    company's name after it."""
    return {row[0]: frozenset(row[1].split()) for row in load_rows("org_latin_product_kinds.tsv") if len(row) > 1}


def _cue(doc: Doc, i: int, j: int) -> str | None:
    """Why ``doc[i:j]`` is an organization by its slot, or None."""
    if doc[i:j].text.lower() in load_list("org_latin_technologies.txt"):
        return None  # "беспроводной сети Wi-Fi": a technology
    if j - i > 1 and doc[j - 1].lower_ in load_list("org_latin_bank_words.txt"):
        return "bank"  # "Tatra banka": the name's own last word (lexicons/org_latin_bank_words.txt)
    k = previous_word(doc, i)
    prev = doc[k] if k >= 0 else None
    after = doc[j] if j < len(doc) else None
    if after is not None and (after.like_num or after.text[:1] in "-–" and doc[j - 1].whitespace_ == ""):
        return None  # "iPhone 15", "Apple-стиль"
    if j - i <= 3 and DOMAIN.match("".join(t.text for t in doc[i:j])):
        return "domain"  # a site's name as a capitalized domain: the platform, the team or the outlet
    model = any(c.isdigit() for t in doc[i:j] for c in t.text)  # "F-35", "RAV4": a model's designation
    if prev is not None and prev.text.replace("-", "").isalpha() and (prev.is_lower or prev.is_sent_start and prev.text[:1].isupper() and prev.text[1:].islower()) \
            and prev.pos_ in ("NOUN", "PROPN"):  # "Мессенджер Signal", "Акции Rivian" opening a sentence
        lemma = _lemma(prev)
        if lemma in load_list("org_latin_product_slots.txt"):  # "автомобилем Volkswagen Golf": a product;
            # "пассажиры Buddha Air": a company of the trade its last word names
            return "slot" if not model and doc[j - 1].text in _product_kinds().get(lemma, ()) else None
        if lemma in load_list("org_descriptors.txt") or lemma in load_list("org_latin_descriptors.txt") \
                or descriptor_over_genitive(doc, k):  # "производитель чипов TSMC"; not "разработчик игр FarmVille"
            return "descriptor"
        if (lemma in load_list("org_slot_nouns.txt") or lemma in load_list("org_latin_slot_nouns.txt")) and not model:
            return "slot"
    if model:
        return None
    if prev is not None and place_of(prev) and not (after is not None and after.is_title and after.is_alpha
                                                    and not _latin(after)):
        return "place"
    if participle_before(doc, i):
        return "participle"  # "зарегистрированная на Кипре Halcyon Shipping" (org_latin_cues)
    if prev is None:
        opening = True
    else:
        opening = prev.is_sent_end or doc[i].is_sent_start or prev.text in ("—", "–", ":", "«", "\"")
    closing = after is None or after.is_punct and after.text not in ("-", "&")
    if closing and award_closing(doc, i, prev):
        return "subject"  # "Тендер выиграла Olam Agri." (org_latin_cues)
    if role_object(doc, i, j):
        return "role"  # "выбрали Wild Bunch международным агентом" (org_latin_cues)
    if prev is not None and prev.lower_ in PARTY_PREPS:
        return "party"
    if prev is not None and prev.lower_ in DEAL_PREPS and k > 0:
        before = doc[previous_word(doc, k)]
        if _lemma(before) in load_list("org_latin_deal_nouns.txt"):
            return "party"
    said = load_list("speech_verbs.txt") | load_list("org_latin_said_verbs.txt")
    if prev is not None and prev.lower_ in PLACE_PREPS and after is not None and after.pos_ == "VERB" \
            and "Plur" in after.morph.get("Number") and _lemma(after) in said:
        return "people"
    subjects = load_list("org_subject_verbs.txt")
    if opening and after is not None and after.pos_ == "VERB" and _lemma(after) in subjects \
            and "Plur" not in after.morph.get("Number"):
        return "subject"
    if closing and prev is not None and prev.pos_ == "VERB" and (
            _lemma(prev) in subjects or _lemma(prev) in load_list("org_object_verbs.txt")):
        return "subject"
    return agreement_cue(doc, i, j, prev)  # "Drevanta стала третьей", "о Dornbach, который производит"


def _dotted_tails(doc: Doc, spans: list[Span]) -> list[Span]:
    """An organization span ending at a Latin word glued to "." and a Latin word after it grows
    over them ("Virtus" + ".pro")."""
    out, changed = [], False
    for s in spans:
        end = s.end
        while s.label_ == "ORG" and end + 1 < len(doc) and _latin(doc[end - 1]) and doc[end - 1].whitespace_ == "" \
                and doc[end].text == "." and doc[end].whitespace_ == "" and _latin(doc[end + 1]):
            end += 2
        if end != s.end:
            s, changed = Span(doc, s.start, end, label="ORG"), True
        out.append(s)
    return out if changed else spans


def latin_slot_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each Latin-script name in an organization's slot."""
    from .name_latin_persons import role_apposition  # (it reads this module's runs)

    if not has_latin(doc):
        return spans
    spans = _dotted_tails(doc, spans)
    found, dropped = [], set()
    for i, j in _runs(doc):
        touching = [s for s in spans if s.start < j and s.end > i]
        if touching and not all(s.label_ in ("PER", "LOC") and i <= s.start and s.end <= j for s in touching):
            continue
        why = _cue(doc, i, j)
        if why is None or touching and why not in STRONG:
            continue
        if why in ("descriptor", "slot") and touching and role_apposition(doc, i, j, touching):
            continue  # "основатель компании Mark Shuttleworth", "директора Satya Nadella": the person (name_latin_persons)
        found.append(Span(doc, i, j, label="ORG"))
        dropped.update((s.start, s.end, s.label_) for s in touching)
    if not found:
        return spans
    spans = [s for s in spans if (s.start, s.end, s.label_) not in dropped]
    return sorted(spans + found, key=lambda s: (s.start, -s.end))
