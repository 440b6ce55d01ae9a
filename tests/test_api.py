"""The public surface: exactly these names, each importable, each model JSON-safe."""

from __future__ import annotations

import claimcheck as cc

PUBLIC = {
    "Claim",
    "ClaimKind",
    "ClaimcheckError",
    "Finding",
    "InputError",
    "LanguageError",
    "LexiconError",
    "Measure",
    "Mention",
    "MentionKind",
    "Period",
    "Qualifier",
    "Reason",
    "RecordKind",
    "Reference",
    "ReferenceDataError",
    "ReferenceRecord",
    "Relation",
    "Report",
    "Span",
    "Tolerance",
    "Verdict",
    "__version__",
    "check",
    "check_many",
    "extract",
    "parse_claims",
    "render",
}


def test_all_is_the_public_surface() -> None:
    assert set(cc.__all__) == PUBLIC
    assert cc.__all__ == sorted(cc.__all__, key=str)
    for name in cc.__all__:
        assert hasattr(cc, name), name


def test_errors_are_also_builtins() -> None:
    assert issubclass(cc.LanguageError, ValueError)
    assert issubclass(cc.ReferenceDataError, ValueError)
    assert issubclass(cc.InputError, cc.ClaimcheckError)


def test_report_schema() -> None:
    schema = cc.Report.model_json_schema()
    assert "findings" in schema["properties"]


def test_unsupported_language_is_a_clear_error() -> None:
    try:
        cc.extract("Hallo Welt", lang="de")
    except cc.LanguageError as exc:
        assert "lang='de' is not supported" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("no error for lang='de'")
