"""The ``claimcheck`` command: output formats, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ARTICLE = str(EXAMPLES / "xiaomi.txt")
REFERENCE = str(EXAMPLES / "reference.csv")
ALIASES = str(EXAMPLES / "aliases.csv")


def test_extract_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["extract", ARTICLE, "--lang", "fr", "--date", "2024-11-20", "--format", "json"]) == 0
    )
    payload = json.loads(capsys.readouterr().out)
    texts = [m["text"] for m in payload["mentions"]]
    assert any("100 000" in t for t in texts)
    assert any("2026" in t for t in texts)


def test_extract_jsonl_and_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", ARTICLE, "--date", "2024-11-20", "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(json.loads(line)["file"] == ARTICLE for line in lines)
    assert main(["extract", ARTICLE, "--date", "2024-11-20"]) == 0
    assert "près de 100" in capsys.readouterr().out


def test_check_exits_1_when_something_is_contradicted(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["check", ARTICLE, "--reference", REFERENCE, "--aliases", ALIASES]
    assert main([*argv, "--date", "2024-11-20", "--lang", "fr"]) == 1
    out = capsys.readouterr().out
    for verdict in ("supported", "contradicted", "unverifiable"):
        assert verdict in out


def test_check_json_is_a_report(capsys: pytest.CaptureFixture[str]) -> None:
    import claimcheck as cc

    argv = ["check", ARTICLE, "--reference", REFERENCE, "--aliases", ALIASES, "--format", "json"]
    main([*argv, "--date", "2024-11-20"])
    report = cc.Report.model_validate_json(capsys.readouterr().out)
    assert report.findings


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["extract", "missing.txt"], "cannot read 'missing.txt'"),
        (["extract", ARTICLE, "--lang", "de"], "lang='de' is not supported"),
        (["extract", ARTICLE, "--date", "hier"], "reference_date='hier' is not an ISO 8601 date"),
        (["check", ARTICLE, "--reference", "nowhere.csv"], "nowhere.csv"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_bad_reference_rows_are_all_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "ref.csv"
    bad.write_text(
        "entity,metric,value,period\nXiaomi,stores,douze,2024\nXiaomi,stores,12,2024-13\n",
        encoding="utf-8",
    )
    assert main(["check", ARTICLE, "--reference", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "row 2" in err and "douze" in err
    assert "row 3" in err and "2024-13" in err


def test_not_utf8_is_reported_with_its_offset(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Le géant".encode("latin-1"))
    assert main(["extract", str(latin)]) == 2
    assert "byte 4" in capsys.readouterr().err


def _one_check_per_file(files: list[str], fmt: str) -> str:
    """What the command printed when it ran ``check`` file by file."""
    import claimcheck as cc

    reference = cc.Reference.from_csv(REFERENCE, aliases=ALIASES)
    lines = []
    for name in files:
        report = cc.check(Path(name).read_text(encoding="utf-8"), reference, None, "2024-11-20")
        if fmt != "json":
            lines.append(f"== {name}\n")
        text = {"json": report.to_json, "markdown": report.to_markdown, "table": report.to_text}
        lines.append(text[fmt]() + "\n")
    return "".join(lines)


@pytest.mark.parametrize("fmt", ["table", "markdown", "json"])
def test_many_files_print_what_one_check_per_file_printed(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Files are checked in batches (check_many), more than one batch here; the output is
    the reports of ``check`` file by file, in order."""
    files = []
    for i in range(70):
        path = tmp_path / f"a{i:02}.txt"
        path.write_text(
            f"Xiaomi a ouvert {100 + i} points de vente en 2023." if i % 3 else "Bonjour.",
            encoding="utf-8",
        )
        files.append(str(path))
    files.append(ARTICLE)
    argv = ["check", *files, "--reference", REFERENCE, "--aliases", ALIASES, "--format", fmt]
    status = main([*argv, "--date", "2024-11-20"])
    assert capsys.readouterr().out == _one_check_per_file(files, fmt)
    assert status == 1  # the article has a contradicted claim


def test_a_file_that_cannot_be_read_stops_after_the_reports_before_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["check", ARTICLE, ARTICLE, str(tmp_path / "missing.txt"), ARTICLE]
    assert main([*argv, "--reference", REFERENCE, "--aliases", ALIASES]) == 2
    captured = capsys.readouterr()
    assert captured.out.count(f"== {ARTICLE}") == 2
    assert "cannot read" in captured.err and "missing.txt" in captured.err
