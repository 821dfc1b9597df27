"""The one place where argkg's errors live.

Library code raises these; only the command line turns them into an exit code and one line on
stderr. Every message names the field, file, value or URI that is wrong, so a user can act on it
without a traceback.
"""

__all__ = ["ArgkgError", "InputError", "StoreUnavailable", "StoreError", "StoreNote"]


class ArgkgError(Exception):
    """Base class of every error argkg raises on purpose.

    Attributes:
        exit_code: the process exit code the CLI uses for this error.
    """

    exit_code: int = 1


class InputError(ArgkgError):
    """Bad input or usage: an unreadable file, an invalid value, an unknown id (exit 2)."""

    exit_code = 2


class StoreUnavailable(ArgkgError):  # noqa: N818 (the name DESIGN and STYLE use)
    """The configured graph store cannot be reached (exit 3); the message names the URI."""

    exit_code = 3

    def __init__(self, uri: str, reason: str) -> None:
        super().__init__(f"graph store unavailable at {uri}: {reason}")
        self.uri = uri


class StoreError(ArgkgError):
    """The store answered but refused the operation (for example a write in read-only mode)."""

    exit_code = 2


class StoreNote(UserWarning):
    """Something a user should know about a store that still works (an old, unsealed file).

    Raised as a warning, not an error; the CLI prints it as one ``argkg: note:`` line.
    """
