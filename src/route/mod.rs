//! Hash routes (`#/about`, `#/core?w=5,5,5`): deep links that work on any static host
//! and from `file://`, where path routes cannot. A [`Route`] carries its view's query,
//! read once with the one codec of [`query`]; every link is [`Route::href`]
//! (`src/site.rs`), and the address is written only by `src/router.rs`. Parsing is pure
//! and tested natively.

pub mod core_query;
pub mod graph_query;
pub mod query;

use crate::i18n::AppText;

/// The number of chapters of the story (`data/story/chapters.json`; checked by a test),
/// each a page of its own in a release.
pub const CHAPTERS: u8 = 12;
use core_query::CoreQuery;
use graph_query::GraphQuery;
use query::Query;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    /// The factory story: its chapter list, or one chapter (numbered from 1).
    Story(Option<u8>),
    /// The treatments, filtered by what was typed (`q=`; "" for all).
    Treatments(String),
    Biomarkers,
    Standards,
    /// Search over the mechanism graph (`q=`, "" for none yet).
    Explore(String),
    /// The core events, ranked live with the reader's settings.
    Core(CoreQuery),
    /// Causal paths between two events (`from=`, `to=`).
    Path {
        from: Option<String>,
        to: Option<String>,
    },
    /// One event of the graph, by id (`GO:0006979`).
    Event(String),
    /// The graph drawn, and what it shows.
    Graph(GraphQuery),
    /// The ALSFRS-R self-assessment and its history; a link may turn switch scanning
    /// (`scan=1`) or dwell-to-click (`dwell=1`) on.
    Assess {
        view: AssessView,
        scan: bool,
        dwell: bool,
    },
    About,
    Settings,
    /// Anything else; keeps what was asked for so the page can show it.
    NotFound(String),
}

/// The parts of the self-assessment (`#/assess/…`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AssessView {
    /// The form: a new assessment, or the draft in progress.
    Form,
    /// The form holding a saved assessment to change.
    Edit(String),
    /// The figures of the latest assessment, or of the one named.
    Results(Option<String>),
    /// The chart, the list with edit and delete, export and import.
    History,
    /// The one-page report for the clinic.
    Report,
    /// The personal timeline: interventions, values and key dates beside the scores.
    Timeline,
}

impl Route {
    /// A self-assessment view with nothing turned on by the link.
    pub const fn assess(view: AssessView) -> Route {
        Route::Assess {
            view,
            scan: false,
            dwell: false,
        }
    }

    /// Reads `location.hash` with its query: `""`, `"#"`, `"#/"` are home; `"#/about/"`
    /// is about; `#/path?from=GO:1` the paths from an event. A query a view does not use
    /// is dropped.
    pub fn from_hash(hash: &str) -> Route {
        let raw = hash.strip_prefix('#').unwrap_or(hash);
        // A second `#` names a place on the page (`#/standards#reversal`), not a route.
        let raw_route = raw.split('#').next().unwrap_or("");
        let (path, query) = raw_route.split_once('?').unwrap_or((raw_route, ""));
        let path = path.split('&').next().unwrap_or("");
        let q = Query::parse(query);
        let text = |key: &str| q.get(key).unwrap_or("").to_string();
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let assess = |view: AssessView| Route::Assess {
            view,
            scan: q.get("scan") == Some("1"),
            dwell: q.get("dwell") == Some("1"),
        };
        match segments.as_slice() {
            [] => Route::Home,
            ["story"] => Route::Story(None),
            ["story", n] => match n.parse::<u8>() {
                Ok(n) if n >= 1 => Route::Story(Some(n)),
                _ => Route::NotFound(raw.to_string()),
            },
            ["treatments"] => Route::Treatments(text("q")),
            ["biomarkers"] => Route::Biomarkers,
            ["standards"] => Route::Standards,
            ["explore"] => Route::Explore(text("q")),
            ["core"] => Route::Core(CoreQuery::from_query(&q)),
            ["path"] => Route::Path {
                from: q.get("from").map(String::from),
                to: q.get("to").map(String::from),
            },
            ["graph"] => Route::Graph(GraphQuery::from_query(&q)),
            ["event", id] => Route::Event(id.to_string()),
            ["assess"] => assess(AssessView::Form),
            ["assess", "edit", id] => assess(AssessView::Edit(id.to_string())),
            ["assess", "results"] => assess(AssessView::Results(None)),
            ["assess", "results", id] => assess(AssessView::Results(Some(id.to_string()))),
            ["assess", "history"] => assess(AssessView::History),
            ["assess", "report"] => assess(AssessView::Report),
            ["timeline"] | ["assess", "timeline"] => assess(AssessView::Timeline),
            ["about"] => Route::About,
            ["settings"] => Route::Settings,
            _ => Route::NotFound(raw.to_string()),
        }
    }

    /// The hash route of this view with its query: `#/about`, `#/path?from=GO:1` (links
    /// use `href`, `src/site.rs`).
    pub fn hash(&self) -> String {
        let query = self.query().encode();
        if query.is_empty() {
            self.path()
        } else {
            format!("{}?{query}", self.path())
        }
    }

    /// The view's query ("" when it has none or all its settings are the defaults).
    pub fn query(&self) -> Query {
        let mut q = Query::default();
        match self {
            Route::Treatments(text) | Route::Explore(text) if !text.is_empty() => {
                q.push("q", text.as_str());
            }
            Route::Core(core) => q = core.to_query(),
            Route::Graph(graph) => q = graph.to_query(),
            Route::Path { from, to } => {
                for (key, end) in [("from", from), ("to", to)] {
                    if let Some(id) = end {
                        q.push(key, id.as_str());
                    }
                }
            }
            Route::Assess { scan, dwell, .. } => {
                for (key, on) in [("scan", scan), ("dwell", dwell)] {
                    if *on {
                        q.push(key, "1");
                    }
                }
            }
            _ => {}
        }
        q
    }

    /// The same view with its query at the defaults: what the view is, not how it is set.
    pub fn view(&self) -> Route {
        match self {
            Route::Treatments(_) => Route::Treatments(String::new()),
            Route::Explore(_) => Route::Explore(String::new()),
            Route::Core(_) => Route::Core(CoreQuery::default()),
            Route::Graph(_) => Route::Graph(GraphQuery::default()),
            Route::Path { .. } => Route::Path {
                from: None,
                to: None,
            },
            Route::Assess { view, .. } => Route::assess(view.clone()),
            other => other.clone(),
        }
    }

    /// The hash route of the view without its query (`#/core`).
    fn path(&self) -> String {
        match self {
            Route::Home => "#/".to_string(),
            Route::Story(None) => "#/story".to_string(),
            Route::Story(Some(n)) => format!("#/story/{n}"),
            Route::Treatments(_) => "#/treatments".to_string(),
            Route::Biomarkers => "#/biomarkers".to_string(),
            Route::Standards => "#/standards".to_string(),
            Route::Explore(_) => "#/explore".to_string(),
            Route::Core(_) => "#/core".to_string(),
            Route::Path { .. } => "#/path".to_string(),
            Route::Graph(_) => "#/graph".to_string(),
            Route::Event(id) => format!("#/event/{id}"),
            Route::Assess { view, .. } => match view {
                AssessView::Form => "#/assess".to_string(),
                AssessView::Edit(id) => format!("#/assess/edit/{id}"),
                AssessView::Results(None) => "#/assess/results".to_string(),
                AssessView::Results(Some(id)) => format!("#/assess/results/{id}"),
                AssessView::History => "#/assess/history".to_string(),
                AssessView::Report => "#/assess/report".to_string(),
                AssessView::Timeline => "#/timeline".to_string(),
            },
            Route::About => "#/about".to_string(),
            Route::Settings => "#/settings".to_string(),
            Route::NotFound(raw) => format!("#{raw}"),
        }
    }

    /// The name of the view, used for its heading in the title bar.
    pub fn title_key(&self) -> AppText {
        match self {
            Route::Home => AppText::AppName,
            Route::Story(_) => AppText::NavStory,
            Route::Treatments(_) => AppText::NavTreatments,
            Route::Biomarkers => AppText::NavBiomarkers,
            Route::Standards => AppText::NavStandards,
            Route::Explore(_) | Route::Event(_) => AppText::NavExplore,
            Route::Core(_) => AppText::NavCore,
            Route::Path { .. } => AppText::NavPath,
            Route::Graph(_) => AppText::NavGraph,
            Route::Assess { .. } => AppText::NavAssess,
            Route::About => AppText::NavAbout,
            Route::Settings => AppText::NavSettings,
            Route::NotFound(_) => AppText::NotFoundTitle,
        }
    }

    /// The name of the view in navigation and link lists.
    pub fn nav_key(&self) -> AppText {
        match self {
            Route::Home => AppText::NavHome,
            other => other.title_key(),
        }
    }

    /// A short name of the view for the files made from it (`story-3`, `treatments`,
    /// `event-GO_0006979`): letters, digits and hyphens, so it is safe in any file system.
    pub fn file_slug(&self) -> String {
        let plain = |s: &str| {
            s.chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
                .collect::<String>()
        };
        match self {
            Route::Home => "home".into(),
            Route::Story(None) => "story".into(),
            Route::Story(Some(n)) => format!("story-{n}"),
            Route::Treatments(_) => "treatments".into(),
            Route::Biomarkers => "biomarkers".into(),
            Route::Standards => "standards".into(),
            Route::Explore(_) => "explore".into(),
            Route::Core(_) => "core-events".into(),
            Route::Path { .. } => "paths".into(),
            Route::Event(id) => format!("event-{}", plain(id)),
            Route::Graph(_) => "graph".into(),
            Route::Assess { .. } => "self-assessment".into(),
            Route::About => "about".into(),
            Route::Settings => "settings".into(),
            Route::NotFound(_) => "page".into(),
        }
    }

    /// Whether the view is worth a link, an embed and a QR code of its own.
    pub fn shareable(&self) -> bool {
        !matches!(
            self,
            Route::Settings
                | Route::NotFound(_)
                | Route::Assess {
                    view: AssessView::Edit(_),
                    ..
                }
        )
    }

    /// Routes shown in the main navigation, in order.
    pub fn nav() -> [Route; 10] {
        [
            Route::Home,
            Route::Story(None),
            Route::Explore(String::new()),
            Route::Core(CoreQuery::default()),
            Route::assess(AssessView::Form),
            Route::Treatments(String::new()),
            Route::Biomarkers,
            Route::Standards,
            Route::About,
            Route::Settings,
        ]
    }
}

#[cfg(test)]
mod tests;
