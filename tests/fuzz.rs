//! The generator never panics: a few thousand mutated specs (the full run
//! is `cargo xtask fuzz`, 100,000 cases) go through the whole generator
//! under `catch_unwind`; every failure is reported with the seed that
//! reproduces it, errors must say where, and a good share of the cases
//! must get past parsing (so the IR builder and emit are exercised, not
//! only the parser).

use atlas_codegen::tooling::fuzz::Corpus;

#[test]
fn mutated_specs_never_panic() {
    let root = atlas_tests::root();
    let spec = std::fs::read_to_string(&atlas_tests::real().located.path).expect("the pinned spec");
    let mut fixtures = Vec::new();
    for entry in std::fs::read_dir(root.join("tests/fixtures"))
        .expect("fixtures")
        .flatten()
    {
        let path = entry.path();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        fixtures.push((name, std::fs::read_to_string(&path).expect("fixture")));
    }
    fixtures.sort();
    let corpus = Corpus::load(Some(&spec), &fixtures);
    assert!(corpus.spec.is_some() && corpus.fixtures.len() > 10);
    // Seeds apart from the ones `cargo xtask fuzz` starts with.
    let report = atlas_codegen::tooling::fuzz::run(
        &corpus,
        &atlas_tests::fixture_inputs(),
        1 << 40,
        3000,
        2,
    );
    println!("{}", report.summary());
    let panics: Vec<String> = report
        .panics
        .iter()
        .map(|(case, message)| {
            format!(
                "seed {} ({}): {message}\n  {}",
                case.seed,
                case.base,
                case.mutations.join("\n  ")
            )
        })
        .collect();
    assert!(
        panics.is_empty(),
        "the generator panicked:\n{}",
        panics.join("\n")
    );
    let slow: Vec<String> = report
        .slow
        .iter()
        .map(|(c, ms)| format!("seed {}: {ms} ms", c.seed))
        .collect();
    assert!(
        slow.is_empty(),
        "cases slower than {} ms:\n{}",
        atlas_codegen::tooling::fuzz::SLOW_MS,
        slow.join("\n")
    );
    let unlocated: Vec<String> = report
        .unlocated
        .iter()
        .map(|(c, e)| format!("seed {}: {e}", c.seed))
        .collect();
    assert!(
        unlocated.is_empty(),
        "errors that do not say where:\n{}",
        unlocated.join("\n")
    );
    assert_eq!(report.cases, 3000);
    assert!(report.generated > 300, "{}", report.summary());
    assert!(
        report.past_parsing() > 0.3,
        "too few cases reach the IR builder: {}",
        report.summary()
    );
}
