"""Quoted names after words that say what kind of body they are, which the other quoted rules do not
read (orgquoted46).

- :func:`kind_apposed`: a quoted name right after a kind's acronym ("ОЭЗ «Алабуга»", "НПО «...»",
  ``lexicons/org_kind_abbreviations.txt``) or a kind head after an adjective of its kind
  ("индустриальным парком «Рифей»", "особой экономической зоны «...»", ``lexicons/org_kind_heads.tsv``)
  stands in apposition to it, in the nominative as written, whatever case its ending may read
  (docs/gold-conventions.md: a quoted name after its descriptor stands alone, as written). Read by
  :func:`.org_case.apposed_as_written`.
- :func:`trade_agent_over_complement`: an agent noun of a trade (``lexicons/org_trade_agents.txt``:
  "разработчик", "поставщик", "оператор") in the singular, lower case, then its complement of up
  to six lower-case words (nouns, adjectives, participles; "для" after a noun of it: "кормов для
  домашних животных") that ends in a noun right before the quotes: the quoted name is the agent's,
  a company ("разработчика систем распознавания речи «Голосовик»"); not where that noun is a
  product's ("разработчика ракеты «Булава»", ``lexicons/org_trade_products.txt``: the name is the
  product's; the tagger's number of "ракеты" says nothing). Read by :func:`.quoted.slot`.
- :func:`kind_descriptor`: a kind's acronym ("ТОР «Заречный»") or a hyphenated descriptor of
  ``lexicons/org_descriptors.txt`` ("IT-парка «Синергия»", "бизнес-инкубатора «Старт»") right before
  the quotes makes the quoted name an organization's. Read by :func:`.quoted.slot`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..grammars.folded import folded_lemma
from ..lexicons import load_list
from .doc_words import morph_values
from .org_kind_heads import kind_heads

MAX_COMPLEMENT = 6
INNER_PREPOSITIONS = frozenset({"для"})


def kind_apposed(token: Token | None) -> bool:
    """``token`` is a kind's acronym in capitals or a kind head right after an adjective of its kind
    (see the module): a quoted name after it is its apposition."""
    if token is None or not token.is_alpha:
        return False
    if token.is_upper and len(token.text) > 1:
        return token.lower_ in load_list("org_kind_abbreviations.txt")
    kinds = kind_heads().get(token.lemma_.lower())
    if kinds is None or not token.is_lower or token.i == 0 or "Plur" in morph_values(token, "Number"):
        return False
    kind = token.doc[token.i - 1]
    return kind.pos_ == "ADJ" and ("*" in kinds or folded_lemma(kind) in kinds)


def _word(token: Token) -> bool:
    return token.is_lower and token.text.replace("-", "").isalpha() and (
        token.pos_ in ("NOUN", "ADJ") or token.pos_ == "VERB" and bool(morph_values(token, "Case")))


def trade_agent_over_complement(doc: Doc, k: int) -> bool:
    """A trade's agent noun and its complement end at ``doc[k]``, right before a quoted name (see
    the module)."""
    if k < 1 or doc[k].pos_ != "NOUN" or not _word(doc[k]):
        return False
    if doc[k].lemma_.lower() in load_list("org_trade_products.txt"):
        return False  # "разработчика ракеты «Булава»": the product's own name
    agents = load_list("org_trade_agents.txt")
    for m in range(k - 1, max(k - MAX_COMPLEMENT, 0) - 1, -1):
        token = doc[m]
        if token.pos_ == "NOUN" and (token.is_lower or token.is_sent_start) and token.lemma_.lower() in agents:
            return "Plur" not in morph_values(token, "Number")
        if token.lower_ in INNER_PREPOSITIONS and 0 < m and doc[m - 1].pos_ == "NOUN":
            continue  # "кормов для домашних животных"
        if not _word(token):
            return False
    return False


def kind_descriptor(token: Token | None) -> bool:
    """``token`` right before a quote is a kind's acronym in capitals or a hyphenated descriptor,
    singular (see the module)."""
    if token is None or token.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.is_upper and token.is_alpha and len(token.text) > 1:
        return token.lower_ in load_list("org_kind_abbreviations.txt")
    return "-" in token.text and token.text.replace("-", "").isalpha() and "Plur" not in morph_values(token, "Number") \
        and token.lemma_.lower() in load_list("org_descriptors.txt")
