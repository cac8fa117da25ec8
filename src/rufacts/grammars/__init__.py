"""yargy grammars (dates, amounts, sector counts) and what they share: the pymorphy3
morphology wrapper, numbers in digits and words, parse windows around trigger tokens.

May import: ``lexicons``, ``_compat`` and each other. Never ``components``, ``entities``, ``io``,
the batch runner, ``evaluation`` or ``review``.
"""
