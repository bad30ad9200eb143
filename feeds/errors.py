"""Errors raised by the core. Every one carries what a person needs to act on it.

    VidradarError
    ├── ConfigError            a setting or file is invalid (names the variable / key)
    ├── InputError             a user-supplied value is invalid (CLI argument, slash option)
    ├── StorageError           the database cannot be used
    │   ├── SchemaTooNewError  the file was written by a newer vidradar
    │   ├── DatabaseDamaged    the file is corrupt: nothing more is written into it
    │   └── DiskFull           a write did not fit on the disk
    └── FeedError(url)         one feed failed; recorded against that feed, the cycle goes on
        ├── FetchError         transport-level failure (timeout, DNS, reset, HTTP status)
        │   ├── URLRefused     the SSRF guard refused the address
        │   ├── TooLarge       the body went past the size cap
        │   └── HostBusy       never got a connection turn: not the feed's fault, it stays due
        └── ParseError         the bytes are not a usable feed

Edges turn these into one line for a person: ``str(error)`` is that line.
"""

from __future__ import annotations


def first_line(exc: BaseException, limit: int = 300) -> str:
    """What an exception says, as one line a person reads (its type when it says nothing)."""
    text = str(exc).strip()
    return (text.splitlines()[0] if text else type(exc).__name__)[:limit]


def validation_message(exc: Exception) -> str:
    """What a pydantic ValidationError says of its first problem, as one line a person reads
    ("url must start with http:// or https://"), not pydantic's block with its help link."""
    errors = getattr(exc, "errors", None)
    if callable(errors):
        found = errors()
        if found:
            return str(found[0]["msg"]).removeprefix("Value error, ")
    return first_line(exc)


def readable(text: str) -> str:
    """``text`` with what cannot be stored or shown as UTF-8 made U+FFFD: header bytes that are
    not UTF-8 reach us from aiohttp as lone surrogates, which the database refuses."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate that no undecodable byte became
        return text.encode("utf-8", "replace").decode("utf-8")


class VidradarError(Exception):
    """Base class for every error vidradar raises on purpose.

    Every error pickles whatever its ``__init__`` signature: a parse worker process sends its
    ``ParseError`` back to the poller pickled, and one that failed to unpickle would break the
    whole worker pool (every later parse then fails with ``BrokenProcessPool``)."""

    def __reduce__(self) -> tuple[object, ...]:
        return _rebuild, (type(self), self.args, self.__dict__)


def _rebuild(cls: type[VidradarError], args: tuple[object, ...], state: dict[str, object]) -> VidradarError:
    """Unpickle without calling ``__init__`` (whose arguments differ from ``args``)."""
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class ConfigError(VidradarError):
    pass


class InputError(VidradarError):
    """``str(error)`` is the English line (the CLI prints it). ``code`` and ``params`` let an
    edge say the same thing in another language: the message is a ``str.format`` template
    filled from ``params``, and the Discord adapter translates by ``code``."""

    def __init__(self, message: str, *, code: str | None = None, **params: object) -> None:
        super().__init__(message.format(**params) if params else message)
        self.code = code
        self.params = params


class StorageError(VidradarError):
    pass


class SchemaTooNewError(StorageError):
    pass


class DatabaseDamaged(StorageError):
    pass


class DiskFull(StorageError):
    pass


class FeedError(VidradarError):
    """A failure that belongs to one feed URL."""

    def __init__(self, url: str, message: str) -> None:
        message = readable(message)  # server text (a reason, a Location) may hold any bytes
        super().__init__(message)
        self.url = url
        self.message = message

    def __str__(self) -> str:
        return self.message


class FetchError(FeedError):
    def __init__(
        self,
        url: str,
        message: str,
        *,
        status: int | None = None,
        retry_after: float | None = None,
        permanent: bool = False,
    ) -> None:
        super().__init__(url, message)
        self.status = status
        self.retry_after = retry_after
        # True when retrying cannot help (410 Gone): the feed is disabled at once.
        self.permanent = permanent


class URLRefused(FetchError):
    pass


class TooLarge(FetchError):
    pass


class HostBusy(FetchError):
    """The fetch waited longer than the queue bound for its turn and was not started. Nothing
    went wrong with the feed: the poller skips it (it stays due) and counts no failure."""


class ParseError(FeedError):
    pass
