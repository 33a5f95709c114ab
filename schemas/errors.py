"""The errors a person can act on: bad input, a bad setting, a state the command cannot work in.

``flows.cli`` prints a ``SolieuError``'s message on one line and exits 2; every other exception
is a bug of ours (or of a library) and keeps its traceback. Raise one with a message that names
what to change ("--since must be a date like 2024-07-01, not 'yesterday'"). It lives in the
lowest layer that needs it, so that ``warehouse``, ``sources`` and ``flows`` can all raise it.
"""

from __future__ import annotations


class SolieuError(Exception):
    """A one-line reason solieu cannot do what it was asked; ``str(error)`` is that line."""


class SettingError(SolieuError):
    """An environment variable or command-line option holds a value solieu cannot use."""
