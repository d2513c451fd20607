//! The byte container of a snapshot: magic, version, a section table, compressed
//! sections each with its CRC-32, and a CRC-32 of the whole file at the end.
//!
//! ```text
//! offset  size  field
//! 0       8     magic  89 41 4C 53 47 0D 0A 1A   ("\x89ALSG\r\n\x1a": catches text-mode damage)
//! 8       2     format version (u16 LE) = 1
//! 10      2     section count n (u16 LE)
//! 12      24n   section table: tag[4], codec u8, 3 zero bytes, offset u32, stored length u32,
//!               raw length u32, CRC-32 of the stored bytes u32
//! …             section payloads, in table order
//! end-4   4     CRC-32 of every byte before it
//! ```

use super::snapshot::DecodeError;

pub const MAGIC: [u8; 8] = *b"\x89ALSG\r\n\x1a";
pub const FORMAT_VERSION: u16 = 1;
const TABLE_ENTRY: usize = 24;
const HEADER: usize = 12;
/// The largest section the decoder inflates (a guard against decompression bombs).
pub const MAX_RAW_SECTION: usize = 256 << 20;

/// How a section's bytes are stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Stored = 0,
    Deflate = 1,
    /// LZMA in the `.lzma` format (13-byte header: properties, dictionary size, length).
    Lzma = 2,
}

impl Codec {
    fn from_code(code: u8) -> Option<Codec> {
        match code {
            0 => Some(Codec::Stored),
            1 => Some(Codec::Deflate),
            2 => Some(Codec::Lzma),
            _ => None,
        }
    }
}

/// A section ready to write: its tag, codec and uncompressed bytes.
pub struct SectionOut {
    pub tag: [u8; 4],
    pub codec: Codec,
    pub raw: Vec<u8>,
}

/// LZMA at preset 9 with a dictionary as large as the section (capped at 64 MiB).
fn lzma(raw: &[u8]) -> Option<Vec<u8>> {
    use std::io::Write;
    let mut options = lzma_rust2::LzmaOptions::with_preset(9);
    options.dict_size = (raw.len() as u32).clamp(4096, 64 << 20);
    // No position bits: the columns are byte streams with no 4-byte alignment (saves
    // about 0.5 % on labels and edges).
    options.pb = 0;
    let mut w =
        lzma_rust2::LzmaWriter::new_use_header(Vec::new(), &options, Some(raw.len() as u64))
            .ok()?;
    w.write_all(raw).ok()?;
    w.finish().ok()
}

/// Memory the LZMA decoder may use (KiB): enough for a 64 MiB dictionary.
pub(crate) const LZMA_MEM_LIMIT_KB: u32 = 80 << 10;

fn unlzma(stored: &[u8], raw_len: usize) -> Option<Vec<u8>> {
    use std::io::Read;
    let reader = lzma_rust2::LzmaReader::new_mem_limit(stored, LZMA_MEM_LIMIT_KB, None).ok()?;
    let mut out = Vec::with_capacity(raw_len);
    reader.take(raw_len as u64 + 1).read_to_end(&mut out).ok()?;
    Some(out)
}

/// Writes the container. Snapshots are written once and read many times, so each codec
/// runs at its highest level; a section that cannot be compressed is stored.
pub fn write(sections: &[SectionOut]) -> Vec<u8> {
    let stored: Vec<(Codec, Vec<u8>)> = sections
        .iter()
        .map(|s| match s.codec {
            Codec::Stored => (Codec::Stored, s.raw.clone()),
            Codec::Deflate => (
                Codec::Deflate,
                miniz_oxide::deflate::compress_to_vec(&s.raw, 10),
            ),
            Codec::Lzma => match lzma(&s.raw) {
                Some(bytes) => (Codec::Lzma, bytes),
                None => (Codec::Stored, s.raw.clone()),
            },
        })
        .collect();
    let mut out = Vec::new();
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&(sections.len() as u16).to_le_bytes());
    let mut offset = HEADER + TABLE_ENTRY * sections.len();
    for (s, (codec, bytes)) in sections.iter().zip(&stored) {
        out.extend_from_slice(&s.tag);
        out.extend_from_slice(&[*codec as u8, 0, 0, 0]);
        out.extend_from_slice(&(offset as u32).to_le_bytes());
        out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
        out.extend_from_slice(&(s.raw.len() as u32).to_le_bytes());
        out.extend_from_slice(&crc32fast::hash(bytes).to_le_bytes());
        offset += bytes.len();
    }
    for (_, bytes) in &stored {
        out.extend_from_slice(bytes);
    }
    let crc = crc32fast::hash(&out);
    out.extend_from_slice(&crc.to_le_bytes());
    out
}

/// One entry of the section table.
#[derive(Clone, Copy, Debug)]
pub struct SectionEntry {
    pub tag: [u8; 4],
    pub codec: Codec,
    pub offset: usize,
    pub stored_len: usize,
    pub raw_len: usize,
    pub crc: u32,
}

/// A checked view of a snapshot's bytes.
pub struct Container<'a> {
    bytes: &'a [u8],
    pub version: u16,
    pub sections: Vec<SectionEntry>,
    pub file_crc: u32,
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

impl<'a> Container<'a> {
    /// Checks magic, version, the whole-file checksum and the section table.
    pub fn open(bytes: &'a [u8]) -> Result<Container<'a>, DecodeError> {
        if bytes.len() < HEADER + 4 {
            return Err(DecodeError::TooShort(bytes.len()));
        }
        if bytes[..8] != MAGIC {
            return Err(DecodeError::NotASnapshot);
        }
        let version = u16_at(bytes, 8).ok_or(DecodeError::TooShort(bytes.len()))?;
        if version != FORMAT_VERSION {
            return Err(DecodeError::UnsupportedVersion(version));
        }
        let body_end = bytes.len() - 4;
        let file_crc = u32_at(bytes, body_end).ok_or(DecodeError::TooShort(bytes.len()))?;
        let actual = crc32fast::hash(&bytes[..body_end]);
        if actual != file_crc {
            return Err(DecodeError::ChecksumMismatch {
                section: "file".into(),
            });
        }
        let count = u16_at(bytes, 10).ok_or(DecodeError::TooShort(bytes.len()))? as usize;
        let table_end = HEADER + TABLE_ENTRY * count;
        if table_end > body_end {
            return Err(DecodeError::Truncated("section table".into()));
        }
        let mut sections = Vec::with_capacity(count);
        for i in 0..count {
            let at = HEADER + TABLE_ENTRY * i;
            let entry = &bytes[at..at + TABLE_ENTRY];
            let tag: [u8; 4] = [entry[0], entry[1], entry[2], entry[3]];
            let codec = Codec::from_code(entry[4]).ok_or_else(|| DecodeError::Malformed {
                section: tag_name(&tag),
                detail: format!("unknown codec {}", entry[4]),
            })?;
            let read = |o: usize| u32_at(entry, o).map(|v| v as usize).unwrap_or(0);
            let section = SectionEntry {
                tag,
                codec,
                offset: read(8),
                stored_len: read(12),
                raw_len: read(16),
                crc: u32_at(entry, 20).unwrap_or(0),
            };
            let end = section.offset.checked_add(section.stored_len);
            if section.offset < table_end || end.is_none_or(|e| e > body_end) {
                return Err(DecodeError::Truncated(tag_name(&tag)));
            }
            sections.push(section);
        }
        Ok(Container {
            bytes,
            version,
            sections,
            file_crc,
        })
    }

    pub fn find(&self, tag: &[u8; 4]) -> Option<&SectionEntry> {
        self.sections.iter().find(|s| &s.tag == tag)
    }

    /// The stored (compressed) bytes of a section, checked against its CRC, and its
    /// stated uncompressed size checked against the reader's limit.
    pub fn stored(&self, s: &SectionEntry) -> Result<&'a [u8], DecodeError> {
        let stored = &self.bytes[s.offset..s.offset + s.stored_len];
        if crc32fast::hash(stored) != s.crc {
            return Err(DecodeError::ChecksumMismatch {
                section: tag_name(&s.tag),
            });
        }
        if s.raw_len > MAX_RAW_SECTION {
            return Err(DecodeError::TooLarge {
                section: tag_name(&s.tag),
            });
        }
        Ok(stored)
    }

    /// The uncompressed bytes of a section, checked against its CRC and stated size.
    pub fn read(&self, tag: &[u8; 4]) -> Result<Option<Vec<u8>>, DecodeError> {
        let Some(s) = self.find(tag) else {
            return Ok(None);
        };
        let name = tag_name(tag);
        let stored = self.stored(s)?;
        let raw = match s.codec {
            Codec::Stored => stored.to_vec(),
            Codec::Deflate => miniz_oxide::inflate::decompress_to_vec_with_limit(stored, s.raw_len)
                .map_err(|_| DecodeError::Decompress {
                    section: name.clone(),
                })?,
            Codec::Lzma => unlzma(stored, s.raw_len).ok_or_else(|| DecodeError::Decompress {
                section: name.clone(),
            })?,
        };
        if raw.len() != s.raw_len {
            return Err(DecodeError::Malformed {
                section: name,
                detail: format!("{} bytes where the table says {}", raw.len(), s.raw_len),
            });
        }
        Ok(Some(raw))
    }
}

pub fn tag_name(tag: &[u8; 4]) -> String {
    String::from_utf8_lossy(tag).into_owned()
}
