"""
Tasks: ``nox`` runs tests, lint, typecheck and docs; ``nox -s bench`` and friends on demand.

Every session installs what it needs from ``pyproject.toml``'s dependency groups, so a
clean machine with only Python and nox runs them all.
"""

from __future__ import annotations

import nox


nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = True

PYPROJECT = nox.project.load_toml()


def _install(session: nox.Session, *groups: str, extras: str = "") -> None:
    deps = [dep for group in groups for dep in nox.project.dependency_groups(PYPROJECT, group)]
    session.install("-e", f".{extras}", *deps)


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite (pass pytest options after --, e.g. ``nox -s tests -- -k time``)."""
    _install(session, "tests", extras="[pandas,dask]")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Check style and formatting with ruff."""
    _install(session, "lint")
    session.run("ruff", "check", *(session.posargs or ["."]))
    session.run("ruff", "format", "--check", *(session.posargs or ["."]))


@nox.session
def typecheck(session: nox.Session) -> None:
    """Type-check the package and its tests with mypy --strict."""
    _install(session, "typing")
    session.run("mypy", *session.posargs)


@nox.session
def docs(session: nox.Session) -> None:
    """Build the documentation strictly; ``nox -s docs -- serve`` serves it when interactive."""
    _install(session, "docs")
    session.env["NO_MKDOCS_2_WARNING"] = "1"
    if session.interactive and "serve" in session.posargs:
        session.run("mkdocs", "serve")
    else:
        session.run("mkdocs", "build", "--strict", "--site-dir", str(session.create_tmp() + "/site"))


@nox.session(default=False)
def bench(session: nox.Session) -> None:
    """Benchmark parse, stages, scaling, memory and JSON against peers (``-- --quick`` for a short run)."""
    _install(session)
    session.install("dateparser", "quantulum3", "spacy", "pydantic>=2")
    session.run("python", "benchmarks/bench.py", *session.posargs)


@nox.session(default=False)
def fuzz(session: nox.Session) -> None:
    """Fuzz parse and from_json with atheris, each for a bounded time (``-- 600`` seconds each)."""
    _install(session)
    session.install("atheris")
    seconds = session.posargs[0] if session.posargs else "60"
    corpus = session.create_tmp()
    session.run("python", "-c", _SEED_CORPUS, corpus)
    for target in ("fuzz_parse", "fuzz_from_json"):
        session.run(
            "python",
            f"tests/fuzz/{target}.py",
            f"-max_total_time={seconds}",
            "-rss_limit_mb=4096",
            f"{corpus}/{target}",
            "tests/fuzz/crashes/",
            f"-artifact_prefix={corpus}/crash-",
        )


_SEED_CORPUS = """
import pathlib, sys, ceasefire
root = pathlib.Path(sys.argv[1])
texts = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path("tests/corpus").glob("*.txt"))]
texts.append(pathlib.Path("seeds/000_44517ffaa18d11d5.txt").read_text(encoding="utf-8"))
for name in ("fuzz_parse", "fuzz_from_json"):
    (root / name).mkdir(parents=True, exist_ok=True)
for i, text in enumerate(texts):
    (root / "fuzz_parse" / f"{i}.txt").write_text(text, encoding="utf-8")
    (root / "fuzz_from_json" / f"{i}.json").write_text(ceasefire.to_json(ceasefire.parse(text)), encoding="utf-8")
"""
