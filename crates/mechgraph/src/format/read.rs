//! Reading sections: where their bytes come from ([`RawSections`]), deserialising one,
//! and the checks every reader shares. Below the decoders of the graph and of the texts.

use super::container::{tag_name, Container};
use super::sections::undelta;
use super::snapshot::DecodeError;
use serde::de::DeserializeOwned;
use std::borrow::Cow;
use std::collections::HashMap;

pub(super) fn malformed(section: &[u8; 4], detail: impl Into<String>) -> DecodeError {
    DecodeError::Malformed {
        section: tag_name(section),
        detail: detail.into(),
    }
}

/// Where the uncompressed bytes of sections come from: the container (inflating on
/// demand), or sections inflated beforehand step by step ([`super::steps::Decoder`]).
pub(crate) trait RawSections {
    fn raw(&self, tag: &[u8; 4]) -> Result<Option<Cow<'_, [u8]>>, DecodeError>;
}

impl RawSections for Container<'_> {
    fn raw(&self, tag: &[u8; 4]) -> Result<Option<Cow<'_, [u8]>>, DecodeError> {
        Ok(self.read(tag)?.map(Cow::Owned))
    }
}

impl RawSections for HashMap<[u8; 4], Vec<u8>> {
    fn raw(&self, tag: &[u8; 4]) -> Result<Option<Cow<'_, [u8]>>, DecodeError> {
        Ok(self.get(tag).map(|v| Cow::Borrowed(v.as_slice())))
    }
}

pub(super) fn section<T: DeserializeOwned>(
    c: &dyn RawSections,
    tag: &[u8; 4],
) -> Result<Option<T>, DecodeError> {
    let Some(raw) = c.raw(tag)? else {
        return Ok(None);
    };
    let (value, rest) =
        postcard::take_from_bytes::<T>(&raw).map_err(|e| malformed(tag, e.to_string()))?;
    if !rest.is_empty() {
        return Err(malformed(tag, format!("{} unread bytes", rest.len())));
    }
    Ok(Some(value))
}

pub(crate) fn required<T: DeserializeOwned>(
    c: &dyn RawSections,
    tag: &[u8; 4],
) -> Result<T, DecodeError> {
    section(c, tag)?.ok_or_else(|| DecodeError::Missing(tag_name(tag)))
}

/// Sparse node indices from deltas: ascending, unique (after the first), below `n`.
pub(super) fn node_indices(
    tag: &[u8; 4],
    deltas: &[u32],
    n: usize,
) -> Result<Vec<u32>, DecodeError> {
    let indices = undelta(deltas).ok_or_else(|| malformed(tag, "index overflow"))?;
    let ascending = indices.windows(2).all(|w| w[0] < w[1]);
    if !ascending || indices.last().is_some_and(|&i| i as usize >= n) {
        return Err(malformed(tag, "node indices out of order or out of range"));
    }
    Ok(indices)
}

pub(super) fn same_len(tag: &[u8; 4], lens: &[usize]) -> Result<(), DecodeError> {
    if lens.windows(2).all(|w| w[0] == w[1]) {
        Ok(())
    } else {
        Err(malformed(tag, format!("column lengths differ: {lens:?}")))
    }
}
