//! Markdown bodies rendered to HTML on the server and sanitised, so no client has to get that
//! right alone: no scripts, no event handlers, no `javascript:` links; links open safely.

use std::collections::HashSet;

use pulldown_cmark::{Options, Parser, html};

/// Renders Markdown and keeps only safe HTML.
pub fn to_safe_html(markdown: &str) -> String {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_TASKLISTS);
    let parser = Parser::new_ext(markdown, options);
    let mut rendered = String::new();
    html::push_html(&mut rendered, parser);
    ammonia::Builder::default()
        .url_schemes(HashSet::from(["http", "https", "mailto"]))
        .link_rel(Some("noopener nofollow"))
        .clean(&rendered)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_handlers_and_javascript_links_never_survive() {
        let html = to_safe_html(
            "Hallo <script>alert(1)</script> [klick](javascript:alert(2)) <img src=x onerror=alert(3)> <a href=\"https://beispiel.de\" onclick=\"x()\">Link</a>",
        );
        assert!(!html.contains("<script"));
        assert!(!html.contains("javascript:"));
        assert!(!html.contains("onerror"));
        assert!(!html.contains("onclick"));
        assert!(html.contains("rel=\"noopener nofollow\""));
    }

    #[test]
    fn markdown_becomes_html() {
        let html = to_safe_html("**fett** und [Leitfaden](https://beispiel.de/leitfaden)");
        assert!(html.contains("<strong>fett</strong>"));
        assert!(html.contains("href=\"https://beispiel.de/leitfaden\""));
    }
}
