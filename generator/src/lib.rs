//! `atlas-codegen`: load → IR → emit for the Atlas Administration API v2.
//!
//! - [`locate`]/[`load`]: find the pinned spec, check it, parse it;
//! - [`types`] and [`ops`]: the IR (types with Rust names; operations with
//!   wire and Rust names, versions and responses);
//! - [`emit`]: `quote!` → `syn::File` → `prettyplease`, one file per API group.

pub mod diag;
pub mod load;
pub mod locate;
pub mod naming;
pub mod ops;
pub mod schema;
pub mod settings;
pub mod types;
