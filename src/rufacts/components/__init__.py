"""spaCy components of rufacts, one module each; importing registers them."""
from .. import extensions  # noqa: F401
from . import amounts, dates, entities, morph, ner, sectors  # noqa: F401
