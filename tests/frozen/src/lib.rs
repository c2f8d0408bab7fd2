//! Caller code frozen at release 0.1.0 (its commit: releases.toml) by
//! `cargo xtask release`: compiled against the current crates by
//! `cargo xtask api-check`. Do not edit.
#![allow(deprecated, dead_code, unused, clippy::all)]

mod docs;
mod readme;
mod mock_user;
#[cfg(test)]
mod mock_user_tests;
#[path = "examples/testing_with_mocks.rs"]
mod example_testing_with_mocks;
#[path = "examples/update_org_invite.rs"]
mod example_update_org_invite;
