//! The one shape of work done in steps, so that a caller on a user interface thread can
//! give control back between them: each step says how far the work is, or gives its
//! result. Used by the decoders ([`crate::format::steps`]), the scoring
//! ([`crate::score::steps`]), the search index builder and the search
//! ([`crate::search`]), and by the app's scheduler.

/// What one step did.
#[derive(Debug, PartialEq, Eq)]
pub enum Poll<T> {
    /// More to do: `done` of `total` units (bytes, phases, nodes) are finished.
    Pending { done: usize, total: usize },
    /// The work is finished.
    Ready(T),
}

impl<T> Poll<T> {
    /// The same progress, or `f` of the result.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Poll<U> {
        match self {
            Poll::Ready(v) => Poll::Ready(f(v)),
            Poll::Pending { done, total } => Poll::Pending { done, total },
        }
    }
}
