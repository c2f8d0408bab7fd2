//! What generation reads besides the spec: the settings and the files they
//! name (the compatibility records, the pinned overlays, the README
//! template), each read and checked once.

use crate::compat::Records;
use crate::diag::Error;
use crate::overlay::Overlay;
use crate::settings::Settings;
use std::path::Path;

#[derive(Debug, Clone)]
pub struct Inputs {
    pub settings: Settings,
    /// The settings file as generated headers name it: its path from the
    /// workspace root (`spec/atlas.toml`), see [`Inputs::shown_as`].
    pub settings_file: String,
    /// Earlier names kept as deprecated aliases (`compat.toml` beside the
    /// settings file, when there is one).
    pub compat: Records,
    /// The overlays, checked against their pins, in the settings' order.
    pub overlays: Vec<Overlay>,
    /// The README template (`[crate.package] readme`).
    pub readme_template: Option<String>,
}

impl Inputs {
    /// Settings alone, naming no file (unit tests, fuzzing).
    pub fn of(settings: Settings) -> Inputs {
        Inputs {
            settings,
            settings_file: "the settings".to_owned(),
            compat: Records::default(),
            overlays: Vec::new(),
            readme_template: None,
        }
    }

    /// The settings file at `path` and every file it names.
    pub fn load(path: &Path) -> Result<Inputs, Error> {
        let settings = Settings::load(path)?;
        let compat_path = path.with_file_name(crate::compat::FILE);
        let compat = match compat_path.is_file() {
            true => Records::parse(&compat_path.display().to_string(), &read(&compat_path)?)?,
            false => Records::default(),
        };
        let dir = path.parent().unwrap_or(Path::new("."));
        let overlays = crate::overlay::load_pinned(dir, &settings.overlays)?;
        let readme_template = match &settings.krate.package.readme {
            Some(file) => Some(read(&dir.join(file))?),
            None => None,
        };
        let settings_file = path
            .file_name()
            .map_or_else(String::new, |f| f.to_string_lossy().into_owned());
        Ok(Inputs {
            settings,
            settings_file,
            compat,
            overlays,
            readme_template,
        })
    }
}

impl Inputs {
    /// Names the settings file by its path from the workspace root, which
    /// [`Inputs::load`] cannot know.
    pub fn shown_as(mut self, relative: &str) -> Inputs {
        self.settings_file = relative.to_owned();
        self
    }
}

fn read(path: &Path) -> Result<String, Error> {
    std::fs::read_to_string(path).map_err(|e| Error::new(path.display().to_string(), e.to_string()))
}
