"""msgpack support for argkg's span models, so a Doc that carries argkg's extensions serialises.

spaCy keeps Doc extension values in ``doc.user_data`` and packs it with srsly's msgpack in
``doc.to_bytes()``, which ``nlp.pipe(n_process=N)`` uses to send each Doc back from its worker
process. msgpack knows plain data only, and every ``doc._.argkg_*`` value is a list of `Span`
models (pydantic). This module registers, once for all components, an encoder and a decoder in
srsly's registries (``msgpack_encoders``/``msgpack_decoders``) that turn any `Span` into a
tagged map of its fields and back, so a component needs no serialisation code of its own.
Importing the module registers them; `argkg.ingest.pipeline` does, so every process that builds
or unpacks argkg's Docs has them.

Decoding builds only classes derived from `Span` that are imported in the process: a tag that
names anything else leaves the plain map as it is. The fields are validated again on the way
in (a Doc's bytes may come from anywhere).
"""

from collections.abc import Callable
from typing import Any

from srsly import msgpack_decoders, msgpack_encoders

from argkg.ingest.spans import Span

__all__ = ["TAG", "span_class"]

#: The key that marks a packed span model; its value names the model's class.
TAG = "__argkg_span__"
_FIELDS = "fields"

_Chain = Callable[[Any], Any] | None

#: Span classes by qualified name, filled from `Span`'s subclasses on first use.
_CLASSES: dict[str, type[Span]] = {}


def _name(cls: type[Span]) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def span_class(name: str) -> type[Span] | None:
    """Return the `Span` class (or subclass) of the qualified ``name``, or None if none is loaded.

    Args:
        name: ``module.QualName`` as the encoder writes it.

    Returns:
        The class, when it derives from `Span` and its module is imported.
    """
    if name not in _CLASSES:
        pending: list[type[Span]] = [Span]
        while pending:
            cls = pending.pop()
            _CLASSES[_name(cls)] = cls
            pending.extend(cls.__subclasses__())
    return _CLASSES.get(name)


def _encode(obj: Any, chain: _Chain = None) -> Any:
    """srsly msgpack encoder: a `Span` model becomes ``{TAG: class name, "fields": {...}}``."""
    if isinstance(obj, Span):
        return {TAG: _name(type(obj)), _FIELDS: obj.model_dump(mode="json")}
    return obj if chain is None else chain(obj)


def _decode(obj: Any, chain: _Chain = None) -> Any:
    """srsly msgpack decoder: a map `_encode` wrote becomes its `Span` model again."""
    if isinstance(obj, dict) and TAG in obj:
        cls = span_class(str(obj[TAG]))
        if cls is not None:
            return cls.model_validate(obj[_FIELDS])
    return obj if chain is None else chain(obj)


msgpack_encoders.register("argkg_span", func=_encode)
msgpack_decoders.register("argkg_span", func=_decode)
