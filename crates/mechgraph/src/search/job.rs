//! One search, done a slice of the texts at a time: a caller on a user interface thread
//! gives control back between slices, so that no keystroke holds a slow phone for long.
//! [`SearchIndex::search_counted`] runs the same job to its end in one go.

use super::index::{Class, Hit, SearchIndex, CLASSES};
use super::matching::{compact, prefix_distance};
use crate::graph::Graph;
use crate::poll::Poll;

/// The best match of each event so far (`u8::MAX`: none); `touched` lists the events
/// seen, so that only they are ranked.
struct Found {
    best: Vec<(u8, u32)>,
    touched: Vec<u32>,
}

impl Found {
    fn note(&mut self, node: u32, t: u32, class: Class) {
        let slot = &mut self.best[node as usize];
        if slot.0 == u8::MAX {
            self.touched.push(node);
        }
        if (class as u8) < slot.0 {
            *slot = (class as u8, t);
        }
    }
}

/// What is left to look through.
enum Scan {
    /// One character: the texts that start with it, from byte `pos` of the haystack
    /// (always the start of a text); `t` is a text at or before `pos`.
    Starts { pos: usize, t: usize },
    /// The texts the previous query was found in (every text holding this query holds
    /// the previous one), from the `next`-th.
    Narrowed {
        candidates: Vec<u32>,
        next: usize,
        holding: Vec<u32>,
    },
    /// Every text, from byte `pos` of the haystack (always the start of a text).
    Everything {
        pos: usize,
        t: usize,
        holding: Vec<u32>,
    },
    /// Looked through: the typos and the ranking remain.
    Looked,
}

/// A search under way ([`SearchJob::step`] until it gives the hits).
pub struct SearchJob {
    /// As typed (a query with a space is several words: no typos).
    query: String,
    /// Its compact form.
    q: String,
    limit: usize,
    found: Found,
    scan: Scan,
}

impl SearchJob {
    /// A search for the best `limit` events for `query` in `index`.
    pub fn new(index: &SearchIndex, query: &str, limit: usize) -> SearchJob {
        let (q, _) = compact(query);
        let nodes = index.tie_order.len();
        let scan = if q.is_empty() || limit == 0 {
            Scan::Looked
        } else if q.chars().count() == 1 {
            Scan::Starts { pos: 0, t: 0 }
        } else {
            let last = index.last.lock().ok();
            let narrowed = last
                .as_deref()
                .and_then(Option::as_ref)
                .filter(|(prev, _)| q.contains(prev.as_str()))
                .map(|(_, candidates)| candidates.clone());
            match narrowed {
                Some(candidates) => Scan::Narrowed {
                    candidates,
                    next: 0,
                    holding: Vec::new(),
                },
                None => Scan::Everything {
                    pos: 0,
                    t: 0,
                    holding: Vec::new(),
                },
            }
        };
        SearchJob {
            query: query.to_string(),
            q,
            limit,
            found: Found {
                best: vec![(u8::MAX, 0); nodes],
                touched: Vec::new(),
            },
            scan,
        }
    }

    /// Looks through about `bytes` more bytes of text; once everything is looked
    /// through, the best `limit` hits and how many events matched in all.
    pub fn step(&mut self, index: &SearchIndex, bytes: usize) -> Poll<(Vec<Hit>, usize)> {
        let all = index.all.as_bytes();
        // The end of a slice from `pos`: just after a separator, so no match crosses it.
        let slice_end = |pos: usize| {
            let at = pos.saturating_add(bytes.max(1)).min(all.len());
            memchr::memchr(b'\n', &all[at..]).map_or(all.len(), |i| at + i + 1)
        };
        let q = self.q.as_str();
        let found = &mut self.found;
        let mut note = |t: usize, class: Class| found.note(index.texts[t].node, t as u32, class);
        match &mut self.scan {
            Scan::Starts { pos, t } => {
                // Only texts that start with the character (anything else is noise):
                // the one at `pos`, and every one after a separator in the slice.
                let end = slice_end(*pos);
                let after_separator = format!("\n{q}");
                let first = all[*pos..end].starts_with(q.as_bytes()).then_some(*pos);
                let later = memchr::memmem::find_iter(&all[*pos..end], &after_separator)
                    .map(|at| *pos + at + 1);
                for at in first.into_iter().chain(later) {
                    *t = index.text_holding(*t, at);
                    let text = &index.texts[*t];
                    let whole = (text.end - text.start) as usize == q.len();
                    note(*t, if whole { Class::Exact } else { Class::Prefix });
                }
                *pos = end;
                if end < all.len() {
                    return Poll::Pending {
                        done: end,
                        total: all.len(),
                    };
                }
            }
            Scan::Narrowed {
                candidates,
                next,
                holding,
            } => {
                let finder = memchr::memmem::Finder::new(q.as_bytes());
                let mut looked = 0usize;
                while *next < candidates.len() && looked < bytes {
                    let t = candidates[*next];
                    *next += 1;
                    let text = &index.texts[t as usize];
                    let (start, end) = (text.start as usize, text.end as usize);
                    looked += end - start + 1;
                    let mut held = false;
                    for at in finder.find_iter(&all[start..end]) {
                        held = true;
                        note(t as usize, index.classify(text, q, start + at));
                    }
                    if held {
                        holding.push(t);
                    }
                }
                if *next < candidates.len() {
                    return Poll::Pending {
                        done: *next,
                        total: candidates.len(),
                    };
                }
                let holding = std::mem::take(holding);
                self.remember(index, holding);
            }
            Scan::Everything { pos, t, holding } => {
                // Matches come in order of position: the text of each is found after
                // the last one's.
                let end = slice_end(*pos);
                let finder = memchr::memmem::Finder::new(q.as_bytes());
                for at in finder.find_iter(&all[*pos..end]).map(|at| *pos + at) {
                    *t = index.text_holding(*t, at);
                    note(*t, index.classify(&index.texts[*t], q, at));
                    if holding.last() != Some(&(*t as u32)) {
                        holding.push(*t as u32);
                    }
                }
                *pos = end;
                if end < all.len() {
                    return Poll::Pending {
                        done: end,
                        total: all.len(),
                    };
                }
                let holding = std::mem::take(holding);
                self.remember(index, holding);
            }
            Scan::Looked => {}
        }
        self.scan = Scan::Looked;
        self.typos(index);
        Poll::Ready(self.ranked(index))
    }

    /// Keeps the texts holding this query, for the next key typed.
    fn remember(&self, index: &SearchIndex, holding: Vec<u32>) {
        if let Ok(mut last) = index.last.lock() {
            *last = Some((self.q.clone(), holding));
        }
    }

    /// Typos: one word typed (a query with a space is several words), four letters or
    /// more, the first one right.
    fn typos(&mut self, index: &SearchIndex) {
        let q = self.q.as_str();
        let one_word = self.query.split_whitespace().count() == 1;
        if self.found.touched.len() >= self.limit || !one_word || q.len() < 4 || !q.is_ascii() {
            return;
        }
        let k = if q.len() >= 8 { 2 } else { 1 };
        let first = &q[..1];
        let from = index.words.partition_point(|(w, _)| &w[..] < first);
        let to = index.words.partition_point(|(w, _)| w[..1] <= *first);
        for (word, texts) in &index.words[from..to] {
            if prefix_distance(q.as_bytes(), word.as_bytes(), k).is_some() {
                for &t in texts {
                    self.found
                        .note(index.texts[t as usize].node, t, Class::Typo);
                }
            }
        }
    }

    /// The best `limit` hits, and how many events matched.
    fn ranked(&mut self, index: &SearchIndex) -> (Vec<Hit>, usize) {
        let touched = std::mem::take(&mut self.found.touched);
        let best = &self.found.best;
        let total = touched.len();
        let mut hits: Vec<(u8, u32, u32, u32)> = touched
            .into_iter()
            .map(|node| {
                let (class, t) = best[node as usize];
                (class, index.tie_order[node as usize], node, t)
            })
            .collect();
        let cut = self.limit.min(hits.len());
        if cut < hits.len() {
            hits.select_nth_unstable(cut);
            hits.truncate(cut);
        }
        hits.sort_unstable();
        let hits = hits
            .into_iter()
            .map(|(class, _, node, t)| {
                let text = &index.texts[t as usize];
                Hit {
                    node,
                    class: CLASSES[class as usize],
                    field: text.field,
                    text: index.originals[text.original as usize].to_string(),
                }
            })
            .collect();
        (hits, total)
    }
}

impl SearchIndex {
    /// The best `limit` events for `query`, one hit per event (its best match).
    pub fn search(&self, g: &Graph, query: &str, limit: usize) -> Vec<Hit> {
        self.search_counted(g, query, limit).0
    }

    /// The best `limit` events for `query` and how many events matched in all: a
    /// [`SearchJob`] run to its end. `g` is the graph the index was built from.
    pub fn search_counted(&self, g: &Graph, query: &str, limit: usize) -> (Vec<Hit>, usize) {
        debug_assert_eq!(
            g.node_count(),
            self.tie_order.len(),
            "the index of another graph"
        );
        let mut job = SearchJob::new(self, query, limit);
        loop {
            if let Poll::Ready(found) = job.step(self, usize::MAX) {
                return found;
            }
        }
    }
}
