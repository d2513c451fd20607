//! What the graph view shows, as it travels in the address: `#/graph?of=core`,
//! `of=theme&id=rna`, `of=chapter&id=3`, `of=event&id=GO:0006979`, each with an optional
//! `sel=` for the selected event. Pure and tested natively.

use super::query::Query;
use mechgraph::model::THEMES;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Focus {
    /// The stored core events (core.bin's ranking).
    #[default]
    Core,
    Theme(String),
    Chapter(u8),
    /// An event and its neighbourhood.
    Event(String),
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GraphQuery {
    pub focus: Focus,
    pub selected: Option<String>,
}

impl GraphQuery {
    /// Reads the query; anything unknown falls back to the core events.
    pub fn from_query(q: &Query) -> GraphQuery {
        let id = q.get("id").unwrap_or("").to_string();
        let focus = match q.get("of") {
            Some("theme") if THEMES.contains(&id.as_str()) => Focus::Theme(id),
            Some("chapter") => id.parse().map(Focus::Chapter).unwrap_or(Focus::Core),
            Some("event") if !id.is_empty() => Focus::Event(id),
            _ => Focus::Core,
        };
        let selected = q.get("sel").map(String::from);
        GraphQuery { focus, selected }
    }

    /// The choice as a query (always with `of=`, so a link says what it shows).
    pub fn to_query(&self) -> Query {
        let mut q = Query::default();
        match &self.focus {
            Focus::Core => q.push("of", "core"),
            Focus::Theme(t) => {
                q.push("of", "theme");
                q.push("id", t.as_str());
            }
            Focus::Chapter(n) => {
                q.push("of", "chapter");
                q.push("id", n.to_string());
            }
            Focus::Event(id) => {
                q.push("of", "event");
                q.push("id", id.as_str());
            }
        }
        if let Some(sel) = &self.selected {
            q.push("sel", sel.as_str());
        }
        q
    }
}
