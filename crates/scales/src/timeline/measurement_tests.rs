use super::*;
use MeasurementKind::*;

fn get(kind: MeasurementKind, v: f64, unit: &str) -> Result<f64, Problem> {
    kind.canonical(v, unit).map(Amount::get)
}

#[test]
fn conversions() {
    assert_eq!(get(NflSerum, 12.5, "ng/L"), Ok(12.5));
    assert_eq!(get(NflSerum, 12.5, " PG / ML "), Ok(12.5));
    assert_eq!(get(NflCsf, 2.5, "ng/mL"), Ok(2500.0));
    assert_eq!(get(Weight, 70_500.0, "g"), Ok(70.5));
    assert_eq!(get(Weight, 65.0, "公斤"), Ok(65.0));
    let lb = get(Weight, 150.0, "lb").unwrap();
    assert_eq!(lb, 68.038_856, "150 × 0.45359237 = 68.0388555, to 6 places");
    assert_eq!(get(NflSerum, 0.0421, "ng/mL"), Ok(42.1));
    assert_eq!(get(Weight, 150.0, "磅"), Ok(lb));
    assert_eq!(get(Fvc, 80.0, "% predicted"), Ok(80.0));
    assert_eq!(get(Fvc, 80.0, ""), Ok(80.0), "blank = canonical unit");
}

#[test]
fn unknown_or_ambiguous_units_are_refused() {
    for (kind, unit) in [
        (Fvc, "L"),
        (Weight, "斤"),
        (Weight, "stone"),
        (NflSerum, "pg"),
        (NflCsf, "kg"),
    ] {
        assert_eq!(
            kind.canonical(1.0, unit),
            Err(Problem::UnknownUnit { measure: kind }),
            "{unit}"
        );
    }
}

#[test]
fn range_edges() {
    let out = |k| Err(Problem::ValueOutOfRange { measure: k });
    // Exclusive lower edge at 0, inclusive upper edge.
    assert_eq!(get(NflSerum, 0.0, ""), out(NflSerum));
    assert_eq!(get(NflSerum, 0.01, ""), Ok(0.01));
    assert_eq!(
        get(NflSerum, 0.000_000_4, ""),
        out(NflSerum),
        "0 after rounding"
    );
    assert_eq!(get(NflSerum, 10_000.0, ""), Ok(10_000.0));
    assert_eq!(get(NflSerum, 10_000.1, ""), out(NflSerum));
    assert_eq!(
        get(NflSerum, 10.1, "ng/mL"),
        out(NflSerum),
        "after conversion"
    );
    assert_eq!(get(NflCsf, 100_000.0, ""), Ok(100_000.0));
    assert_eq!(get(NflCsf, 100.001, "ng/mL"), out(NflCsf));
    assert_eq!(get(Fvc, 0.0, "%"), out(Fvc));
    assert_eq!(get(Fvc, 200.0, "%"), Ok(200.0));
    assert_eq!(get(Fvc, 200.5, "%"), out(Fvc));
    assert_eq!(get(Fvc, -5.0, "%"), out(Fvc));
    // Weight: both edges included.
    assert_eq!(get(Weight, 10.0, "kg"), Ok(10.0));
    assert_eq!(get(Weight, 9.999, "kg"), out(Weight));
    assert_eq!(get(Weight, 400.0, "kg"), Ok(400.0));
    assert_eq!(get(Weight, 400_001.0, "g"), out(Weight));
    assert_eq!(get(Weight, f64::INFINITY, "kg"), out(Weight));
}

#[test]
fn numbers() {
    assert_eq!(parse_number(" 12.5 "), Ok(12.5));
    assert_eq!(parse_number("-3"), Ok(-3.0));
    assert_eq!(parse_number("1e3"), Ok(1000.0));
    for bad in ["", "1,5", "12 mg", "inf", "NaN", "-", ".", "1e999", "１２"] {
        assert_eq!(parse_number(bad), Err(Problem::NotANumber), "{bad}");
    }
}

#[test]
fn codes_and_order() {
    for k in MeasurementKind::ALL {
        assert_eq!(MeasurementKind::parse(k.code()), Some(k));
        assert_eq!(serde_json::to_value(k).unwrap(), k.code());
        assert_eq!(k.factor(k.canonical_unit()), Ok(1.0));
    }
    assert!(Amount(1.0) < Amount(2.0) && Amount(2.0) == Amount(2.0));
}
