"""The one contract of argkg's spaCy components: `Component` and its factory decorator `component`.

Every component is built the same way, ``Cls(nlp, name, *, lang="")``: its language is the
pipeline's (``nlp.lang``) unless the config names another (``add_pipe(..., config={"lang":
"zh"})``). It says which `Parts` fields it writes (``assigns``) and which earlier ones it reads
(``requires``); `find` gets the Doc's `Parts` view (`argkg.ingest.parts.parts_of`) and returns it
with those fields filled, and ``__call__`` writes exactly those fields into their Doc extensions.
`component` registers a class as the spaCy factory of its name (``argkg_<stage>``, as
``ingest/data/pipeline.yaml`` lists them), declaring ``assigns``/``requires`` to spaCy as the
extensions' names, so ``nlp.analyze_pipes()`` reports them.
"""

from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import ClassVar, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from argkg.errors import InputError
from argkg.ingest.parts import Parts, extension, keep, parts_of
from argkg.schema.vocabulary import Lang

__all__ = ["Component", "component"]


class Component(ABC):
    """An argkg pipeline component: reads a Doc's `Parts`, writes the fields it ``assigns``.

    Attributes:
        assigns: the `Parts` fields the component writes.
        requires: the `Parts` fields earlier components must have written.
        sets: spaCy attributes it sets besides its fields (``token.is_sent_start``).
        name: the component's name in the pipeline.
        lang: the language whose cues apply.
    """

    assigns: ClassVar[tuple[str, ...]]
    requires: ClassVar[tuple[str, ...]] = ()
    sets: ClassVar[tuple[str, ...]] = ()

    def __init__(self, nlp: Language, name: str, *, lang: str = "") -> None:
        """Create the component.

        Args:
            nlp: the pipeline.
            name: the component's name in it.
            lang: the language of the texts; empty means the pipeline's (``nlp.lang``).

        Raises:
            InputError: the language is not one argkg reads.
        """
        code = lang or str(nlp.lang or "")
        try:
            self.lang = Lang(code)
        except ValueError as exc:
            raise InputError(f"argkg reads no language {code!r}: use zh or en") from exc
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc``: write the fields `find` filled. RETURNS: the same Doc."""
        keep(doc, self.find(parts_of(doc, self.lang)), self.assigns)
        return doc

    @abstractmethod
    def find(self, parts: Parts) -> Parts:
        """Return ``parts`` with the fields this component assigns filled in."""


_C = TypeVar("_C", bound=type[Component])


def component(name: str) -> Callable[[_C], _C]:
    """Register the decorated `Component` class as the spaCy factory ``name``.

    Args:
        name: the factory's name, ``argkg_<stage>``.

    Returns:
        A class decorator that returns the class unchanged.
    """

    def register(cls: _C) -> _C:
        Language.factory(
            name,
            assigns=[*(f"doc._.{extension(part)}" for part in cls.assigns), *cls.sets],
            requires=[f"doc._.{extension(part)}" for part in cls.requires],
            default_config={"lang": ""},
            func=cls,
        )
        return cls

    return register
