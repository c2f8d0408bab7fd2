//! Rust identifiers from wire names: heck for casing, plus the fix-ups heck
//! does not do (keywords, leading digits, symbols, names that collide after
//! casing).

use heck::{ToPascalCase, ToSnakeCase};
use std::collections::BTreeSet;

/// Words that cannot be identifiers even as raw identifiers (`r#self` is
/// invalid), so they get a trailing underscore instead.
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate", "extern"];

/// Strict and reserved keywords of Rust 2024; these take the `r#` prefix.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop",
    "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return", "static",
    "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use", "virtual",
    "where", "while", "yield",
];

/// Type names that would shadow prelude items or names the generated code
/// uses unqualified.
const RESERVED_TYPES: &[&str] = &[
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "Vec",
    "String",
    "Box",
    "Self",
    "Client",
    "Error",
    "Default",
    "Clone",
    "Copy",
    "Send",
    "Sync",
    "Sized",
    "Drop",
    "Fn",
    "FnMut",
    "FnOnce",
    "Iterator",
    "ToString",
    "Into",
    "From",
    "Debug",
    "Display",
    "PartialEq",
    "Eq",
    "Value",
    "Map",
];

/// Replaces the characters heck treats as letters but Rust does not, and
/// spells out the symbols that would otherwise vanish (`<`, `>`), so that
/// `"<"` and `">"` do not both become the empty name.
fn words(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        match c {
            '<' => out.push_str(" lt "),
            '>' => out.push_str(" gt "),
            '=' => out.push_str(" eq "),
            '+' => out.push_str(" plus "),
            '*' => out.push_str(" star "),
            '&' => out.push_str(" and "),
            '%' => out.push_str(" percent "),
            '@' => out.push_str(" at "),
            '.' => {
                // Keep "3.6" apart as "3_6" rather than "36".
                out.push('_');
            }
            c if c.is_ascii_alphanumeric() => out.push(c),
            _ => out.push(' '),
        }
    }
    out
}

/// `snake_case` identifier for a field, parameter or method; keywords become raw
/// identifiers and a leading digit gets an `n` prefix (`2dsphereIndexVersion`
/// → `n2dsphere_index_version`).
pub fn snake_ident(raw: &str) -> String {
    let mut s = words(raw).to_snake_case();
    if s.is_empty() {
        s = "value".to_owned();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, 'n');
    }
    if NOT_RAW.contains(&s.as_str()) {
        s.push('_');
    } else if KEYWORDS.contains(&s.as_str()) {
        s.insert_str(0, "r#");
    }
    s
}

/// `PascalCase` identifier for a type or variant. Digits next to each other
/// keep an underscore between them (`3.6` → `V3_6`), which rustc's
/// `non_camel_case_types` lint accepts.
pub fn pascal_ident(raw: &str) -> String {
    let w = words(raw);
    // heck drops the separator between two digit groups ("3 6" -> "36"); keep
    // them apart with an underscore.
    let mut parts: Vec<String> = Vec::new();
    for part in w.split([' ', '_', '-']) {
        if part.is_empty() {
            continue;
        }
        parts.push(part.to_pascal_case());
    }
    let mut s = String::new();
    for part in parts {
        let prev_digit = s.ends_with(|c: char| c.is_ascii_digit());
        let next_digit = part.starts_with(|c: char| c.is_ascii_digit());
        if prev_digit && next_digit {
            s.push('_');
        }
        s.push_str(&part);
    }
    if s.is_empty() {
        s = "Empty".to_owned();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, 'V');
    }
    if NOT_RAW.contains(&s.as_str()) || RESERVED_TYPES.contains(&s.as_str()) {
        s.push_str("Type");
    }
    s
}

/// Hands out names that are unique within one scope, in the order asked:
/// the second `Foo` becomes `Foo2`, and so on. Deterministic because callers
/// ask in a deterministic order.
#[derive(Debug, Default, Clone)]
pub struct NameTable {
    taken: BTreeSet<String>,
}

impl NameTable {
    pub fn new() -> Self {
        Self::default()
    }

    /// Marks `name` as taken without checking; for names fixed from outside.
    pub fn reserve(&mut self, name: &str) {
        self.taken.insert(name.to_owned());
    }

    pub fn is_taken(&self, name: &str) -> bool {
        self.taken.contains(name)
    }

    /// Returns `want` if free, else `want2`, `want3`, … (for raw identifiers the
    /// suffix goes after the `r#`-stripped name).
    pub fn claim(&mut self, want: &str) -> String {
        let base = want.strip_prefix("r#").unwrap_or(want);
        if !self.taken.contains(want) && !self.taken.contains(base) {
            self.taken.insert(want.to_owned());
            return want.to_owned();
        }
        let sep = if base.ends_with(|c: char| c.is_ascii_digit()) {
            "_"
        } else {
            ""
        };
        let mut n = 2u32;
        loop {
            let candidate = format!("{base}{sep}{n}");
            if !self.taken.contains(&candidate) {
                self.taken.insert(candidate.clone());
                return candidate;
            }
            n += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Is `s` a valid Rust identifier as written (raw identifiers included)?
    fn is_valid_ident(s: &str) -> bool {
        syn::parse_str::<syn::Ident>(s).is_ok()
    }

    #[test]
    fn snake_case_obstacles() {
        assert_eq!(
            snake_ident("updateOrgInviteById"),
            "update_org_invite_by_id"
        );
        assert_eq!(snake_ident("type"), "r#type");
        assert_eq!(snake_ident("match"), "r#match");
        assert_eq!(snake_ident("self"), "self_");
        assert_eq!(snake_ident("crate"), "crate_");
        assert_eq!(
            snake_ident("2dsphereIndexVersion"),
            "n2dsphere_index_version"
        );
        assert_eq!(
            snake_ident("Use-Effective-Instance-Fields"),
            "use_effective_instance_fields"
        );
        assert_eq!(snake_ident("$filter"), "filter");
        assert_eq!(snake_ident(""), "value");
        assert_eq!(snake_ident("groupId"), "group_id");
    }

    #[test]
    fn pascal_case_obstacles() {
        assert_eq!(pascal_ident("ORG_OWNER"), "OrgOwner");
        assert_eq!(pascal_ident("<"), "Lt");
        assert_eq!(pascal_ident(">"), "Gt");
        assert_eq!(pascal_ident("3.6"), "V3_6");
        assert_eq!(pascal_ident("4.4"), "V4_4");
        assert_eq!(pascal_ident("M10"), "M10");
        assert_eq!(pascal_ident("US East (N. Virginia)"), "UsEastNVirginia");
        assert_eq!(pascal_ident("us-east-1"), "UsEast1");
        assert_eq!(pascal_ident(""), "Empty");
        assert_eq!(pascal_ident("Option"), "OptionType");
        assert_eq!(pascal_ident("Self"), "SelfType");
        assert_eq!(pascal_ident("tokenizernGram"), "TokenizernGram");
        assert_eq!(pascal_ident("10GB"), "V10gb");
    }

    #[test]
    fn every_result_is_an_identifier() {
        for raw in [
            "type", "match", "self", "2dsphere", "<", ">", "a b", "9", "", "fn", "async", "r#x",
        ] {
            let s = snake_ident(raw);
            assert!(is_valid_ident(&s), "{raw:?} -> {s:?}");
            let p = pascal_ident(raw);
            assert!(is_valid_ident(&p), "{raw:?} -> {p:?}");
        }
    }

    #[test]
    fn names_colliding_after_casing_get_suffixes() {
        let mut table = NameTable::new();
        let a = table.claim(&pascal_ident("fooBar"));
        let b = table.claim(&pascal_ident("FOO_BAR"));
        let c = table.claim(&pascal_ident("foo-bar"));
        assert_eq!(
            (a.as_str(), b.as_str(), c.as_str()),
            ("FooBar", "FooBar2", "FooBar3")
        );
        let mut table = NameTable::new();
        assert_eq!(table.claim("V3"), "V3");
        assert_eq!(table.claim("V3"), "V3_2");
        let mut table = NameTable::new();
        assert_eq!(table.claim("r#type"), "r#type");
        assert_eq!(table.claim("r#type"), "type2");
    }
}
