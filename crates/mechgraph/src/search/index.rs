//! The search index: every text of every event (ids, labels, synonyms, gene names) in
//! its compact form, in one haystack, with what the ranking needs; built a slice of the
//! nodes at a time. Searching it is `super::job`.

use super::matching::{compact, latin_words};
use crate::graph::Graph;
use crate::model::NodeKind;
use crate::poll::Poll;
use std::collections::HashMap;
use std::sync::Mutex;

/// Where a match was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Id,
    LabelEn,
    LabelZh,
    /// A synonym; for a gene, one of its aliases.
    Synonym,
    /// A gene's full name (`ubiquilin 2`).
    Name,
}

/// How well a text matched, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    Exact,
    Prefix,
    WordPrefix,
    Substring,
    Typo,
}

pub(super) const CLASSES: [Class; 5] = [
    Class::Exact,
    Class::Prefix,
    Class::WordPrefix,
    Class::Substring,
    Class::Typo,
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub node: u32,
    pub class: Class,
    pub field: Field,
    /// The text that matched, as the graph spells it.
    pub text: String,
}

pub(super) struct Text {
    pub(super) node: u32,
    pub(super) field: Field,
    /// Where its compact form (lower case, letters and digits only, CJK kept) starts
    /// and ends in [`SearchIndex::all`].
    pub(super) start: u32,
    pub(super) end: u32,
    /// Byte offsets in the compact form where a word starts.
    pub(super) starts: Box<[u16]>,
    pub(super) original: u32,
}

/// The index, built once per graph (about 150,000 texts for the full graph).
#[derive(Default)]
pub struct SearchIndex {
    pub(super) texts: Vec<Text>,
    /// Every compact text, each followed by a separator: one haystack, searched once
    /// per keystroke (much faster than 150,000 small searches).
    pub(super) all: String,
    pub(super) originals: Vec<Box<str>>,
    /// Distinct Latin words (4+ letters) and the texts they occur in, for typos.
    pub(super) words: Vec<(Box<str>, Vec<u32>)>,
    /// The last compact query of two characters or more and the texts holding it: a
    /// query that contains it (the next key typed) is looked for in these texts only.
    pub(super) last: Mutex<Option<(String, Vec<u32>)>>,
    /// Each node's place among equally good matches: curated mechanisms first, then
    /// better-connected events, then shorter names, then the node index (worked out
    /// once, so that ranking thousands of matches per keystroke compares two numbers).
    pub(super) tie_order: Vec<u32>,
}

fn kind_rank(k: NodeKind) -> u8 {
    match k {
        NodeKind::Mechanism => 0,
        NodeKind::Process => 1,
        NodeKind::Gene => 2,
        NodeKind::Disease => 3,
        NodeKind::Phenotype => 4,
    }
}

/// Every node's place in the order [`SearchIndex::tie_order`] describes.
fn tie_order(g: &Graph) -> Vec<u32> {
    let mut nodes: Vec<u32> = (0..g.node_count() as u32).collect();
    nodes.sort_by_cached_key(|&v| {
        (
            kind_rank(g.kinds[v as usize]),
            std::cmp::Reverse(g.out_degree(v) + g.in_degree(v)),
            g.labels_en[v as usize].len(),
            v,
        )
    });
    let mut place = vec![0u32; nodes.len()];
    for (i, &v) in nodes.iter().enumerate() {
        place[v as usize] = i as u32;
    }
    place
}

/// Builds a [`SearchIndex`] a slice of the nodes at a time, so that a caller on a user
/// interface thread can give control back between slices; the same index as
/// [`SearchIndex::with_synonyms`], which runs it in one go.
#[derive(Default)]
pub struct IndexBuilder {
    index: SearchIndex,
    words: HashMap<String, Vec<u32>>,
    next: u32,
}

impl IndexBuilder {
    /// Indexes at most `nodes` more nodes; the index once every node is indexed (the
    /// builder is then empty).
    pub fn step(
        &mut self,
        g: &Graph,
        synonyms: &HashMap<u32, Vec<String>>,
        definitions: &HashMap<u32, String>,
        nodes: usize,
    ) -> Poll<SearchIndex> {
        let n = g.node_count() as u32;
        let end = n.min(
            self.next
                .saturating_add(nodes.min(u32::MAX as usize) as u32),
        );
        let (index, words) = (&mut self.index, &mut self.words);
        for v in self.next..end {
            let i = v as usize;
            let mut add = |field: Field, text: &str| {
                let (c, starts) = compact(text);
                if c.is_empty() {
                    return;
                }
                let t = index.texts.len() as u32;
                if field != Field::Id {
                    for w in latin_words(text) {
                        words.entry(w).or_default().push(t);
                    }
                }
                index.originals.push(text.into());
                let start = index.all.len() as u32;
                index.all.push_str(&c);
                let end = index.all.len() as u32;
                index.all.push('\n');
                index.texts.push(Text {
                    node: v,
                    field,
                    start,
                    end,
                    starts: starts.into(),
                    original: index.originals.len() as u32 - 1,
                });
            };
            add(Field::Id, &g.ids[i]);
            add(Field::LabelEn, &g.labels_en[i]);
            if let Some(zh) = &g.labels_zh[i] {
                add(Field::LabelZh, &zh.text);
            }
            for s in synonyms.get(&v).into_iter().flatten() {
                add(Field::Synonym, s);
            }
            if g.kinds[i] == NodeKind::Gene {
                if let Some(name) = definitions.get(&v) {
                    add(Field::Name, name);
                }
            }
        }
        self.next = end;
        if end < n {
            return Poll::Pending {
                done: end as usize,
                total: n as usize,
            };
        }
        self.index.tie_order = tie_order(g);
        Poll::Ready(std::mem::take(self).finish())
    }

    /// The index, its typo words sorted.
    fn finish(self) -> SearchIndex {
        let mut words: Vec<(Box<str>, Vec<u32>)> =
            self.words.into_iter().map(|(w, t)| (w.into(), t)).collect();
        words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        SearchIndex {
            words,
            ..self.index
        }
    }
}

impl SearchIndex {
    /// The index of a graph with its own synonyms and definitions (if it holds them).
    pub fn new(g: &Graph) -> SearchIndex {
        SearchIndex::with_texts(g, &g.synonyms, &g.definitions)
    }

    /// The index with synonyms kept beside the graph, and the graph's own definitions.
    pub fn with_synonyms(g: &Graph, synonyms: &HashMap<u32, Vec<String>>) -> SearchIndex {
        SearchIndex::with_texts(g, synonyms, &g.definitions)
    }

    /// The index with synonyms and definitions kept beside the graph
    /// (`format::read_text`).
    pub fn with_texts(
        g: &Graph,
        synonyms: &HashMap<u32, Vec<String>>,
        definitions: &HashMap<u32, String>,
    ) -> SearchIndex {
        let mut builder = IndexBuilder::default();
        loop {
            if let Poll::Ready(index) = builder.step(g, synonyms, definitions, usize::MAX) {
                return index;
            }
        }
    }

    pub fn len(&self) -> usize {
        self.texts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }

    /// The text holding byte `at` of [`Self::all`], looked for from text `from` on
    /// (matches come in order): galloping ahead, then halving, so that a scan touches
    /// few texts between two matches.
    pub(super) fn text_holding(&self, from: usize, at: usize) -> usize {
        let before = |t: usize| (self.texts[t].end as usize) <= at;
        let (mut lo, mut step) = (from, 1);
        while lo + step < self.texts.len() && before(lo + step) {
            lo += step;
            step *= 2;
        }
        let hi = (lo + step).min(self.texts.len());
        lo + self.texts[lo..hi].partition_point(|x| (x.end as usize) <= at)
    }

    /// How the text holding a match of `q` at byte `at` (of [`Self::all`]) matches.
    pub(super) fn classify(&self, t: &Text, q: &str, at: usize) -> Class {
        let local = at - t.start as usize;
        let len = (t.end - t.start) as usize;
        if local == 0 && q.len() == len {
            Class::Exact
        } else if local == 0 {
            Class::Prefix
        } else if t.field == Field::Id
            && t.starts.get(1) == Some(&(local as u16))
            && local + q.len() == len
        {
            // An id's local part (`0006979`, `C9orf72`) counts as the whole id.
            Class::Exact
        } else if t.starts.binary_search(&(local as u16)).is_ok() {
            Class::WordPrefix
        } else {
            Class::Substring
        }
    }
}
