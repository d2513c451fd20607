//! The one codec of the address's query (`from=GO:0006914&to=…`): read once into
//! [`Query`] when the route is read, written once when a link is made. Letters, digits
//! and `:_.-~,` stay as they are (so `GO:0006979` and `w=5,5,5` stay readable); every
//! other byte becomes `%XX`; `+` reads as a space.

/// The query's pairs in order, decoded. A part without `=` is not a pair and is dropped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query(Vec<(String, String)>);

impl Query {
    /// Reads `a=1&b=x%20y` (without the leading `?`).
    pub fn parse(text: &str) -> Query {
        let pairs = text
            .split('&')
            .filter_map(|p| p.split_once('='))
            .map(|(k, v)| (decode_component(k), decode_component(v)));
        Query(pairs.collect())
    }

    /// The first value of `key`, when it is there and not empty.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .filter(|v| !v.is_empty())
    }

    /// Adds a pair (written in the order added).
    pub fn push(&mut self, key: &str, value: impl Into<String>) {
        self.0.push((key.to_string(), value.into()));
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `a=1&b=x%20y`, or "" when empty.
    pub fn encode(&self) -> String {
        let pairs: Vec<String> = self
            .0
            .iter()
            .map(|(k, v)| format!("{}={}", encode_component(k), encode_component(v)))
            .collect();
        pairs.join("&")
    }
}

/// Encodes a key or value of the query (see the module docs).
fn encode_component(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b":_.-~,".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` sequences (and `+` as a space); anything malformed is kept as written.
fn decode_component(value: &str) -> String {
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
    use super::*;

    #[test]
    fn query_values_survive_encoding() {
        for v in ["GO:0006979", "氧化应激 & more", "a+b=c%", "", "1,2,3"] {
            assert_eq!(decode_component(&encode_component(v)), v);
        }
        assert_eq!(encode_component("GO:0006979"), "GO:0006979");
        assert_eq!(encode_component("5,5,5"), "5,5,5");
        assert_eq!(decode_component("GO%3A1+2%zz"), "GO:1 2%zz");
    }

    #[test]
    fn a_query_reads_and_writes_its_pairs_in_order() {
        let q = Query::parse("from=GO%3A0006914&to=&x&q=a+b");
        assert_eq!(q.get("from"), Some("GO:0006914"));
        assert_eq!(q.get("to"), None, "empty is absent");
        assert_eq!(q.get("x"), None, "no '=': not a pair");
        assert_eq!(q.get("q"), Some("a b"));
        let mut w = Query::default();
        w.push("q", "氧化 stress");
        w.push("sel", "GO:1");
        assert_eq!(Query::parse(&w.encode()), w);
        assert_eq!(w.encode(), "q=%E6%B0%A7%E5%8C%96%20stress&sel=GO:1");
    }
}
