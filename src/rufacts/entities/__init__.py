"""Entity building: name parts and normal forms, organizations, roles, mention grouping,
and the ``Doc`` -> :class:`rufacts.facts.Article` step.

May import: ``facts``, ``grammars`` (morphology), ``lexicons``, spaCy. Never the batch
runner, ``io``, ``evaluation`` or ``review``.
"""
