//! What the maintainers' commands (`cargo xtask`) use beside generation:
//! the change report between two specs, spec updates, releases and their
//! changelog, fuzzing. Built on the generation pipeline, which never uses
//! any of it.

pub mod changelog;
pub mod diff;
pub mod fuzz;
pub mod release;
pub mod update;
