//! Hash routes (`#/about`): deep links that work on any static host and from `file://`,
//! where path routes cannot. Parsing is pure and tested natively.

use crate::i18n::AppText;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    /// The factory story: its chapter list, or one chapter (numbered from 1).
    Story(Option<u8>),
    Treatments,
    Biomarkers,
    Standards,
    /// Search over the mechanism graph.
    Explore,
    /// The core events, ranked live.
    Core,
    /// Causal paths between two events (ends in the query).
    Path,
    /// One event of the graph, by id (`GO:0006979`).
    Event(String),
    /// The graph drawn (what it shows is in the query, see `graph::scene`).
    Graph,
    /// The ALSFRS-R self-assessment and its history.
    Assess(AssessView),
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
    /// Reads `location.hash`: `""`, `"#"`, `"#/"` are home; `"#/about/"` is about.
    /// A query after the path (`#/about?x=1`) is ignored here; views read it themselves.
    pub fn from_hash(hash: &str) -> Route {
        let raw = hash.strip_prefix('#').unwrap_or(hash);
        // A second `#` names a place on the page (`#/standards#reversal`), not a route.
        let path = raw.split(['?', '&', '#']).next().unwrap_or("");
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => Route::Home,
            ["story"] => Route::Story(None),
            ["story", n] => match n.parse::<u8>() {
                Ok(n) if n >= 1 => Route::Story(Some(n)),
                _ => Route::NotFound(raw.to_string()),
            },
            ["treatments"] => Route::Treatments,
            ["biomarkers"] => Route::Biomarkers,
            ["standards"] => Route::Standards,
            ["explore"] => Route::Explore,
            ["core"] => Route::Core,
            ["path"] => Route::Path,
            ["graph"] => Route::Graph,
            ["event", id] => Route::Event(id.to_string()),
            ["assess"] => Route::Assess(AssessView::Form),
            ["assess", "edit", id] => Route::Assess(AssessView::Edit(id.to_string())),
            ["assess", "results"] => Route::Assess(AssessView::Results(None)),
            ["assess", "results", id] => Route::Assess(AssessView::Results(Some(id.to_string()))),
            ["assess", "history"] => Route::Assess(AssessView::History),
            ["assess", "report"] => Route::Assess(AssessView::Report),
            ["timeline"] | ["assess", "timeline"] => Route::Assess(AssessView::Timeline),
            ["about"] => Route::About,
            ["settings"] => Route::Settings,
            _ => Route::NotFound(raw.to_string()),
        }
    }

    /// The hash route of this view: `#/about` (links use `href`, `src/site.rs`).
    pub fn hash(&self) -> String {
        match self {
            Route::Home => "#/".to_string(),
            Route::Story(None) => "#/story".to_string(),
            Route::Story(Some(n)) => format!("#/story/{n}"),
            Route::Treatments => "#/treatments".to_string(),
            Route::Biomarkers => "#/biomarkers".to_string(),
            Route::Standards => "#/standards".to_string(),
            Route::Explore => "#/explore".to_string(),
            Route::Core => "#/core".to_string(),
            Route::Path => "#/path".to_string(),
            Route::Graph => "#/graph".to_string(),
            Route::Event(id) => format!("#/event/{id}"),
            Route::Assess(view) => match view {
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
            Route::Treatments => AppText::NavTreatments,
            Route::Biomarkers => AppText::NavBiomarkers,
            Route::Standards => AppText::NavStandards,
            Route::Explore | Route::Event(_) => AppText::NavExplore,
            Route::Core => AppText::NavCore,
            Route::Path => AppText::NavPath,
            Route::Graph => AppText::NavGraph,
            Route::Assess(_) => AppText::NavAssess,
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
            Route::Treatments => "treatments".into(),
            Route::Biomarkers => "biomarkers".into(),
            Route::Standards => "standards".into(),
            Route::Explore => "explore".into(),
            Route::Core => "core-events".into(),
            Route::Path => "paths".into(),
            Route::Event(id) => format!("event-{}", plain(id)),
            Route::Graph => "graph".into(),
            Route::Assess(_) => "self-assessment".into(),
            Route::About => "about".into(),
            Route::Settings => "settings".into(),
            Route::NotFound(_) => "page".into(),
        }
    }

    /// Whether the view is worth a link, an embed and a QR code of its own.
    pub fn shareable(&self) -> bool {
        !matches!(
            self,
            Route::Settings | Route::NotFound(_) | Route::Assess(AssessView::Edit(_))
        )
    }

    /// Routes shown in the main navigation, in order.
    pub fn nav() -> [Route; 10] {
        [
            Route::Home,
            Route::Story(None),
            Route::Explore,
            Route::Core,
            Route::Assess(AssessView::Form),
            Route::Treatments,
            Route::Biomarkers,
            Route::Standards,
            Route::About,
            Route::Settings,
        ]
    }
}

/// Encodes a value for the hash's query: letters, digits and `:_.-~` stay as they are
/// (so `GO:0006979` stays readable), every other byte becomes `%XX`.
pub fn encode_component(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b":_.-~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` sequences (and `+` as a space); anything malformed is kept as written.
pub fn decode_component(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |k: usize| bytes.get(k).and_then(|&c| (c as char).to_digit(16));
        match (bytes[i], hex(i + 1), hex(i + 2)) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                i += 1;
            }
            (c, _, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    #[test]
    fn query_values_survive_encoding() {
        for v in ["GO:0006979", "氧化应激 & more", "a+b=c%", ""] {
            assert_eq!(super::decode_component(&super::encode_component(v)), v);
        }
        assert_eq!(super::encode_component("GO:0006979"), "GO:0006979");
        assert_eq!(super::decode_component("GO%3A1+2%zz"), "GO:1 2%zz");
    }

    use super::*;

    #[test]
    fn empty_and_root_hashes_are_home() {
        for hash in ["", "#", "#/", "#//"] {
            assert_eq!(Route::from_hash(hash), Route::Home, "{hash:?}");
        }
    }

    #[test]
    fn known_paths_parse_with_or_without_slashes_and_queries() {
        assert_eq!(Route::from_hash("#/about"), Route::About);
        assert_eq!(Route::from_hash("#/about/"), Route::About);
        assert_eq!(Route::from_hash("#about"), Route::About);
        assert_eq!(Route::from_hash("#/settings?lang=en"), Route::Settings);
        assert_eq!(Route::from_hash("#/story"), Route::Story(None));
        assert_eq!(Route::from_hash("#/standards#reversal"), Route::Standards);
        assert_eq!(Route::from_hash("#/story/3"), Route::Story(Some(3)));
        assert_eq!(
            Route::from_hash("#/assess"),
            Route::Assess(AssessView::Form)
        );
        assert_eq!(
            Route::from_hash("#/assess/edit/a1"),
            Route::Assess(AssessView::Edit("a1".into()))
        );
        assert_eq!(
            Route::from_hash("#/assess/results"),
            Route::Assess(AssessView::Results(None))
        );
        assert_eq!(
            Route::from_hash("#/assess/history?x=1"),
            Route::Assess(AssessView::History)
        );
        assert_eq!(
            Route::from_hash("#/story/0"),
            Route::NotFound("/story/0".into())
        );
        assert_eq!(
            Route::from_hash("#/story/x"),
            Route::NotFound("/story/x".into())
        );
    }

    #[test]
    fn unknown_paths_keep_what_was_asked() {
        assert_eq!(
            Route::from_hash("#/nowhere/3"),
            Route::NotFound("/nowhere/3".into())
        );
        assert_eq!(
            Route::from_hash("#/about/extra"),
            Route::NotFound("/about/extra".into())
        );
    }

    #[test]
    fn file_slugs_say_what_the_view_is() {
        assert_eq!(Route::Story(Some(3)).file_slug(), "story-3");
        assert_eq!(Route::Treatments.file_slug(), "treatments");
        assert_eq!(
            Route::Event("GO:0006979".into()).file_slug(),
            "event-GO_0006979"
        );
        assert_eq!(
            Route::from_hash("#/assess/history").file_slug(),
            "self-assessment"
        );
    }

    #[test]
    fn href_round_trips() {
        for route in Route::nav().into_iter().chain([
            Route::Story(Some(12)),
            Route::Event("GO:0006979".into()),
            Route::Assess(AssessView::Edit("a-1.x".into())),
            Route::Assess(AssessView::Results(None)),
            Route::Assess(AssessView::Results(Some("b2".into()))),
            Route::Assess(AssessView::History),
            Route::Assess(AssessView::Report),
        ]) {
            assert_eq!(Route::from_hash(&route.hash()), route);
        }
        let lost = Route::NotFound("/x/y".into());
        assert_eq!(Route::from_hash(&lost.hash()), lost);
    }
}
