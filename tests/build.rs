//! Generates the union fixture specs into `$OUT_DIR`, so that tests/unions.rs
//! compiles their types and round-trips JSON through them: the fixtures'
//! snapshots show the code, this shows that the code works.

use std::path::Path;

const UNION_FIXTURES: &[&str] = &[
    "union_discriminator_without_oneof",
    "union_parent_child_cycle",
    "union_mapping_targets_not_children",
    "union_mapping_key_disagrees_with_enum",
    "union_object_over_enum_branches",
    "union_anyof_tagged",
    "union_one_branch_and_untagged",
    "union_branch_only_wraps_the_union",
    "naming_leading_digits",
    "naming_collisions",
];

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest)
        .parent()
        .expect("workspace root")
        .to_path_buf();
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    let settings_path = root.join("spec/atlas.toml");
    println!("cargo::rerun-if-changed={}", settings_path.display());
    let mut settings =
        atlas_codegen::settings::Settings::load(&settings_path).unwrap_or_else(|e| panic!("{e}"));
    settings.names.clear();
    settings.replace.clear();
    settings.example_unknown_fields.clear();
    settings.krate.doc_example = None;
    settings.omit_query_parameters.clear();
    // Plain modules of this crate: no features to gate on, both directions.
    settings.features.per_group = false;
    settings.features.serde_by_direction = false;
    // Without the compatibility records and overlays of the settings.
    let inputs = atlas_codegen::inputs::Inputs::of(settings);
    for name in UNION_FIXTURES {
        let path = root.join("tests/fixtures").join(format!("{name}.yaml"));
        println!("cargo::rerun-if-changed={}", path.display());
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let generated = atlas_codegen::generate(name, &text, "fixture", &inputs)
            .unwrap_or_else(|e| panic!("{e}"));
        // Types only, as one module body: drop headers, inner docs and the
        // glob import between type files (they are concatenated here).
        let mut module = String::new();
        for (file, code) in &generated.files {
            if !file.starts_with("src/types/") || file.ends_with("mod.rs") {
                continue;
            }
            for line in code.lines() {
                if line.starts_with("//") || line == "use super::*;" {
                    continue;
                }
                module.push_str(line);
                module.push('\n');
            }
        }
        std::fs::write(Path::new(&out).join(format!("{name}.rs")), module)
            .expect("write fixture module");
    }
}
