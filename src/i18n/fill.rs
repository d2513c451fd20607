//! Placeholders in the string tables: `"第 {n} 章"` / `"Chapter {n}"`. Each table's own
//! test (written by the `catalogue!` macro) checks that both languages hold the same
//! placeholders; `fill` puts the values in and, in debug builds, says when one of the
//! text's placeholders is left unfilled. (A value the text does not use is allowed: a
//! view may pick one of several texts, "one event" or "{n} events", and give `n` to both.)

/// The placeholders of `text` (`{n}`, `{name}`) in order of appearance; doubled or escaped
/// braces are not used in the tables.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close)
                if close > 0
                    && after[..close]
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_') =>
            {
                found.push(&after[..close]);
                rest = &after[close + 1..];
            }
            _ => rest = after,
        }
    }
    found
}

/// Puts values in a text's placeholders: `text.fill(&[("n", &n.to_string())])`.
pub trait Fill {
    fn fill(&self, values: &[(&str, &str)]) -> String;
}

impl Fill for str {
    fn fill(&self, values: &[(&str, &str)]) -> String {
        let mut out = self.to_string();
        for (name, value) in values {
            out = out.replace(&format!("{{{name}}}"), value);
        }
        debug_assert!(
            placeholders(self)
                .iter()
                .all(|p| values.iter().any(|(n, _)| n == p)),
            "a placeholder of {self:?} is left unfilled"
        );
        out
    }
}

/// Checks a whole table: both languages filled, the Chinese in Chinese and the English
/// free of it, and the same placeholders in both. Run by each table's own test.
#[cfg(test)]
pub fn check_table<W: super::lang::Words + std::fmt::Debug>(keys: &[W]) {
    fn has_cjk(s: &str) -> bool {
        s.chars().any(|c| {
            ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3000}'..='\u{303f}').contains(&c)
        })
    }
    assert!(!keys.is_empty(), "an empty table");
    for &key in keys {
        let [zh, en] = key.pair();
        assert!(
            !zh.trim().is_empty() && !en.trim().is_empty(),
            "{key:?} is empty"
        );
        assert!(
            !has_cjk(en),
            "{key:?}: the English text contains Chinese: {en}"
        );
        assert!(
            has_cjk(zh),
            "{key:?}: the Chinese text has no Chinese: {zh}"
        );
        let (mut a, mut b) = (placeholders(zh), placeholders(en));
        a.sort_unstable();
        b.sort_unstable();
        assert_eq!(
            a, b,
            "{key:?}: the two languages hold different placeholders"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_found_in_order() {
        assert_eq!(placeholders("第 {n} 章，共 {total} 章"), vec!["n", "total"]);
        assert_eq!(placeholders("{name}"), vec!["name"]);
        assert!(placeholders("a { b } {} {x y}").is_empty());
    }

    #[test]
    fn values_go_into_their_placeholders() {
        assert_eq!(
            "第 {n} 章，共 {m} 章".fill(&[("n", "3"), ("m", "12")]),
            "第 3 章，共 12 章"
        );
        assert_eq!("{n} of {n}".fill(&[("n", "2")]), "2 of 2");
    }

    #[test]
    #[should_panic(expected = "left unfilled")]
    fn a_placeholder_left_unfilled_is_a_mistake() {
        let _ = "{n} of {total}".fill(&[("n", "1")]);
    }

    #[test]
    #[should_panic(expected = "different placeholders")]
    fn a_table_with_different_placeholders_fails_its_test() {
        #[derive(Clone, Copy, Debug)]
        struct Broken;
        impl crate::i18n::Words for Broken {
            fn pair(self) -> [&'static str; 2] {
                ["第 {n} 章", "Chapter {number}"]
            }
        }
        check_table(&[Broken]);
    }
}
