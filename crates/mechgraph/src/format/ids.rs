//! Node ids in the NODE section. Ids such as `GO:0006914` or `OMIM:105400` are stored as
//! a prefix number, a digit count and the difference from the previous number of the
//! same prefix; any other id (`GENE:TARDBP`, `ALSM:…`) is front-coded against the
//! previous such id. Half the bytes of plain front coding after compression.

use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, Debug, PartialEq, Eq)]
pub struct IdColumns {
    /// Prefixes of numeric ids, with their colon: `GO:`, `HP:` …
    pub prefixes: Vec<String>,
    /// Per id: 0 = text id, k = numeric id with prefix k - 1.
    pub form: Vec<u32>,
    /// Numeric ids, in order: digit count, and zigzag difference from the previous
    /// number with the same prefix.
    pub width: Vec<u8>,
    pub delta: Vec<u64>,
    /// Text ids, in order: bytes shared with the previous text id, and the rest.
    pub shared: Vec<u32>,
    pub suffixes: Vec<String>,
}

const MAX_DIGITS: usize = 18;

/// `GO:0006914` → (`GO:`, 6914, 7); `None` for ids that are not prefix + digits.
fn numeric(id: &str) -> Option<(&str, u64, u8)> {
    let colon = id.find(':')?;
    let (prefix, digits) = id.split_at(colon + 1);
    let ok = !digits.is_empty()
        && digits.len() <= MAX_DIGITS
        && digits.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| Some((prefix, digits.parse().ok()?, digits.len() as u8)))
        .flatten()
}

fn zigzag(d: i64) -> u64 {
    ((d << 1) ^ (d >> 63)) as u64
}

fn unzigzag(z: u64) -> i64 {
    ((z >> 1) as i64) ^ -((z & 1) as i64)
}

pub fn encode(ids: &[String]) -> IdColumns {
    let mut c = IdColumns {
        prefixes: Vec::new(),
        form: Vec::with_capacity(ids.len()),
        width: Vec::new(),
        delta: Vec::new(),
        shared: Vec::new(),
        suffixes: Vec::new(),
    };
    let mut last_number: Vec<u64> = Vec::new();
    let mut last_text = "";
    for id in ids {
        if let Some((prefix, number, width)) = numeric(id) {
            let k = match c.prefixes.iter().position(|p| p == prefix) {
                Some(k) => k,
                None => {
                    c.prefixes.push(prefix.to_string());
                    last_number.push(0);
                    c.prefixes.len() - 1
                }
            };
            c.form.push(k as u32 + 1);
            c.width.push(width);
            c.delta.push(zigzag(number as i64 - last_number[k] as i64));
            last_number[k] = number;
        } else {
            let mut common = last_text
                .bytes()
                .zip(id.bytes())
                .take_while(|(a, b)| a == b)
                .count();
            while !id.is_char_boundary(common) {
                common -= 1;
            }
            c.form.push(0);
            c.shared.push(common as u32);
            c.suffixes.push(id[common..].to_string());
            last_text = id;
        }
    }
    c
}

/// The ids back, or what is wrong with the columns.
pub fn decode(c: IdColumns) -> Result<Vec<String>, String> {
    let numeric_count = c.form.iter().filter(|&&f| f != 0).count();
    if c.width.len() != numeric_count || c.delta.len() != numeric_count {
        return Err("numeric id columns have the wrong length".into());
    }
    if c.shared.len() != c.form.len() - numeric_count || c.suffixes.len() != c.shared.len() {
        return Err("text id columns have the wrong length".into());
    }
    let mut last_number = vec![0u64; c.prefixes.len()];
    let (mut numbers, mut texts) = (
        c.width.iter().zip(&c.delta),
        c.shared.iter().zip(c.suffixes),
    );
    let mut last_text = String::new();
    let mut ids = Vec::with_capacity(c.form.len());
    for &form in &c.form {
        if form == 0 {
            let (&shared, suffix) = texts.next().ok_or("text ids run out")?;
            let head = last_text
                .get(..shared as usize)
                .ok_or("bad shared prefix")?;
            last_text = format!("{head}{suffix}");
            ids.push(last_text.clone());
        } else {
            let k = form as usize - 1;
            let prefix = c.prefixes.get(k).ok_or("unknown id prefix")?;
            let (&width, &delta) = numbers.next().ok_or("numeric ids run out")?;
            let number = (last_number[k] as i64)
                .checked_add(unzigzag(delta))
                .filter(|n| *n >= 0)
                .ok_or("bad id number")?;
            let digits = format!("{number:0width$}", width = width as usize);
            if digits.len() != width as usize || width as usize > MAX_DIGITS {
                return Err("id number does not fit its width".into());
            }
            last_number[k] = number as u64;
            ids.push(format!("{prefix}{digits}"));
        }
    }
    Ok(ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_id_round_trips() {
        let mut ids: Vec<String> = [
            "GO:0000001",
            "GO:0006914",
            "GO:2001317",
            "HP:0000118",
            "OMIM:105400",
            "ORPHA:1000",
            "ORPHA:803",
            "ORPHA:99",
            "GENE:C9orf72",
            "GENE:TARDBP",
            "ALSM:tdp43_proteinopathy",
            "X:",
            ":12",
            "NCBIGene:0",
            "事件:甲",
            "A:1234567890123456789012",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        ids.sort();
        let columns = encode(&ids);
        assert_eq!(columns.prefixes.len(), 6, "{:?}", columns.prefixes);
        assert_eq!(decode(columns), Ok(ids));
    }

    #[test]
    fn inconsistent_columns_are_errors() {
        let mut c = encode(&["GO:0000001".to_string()]);
        c.width[0] = 0;
        assert!(decode(c).is_err());
        let mut c = encode(&["GO:0000001".to_string()]);
        c.form.push(0);
        assert!(decode(c).is_err());
    }
}
