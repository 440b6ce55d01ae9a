"""A pytest plugin: name the reference data once, check text against it in any test.

Installed with claimcheck (entry point ``pytest11``), it adds:

- the options ``--claimcheck-reference PATH`` and ``--claimcheck-aliases PATH``,
  or the same as ``claimcheck_reference`` / ``claimcheck_aliases`` in the pytest
  configuration (paths relative to the configuration file);
- the fixture ``claimcheck_reference``: that CSV loaded once per session as a
  :class:`~claimcheck.reference.Reference` (tests that use it are skipped when
  no reference is configured);
- the fixture ``claimcheck_consistent``: :func:`claimcheck.testing.assert_consistent`
  bound to that reference, so a test reads ``claimcheck_consistent(text)``.

Without the entry point, enable it with ``-p claimcheck.pytest_plugin``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from claimcheck.models import Report
    from claimcheck.reference import Reference

__all__ = ["claimcheck_consistent", "claimcheck_reference"]

_OPTIONS = (
    ("reference", "the reference data CSV that claims are checked against"),
    ("aliases", "the aliases CSV (type,name,alias) for the reference data"),
)


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("claimcheck", "checking claims against reference data")
    for name, help_text in _OPTIONS:
        group.addoption(
            f"--claimcheck-{name}",
            dest=f"claimcheck_{name}",
            metavar="PATH",
            default=None,
            help=help_text,
        )
        parser.addini(f"claimcheck_{name}", help_text, default="")


def _configured(config: pytest.Config, name: str) -> Path | None:
    """A path from the command line (relative to the working directory) or from the
    configuration file (relative to that file)."""
    given = config.getoption(f"claimcheck_{name}")
    if given:
        return Path(given)
    value = str(config.getini(f"claimcheck_{name}") or "")
    if not value:
        return None
    base = config.inipath.parent if config.inipath is not None else config.rootpath
    return base / value


def pytest_report_header(config: pytest.Config) -> str | None:
    path = _configured(config, "reference")
    return None if path is None else f"claimcheck reference: {path}"


@pytest.fixture(scope="session")
def claimcheck_reference(pytestconfig: pytest.Config) -> Reference:
    """The configured reference data, loaded once per session."""
    from claimcheck.reference import Reference

    path = _configured(pytestconfig, "reference")
    if path is None:
        pytest.skip(
            "no claimcheck reference: pass --claimcheck-reference PATH "
            "or set claimcheck_reference in the pytest configuration"
        )
    aliases = _configured(pytestconfig, "aliases")
    return Reference.from_csv(path, aliases=aliases)


@pytest.fixture
def claimcheck_consistent(claimcheck_reference: Reference) -> Callable[..., Report]:
    """``assert_consistent`` against the configured reference: ``claimcheck_consistent(text,
    lang=…, reference_date=…)`` fails with every contradicted claim listed."""
    from claimcheck.testing import assert_consistent

    def consistent(text: Any, **options: Any) -> Report:
        return assert_consistent(text, claimcheck_reference, **options)

    return consistent
