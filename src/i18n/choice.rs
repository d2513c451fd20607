//! Which language a visit starts in, and the address's `?lang=`: the language policy,
//! pure and tested natively (the browser's side is in `platform`).

use super::Lang;

/// The language a visit starts in: `?lang=` in the address, else the user's saved
/// choice, else the first of the browser's languages that the app has, else Chinese.
pub fn initial_lang(query: Option<&str>, saved: Option<Lang>, browser: &[String]) -> Lang {
    query
        .and_then(Lang::from_tag)
        .or(saved)
        .or_else(|| browser.iter().find_map(|tag| Lang::from_tag(tag)))
        .unwrap_or_default()
}

/// The value of `lang` in a query string such as `?lang=en&x=1` (or `lang=en`).
pub fn lang_param(search: &str) -> Option<&str> {
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
}

/// The query string without its `lang` parameter (`""` when nothing is left).
pub fn without_lang_param(search: &str) -> String {
    let rest: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && !pair.starts_with("lang="))
        .collect();
    if rest.is_empty() {
        String::new()
    } else {
        format!("?{}", rest.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(tags: &[&str]) -> Vec<String> {
        tags.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn chinese_is_the_default() {
        assert_eq!(initial_lang(None, None, &[]), Lang::Zh);
        assert_eq!(initial_lang(None, None, &langs(&["fr-FR", "de"])), Lang::Zh);
    }

    #[test]
    fn browser_language_is_respected() {
        assert_eq!(
            initial_lang(None, None, &langs(&["en-US", "zh-CN"])),
            Lang::En
        );
        assert_eq!(
            initial_lang(None, None, &langs(&["fr", "zh-TW", "en"])),
            Lang::Zh
        );
    }

    #[test]
    fn saved_choice_beats_browser_and_address_beats_both() {
        let browser = langs(&["en-US"]);
        assert_eq!(initial_lang(None, Some(Lang::Zh), &browser), Lang::Zh);
        assert_eq!(initial_lang(Some("en"), Some(Lang::Zh), &browser), Lang::En);
        assert_eq!(initial_lang(Some("xx"), Some(Lang::Zh), &browser), Lang::Zh);
    }

    #[test]
    fn query_parameter_is_found_and_removed() {
        assert_eq!(lang_param("?lang=en"), Some("en"));
        assert_eq!(lang_param("?a=1&lang=zh"), Some("zh"));
        assert_eq!(lang_param("?a=1"), None);
        assert_eq!(without_lang_param("?lang=en"), "");
        assert_eq!(without_lang_param("?a=1&lang=en&b=2"), "?a=1&b=2");
        assert_eq!(without_lang_param(""), "");
    }
}
