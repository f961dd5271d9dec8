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
    if session.interactive and "serve" in session.posargs:
        session.run("mkdocs", "serve")
    else:
        session.run("mkdocs", "build", "--strict", "--site-dir", str(session.create_tmp() + "/site"))
