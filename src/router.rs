//! The one place the address is written. [`Router`] holds the current [`Route`], query
//! included: a navigation (a link followed, Back, a hash typed) arrives through
//! `hashchange` and shows its view; a view's own settings (a search typed, a weight moved)
//! replace the route and the address without a history entry and without drawing the
//! view again.

use crate::route::Route;
use crate::site::{self, Site};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Router {
    route: RwSignal<Route>,
    /// Counts the navigations that arrived, so that following a link to the view already
    /// shown, with another query, draws it again (a replaced query does not).
    visits: RwSignal<u32>,
    /// The navigation count and the view (the route with its query at the defaults):
    /// what the frame, the header and the title follow, so a query replaced while
    /// typing or moving a slider touches none of them.
    shown: Memo<(u32, Route)>,
}

impl Router {
    pub fn new(route: Route) -> Router {
        let route = RwSignal::new(route);
        let visits = RwSignal::new(0);
        Router {
            route,
            visits,
            shown: Memo::new(move |_| (visits.get(), route.with(Route::view))),
        }
    }

    /// The current route, tracked.
    pub fn get(&self) -> Route {
        self.route.get()
    }

    /// The current route, untracked: what a view reads its settings from when it starts.
    pub fn get_untracked(&self) -> Route {
        self.route.get_untracked()
    }

    /// Reads the current route, tracked, without cloning it.
    pub fn with<T>(&self, f: impl FnOnce(&Route) -> T) -> T {
        self.route.with(f)
    }

    /// What is shown: the view and the navigation that brought it (not its query, which
    /// the view itself keeps and replaces), tracked. The frame draws the view again when
    /// this changes.
    pub fn shown(&self) -> (u32, Route) {
        self.shown.get()
    }

    /// Reads the view shown (the route with its query at the defaults), tracked: it
    /// changes on a navigation to another view, not when a view replaces its query.
    pub fn with_view<T>(&self, f: impl FnOnce(&Route) -> T) -> T {
        self.shown.with(|(_, view)| f(view))
    }

    /// A navigation arrived (`hashchange`): its route is shown.
    pub fn arrived(&self, route: Route) {
        self.route.set(route);
        self.visits.update(|n| *n = n.wrapping_add(1));
    }

    /// Follows a link from script (the story's arrow keys, a select of views, a form
    /// saved): a history entry, and the view arrives through `hashchange`. On a reading
    /// page the link is another document.
    pub fn go(&self, route: &Route) {
        match site::current() {
            Site::Page { .. } => {
                // Inside an article the next page stays embedded (`?embed=1&theme=…`).
                let search = crate::platform::location_search();
                let keep = if search.contains("embed=1") {
                    search
                } else {
                    String::new()
                };
                crate::platform::assign(&format!("{}{keep}", route.href()));
            }
            Site::Hash { .. } => crate::platform::set_hash(&route.hash()),
        }
    }

    /// The view's settings changed: the route and the address follow, with no history
    /// entry, no `hashchange` and the view left as it is.
    pub fn replace(&self, route: Route) {
        if self.route.with_untracked(|r| *r == route) {
            return;
        }
        crate::platform::replace_hash(&route.href());
        self.route.set(route);
    }
}

/// The router of the app's frame.
pub fn use_router() -> Router {
    expect_context::<Router>()
}
