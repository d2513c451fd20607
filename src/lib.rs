//! ALS Explorer, the web app: a thin Leptos shell. Each feature has its own folder;
//! the browser is touched only in `platform`.

// Server rendering (`--features prerender`) nests the views' types deeper than the default.
#![recursion_limit = "512"]

pub mod about;
pub mod app;
pub mod assess;
pub mod bench;
pub mod boot;
pub mod citations;
pub mod data;
pub mod embed;
pub mod explore;
pub mod graph;
pub mod home;
pub mod i18n;
pub mod not_found;
pub mod offline;
pub mod pages;
pub mod platform;
/// The reading pages written at build time (native only, `--features prerender`).
#[cfg(feature = "prerender")]
pub mod prerender;
pub mod records;
pub mod route;
pub mod router;
pub mod settings;
pub mod shell;
pub mod site;
pub mod story;
pub mod timeline;
pub mod tool_shell;
pub mod treatments;
pub mod vocabulary;

pub use app::mount;

/// The app's version, shown in the footer and on the About page.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
