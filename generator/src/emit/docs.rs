//! Spec descriptions → rustdoc markdown that builds without warnings:
//! relative links made absolute, bare URLs wrapped, stray brackets and
//! angle brackets escaped, and indented or fenced blocks kept from
//! becoming doctests.

/// Where the spec's relative links point (`[client] docs_site` and
/// `api_docs` of the settings).
#[derive(Clone, Copy, Debug)]
pub struct Links<'a> {
    /// Base of `/path` links (`https://www.mongodb.com`).
    pub site: &'a str,
    /// Base of `#tag/...` links: the API reference page.
    pub api_docs: &'a str,
}

/// HTML tags rustdoc knows, which may stay as they are.
const KNOWN_TAGS: &[&str] = &[
    "a", "abbr", "b", "br", "code", "em", "i", "li", "ol", "p", "pre", "strong", "sub", "sup", "ul",
];

impl Links<'_> {
    /// Cleans one description.
    pub fn sanitize(&self, text: &str) -> String {
        let mut out = String::new();
        let mut in_fence = false;
        let mut in_list = false;
        for line in text.trim().lines() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("```") {
                if !in_fence {
                    // A fence without a language would be compiled as Rust.
                    out.push_str("```text\n");
                } else {
                    out.push_str("```\n");
                }
                in_fence = !in_fence;
                continue;
            }
            if in_fence {
                out.push_str(line);
                out.push('\n');
                continue;
            }
            // Indentation of 4+ spaces would make a code block (a doctest).
            let line = if line.len() - trimmed.len() >= 4 {
                trimmed
            } else {
                line
            };
            // Text right after a list item, unindented, is meant as a new
            // paragraph, not a lazy continuation of the item.
            let indented = line.starts_with("  ");
            if in_list && !trimmed.is_empty() && !is_list_item(trimmed) && !indented {
                out.push('\n');
            }
            if trimmed.is_empty() {
                in_list = false;
            } else if is_list_item(trimmed) {
                in_list = true;
            }
            out.push_str(&self.inline(line));
            out.push('\n');
        }
        if in_fence {
            out.push_str("```\n");
        }
        out.trim_end().to_owned()
    }
}

fn is_list_item(line: &str) -> bool {
    if line.starts_with("- ") || line.starts_with("* ") || line.starts_with("+ ") {
        return true;
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && (line[digits..].starts_with(". ") || line[digits..].starts_with(") "))
}

/// Escapes and rewrites within one line, leaving code spans alone.
impl Links<'_> {
    fn inline(&self, line: &str) -> String {
        let mut out = String::with_capacity(line.len() + 16);
        let chars: Vec<char> = line.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            // Each case writes what it read and says how many chars that was.
            i += match chars[i] {
                '`' => code_span(&chars, i, &mut out),
                '[' => self.link(&chars, i, &mut out),
                ']' => {
                    out.push_str("\\]");
                    1
                }
                '<' => angle(&chars, i, &mut out),
                '>' => {
                    // Only a bare `>` at the start would be a quote; keep text as
                    // is but escape so it never closes a tag we escaped.
                    out.push_str(if out.trim().is_empty() { "&gt;" } else { ">" });
                    1
                }
                'h' if starts_with(&chars, i, "https://") || starts_with(&chars, i, "http://") => {
                    bare_url(&chars, i, &mut out)
                }
                c => {
                    out.push(c);
                    1
                }
            };
        }
        out
    }
}

/// A code span, copied verbatim; unmatched backticks are escaped.
fn code_span(chars: &[char], i: usize, out: &mut String) -> usize {
    let ticks = chars[i..].iter().take_while(|&&t| t == '`').count();
    match find_ticks(chars, i + ticks, ticks) {
        Some(end) => {
            out.extend(&chars[i..end + ticks]);
            end + ticks - i
        }
        None => {
            out.push_str(&"\\`".repeat(ticks));
            ticks
        }
    }
}

/// `[text](url)` with the URL made absolute; a stray `[` is escaped.
impl Links<'_> {
    fn link(&self, chars: &[char], i: usize, out: &mut String) -> usize {
        let Some((text_end, url_end)) = link_at(chars, i) else {
            out.push_str("\\[");
            return 1;
        };
        let text: String = chars[i + 1..text_end].iter().collect();
        let url: String = chars[text_end + 2..url_end].iter().collect();
        out.push('[');
        out.push_str(&self.inline(&text));
        out.push_str("](");
        out.push_str(&self.absolute(url.trim()));
        out.push(')');
        url_end + 1 - i
    }
}

/// An autolink or a known HTML tag stays; any other `<` is escaped.
fn angle(chars: &[char], i: usize, out: &mut String) -> usize {
    if let Some(end) = autolink_end(chars, i) {
        out.extend(&chars[i..=end]);
        return end + 1 - i;
    }
    let rest: String = chars[i + 1..].iter().take(40).collect();
    out.push_str(if known_tag(&rest) { "<" } else { "&lt;" });
    1
}

/// A bare URL, wrapped as an autolink; trailing punctuation belongs to the
/// sentence.
fn bare_url(chars: &[char], i: usize, out: &mut String) -> usize {
    let end = chars[i..]
        .iter()
        .position(|c| c.is_whitespace() || matches!(c, ')' | '"' | '\'' | '<' | '>' | ']' | '['))
        .map_or(chars.len(), |p| i + p);
    let mut url: String = chars[i..end].iter().collect();
    while url.ends_with(['.', ',', ';', ':']) {
        url.pop();
    }
    out.push('<');
    out.push_str(&url);
    out.push('>');
    url.chars().count()
}

fn starts_with(chars: &[char], at: usize, s: &str) -> bool {
    (at..).zip(s.chars()).all(|(i, c)| chars.get(i) == Some(&c))
}

fn find_ticks(chars: &[char], from: usize, n: usize) -> Option<usize> {
    let mut i = from;
    while i < chars.len() {
        if chars[i] == '`' {
            let run = chars[i..].iter().take_while(|&&t| t == '`').count();
            if run == n {
                return Some(i);
            }
            i += run;
        } else {
            i += 1;
        }
    }
    None
}

/// `[text](url)` starting at `i`: the index of `]` and of `)`.
fn link_at(chars: &[char], i: usize) -> Option<(usize, usize)> {
    let mut depth = 0;
    let mut j = i;
    let text_end = loop {
        match chars.get(j)? {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    break j;
                }
            }
            _ => {}
        }
        j += 1;
    };
    if chars.get(text_end + 1) != Some(&'(') {
        return None;
    }
    let close = chars[text_end + 2..].iter().position(|&c| c == ')')? + text_end + 2;
    let url: String = chars[text_end + 2..close].iter().collect();
    if url.trim().is_empty() || url.contains(' ') {
        return None;
    }
    Some((text_end, close))
}

fn autolink_end(chars: &[char], i: usize) -> Option<usize> {
    if !(starts_with(chars, i + 1, "https://") || starts_with(chars, i + 1, "http://")) {
        return None;
    }
    let end = chars[i..].iter().position(|&c| c == '>')? + i;
    if chars[i..end].iter().any(|c| c.is_whitespace()) {
        return None;
    }
    Some(end)
}

fn known_tag(rest: &str) -> bool {
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    let after = rest[name.len()..].chars().next();
    KNOWN_TAGS.contains(&name.as_str()) && matches!(after, Some('>' | ' ' | '/'))
}

impl Links<'_> {
    /// Makes a spec link absolute.
    pub fn absolute(&self, url: &str) -> String {
        if url.starts_with('#') {
            format!("{}{url}", self.api_docs)
        } else if url.starts_with('/') {
            format!("{}{url}", self.site)
        } else {
            url.to_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINKS: Links<'static> = Links {
        site: "https://www.mongodb.com",
        api_docs: "https://www.mongodb.com/docs/atlas/reference/api-resources-spec/v2/",
    };

    fn sanitize(text: &str) -> String {
        LINKS.sanitize(text)
    }

    #[test]
    fn links_become_absolute() {
        assert_eq!(
            sanitize("See [Get](#tag/Projects/operation/getProject)."),
            format!(
                "See [Get]({}#tag/Projects/operation/getProject).",
                LINKS.api_docs
            )
        );
        assert_eq!(
            sanitize("[x](/docs/atlas)"),
            "[x](https://www.mongodb.com/docs/atlas)"
        );
        assert_eq!(sanitize("[x](https://a.b/c)"), "[x](https://a.b/c)");
    }

    #[test]
    fn bare_urls_are_wrapped_and_brackets_escaped() {
        assert_eq!(sanitize("Go to https://a.b/c."), "Go to <https://a.b/c>.");
        assert_eq!(
            sanitize("replicationSpecs[n].regionConfigs[m]"),
            "replicationSpecs\\[n\\].regionConfigs\\[m\\]"
        );
        assert_eq!(sanitize("`specs[n]` stays"), "`specs[n]` stays");
        assert_eq!(sanitize("<https://a.b>"), "<https://a.b>");
    }

    #[test]
    fn html_like_placeholders_are_escaped_but_known_tags_kept() {
        assert_eq!(sanitize("db <database> here"), "db &lt;database> here");
        assert_eq!(sanitize("<a href=\"x\">y</a>"), "<a href=\"x\">y</a>");
        assert_eq!(sanitize("`<database>`"), "`<database>`");
    }

    #[test]
    fn no_doctests_from_descriptions() {
        assert_eq!(
            sanitize("a\n\n    indented code\nb"),
            "a\n\nindented code\nb"
        );
        assert_eq!(sanitize("```\nx = 1\n```"), "```text\nx = 1\n```");
        assert_eq!(sanitize("```json\n{}"), "```text\n{}\n```");
        assert_eq!(sanitize("un`closed"), "un\\`closed");
    }

    #[test]
    fn text_after_a_list_is_a_new_paragraph() {
        assert_eq!(
            sanitize("Ways:\n\n- a\n- b\n After."),
            "Ways:\n\n- a\n- b\n\n After."
        );
        assert_eq!(sanitize("- a\n  more of a"), "- a\n  more of a");
    }
}
