"""Where grammars come from: one loading path for the built-in directory, a user's directory, a module object
and an installed plugin, each with its data files.

First every source is imported and its data directory found; then the data of all of them is put together
(the package's files first, then each source's same-named files, in order), and only then does each module
build its grammars from that data. So a plugin's ``cities.tsv`` reaches the built-in cities grammar just as a
user directory's does.

A module's data directory is its ``DATA_DIR`` (a path, relative to the module's file) when it declares one,
else the directory its file is in. A directory source is its own data directory.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from types import ModuleType, TracebackType

from vstrecha.errors import GrammarError
from vstrecha.grammar import Data, Grammar, builtin_grammar_dir, grammars_of

GrammarSource = str | os.PathLike | ModuleType
PLUGIN_GROUP = "vstrecha.grammars"
NO_PLUGINS = "VSTRECHA_NO_PLUGINS"
SWITCH_OFF = f"leave installed plugins out with --no-plugins, {NO_PLUGINS}=1 or Extractor(plugins=False)"


@dataclass
class Source:
    """One place grammars come from: its modules (each with the origin its grammars are named by) and the
    directory of its data files."""

    name: str
    modules: list[tuple[ModuleType, str]] = field(default_factory=list)
    data: Path | None = None
    plugin: bool = False


def grammar_sources(grammars: object) -> list[GrammarSource]:
    """``grammars`` as a list: one directory (str or Path) or module, or an iterable of them; anything else is a
    TypeError saying what is accepted (a str is one directory, never a sequence of one-letter ones)."""
    if isinstance(grammars, str | os.PathLike | ModuleType):
        return [grammars]
    if isinstance(grammars, bytes) or not isinstance(grammars, Iterable):
        raise TypeError(
            f"grammars must be a directory (str or Path), a module, or a list of them, got {type(grammars).__name__}"
        )
    items = list(grammars)
    for item in items:
        if not isinstance(item, str | os.PathLike | ModuleType):
            raise TypeError(
                f"each of grammars must be a directory (str or Path) or a module, got {type(item).__name__}: {item!r}"
            )
    return items


def plugins_refused() -> bool:
    """VSTRECHA_NO_PLUGINS=1 (or true, yes): installed plugins are not loaded unless asked for by name."""
    return os.environ.get(NO_PLUGINS, "").strip().lower() in ("1", "true", "yes")


def where(trace: TracebackType | None, inside: Path | None = None) -> str | None:
    """``file:line`` of the innermost frame of a traceback (within ``inside`` when given), skipping the import
    machinery."""
    found = None
    while trace is not None:
        filename = trace.tb_frame.f_code.co_filename
        if not filename.startswith("<frozen"):
            path = Path(filename)
            if inside is None or path.resolve() == inside.resolve():
                found = f"{inside if inside is not None else filename}:{trace.tb_lineno}"
        trace = trace.tb_next
    return found


def import_file(path: Path, package: str) -> ModuleType:
    """A module of a grammar directory, imported under a package name of its own; errors name file and line."""
    name = f"{package}.{path.stem}"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise GrammarError(f"{path}: not a Python module")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except SyntaxError as error:
        del sys.modules[name]
        raise GrammarError(f"{path}:{error.lineno}: syntax error: {error.msg}") from error
    except Exception as error:
        del sys.modules[name]
        raise GrammarError(f"{where(error.__traceback__, path) or path}: {type(error).__name__}: {error}") from error
    return module


def directory_source(directory: Path, package: str | None = None) -> Source:
    """Every ``*.py`` of a directory (names starting with "_" excepted), and the directory's data files."""
    if not directory.is_dir():
        raise GrammarError(f"{directory}: grammar directory not found")
    package = package or "vstrecha_user_" + str(abs(hash(str(directory.resolve()))))
    modules = [
        (import_file(path, package), path.stem)
        for path in sorted(directory.glob("*.py"))
        if not path.name.startswith("_")
    ]
    return Source(str(directory), modules, directory)


def data_directory(module: ModuleType, name: str) -> Path | None:
    """A module's data: its declared ``DATA_DIR`` (relative to its file), else the directory of its file."""
    file = getattr(module, "__file__", None)
    here = Path(file).parent if file else None
    declared = getattr(module, "DATA_DIR", None)
    if declared is None:
        return here
    directory = Path(declared)
    if not directory.is_absolute() and here is not None:
        directory = here / directory
    if not directory.is_dir():
        raise GrammarError(f"{file or name}: DATA_DIR {str(declared)!r} is not a directory ({directory})")
    return directory


def module_source(module: ModuleType) -> Source:
    return Source(module.__name__, [(module, module.__name__)], data_directory(module, module.__name__))


def plugin_sources() -> list[Source]:
    """Installed packages that declare a module in the ``vstrecha.grammars`` entry-point group, by name."""
    sources = []
    for point in sorted(entry_points(group=PLUGIN_GROUP), key=lambda point: point.name):
        try:
            module = point.load()
        except Exception as error:
            place = where(error.__traceback__) or point.value
            if isinstance(error, SyntaxError) and error.filename:
                place = f"{error.filename}:{error.lineno}"
            raise GrammarError(
                f"plugin {point.name} ({point.value}) failed to load: {place}: {type(error).__name__}: {error}; "
                f"{SWITCH_OFF}"
            ) from error
        if not isinstance(module, ModuleType):
            raise GrammarError(f"plugin {point.name}: {point.value} is not a module; {SWITCH_OFF}")
        try:
            directory = data_directory(module, point.name)
        except GrammarError as error:
            raise GrammarError(f"plugin {point.name}: {error}; {SWITCH_OFF}") from error
        sources.append(Source(f"plugin {point.name}", [(module, f"plugin:{point.name}")], directory, plugin=True))
    return sources


def collect_sources(grammars: object = (), plugins: bool = True) -> list[Source]:
    """The built-in directory, then each user source in order, then installed plugins (when asked for)."""
    sources = [directory_source(builtin_grammar_dir(), "vstrecha_grammars")]
    for item in grammar_sources(grammars):
        if isinstance(item, ModuleType):
            sources.append(module_source(item))
        else:
            sources.append(directory_source(Path(item)))
    if plugins:
        sources.extend(plugin_sources())
    return sources


def data_of(sources: list[Source]) -> Data:
    """The data directories of all sources, each once, in order."""
    directories: list[Path] = []
    seen: set[Path] = set()
    for source in sources:
        if source.data is not None and source.data.resolve() not in seen:
            seen.add(source.data.resolve())
            directories.append(source.data)
    return Data(directories)


def build(sources: list[Source], data: Data) -> list[Grammar]:
    """Every module's grammars, from the data of all sources; a plugin's failure names the plugin and how to
    switch plugins off, also when its data file is what failed."""
    grammars: list[Grammar] = []
    try:
        for source in sources:
            for module, origin in source.modules:
                try:
                    grammars.extend(grammars_of(module, origin, data))
                except GrammarError as error:
                    if source.plugin:
                        raise GrammarError(f"{source.name}: {error}; {SWITCH_OFF}") from error
                    raise
    except GrammarError as error:
        message = str(error)
        for source in sources:
            if source.plugin and source.data is not None and message.startswith(str(source.data)):
                raise GrammarError(f"{source.name}: {message}; {SWITCH_OFF}") from error
        raise
    return grammars


def load(grammars: object = (), plugins: bool = True) -> tuple[list[Grammar], Data]:
    """All grammars and their data, through the one path described above."""
    sources = collect_sources(grammars, plugins)
    data = data_of(sources)
    return build(sources, data), data
