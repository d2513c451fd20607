//! How the search compares texts: case, spaces and punctuation ignored, word starts
//! noted, and the edit distance for one or two typos.

/// `compact` and its word starts: lower case, every char that is not a letter or digit
/// dropped and ending a word.
pub(super) fn compact(text: &str) -> (String, Vec<u16>) {
    let mut out = String::with_capacity(text.len());
    let mut starts = Vec::new();
    let mut in_word = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if !in_word {
                starts.push(out.len().min(u16::MAX as usize) as u16);
            }
            in_word = true;
            out.extend(c.to_lowercase());
        } else {
            in_word = false;
        }
    }
    (out, starts)
}

/// Whether `text` holds `query`, both compared as the search compares them (case,
/// spaces and punctuation ignored: `tdp43` is in "TDP-43"; one character only at the
/// start, as the event search takes it); `Some(true)` when whole.
pub fn holds(text: &str, query: &str) -> Option<bool> {
    let (q, _) = compact(query);
    let (t, _) = compact(text);
    let found = if q.chars().nth(1).is_none() {
        t.starts_with(q.as_str())
    } else {
        t.contains(q.as_str())
    };
    (!q.is_empty() && found).then_some(t == q)
}

pub(super) fn latin_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| w.len() >= 4)
        .map(str::to_ascii_lowercase)
}

/// The smallest edit distance between `q` and any prefix of `word`, if at most `k`.
pub fn prefix_distance(q: &[u8], word: &[u8], k: usize) -> Option<usize> {
    if word.len() + k < q.len() {
        return None;
    }
    let cols = word.len().min(q.len() + k);
    let mut prev: Vec<usize> = (0..=cols).collect();
    let mut cur = vec![0; cols + 1];
    for (i, &a) in q.iter().enumerate() {
        cur[0] = i + 1;
        let mut row_min = cur[0];
        for j in 1..=cols {
            let cost = usize::from(a != word[j - 1]);
            cur[j] = (prev[j - 1] + cost).min(prev[j] + 1).min(cur[j - 1] + 1);
            row_min = row_min.min(cur[j]);
        }
        if row_min > k {
            return None;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev.into_iter().min().filter(|&d| d <= k)
}
