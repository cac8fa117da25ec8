"""Earley parsers for yargy grammars: the same as yargy's, with cheaper bookkeeping.

:class:`FastParser` is a drop-in :class:`yargy.Parser` (``extract``,
``findall`` and ``match`` work unchanged) that builds yargy's chart at less
cost (:mod:`rufacts.grammars.dates`). :class:`AnchoredParser` also predicts
less and handles optional parts, for grammars run over many short windows of
text, such as :mod:`rufacts.grammars.amounts`.
"""
from __future__ import annotations

from typing import Callable

from rufacts import _compat

_compat.install()  # must run before yargy imports pymorphy2

from yargy import Parser  # noqa: E402
from yargy.parser import Chart, State  # noqa: E402
from yargy.rule.bnf import is_rule  # noqa: E402
from yargy.tree import Leaf, Node  # noqa: E402

__all__ = ["AnchoredParser", "FastParser", "reachable_rules"]


_VIABLE_LIMIT = 20_000  # entries of the prediction cache before it is emptied (a few MB)


class _State:
    """A yargy :class:`~yargy.parser.State` (the attributes yargy's trees and our
    callers read, with ``range``), slotted, its hash computed once from the ids of
    its node's children carried along (``kids``): yargy rebuilds that tuple on every
    append to a column, the parser's largest cost. The hash is yargy's own, so the
    same states are told apart (and dropped as duplicates) as in yargy. A predicted
    state (dot 0) has none (``hash`` None): no other state of its column can equal
    it, a rule being predicted once per column. ``shape`` is its production's
    ``(terms, size, is_rule per term)``."""

    __slots__ = ("rule", "production", "shape", "dot_index", "start_column", "stop_column",
                 "node", "kids", "hash")

    def __init__(self, rule, production, shape, dot_index, start_column, stop_column, node,
                 kids: tuple = (), hash_: int | None = None) -> None:
        self.rule = rule
        self.production = production
        self.shape = shape
        self.dot_index = dot_index
        self.start_column = start_column
        self.stop_column = stop_column
        self.node = node
        self.kids = kids
        self.hash = hash_

    def __hash__(self) -> int:
        if self.hash is None:
            self.hash = hash((id(self.rule), id(self.production), self.dot_index,
                              self.start_column.index, self.stop_column.index, self.kids))
        return self.hash

    @property
    def range(self) -> tuple[int, int]:
        return self.start_column.index, self.stop_column.index

    @property
    def completed(self) -> bool:
        return self.dot_index >= self.shape[1]


def _move(state: _State, child, column) -> None:
    """Append to ``column`` ``state`` with its dot past ``child`` (a node or a leaf),
    unless the column holds that state already (yargy's ``Column.append``: by hash,
    computed before the new state and its node are made, so a copy costs neither)."""
    kids = state.kids + (id(child),)
    rule, production, start = state.rule, state.production, state.start_column
    dot = state.dot_index + 1
    value = hash((id(rule), id(production), dot, start.index, column.index, kids))
    hashes = column.hashes
    if value in hashes:
        return
    hashes.add(value)
    shape = state.shape
    moved = _State(rule, production, shape, dot, start, column, state.node.attached(child),
                   kids, value)
    column.states.append(moved)
    terms, size, rules = shape
    if dot < size and rules[dot]:
        column.states_index[id(terms[dot])].append(moved)


class FastParser(Parser):
    """yargy's Earley parser, the same chart (every state that ever moves, in the
    same order) with cheaper bookkeeping: a rule is predicted once per column (yargy
    predicts it again for every state waiting for it, and drops the copies),
    each state's hash is computed once, and the productions a rule predicts
    before a token are remembered by the token's text and type (the grammars'
    predicates and yargy's morphology see nothing else of a token). A predicted
    production whose first term is a token predicate that the next token fails
    is left out: it could never be scanned, nor lead to any other state. So is
    one whose first term is a rule that cannot begin at the next token nor match
    nothing (:meth:`_can_begin`): it never moves, and what it would predict are
    such states again; in the amounts and dates grammars, most predictions.
    """

    #: Predict the root rule before every token (yargy's ``all=True``) when None,
    #: else only before the tokens for which ``starts(token)`` is true.
    starts: Callable[[object], bool] | None = None
    #: Move a state past the empty completions of its next rule found earlier in
    #: the column (see :class:`AnchoredParser`); yargy does not.
    empty_fix = False

    def __init__(self, rule, tokenizer) -> None:
        super().__init__(rule, tokenizer=tokenizer)
        # (id(rule), token value, token type) -> ((rank, production, shape), ...)
        self._viable: dict[tuple, tuple] = {}
        self._rules: dict[int, object] = {}  # keeps the rules and productions of those ids alive
        self._shapes: dict[int, tuple] = {}  # id(production) -> its shape, shared
        self._nullable = _nullable_rules(self.rule)  # ids of the rules that derive nothing
        self._firsts: dict[int, tuple] = {}  # id(rule) -> (reaches a nullable rule, predicates)

    def chart(self, text, all=True):  # noqa: A002 - yargy's signature
        tokens = self.tagger(self.tokenizer(text))
        chart = Chart(tokens)
        columns = chart.columns
        predict, starts, empty_fix, root = self._predict, self.starts, self.empty_fix, self.rule
        last = len(columns) - 1
        for number, column in enumerate(columns):
            next_column = columns[number + 1] if number < last else None
            predicted: set[int] = set()  # ids of the rules predicted in this column
            if (all or number == 0) if starts is None else \
                    (next_column is not None and starts(next_column.token)):
                predicted.add(id(root))
                predict(column, next_column, root)
            empty: dict[int, list] = {}  # id(rule) -> its empty completions in this column
            for state in column.states:  # grows while it is read, as in yargy
                terms, size, rules = state.shape
                dot = state.dot_index
                if dot >= size:
                    start = state.start_column
                    if empty_fix and start is column:
                        empty.setdefault(id(state.rule), []).append(state)
                    node = state.node
                    for parent in start.states_index.get(id(state.rule), ()):
                        _move(parent, node, column)
                    continue
                next_term = terms[dot]
                if rules[dot]:
                    if id(next_term) not in predicted:
                        # yargy predicts again here, adding only copies it drops
                        predicted.add(id(next_term))
                        predict(column, next_column, next_term)
                    for done in empty.get(id(next_term), ()):
                        _move(state, done.node, column)
                elif next_column is not None:
                    token = next_column.token
                    if next_term(token):
                        _move(state, Leaf(next_term, next_term.constrain(token)), next_column)
        return chart

    def completed(self, chart) -> list:
        """The completed states of the root rule, in chart order: yargy's
        ``chart.matches(rule)``, before they become trees and matches."""
        root = self.rule
        return [state for column in chart.columns for state in column.states
                if state.rule is root and state.dot_index >= state.shape[1]]

    @staticmethod
    def release(chart) -> None:
        """Empty the chart's columns once its matches are taken: states and
        columns point at each other, so a chart left as it is stays in memory
        until Python's cycle collector finds it. States kept past this still
        give their ``node`` and ``range``."""
        for column in chart.columns:
            column.states = []
            column.hashes = set()
            column.states_index.clear()

    def _predict(self, column, next_column, rule) -> None:
        """yargy's prediction, minus the productions whose first term is a token
        predicate that the next token fails (they could never be scanned). Their
        states share the node of :meth:`_predictions` (a yargy node never changes:
        moving a state makes a new one) and have no hash (see :class:`_State`)."""
        states, waiting = column.states, column.states_index
        for production, shape, node, first_rule in self._predictions(rule, next_column):
            state = _State(rule, production, shape, 0, column, column, node)
            states.append(state)
            if first_rule is not None:
                waiting[id(first_rule)].append(state)

    def _shape(self, production) -> tuple:
        """``(terms, size, is_rule per term)`` of a production."""
        shape = self._shapes.get(id(production))
        if shape is None:
            terms = production.terms
            shape = (terms, len(terms), tuple(is_rule(t) for t in terms))
            self._shapes[id(production)] = shape
            self._rules[id(production)] = production  # keeps that id its own
        return shape

    def _predictions(self, rule, next_column) -> tuple:
        """``(production, shape, node, first term if a rule)`` of the productions of ``rule`` that can
        start before the next column's token (after the last token: that can match
        nothing)."""
        token = next_column.token if next_column is not None else None
        key = (id(rule), token.value, token.type) if token is not None else (id(rule), None, None)
        found = self._viable.get(key)
        if found is None:
            found, seen = [], set()
            for rank, production in enumerate(rule.predict(token) if token is not None
                                              else rule.productions):
                shape = self._shape(production)
                terms, size, rules = shape
                if id(production) in seen or size and not (
                        self._can_begin(terms[0], token) if rules[0]
                        else token is not None and terms[0](token)):
                    continue  # (a production listed twice: yargy drops the copy by its hash)
                seen.add(id(production))
                found.append((production, shape, Node(rule, production, rank, []),
                              terms[0] if size and rules[0] else None))
            if len(self._viable) >= _VIABLE_LIMIT:
                self._viable.clear()
            self._viable[key] = found = tuple(found)
            self._rules[id(rule)] = rule
        return found

    def _can_begin(self, rule, token) -> bool:
        """Can ``rule`` start a match at ``token`` (None: after the last token), or
        match nothing? False only when no
        rule reached from it by first terms derives nothing and no predicate first in
        one of their productions accepts the token: a state waiting for such a rule
        never moves, and what it predicts never moves either (only such rules again)."""
        nullable, predicates = self._first_terms(rule)
        return nullable or token is not None and any(predicate(token) for predicate in predicates)

    def _first_terms(self, rule) -> tuple:
        """``(reaches a nullable rule, predicates)`` of the rules reached from ``rule``
        by the first terms of their productions (``rule`` included)."""
        found = self._firsts.get(id(rule))
        if found is None:
            seen, todo, predicates, nullable = {id(rule)}, [rule], {}, False
            while todo:
                current = todo.pop()
                nullable = nullable or id(current) in self._nullable
                for production in current.productions:
                    if not production.terms:
                        continue
                    first = production.terms[0]
                    if not is_rule(first):
                        predicates.setdefault(id(first), first)
                    elif id(first) not in seen:
                        seen.add(id(first))
                        todo.append(first)
            found = (nullable, tuple(predicates.values()))
            self._firsts[id(rule)] = found
            self._rules[id(rule)] = rule
        return found


def reachable_rules(root) -> dict[int, object]:
    """id -> rule, of the rules of a BNF grammar reached from ``root`` (included)."""
    rules, todo = {id(root): root}, [root]
    while todo:
        for production in todo.pop().productions:
            for term in production.terms:
                if is_rule(term) and id(term) not in rules:
                    rules[id(term)] = term
                    todo.append(term)
    return rules


def _nullable_rules(root) -> frozenset[int]:
    """Ids of the rules reached from ``root`` that can match no token at all."""
    rules = reachable_rules(root)
    nullable: set[int] = set()
    changed = True
    while changed:
        changed = False
        for key, rule in rules.items():
            if key not in nullable and any(
                    all(is_rule(t) and id(t) in nullable for t in p.terms)
                    for p in rule.productions):
                nullable.add(key)
                changed = True
    return frozenset(nullable)


class AnchoredParser(FastParser):
    """yargy's Earley parser (as :class:`FastParser`) with two changes.

    * The root rule is predicted only before the tokens for which ``starts(token)``
      is true (for amounts: a number, a number word, a qualifier, a currency
      sign), not before every token. The chart stays small.
    * Optional parts work after a part of varying length ("15 миллионов" then an
      optional dot, then "рублей"). Plain Earley, as in yargy 0.16, completes an
      empty rule only for the states already waiting for it, so a state that
      reaches the rule later in the same column never moves past it; here such a
      state is moved past every empty completion of that rule in the column.
    """

    empty_fix = True

    def __init__(self, rule, tokenizer, starts: Callable[[object], bool]) -> None:
        super().__init__(rule, tokenizer)
        self.starts = starts
