"""The assertion helpers, the pytest plugin, and the example test file users copy."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from importlib import metadata
from pathlib import Path

import pytest

import claimcheck as cc
from claimcheck.errors import InputError
from claimcheck.testing import assert_consistent, assert_no_unverifiable

ROOT = Path(__file__).resolve().parent.parent
RECORDS = [
    {"entity": "Xiaomi", "metric": "vehicles_produced", "value": 96214, "period": "2024"},
    {"entity": "Xiaomi", "metric": "stores", "value": 95, "period": "2024", "kind": "stock"},
]
ALIASES = {"metric": {"vehicles_produced": ["véhicules produits"], "stores": ["points de vente"]}}
REFERENCE = cc.Reference.from_records(RECORDS, aliases=ALIASES)

TRUE = "Xiaomi a produit 96 214 véhicules en 2024."
FALSE = "Xiaomi a produit plus de 100 000 véhicules en 2024."
UNKNOWN_YEAR = "Xiaomi a produit 96 214 véhicules en 2019."


def test_a_consistent_text_passes_and_returns_the_report() -> None:
    report = assert_consistent(TRUE, REFERENCE, lang="fr")
    assert [f.verdict for f in report.findings] == [cc.Verdict.SUPPORTED]


def test_each_contradiction_is_listed_with_its_place_and_explanation() -> None:
    with pytest.raises(AssertionError) as caught:
        assert_consistent(f"{FALSE} {TRUE} {FALSE}", REFERENCE, lang="fr")
    message = str(caught.value)
    assert message.startswith("2 claims contradict the reference:")
    assert message.count("'plus de 100 000'") == 2
    assert "(characters 17-32)" in message
    assert "214" in message  # the explanation cites the reference value
    assert f"in {FALSE!r}" in message


def test_unverifiable_claims_pass_assert_consistent_but_not_the_strict_check() -> None:
    assert_consistent(UNKNOWN_YEAR, REFERENCE, lang="fr")
    with pytest.raises(AssertionError, match=r"^1 claim cannot be checked against the reference"):
        assert_no_unverifiable(UNKNOWN_YEAR, REFERENCE, lang="fr")
    assert_no_unverifiable(TRUE, REFERENCE, lang="fr")


def test_options_reach_check() -> None:
    loose = cc.Tolerance(bounds=0.05)
    assert_consistent(FALSE, REFERENCE, lang="fr", tolerance=loose)


def test_the_reference_may_be_records_or_a_csv_path(tmp_path: Path) -> None:
    assert_consistent("Xiaomi a produit 96 214 vehicles_produced en 2024.", RECORDS, lang="fr")
    csv = tmp_path / "ref.csv"
    csv.write_text(
        "entity,metric,value,unit,period,kind,source\nXiaomi,vehicles_produced,96214,,2024,flow,\n",
        encoding="utf-8",
    )
    with pytest.raises(AssertionError, match="contradicts"):
        assert_consistent("Xiaomi a produit 12 vehicles_produced en 2024.", str(csv), lang="fr")


def test_a_bad_reference_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="reference must be a Reference"):
        assert_consistent(TRUE, 42, lang="fr")  # type: ignore[arg-type]


def run_pytest(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def plugin_installed() -> bool:
    """Whether the pytest11 entry point is registered (then ``-p`` would load it twice)."""
    found = metadata.entry_points(group="pytest11")
    return any(ep.value == "claimcheck.pytest_plugin" for ep in found)


def test_the_plugin_loads_the_reference_once_and_binds_the_assertion(tmp_path: Path) -> None:
    (tmp_path / "ref.csv").write_text(
        "entity,metric,value,unit,period,kind,source\nXiaomi,vehicles_produced,96214,,2024,flow,\n",
        encoding="utf-8",
    )
    (tmp_path / "aliases.csv").write_text(
        "type,name,alias\nmetric,vehicles_produced,véhicules produits\n", encoding="utf-8"
    )
    (tmp_path / "test_text.py").write_text(
        textwrap.dedent(
            f"""
            import pytest

            def test_reference(claimcheck_reference):
                assert len(claimcheck_reference) == 1

            def test_true(claimcheck_consistent):
                claimcheck_consistent({TRUE!r}, lang="fr")

            def test_false(claimcheck_consistent):
                with pytest.raises(AssertionError, match="contradicts"):
                    claimcheck_consistent({FALSE!r}, lang="fr")
            """
        ),
        encoding="utf-8",
    )
    plugin = () if plugin_installed() else ("-p", "claimcheck.pytest_plugin")
    given = run_pytest(
        *plugin,
        "--claimcheck-reference=ref.csv",
        "--claimcheck-aliases=aliases.csv",
        "test_text.py",
        cwd=tmp_path,
    )
    assert given.returncode == 0, given.stdout + given.stderr
    assert "3 passed" in given.stdout and "claimcheck reference: ref.csv" in given.stdout

    (tmp_path / "pytest.ini").write_text(
        "[pytest]\nclaimcheck_reference = ref.csv\nclaimcheck_aliases = aliases.csv\n",
        encoding="utf-8",
    )
    from_ini = run_pytest(*plugin, "test_text.py", cwd=tmp_path)
    assert from_ini.returncode == 0, from_ini.stdout + from_ini.stderr

    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    unset = run_pytest(*plugin, "-rs", "test_text.py", cwd=tmp_path)
    assert unset.returncode == 0, unset.stdout + unset.stderr
    assert "3 skipped" in unset.stdout and "pass --claimcheck-reference PATH" in unset.stdout


def test_the_example_test_file_passes() -> None:
    example = ROOT / "examples" / "test_with_claimcheck.py"
    result = run_pytest("-q", str(example), cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
