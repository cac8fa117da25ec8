"""spaCy components of rufacts, one module each (``@Language.factory``), the razdel tokenizer
and the ``Doc``/``Span`` extensions; importing the package registers them.

May import: ``grammars``, ``entities``, ``facts``, ``lexicons``. Never the batch runner, ``io``,
``evaluation`` or ``review``.
"""
from . import extensions  # noqa: F401
from . import amounts, dates, entities, morph, ner, sectors, syntax  # noqa: F401
