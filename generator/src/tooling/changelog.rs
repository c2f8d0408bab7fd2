//! The one changelog of `atlas-admin` and `atlas-admin-runtime`
//! (`generated/CHANGELOG.md`, shipped with the crate): a section per
//! version, newest first, the coming one headed `(unreleased)`. Inside a
//! version, `### Breaking changes` (what callers change), `### Runtime and
//! generator`, and one `### Atlas spec …` section per spec update, written
//! by `cargo xtask update` from the change report. `cargo xtask release`
//! dates the unreleased section.

/// The file, in `generated/`.
pub const FILE: &str = "CHANGELOG.md";

const TITLE: &str = "# Changelog";

const PREAMBLE: &str = "`atlas-admin` (generated from the Atlas Admin API spec) and `atlas-admin-runtime` (its\nhand-written runtime) share one version. Each version lists what callers must change\n(breaking changes), the changes of the runtime and the generator, and each Atlas spec update\nwith its change report (`cargo xtask diff`).";

/// A changelog: what comes before the first version, and each version's
/// section (its `## ` heading line and body), newest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changelog {
    head: String,
    sections: Vec<(String, String)>,
}

impl Changelog {
    /// Parses the text; an empty text is a new changelog.
    pub fn parse(text: &str) -> Changelog {
        if text.trim().is_empty() {
            return Changelog {
                head: format!("{TITLE}\n\n{PREAMBLE}\n"),
                sections: Vec::new(),
            };
        }
        let mut head = String::new();
        let mut sections: Vec<(String, String)> = Vec::new();
        for line in text.split_inclusive('\n') {
            if line.starts_with("## ") {
                sections.push((line.trim_end().to_owned(), String::new()));
            } else if let Some((_, body)) = sections.last_mut() {
                body.push_str(line);
            } else {
                head.push_str(line);
            }
        }
        Changelog { head, sections }
    }

    pub fn render(&self) -> String {
        let mut out = self.head.trim_end().to_owned();
        out.push('\n');
        for (heading, body) in &self.sections {
            out.push('\n');
            out.push_str(heading);
            out.push_str("\n\n");
            out.push_str(body.trim());
            out.push('\n');
        }
        out
    }

    fn find(&self, version: &str) -> Option<usize> {
        let prefix = format!("## {version} ");
        self.sections
            .iter()
            .position(|(h, _)| h.starts_with(&prefix) || h == &format!("## {version}"))
    }

    /// The body of the unreleased section of `version`, created on top
    /// when there is none. An unreleased section of another version is
    /// renamed: the coming version changed (a spec update needs a larger
    /// bump).
    fn unreleased(&mut self, version: &str) -> &mut String {
        let index = match self.sections.first() {
            Some((h, _)) if h.ends_with("(unreleased)") => {
                self.sections[0].0 = format!("## {version} (unreleased)");
                0
            }
            _ => {
                self.sections
                    .insert(0, (format!("## {version} (unreleased)"), String::new()));
                0
            }
        };
        &mut self.sections[index].1
    }

    /// Adds a `### ` subsection (heading and text) to the unreleased
    /// section of `version`, after what it has.
    pub fn add(&mut self, version: &str, heading: &str, text: &str) {
        let body = self.unreleased(version);
        if !body.trim().is_empty() {
            *body = format!("{}\n\n", body.trim_end());
        }
        body.push_str(&format!("### {heading}\n\n{}\n", text.trim()));
    }

    /// Whether the section of `version` says what callers must change.
    pub fn tells_breaking(&self, version: &str) -> bool {
        self.find(version).is_some_and(|i| {
            self.sections[i]
                .1
                .lines()
                .any(|l| l.trim_start().starts_with("### Breaking"))
        })
    }

    /// Whether `version` has an unreleased section.
    pub fn is_unreleased(&self, version: &str) -> bool {
        self.find(version)
            .is_some_and(|i| self.sections[i].0.ends_with("(unreleased)"))
    }

    /// Dates the unreleased section as `version`: `## 0.2.0 (2026-12-06)`
    /// (the section tells what the coming release holds, whatever number
    /// it was given).
    pub fn release(&mut self, version: &str, date: &str) -> Result<(), String> {
        match self.sections.first_mut() {
            Some((heading, _)) if heading.ends_with("(unreleased)") => {
                *heading = format!("## {version} ({date})");
                Ok(())
            }
            _ => Err(format!(
                "{FILE} has no unreleased section to release as {version}"
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_updates_gather_under_the_coming_version_until_it_is_released() {
        let mut log = Changelog::parse("");
        log.add("0.2.0", "Breaking changes", "- `x` is gone: call `y`.");
        log.add("0.2.0", "Atlas spec 2026-09-04", "report");
        // A later update needs a larger bump: the section follows.
        log.add("0.3.0", "Atlas spec 2026-09-18", "report 2");
        let text = log.render();
        assert!(text.starts_with("# Changelog\n\n`atlas-admin`"), "{text}");
        assert!(
            text.contains("## 0.3.0 (unreleased)\n\n### Breaking changes\n\n- `x` is gone"),
            "{text}"
        );
        assert_eq!(
            text.lines().filter(|l| l.starts_with("## ")).count(),
            1,
            "{text}"
        );
        let mut again = Changelog::parse(&text);
        assert_eq!(again.render(), text);
        assert!(again.tells_breaking("0.3.0"));
        again.release("0.3.0", "2026-09-20").unwrap();
        assert!(!again.is_unreleased("0.3.0"));
        assert!(again.release("0.3.1", "2026-09-21").is_err());
        // The next change opens a new section on top.
        again.add("0.3.1", "Runtime and generator", "- faster");
        let text = again.render();
        let order: Vec<&str> = text.lines().filter(|l| l.starts_with("## ")).collect();
        assert_eq!(order, ["## 0.3.1 (unreleased)", "## 0.3.0 (2026-09-20)"]);
        assert!(!Changelog::parse(&text).tells_breaking("0.3.1"));
    }
}
