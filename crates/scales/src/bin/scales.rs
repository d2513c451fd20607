//! `scales score FILE [--json]`: every figure for each assessment in a CSV (or JSON)
//! export, plus the reversal flags for the history. Exit codes: 0 done, 1 the file was
//! refused (each problem printed with its row), 2 usage or reading error.

use scales::{
    alsfrs_r, import, summarize, AssessmentFigures, CitationKey, Figure, History, ImportErrors,
    ImportOptions, KingsStage, Reason, ReversalCheck, Stamp, Summary,
};
use std::fmt::Write as _;
use std::io::Write as _;
use std::process::ExitCode;

const USAGE: &str = "usage: scales score FILE.csv [--json]\n\
\n\
Prints, for each assessment in FILE (CSV as in docs/SCALES_CSV.md, or a .json export):\n\
date, total, subdomains, change since the previous assessment, ΔFS (or why undefined),\n\
King's and MiToS stages; then the trend and the reversal flags for the history.\n\
--json prints the same as JSON.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let rest: Vec<&String> = args.iter().filter(|a| *a != "--json").collect();
    let path = match rest.as_slice() {
        [cmd, path] if cmd.as_str() == "score" => path.as_str(),
        [h] if matches!(h.as_str(), "-h" | "--help" | "help") => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("scales: cannot read {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let options = ImportOptions {
        now: Stamp(0),
        today: None,
    };
    let parsed = if path.to_ascii_lowercase().ends_with(".json") {
        import::parse_json(&text, options)
    } else {
        import::parse_csv(&text, options)
    };
    let incoming = match parsed {
        Ok(i) => i,
        Err(errs) => return refuse(path, &errs, json),
    };
    let history = import::apply(
        &History::new(),
        &incoming,
        import::ConflictChoice::UseImported,
    );
    let summary = summarize(&history);
    if json {
        match serde_json::to_string_pretty(&summary) {
            Ok(s) => emit(&format!("{s}\n")),
            Err(e) => {
                eprintln!("scales: {e}");
                return ExitCode::from(2);
            }
        }
    } else {
        let mut out = String::new();
        print_text(&mut out, path, &summary);
        emit(&out);
    }
    ExitCode::SUCCESS
}

/// Writes to stdout; a closed pipe (e.g. `| head`) is not worth a panic.
fn emit(text: &str) {
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

fn refuse(path: &str, errs: &ImportErrors, json: bool) -> ExitCode {
    if json {
        let out = serde_json::json!({ "errors": errs.errors, "truncated": errs.truncated });
        emit(&format!("{out:#}\n"));
    } else {
        eprintln!("scales: {path} was not read; nothing was scored:");
        for e in &errs.errors {
            eprintln!("  {e}");
        }
        if errs.truncated {
            eprintln!("  (more problems not listed)");
        }
    }
    ExitCode::from(1)
}

fn reason_text(r: Reason) -> String {
    alsfrs_r()
        .ok()
        .and_then(|d| d.reason(r))
        .map_or_else(|| r.as_str().to_string(), |def| def.text.en.clone())
}

fn or_reason<T>(f: &Figure<T>, show: impl Fn(&T) -> String) -> String {
    match f {
        Figure::Defined { value } => show(value),
        Figure::Undefined { reason } => format!("— {}", reason_text(*reason)),
    }
}

fn print_text(out: &mut String, path: &str, s: &Summary) {
    let onset = s.onset.map_or("not given".to_string(), |d| d.to_string());
    let _ = writeln!(
        out,
        "ALSFRS-R figures for {path}: {} assessment(s); onset {onset}\n",
        s.assessments.len()
    );
    for a in &s.assessments {
        print_assessment(out, a);
    }
    let _ = writeln!(out, "History");
    let _ = writeln!(
        out,
        "  trend        {}",
        or_reason(&s.trend, |t| format!(
            "{:+.2} points/month (standard error {:.2}; {} assessments over {:.1} months){}",
            t.slope_per_month,
            t.standard_error,
            t.assessments,
            t.span_months,
            item_5_note(t.item_5_left_out)
        ))
    );
    for (label, r) in [("6 months", &s.reversal_6m), ("12 months", &s.reversal_12m)] {
        let _ = writeln!(
            out,
            "  reversal pattern, held {label}: {}",
            or_reason(r, reversal_text)
        );
    }
    let _ = writeln!(out);
    let cites: Vec<&str> = CitationKey::ALL.iter().map(|k| k.as_str()).collect();
    let _ = writeln!(
        out,
        "Figures are context, not a prognosis. A reversal pattern is something to discuss \
         with your neurologist, never a diagnosis. Sources: {}.",
        cites.join(", ")
    );
}

/// Said wherever item 5 was left out because 5a and 5b are both in the comparison.
fn item_5_note(left_out: bool) -> &'static str {
    if left_out {
        " [item 5 left out: 5a and 5b are different questions]"
    } else {
        ""
    }
}

fn reversal_text(r: &ReversalCheck) -> String {
    let text = match &r.episode {
        None => "not seen".to_string(),
        Some(e) => format!(
            "seen: total {} on {} rose to {} on {} and stayed at least {} points higher until {} \
             — a pattern to discuss with your neurologist",
            e.baseline_total,
            e.baseline_date,
            e.raised_total,
            e.raised_date,
            e.min_gain,
            e.held_until_date
        ),
    };
    text + item_5_note(r.item_5_left_out)
}

fn print_assessment(out: &mut String, a: &AssessmentFigures) {
    let s = &a.subscores;
    let _ = writeln!(
        out,
        "{}  filled by {}  (id {})",
        a.date,
        a.filled_by.code(),
        a.id
    );
    let _ = writeln!(
        out,
        "  total        {:>2}/48   bulbar {}  fine motor {}  gross motor {}  respiratory {}",
        a.total, s.bulbar, s.fine_motor, s.gross_motor, s.respiratory
    );
    let _ = writeln!(
        out,
        "  change       {}",
        or_reason(&a.change, |c| {
            format!(
            "{:+} since {} ({} days): bulbar {:+}, fine motor {:+}, gross motor {:+}, respiratory {:+}{}",
            c.total, c.previous_date, c.days, c.bulbar, c.fine_motor, c.gross_motor, c.respiratory,
            item_5_note(c.item_5_left_out)
        )
        })
    );
    let _ = writeln!(
        out,
        "  ΔFS          {}",
        or_reason(&a.delta_fs, |d| format!(
            "{:.2} points/month over {:.1} months since onset (common band {})",
            d.points_per_month,
            d.months_since_onset,
            d.band.as_str()
        ))
    );
    let k = &a.kings;
    let regions: Vec<&str> = [
        (k.bulbar, "bulbar"),
        (k.upper_limb, "upper limb"),
        (k.lower_limb, "lower limb"),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, name)| *name)
    .collect();
    let stage = match k.stage {
        KingsStage::NoRegionInvolved => "no region involved".to_string(),
        other => other.as_str().to_string(),
    };
    let _ = writeln!(
        out,
        "  King's stage {stage}   (regions involved: {})",
        if regions.is_empty() {
            "none".to_string()
        } else {
            regions.join(", ")
        }
    );
    let m = &a.mitos;
    let lost: Vec<&str> = [
        (m.movement, "movement"),
        (m.swallowing, "swallowing"),
        (m.communicating, "communicating"),
        (m.breathing, "breathing"),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, name)| *name)
    .collect();
    let _ = writeln!(
        out,
        "  MiToS stage  {}   (domains with loss of independence: {})\n",
        m.stage,
        if lost.is_empty() {
            "none".to_string()
        } else {
            lost.join(", ")
        }
    );
}
