"""The ``claimcheck`` command: ``extract`` and ``check`` from a shell.

Exit codes: 0 when nothing is contradicted, 1 when something is, 2 on bad
input (with a one-line message on standard error, never a traceback).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from claimcheck.check import check_many
from claimcheck.errors import ClaimcheckError, InputError
from claimcheck.extract import extract
from claimcheck.inputs import coerce_reference_date
from claimcheck.lexicon import validate_lang
from claimcheck.models import Mention, Report
from claimcheck.reference import Reference

__all__ = ["main"]

EXIT_OK, EXIT_CONTRADICTED, EXIT_BAD_INPUT = 0, 1, 2
_READ_AHEAD = 64  # files read before their texts are checked together (check_many's batch)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimcheck",
        description="Find the quantitative and temporal claims in news text and check them.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("files", nargs="+", metavar="FILE", help="text files, or - for stdin")
        sub.add_argument("--lang", help="fr or en (default: detect)")
        sub.add_argument("--date", help="reference (publication) date, ISO 8601; default today")

    extract_cmd = commands.add_parser("extract", help="list the figures, dates and durations")
    common(extract_cmd)
    extract_cmd.add_argument("--format", choices=("table", "json", "jsonl"), default="table")

    check_cmd = commands.add_parser("check", help="check the claims against reference data")
    common(check_cmd)
    check_cmd.add_argument("--reference", required=True, metavar="CSV")
    check_cmd.add_argument("--aliases", metavar="CSV")
    check_cmd.add_argument("--format", choices=("table", "markdown", "json"), default="table")
    return parser


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    path = Path(name)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {name!r}: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name!r} is not UTF-8 text (byte {exc.start}: {data[exc.start : exc.start + 1]!r})"
        ) from None


def _texts(files: Sequence[str], err: TextIO) -> Iterator[tuple[str, str]]:
    """Each file's name and text, with a progress line on a terminal for many files."""
    show = len(files) > 1 and err.isatty()
    for done, name in enumerate(files, 1):
        if show:
            err.write(f"\r[{done}/{len(files)}] {name[-50:]:50}")
            err.flush()
        yield name, _read(name)
    if show:
        err.write("\n")


def _mention_row(m: Mention) -> str:
    if m.period is not None:
        figure = f"{m.relation.value if m.relation else 'in'} {m.period.label()}"
    else:
        low = "" if m.low is None else f"{m.low:g}"
        high = "" if m.high is None else f"{m.high:g}"
        figure = f"{m.value:g}" if m.value is not None else ""
        if (low, high) != (figure, figure):
            figure = f"{figure} [{low}, {high}]".strip()
    unit = m.currency or m.unit or ""
    noun = m.noun or ""
    kind, qualifier = m.kind.value, m.qualifier.value
    return f"{m.start:>6} {kind:9} {qualifier:7} {figure:28} {unit:6} {noun[:24]:24} {m.text}"


def _extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    for name, text in _texts(args.files, err):
        mentions = extract(text, lang=args.lang, reference_date=args.date)
        if args.format == "jsonl":
            for m in mentions:
                out.write(
                    json.dumps({"file": name, **m.model_dump(mode="json")}, ensure_ascii=False)
                )
                out.write("\n")
        elif args.format == "json":
            payload = [m.model_dump(mode="json") for m in mentions]
            out.write(json.dumps({"file": name, "mentions": payload}, ensure_ascii=False, indent=2))
            out.write("\n")
        else:
            if len(args.files) > 1:
                out.write(f"== {name}\n")
            out.write(
                f"{'offset':>6} {'kind':9} {'qual.':7} {'figure':28} {'unit':6} {'noun':24} text\n"
            )
            for m in mentions:
                out.write(_mention_row(m) + "\n")
    return EXIT_OK


def _check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Check each file, its report written as soon as its batch is checked.

    Files go through ``check_many`` (batches of texts, faster than a ``check`` per file)
    in runs of texts read without error: a file that cannot be read stops the command
    after the reports of the files before it, as one ``check`` per file did.
    """
    reference = Reference.from_csv(args.reference, aliases=args.aliases)
    status = EXIT_OK
    texts = _texts(args.files, err)
    while True:
        names: list[str] = []
        batch: list[str] = []
        failure: InputError | None = None
        try:
            for name, text in texts:
                names.append(name)
                batch.append(text)
                if len(batch) == _READ_AHEAD:
                    break
        except InputError as exc:
            failure = exc
        reports = check_many(batch, reference, lang=args.lang, reference_date=args.date)
        for name, report in zip(names, reports, strict=True):
            if report.contradicted:
                status = EXIT_CONTRADICTED
            _write_report(args, name, report, out)
        if failure is not None:
            raise failure
        if len(batch) < _READ_AHEAD:
            return status


def _write_report(args: argparse.Namespace, name: str, report: Report, out: TextIO) -> None:
    if len(args.files) > 1 and args.format != "json":
        out.write(f"== {name}\n")
    if args.format == "json":
        out.write(report.to_json() + "\n")
    elif args.format == "markdown":
        out.write(report.to_markdown() + "\n")
    else:
        out.write(report.to_text() + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code.

    >>> main(["extract", "--lang", "xx", "-"])
    2
    """
    args = _parser().parse_args(argv)
    out, err = sys.stdout, sys.stderr
    try:
        if args.lang is not None:
            validate_lang(args.lang)
        coerce_reference_date(args.date)  # a bad date is reported before any file is read
        if args.command == "extract":
            return _extract(args, out, err)
        return _check(args, out, err)
    except ClaimcheckError as exc:
        message = str(exc).replace("\n", "; ")
        err.write(f"claimcheck: error: {message}\n")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
