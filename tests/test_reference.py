"""Reference data: loading, validation of every row, aliases, lookup, pickling."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck as cc
from claimcheck.errors import InputError, ReferenceDataError
from claimcheck.models import Period, RecordKind, ReferenceRecord
from claimcheck.reference import Reference, parse_period

GOOD = """entity,metric,value,unit,period,kind,source
France,population,68373433,,2023,stock,Insee
France,gdp,2803,Md EUR,2023,flow,Insee
Xiaomi,vehicles_produced,100000,,2024-11-18,stock,Xiaomi
Xiaomi,export_start,,,2025-06,event,
Renault,vehicles_sold,540000,,2024-Q1,,
"""


def write(tmp_path: Path, text: str, name: str = "ref.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_from_csv_reads_every_column(tmp_path: Path) -> None:
    ref = Reference.from_csv(write(tmp_path, GOOD))
    assert len(ref) == 5
    assert ref.entities == ("France", "Xiaomi", "Renault")
    (gdp,) = ref.records_for("France", "gdp")
    assert gdp.value == 2803 and gdp.unit == "Md EUR" and gdp.kind is RecordKind.FLOW
    assert gdp.origin == "ref.csv row 3"
    (event,) = ref.records_for("Xiaomi", "export_start")
    assert event.value is None and event.kind is RecordKind.EVENT and event.source is None
    (sold,) = ref.records_for("Renault", "vehicles_sold")
    assert sold.period == Period.quarter(2024, 1) and sold.kind is RecordKind.FLOW


def test_iterating_gives_validated_records(tmp_path: Path) -> None:
    ref = Reference.from_csv(write(tmp_path, GOOD))
    for record in ref:
        assert ReferenceRecord.model_validate(record.model_dump()) == record


def test_every_bad_row_is_reported_at_once(tmp_path: Path) -> None:
    text = (
        "entity,metric,value,unit,period,kind,source\n"
        "France,population,douze,,2023,stock,\n"
        ",population,1,,2023,stock,\n"
        "France,population,1,,2024-13,stock,\n"
        "France,population,1,,2024,weird,\n"
        "France,population,1,furlongs,2024,flow,\n"
        "France,population,,,2024,flow,\n"
        "France,population,1,,2024\n"
        "France,population,1,,2022,stock,ok\n"
    )
    with pytest.raises(ReferenceDataError) as caught:
        Reference.from_csv(write(tmp_path, text))
    where = [(p.row, p.column) for p in caught.value.problems]
    assert where == [
        (2, "value"),
        (3, "entity"),
        (4, "period"),
        (5, "kind"),
        (6, "unit"),
        (7, "value"),
        (8, "*"),
    ]
    message = str(caught.value)
    assert "ref.csv row 2, column 'value': 'douze' is not a number" in message
    assert "row 4, column 'period'" in message


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("entity,metric,value,period,colour", "unknown column(s) 'colour'"),
        ("entity,metric,value", "missing column(s) 'period'"),
        ("entity,metric,value,period,period", "repeated column(s) 'period'"),
    ],
)
def test_bad_headers_are_named(tmp_path: Path, header: str, expected: str) -> None:
    with pytest.raises(InputError, match=expected.replace("(", r"\(").replace(")", r"\)")):
        Reference.from_csv(write(tmp_path, header + "\n"))


def test_missing_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read reference file"):
        Reference.from_csv(tmp_path / "absent.csv")
    with pytest.raises(InputError, match="empty"):
        Reference.from_csv(write(tmp_path, ""))
    (tmp_path / "latin1.csv").write_bytes(
        "entity,metric,value,period\nÉtat,m,1,2024\n".encode("latin-1")
    )
    with pytest.raises(InputError, match="not UTF-8"):
        Reference.from_csv(tmp_path / "latin1.csv")


def test_from_records_accepts_dicts_and_models_without_mutating_them() -> None:
    rows: list[Any] = [
        {"entity": "France", "metric": "population", "value": "68373433", "period": "2023"},
        ReferenceRecord(entity="Italie", metric="population", value=58.9e6, period="2023"),
        {
            "entity": "Spain",
            "metric": "population",
            "value": 48_085_361,
            "period": Period.year(2023),
            "kind": RecordKind.STOCK,
        },
    ]
    before = copy.deepcopy(rows)
    ref = Reference.from_records(rows)
    assert rows == before
    assert len(ref) == 3
    assert ref.records_for("France", "population")[0].value == 68373433.0
    assert ref.records_for("Spain", "population")[0].kind is RecordKind.STOCK


def test_from_records_reports_unknown_keys_and_non_mappings() -> None:
    with pytest.raises(ReferenceDataError) as caught:
        Reference.from_records(
            [{"entity": "A", "metric": "m", "value": 1, "period": "2024", "colour": "red"}, 42]  # type: ignore[list-item]
        )
    assert [(p.row, p.column) for p in caught.value.problems] == [(1, "colour"), (2, "*")]


@pytest.mark.parametrize("value", [float("nan"), float("inf"), True, "1,5", [1]])
def test_values_must_be_finite_numbers(value: object) -> None:
    with pytest.raises(ReferenceDataError, match="is not a number"):
        Reference.from_records([{"entity": "A", "metric": "m", "value": value, "period": "2024"}])


def test_records_must_be_an_iterable() -> None:
    with pytest.raises(InputError, match="iterable"):
        Reference.from_records("entity,metric")  # type: ignore[arg-type]


def test_aliases_from_csv_and_mapping_agree(tmp_path: Path) -> None:
    csv = write(
        tmp_path,
        "type,name,alias\nentity,France,Hexagone\nentity,France,la France\n"
        "metric,population,habitants\n",
        "aliases.csv",
    )
    mapping = {
        "entity": {"France": ["Hexagone", "la France"]},
        "metric": {"population": ["habitants"]},
    }
    a = Reference.from_csv(write(tmp_path, GOOD), aliases=csv)
    b = Reference.from_csv(write(tmp_path, GOOD), aliases=mapping)
    assert a.entity_names() == b.entity_names()
    assert a.match_entity("l'Hexagone", skip=frozenset({"l"})) == ("France", 100.0)
    assert a.metric_aliases("population") == ("habitants",)


def test_bad_aliases_are_reported(tmp_path: Path) -> None:
    bad = write(tmp_path, "type,name,alias\nplace,France,Hexagone\nentity,,X\n", "aliases.csv")
    with pytest.raises(ReferenceDataError) as caught:
        Reference.from_csv(write(tmp_path, GOOD), aliases=bad)
    assert [(p.row, p.column) for p in caught.value.problems] == [(2, "type"), (3, "name")]
    with pytest.raises(InputError, match="type,name,alias"):
        Reference.from_csv(write(tmp_path, GOOD), aliases=write(tmp_path, "a,b\n", "x.csv"))
    with pytest.raises(InputError, match="aliases must be"):
        Reference.from_csv(write(tmp_path, GOOD), aliases=42)  # type: ignore[arg-type]
    with pytest.raises(ReferenceDataError, match="must be a list"):
        Reference.from_records([], aliases={"entity": {"France": "Hexagone"}})


def test_entity_matching_exact_folded_and_fuzzy(tmp_path: Path) -> None:
    ref = Reference.from_csv(write(tmp_path, GOOD))
    assert ref.match_entity("XIAOMI") == ("Xiaomi", 100.0)
    assert ref.match_entity("Renaul") is not None
    assert ref.match_entity("Xiaomy") is None  # short names need a closer match
    long = Reference.from_records(
        [{"entity": "Volkswagen", "metric": "m", "value": 1, "period": "2024"}]
    )
    match = long.match_entity("Volkswagn")
    assert match is not None and match[0] == "Volkswagen" and 88 < match[1] < 100
    assert ref.match_entity("Toyota") is None
    assert ref.match_entity("") is None


def test_fuzzy_matching_never_changes_a_number() -> None:
    rows = [
        {"entity": f"Entreprise {i}", "metric": "m", "value": i, "period": "2024"}
        for i in (4711, 4712)
    ]
    ref = Reference.from_records(rows)
    assert ref.match_entity("Entreprise 4713") is None
    found = ref.match_entity("Entrepris 4711")
    assert found is not None and found[0] == "Entreprise 4711"
    assert found[1] == pytest.approx(96.6, abs=1)


def test_pickle_round_trip_keeps_behaviour(tmp_path: Path) -> None:
    ref = Reference.from_csv(write(tmp_path, GOOD), aliases={"entity": {"France": ["Hexagone"]}})
    ref.match_entity("Xiaomy")  # fills a cache that is not pickled
    copy_ = pickle.loads(pickle.dumps(ref))
    assert list(copy_) == list(ref)
    assert copy_.match_entity("hexagone") == ("France", 100.0)
    assert copy_.match_entity("Xiaomy") == ref.match_entity("Xiaomy")


class _PandasLike:
    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows

    def to_dict(self, orient: str) -> list[dict[str, Any]]:
        assert orient == "records"
        return self.rows


class _PolarsLike:
    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows

    def to_dicts(self) -> list[dict[str, Any]]:
        return self.rows


@pytest.mark.parametrize("frame_type", [_PandasLike, _PolarsLike])
def test_from_dataframe_treats_missing_cells_as_empty(frame_type: type) -> None:
    rows = [
        {
            "entity": "A",
            "metric": "m",
            "value": 1.5,
            "unit": float("nan"),
            "period": "2024",
            "kind": None,
            "source": None,
        },
    ]
    ref = Reference.from_dataframe(frame_type(rows))
    (record,) = ref.records_for("A", "m")
    assert record.unit is None and record.value == 1.5 and record.origin == "dataframe row 1"


def test_from_dataframe_with_pandas() -> None:
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame(
        {
            "entity": ["A", "B"],
            "metric": ["m", "m"],
            "value": [1, None],
            "period": ["2024", "2024"],
            "kind": ["flow", "event"],
        }
    )
    ref = Reference.from_dataframe(frame)
    assert len(ref) == 2


def test_from_dataframe_rejects_other_objects() -> None:
    with pytest.raises(InputError, match="DataFrame"):
        Reference.from_dataframe([1, 2])


def test_reference_is_exported() -> None:
    assert cc.Reference is Reference


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tesla, Inc.", "Tesla"),
        ("le groupe Renault", "Renault"),
        ("BMW Group", "BMW"),
        ("L'Oréal", "L'Oréal SA"),
        ("Air France", None),
        ("Renault Trucks", None),
    ],
)
def test_organisational_words_do_not_tell_names_apart(text: str, expected: str | None) -> None:
    ref = Reference.from_records(
        [
            {"entity": name, "metric": "m", "value": 1, "period": "2024"}
            for name in ("Tesla", "Renault", "BMW", "L'Oréal SA", "France")
        ]
    )
    found = ref.match_entity(text)
    assert (found[0] if found else None) == expected


def test_from_dataframe_with_polars() -> None:
    polars = pytest.importorskip("polars")
    frame = polars.DataFrame(
        {
            "entity": ["A", "B"],
            "metric": ["m", "m"],
            "value": [1.5, None],
            "period": ["2024", "2024-Q1"],
            "kind": ["stock", "event"],
        }
    )
    ref = Reference.from_dataframe(frame)
    assert [r.kind for r in ref] == [RecordKind.STOCK, RecordKind.EVENT]
    assert frame.height == 2


def test_from_dataframe_reports_bad_cells_with_rows() -> None:
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame(
        {"entity": ["A", "A"], "metric": ["m", "m"], "value": [1, "x"], "period": [2024, 2025]}
    )
    with pytest.raises(ReferenceDataError, match="dataframe row 2, column 'value'"):
        Reference.from_dataframe(frame)


def test_semicolon_and_tab_separated_files(tmp_path: Path) -> None:
    semicolon = "entity;metric;value;period\nFrance;population;68373433;2024\n"
    tab = "entity\tmetric\tvalue\tperiod\nFrance\tpopulation\t68373433\t2024\n"
    for text in (semicolon, tab):
        ref = Reference.from_csv(write(tmp_path, text))
        assert ref.records_for("France", "population")[0].value == 68373433


def test_a_decimal_comma_in_a_comma_separated_file_gets_a_hint(tmp_path: Path) -> None:
    with pytest.raises(ReferenceDataError, match="write decimals with a dot"):
        Reference.from_csv(
            write(tmp_path, 'entity,metric,value,period\nFrance,pib,"2803,5",2023\n')
        )


@pytest.mark.parametrize(
    ("cell", "label"),
    [
        ("2024 JAN", "2024-01"),  # the ONS's time series
        ("Jan 2024", "2024-01"),
        ("September 2023", "2023-09"),
        ("Sept. 2023", "2023-09"),
        ("janvier 2024", "2024-01"),
        ("janv. 2024", "2024-01"),
        ("2024-déc", "2024-12"),
    ],
)
def test_a_month_named_in_words_with_its_year_is_a_period(cell: str, label: str) -> None:
    ref = Reference.from_records(
        [{"entity": "UK", "metric": "cpi", "value": 2.0, "unit": "%", "period": cell}]
    )
    assert ref.records_for("UK", "cpi")[0].period.label() == label


def test_a_word_that_is_no_month_is_still_no_period() -> None:
    with pytest.raises(ReferenceDataError, match="'2024 FOO' is not a period"):
        Reference.from_records(
            [{"entity": "UK", "metric": "cpi", "value": 2, "period": "2024 FOO"}]
        )


@pytest.mark.parametrize(
    ("separator", "cell", "value"),
    [
        # English spreadsheets quote numbers with grouped thousands in a comma-separated file
        # ("2,803.4"); a comma with other than three digits after it stays a decimal comma,
        # an error with its hint
        (",", '"2,803.4"', 2803.4),
        (",", '"68,373,433"', 68373433.0),
        (",", '"-1,234"', -1234.0),
        (",", "320.4", 320.4),
        # Spreadsheets set to French and most other locales separate cells by semicolons
        # and write decimal commas and grouped thousands: an Insee export loads as exported.
        (";", "2803,5", 2803.5),
        (";", "68 373 433", 68373433.0),
        (";", "68\u202f373\u202f433", 68373433.0),
        (";", "2 803,0", 2803.0),
        (";", "1.234.567,89", 1234567.89),
        (";", "-3,5", -3.5),
        (";", "\u22123,5", -3.5),  # a typographic minus, as an Insee table prints it
        (";", "\u22121 234,5", -1234.5),
        (";", "320.4", 320.4),  # a dot stays a decimal dot, as DESIGN writes values
        (";", "1.234", 1.234),
    ],
)
def test_a_file_reads_numbers_as_its_locale_writes_them(
    tmp_path: Path, separator: str, cell: str, value: float
) -> None:
    header = separator.join(("entity", "metric", "value", "period"))
    row = separator.join(("France", "pib", cell, "2023"))
    ref = Reference.from_csv(write(tmp_path, f"{header}\n{row}\n"))
    assert ref.records_for("France", "pib")[0].value == pytest.approx(value)


@pytest.mark.parametrize(
    ("cell", "value"), [("\u22125", -5.0), ("\u22125.25", -5.25), (" -2 ", -2.0)]
)
def test_a_typographic_minus_is_a_minus(cell: str, value: float) -> None:
    ref = Reference.from_records(
        [{"entity": "France", "metric": "balance", "value": cell, "period": "2023"}]
    )
    assert ref.records_for("France", "balance")[0].value == value


def test_a_minus_sign_alone_is_no_number() -> None:
    with pytest.raises(ReferenceDataError, match="'\u2212' is not a number"):
        Reference.from_records(
            [{"entity": "France", "metric": "balance", "value": "\u2212", "period": "2023"}]
        )


def test_a_bad_number_in_a_semicolon_separated_file_is_reported_as_written(tmp_path: Path) -> None:
    with pytest.raises(ReferenceDataError, match=r"row 2, column 'value': '12 345\.6' is not"):
        Reference.from_csv(
            write(tmp_path, "entity;metric;value;period\nFrance;pib;12 345.6;2023\n")
        )


# -- statistics offices' exports: periods and unit columns as they label them ----------------


@pytest.mark.parametrize(
    ("cell", "label"),
    [
        ("2024 Q1", "2024-Q1"),
        ("Q1 2024", "2024-Q1"),
        ("T1 2024", "2024-Q1"),  # Insee's trimestre
        ("2024 T4", "2024-Q4"),
        ("2024Q1", "2024-Q1"),
        ("2024-S1", "2024-H1"),  # semestre
        ("2024-H2", "2024-H2"),
        ("H1 2024", "2024-H1"),
        ("2024 M03", "2024-03"),
        ("2024-03", "2024-03"),
    ],
)
def test_reporting_periods_as_offices_label_them_load(cell: str, label: str) -> None:
    ref = Reference.from_records(
        [{"entity": "France", "metric": "unemployment_rate", "value": 7.3, "period": cell}]
    )
    (record,) = ref.records_for("France", "unemployment_rate")
    assert record.period.label() == label


@pytest.mark.parametrize(
    ("cell", "why"),
    [
        ("2024 Q5", "Q5 is no quarter of a year"),
        ("T0 2024", "T0 is no quarter of a year"),
        ("2024 M13", "M13 is no month of a year"),
        ("2024 X1", "expected 2024, 2024-Q1, 2024 Q1, T1 2024"),
        ("Q1", "expected 2024, 2024-Q1"),
        ("2024-02-30", "not a valid date"),
    ],
)
def test_a_bad_reporting_period_says_what_and_where(tmp_path: Path, cell: str, why: str) -> None:
    text = f"entity,metric,value,period\nFrance,unemployment_rate,7.3,2024 Q1\nFrance,x,1,{cell}\n"
    with pytest.raises(ReferenceDataError) as caught:
        Reference.from_csv(write(tmp_path, text))
    message = str(caught.value)
    assert "row 3, column 'period'" in message and why in message


def test_an_export_in_thousands_and_millions_of_euro_is_checked_in_units() -> None:
    """Eurostat and Insee exports give the unit as a label: 'thousand persons', 'milliers',
    'millions of euro', 'MIO_EUR', 'percent', 'PC'. The figures compare in base units."""
    ref = Reference.from_records(
        [
            {"entity": "France", "metric": "unemployed", "value": 2295, "unit": "milliers",
             "period": "T2 2025", "kind": "stock"},
            {"entity": "Germany", "metric": "employment", "value": 46081,
             "unit": "thousand persons", "period": "2024", "kind": "stock"},
            {"entity": "France", "metric": "public debt", "value": 3416300,
             "unit": "millions of euro", "period": "2025 Q2", "kind": "stock"},
            {"entity": "Germany", "metric": "unemployment rate", "value": 3.4,
             "unit": "PC", "period": "2024", "kind": "stock"},
        ]
    )  # fmt: skip
    cases = [
        ("fr", "La France comptait 2,3 millions de chômeurs au deuxième trimestre 2025.",
         "supported"),
        ("en", "Germany had 46.1 million people in employment in 2024.", "supported"),
        ("fr", "La dette publique de la France atteignait 3 416 milliards d'euros au deuxième "
         "trimestre 2025.", "supported"),
        ("fr", "La dette publique de la France atteignait 4 416 milliards d'euros au deuxième "
         "trimestre 2025.", "contradicted"),
        ("en", "Germany's unemployment rate was 3.4% in 2024.", "supported"),
        ("en", "Germany's unemployment rate was 5.4% in 2024.", "contradicted"),
    ]  # fmt: skip
    got = [
        cc.check(text, ref, lang=lang, reference_date="2025-10-01").findings[0].verdict.value
        for lang, text, _ in cases
    ]
    assert got == [want for _, _, want in cases]


def test_an_unknown_unit_label_is_still_reported() -> None:
    with pytest.raises(ReferenceDataError) as caught:
        Reference.from_records(
            [{"entity": "France", "metric": "x", "value": 1, "unit": "milliers de bananes",
              "period": "2024"}]
        )  # fmt: skip
    assert "'milliers de bananes' is not a unit claimcheck knows" in str(caught.value)


@given(
    year=st.integers(1900, 2100),
    number=st.integers(1, 4),
    letter=st.sampled_from("QqTt"),
    shape=st.sampled_from(["{y} {l}{n}", "{l}{n} {y}", "{y}{l}{n}", "{y}-{l}{n}", "{y}_{l}{n}"]),
)
def test_a_quarter_labelled_any_way_is_that_quarter(
    year: int, number: int, letter: str, shape: str
) -> None:
    cell = shape.format(y=year, l=letter, n=number)
    assert parse_period(cell) == Period.quarter(year, number)


def _airports() -> Reference:
    rows = [
        {"entity": name, "metric": "passengers", "value": 1.0, "period": "2024"}
        for name in ("Dubai International", "Paris-Charles de Gaulle", "Paris-Orly", "Airport 7")
    ]
    return Reference.from_records(
        rows,
        aliases={
            "entity": {
                "Dubai International": ["aéroport international de Dubaï"],
                "Paris-Charles de Gaulle": ["aéroport de Paris-Charles de Gaulle"],
                "Paris-Orly": ["aéroport de Paris-Orly"],
            }
        },
    )


@pytest.mark.parametrize(
    ("name", "want"),
    [
        # every word of the name inside one longer alias
        ("aéroport de Dubaï", ("Dubai International", 85.0)),
        ("l'aéroport de Dubaï", ("Dubai International", 85.0)),
        # near misses: inside two entities' names, one word of its own, a number
        ("aéroport de Paris", None),
        ("Dubaï", None),
        ("Airport", None),
        ("International 7", None),
    ],
)
def test_a_name_inside_one_longer_name(name: str, want: tuple[str, float] | None) -> None:
    assert _airports().match_entity(name, skip=frozenset({"l", "la", "le", "the"})) == want
