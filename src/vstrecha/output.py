"""Where `vstrecha extract` writes: stdout, or a file that is replaced only once the run has finished.

A run that fails half way, or is interrupted, must not leave a truncated file where a good one was: the
output goes to a temporary file beside the target and is renamed over it at the end. JSONL lines written
before an interruption are kept in ``OUT.partial``.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from typing import TextIO

from vstrecha.io import Input, shown


class OutputError(Exception):
    """Output that cannot be written; str() is the one-line message naming it."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class Output:
    """The run's output stream, committed (renamed into place) or discarded at the end."""

    def __init__(self, target: str | None) -> None:
        self.target = target
        self.name = "<stdout>" if target is None else shown(target)
        self.stream: TextIO = sys.stdout
        self.temporary: str | None = None
        self.real: str | None = None
        self.lines = 0  # documents written, for the message after an interruption

    def open(self) -> TextIO:
        if self.target is None:
            return self.stream
        try:
            info: os.stat_result | None = os.stat(self.target)
        except FileNotFoundError:
            info = None
        except OSError as error:
            raise OutputError(f"{self.name}: cannot write ({error.strerror})") from error
        try:
            if info is not None and stat.S_ISDIR(info.st_mode):
                raise OutputError(f"{self.name}: is a directory")
            if info is not None and not stat.S_ISREG(info.st_mode):
                # a device or a FIFO (/dev/null, a pipe): written as it goes, there is nothing to replace
                self.stream = open(self.target, "w", encoding="utf-8")  # noqa: SIM115
                return self.stream
            self.real = os.path.realpath(self.target)  # a symlink's target is replaced, not the link
            directory, base = os.path.split(self.real)
            descriptor, self.temporary = tempfile.mkstemp(prefix=f".{base}.", suffix=".tmp", dir=directory)
            os.fchmod(descriptor, stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~_umask())
            self.stream = os.fdopen(descriptor, "w", encoding="utf-8")
        except OSError as error:
            raise OutputError(f"{self.name}: cannot write ({error.strerror})") from error
        return self.stream

    def write(self, text: str, flush: bool = False) -> None:
        try:
            self.stream.write(text)
            if flush:
                self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputError(f"{self.name}: cannot write ({error.strerror})") from error

    def commit(self) -> None:
        """Everything written and on disk, then renamed over the target in one step."""
        try:
            self.stream.flush()
            if self.target is None:
                return
            if self.temporary is not None:
                os.fsync(self.stream.fileno())
            self.stream.close()
            if self.temporary is not None and self.real is not None:
                os.replace(self.temporary, self.real)
                self.temporary = None
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputError(f"{self.name}: cannot write ({error.strerror})") from error
        finally:
            self.discard()

    def discard(self) -> None:
        """After a failure: the target stays as it was, the temporary file goes."""
        if self.target is None:
            return
        try:
            self.stream.close()
        except OSError:
            pass
        if self.temporary is not None:
            try:
                os.unlink(self.temporary)
            except OSError:
                pass
            self.temporary = None

    def keep_partial(self) -> str | None:
        """After an interruption of a JSONL run: the complete lines so far as ``OUT.partial``, or None."""
        if self.temporary is None or self.real is None or self.lines == 0:
            self.discard()
            return None
        partial = self.real + ".partial"
        try:
            self.stream.close()
            os.replace(self.temporary, partial)
        except OSError:
            self.discard()
            return None
        self.temporary = None
        return shown(partial)


def clash(target: str | None, paths: list[str], inputs: list[Input]) -> str | None:
    """Why ``-o`` may not be ``target``, or None: it is one of the inputs, or a *.txt of an input directory
    (this run would replace a text it reads; the next would read its own output)."""
    if target is None:
        return None
    real = os.path.realpath(target)
    try:
        info: os.stat_result | None = os.stat(target)
    except OSError:
        info = None
    for item in inputs:
        if item.path is None:
            continue
        if os.path.realpath(item.path) == real:
            return f"{shown(target)}: -o names an input; refused, nothing was written"
        if info is not None:
            try:
                if os.path.samefile(item.path, target):
                    return f"{shown(target)}: -o names an input; refused, nothing was written"
            except OSError:
                continue
    for name in paths:
        inside = name != "-" and real.endswith(".txt") and os.path.isdir(name)
        if inside and os.path.dirname(real) == os.path.realpath(name):
            return f"{shown(target)}: -o is a .txt of the input directory {shown(name)}; refused, nothing was written"
    return None
