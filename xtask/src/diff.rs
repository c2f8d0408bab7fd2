//! `cargo xtask diff [OLD] NEW`: the change report between two specs in
//! terms of the generated Rust API (Markdown, or JSON with
//! `--format json`). Exit status: 0 for a minor or patch verdict, 1 for
//! major, 2 when it could not run.

use crate::{DiffArgs, Format};
use atlas_codegen::inputs::Inputs;
use atlas_codegen::ir::Ir;
use atlas_codegen::locate;
use atlas_codegen::project;
use atlas_codegen::tooling::diff::{self, Report, Side};
use std::path::Path;
use std::process::ExitCode;

/// The IR of a spec file, with the settings' names and exceptions, and
/// what identifies the file.
pub fn ir_of(path: &Path, inputs: &Inputs) -> Result<(Ir, Side), String> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| format!("{name}: {e}"))?;
    let sha256 = locate::sha256_hex(&bytes);
    let text = String::from_utf8(bytes).map_err(|e| format!("{name}: not UTF-8: {e}"))?;
    let ir = atlas_codegen::build_ir(&name, &text, inputs).map_err(|e| e.to_string())?;
    let file = path
        .file_name()
        .map_or(name.clone(), |f| f.to_string_lossy().into_owned());
    let side = Side {
        file,
        sha256,
        release: ir.release.clone(),
    };
    Ok((ir, side))
}

/// Today's date (UTC), for which sunsets have passed.
pub fn today() -> String {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400) as i64;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The report between two spec files.
pub fn report(root: &Path, old: &Path, new: &Path, today: &str) -> Result<Report, String> {
    let inputs = Inputs::load(&root.join(project::SETTINGS)).map_err(|e| e.to_string())?;
    let (old_ir, old_side) = ir_of(old, &inputs)?;
    let (new_ir, new_side) = ir_of(new, &inputs)?;
    let mut report = diff::diff(&old_ir, &new_ir, today);
    report.old = Some(old_side);
    report.new = Some(new_side);
    Ok(report)
}

/// What the overlay `file` changes: the pinned spec with every overlay
/// of the settings but `file`, against it with all of them.
pub fn overlay_report(root: &Path, file: &str, today: &str) -> Result<Report, String> {
    let inputs = Inputs::load(&root.join(project::SETTINGS)).map_err(|e| e.to_string())?;
    let spec = pinned_spec(root)?;
    let mut without = inputs.clone();
    without.overlays.retain(|o| o.file != file);
    if without.overlays.len() == inputs.overlays.len() {
        let named: Vec<&str> = inputs.overlays.iter().map(|o| o.file.as_str()).collect();
        return Err(format!(
            "spec/atlas.toml names no overlay {file:?} (it names {})",
            named.join(", ")
        ));
    }
    let (old_ir, mut old_side) = ir_of(&spec, &without)?;
    let (new_ir, mut new_side) = ir_of(&spec, &inputs)?;
    old_side.file = format!("{} without {file}", old_side.file);
    new_side.file = format!("{} with {file}", new_side.file);
    let mut report = diff::diff(&old_ir, &new_ir, today);
    // Both sides are the same spec: a sunset that has passed is not the
    // overlay's doing.
    report.changes.retain(|c| c.id != "sunset-passed");
    report.old = Some(old_side);
    report.new = Some(new_side);
    Ok(report)
}

pub fn run(root: &Path, args: &DiffArgs) -> ExitCode {
    let today = args.today.clone().unwrap_or_else(today);
    if let Some(file) = &args.overlay {
        return match overlay_report(root, file, &today) {
            Ok(report) => print_report(&report, args, std::time::Duration::ZERO),
            Err(e) => fail(&e),
        };
    }
    let (old, new) = match args.files.as_slice() {
        [old, new] => (old.clone(), new.clone()),
        [new] => match pinned_spec(root) {
            Ok(old) => (old, new.clone()),
            Err(e) => return fail(&e),
        },
        _ => return fail("diff needs NEW, or OLD and NEW (spec files)"),
    };
    let started = std::time::Instant::now();
    let report = match report(root, &old, &new, &today) {
        Ok(r) => r,
        Err(e) => return fail(&e),
    };
    print_report(&report, args, started.elapsed())
}

/// Prints the report as asked; the exit status says whether it breaks.
fn print_report(report: &Report, args: &DiffArgs, elapsed: std::time::Duration) -> ExitCode {
    match args.format {
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&diff::json(report)).unwrap_or_default()
        ),
        Format::Markdown => print!("{}", diff::markdown(report)),
    }
    eprintln!("diff: semver {} in {elapsed:.2?}", report.semver().as_str());
    match report.semver() {
        diff::Semver::Major => ExitCode::from(1),
        _ => ExitCode::SUCCESS,
    }
}

/// `cargo xtask method-names`: the pinned spec named by operationId against
/// it named as the settings say; `--record` keeps the old names as
/// aliases (the same records a spec update writes) and regenerates.
pub fn method_names(root: &Path, args: &crate::MethodNamesArgs) -> ExitCode {
    let today = args.today.clone().unwrap_or_else(today);
    match names_report(root, &today, args.record) {
        Ok(report) => {
            print!("{}", diff::markdown(&report));
            eprintln!(
                "method-names: {} methods renamed{}",
                report.operations_renamed.len(),
                if args.record {
                    ", recorded in spec/compat.toml"
                } else {
                    ""
                }
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}

fn names_report(root: &Path, today: &str, record: bool) -> Result<Report, String> {
    let mut inputs = Inputs::load(&root.join(project::SETTINGS)).map_err(|e| e.to_string())?;
    let spec = pinned_spec(root)?;
    let mut by_id = inputs.clone();
    by_id.settings.generate.method_names = atlas_codegen::settings::MethodNames::OperationId;
    let (old_ir, old_side) = ir_of(&spec, &by_id)?;
    let (new_ir, new_side) = ir_of(&spec, &inputs)?;
    let mut report = diff::diff(&old_ir, &new_ir, today);
    report.old = Some(old_side);
    report.new = Some(new_side);
    if record {
        let (records, _) = atlas_codegen::tooling::update::records::update(
            &inputs.compat,
            &report,
            &new_ir,
            today,
        );
        inputs.compat = records;
        let path = root
            .join(project::SETTINGS)
            .with_file_name(atlas_codegen::compat::FILE);
        std::fs::write(&path, inputs.compat.to_toml()).map_err(|e| e.to_string())?;
    }
    Ok(report)
}

/// The pinned spec, found as generation finds it.
pub fn pinned_spec(root: &Path) -> Result<std::path::PathBuf, String> {
    let settings = atlas_codegen::settings::Settings::load(&root.join(project::SETTINGS))
        .map_err(|e| e.to_string())?;
    locate::locate(root, &settings.spec, None, None)
        .map(|l| l.path)
        .map_err(|e| e.to_string())
}

fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(2)
}
