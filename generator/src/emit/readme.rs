//! The generated crate's `README.md` (the package's front page): the
//! settings' template (`[crate.package] readme`) with the crate's name, its
//! version and the crate docs' opening example filled in.

use super::Ctx;

/// The README's file name in the generated crate.
pub const FILE: &str = "README.md";

impl Ctx<'_> {
    /// The README, when the settings give a template.
    pub(super) fn readme(&self, template: &str) -> String {
        let k = &self.settings.krate;
        // `0.2` for `0.2.1`: the requirement a dependency writes.
        let parts: Vec<&str> = k.version.split('.').collect();
        let dependency = match parts.as_slice() {
            ["0", minor, ..] => format!("0.{minor}"),
            [major, ..] => (*major).to_owned(),
            [] => k.version.clone(),
        };
        // The docs' example without the lines rustdoc hides, but its `use`.
        let docs_example = self.crate_example();
        let example: Vec<&str> = docs_example
            .lines()
            .filter_map(|l| match l.strip_prefix("# ") {
                Some(hidden) => hidden.starts_with("use ").then_some(hidden),
                None => (!l.starts_with("```") && !l.is_empty()).then_some(l),
            })
            .collect();
        template
            .replace("{{name}}", &k.name)
            .replace("{{version}}", &k.version)
            .replace("{{dependency_version}}", &dependency)
            .replace("{{example}}", &example.join("\n"))
    }
}
