"""The error every loading problem raises: a grammar, a plugin or a data file that cannot be used."""


class GrammarError(Exception):
    """A grammar or data file that cannot be used; the message is one line naming the file (and line when known)."""
