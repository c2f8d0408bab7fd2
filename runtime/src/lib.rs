//! Runtime support for the generated `atlas-admin` crate: the HTTP transport,
//! the error type, the Atlas `ApiError`, parameter encoding and checking,
//! and the serde helpers that generated types use (`de`, `ser`, `union`).
//!
//! Everything here is ordinary hand-written Rust with its own tests; the
//! generator only emits calls into it.

mod api_error;
mod auth;
mod builder;
pub mod de;
pub mod deviation;
mod download;
mod error;
mod lifecycle;
#[cfg(feature = "mock")]
pub mod mock;
pub mod paging;
pub mod params;
mod response;
pub mod retry;
pub mod ser;
mod transport;
pub mod union;
pub mod unknown;
pub mod wait;

pub use api_error::{ApiError, BadRequestDetail, FieldViolation};
pub use auth::DEFAULT_TOKEN_URL;
pub use builder::{
    ClientBuilder, DEFAULT_BASE_URL, ENV_BASE_URL, ENV_CLIENT_ID, ENV_CLIENT_SECRET,
    ENV_PRIVATE_KEY, ENV_PUBLIC_KEY, EnvNames,
};
pub use deviation::Deviation;
pub use error::{ApiFailure, Error};
pub use params::ToParam;
pub use response::ResponseValue;
pub use retry::RetryPolicy;
pub use transport::{RawResponse, Request, Transport};

// Re-exported for callers: the exact versions of the crates the client's
// types are made of (`atlas_admin::runtime::chrono::Utc`, `…::serde_json::json!`),
// without a dependency of their own. Generated code names its own direct
// dependencies (serde, serde_json, chrono) instead: short paths, and derives
// that need no `#[serde(crate = …)]`.
pub use bytes::Bytes;
pub use chrono;
pub use download::ByteStream;
/// Stream combinators for `pages()`, `items()` and downloads
/// (`while let Some(item) = items.try_next().await? { … }`).
pub use futures_util::{Stream, StreamExt, TryStreamExt};
pub use reqwest;
pub use serde;
pub use serde_json;

/// Implements the behaviour of a generated open enum: `as_str`, `VALUES`,
/// `From<&str>`/`From<String>`, `FromStr` (infallible), `Display`, serde as
/// a plain string, and [`ToParam`]. The enum must have an
/// `Unknown(String)` variant; values it does not list land there.
/// Building a value (`From`, `FromStr`) is exact; decoding one also takes
/// a value that differs from a known one only in ASCII case (Atlas
/// answers `secondary` for `SECONDARY`), noted as a [`deviation`].
#[macro_export]
macro_rules! open_enum {
    ($name:ident { $($variant:ident = $wire:literal),* $(,)? }) => {
        impl $name {
            /// Every value this crate knows, in spec order.
            pub const VALUES: &'static [&'static str] = &[$($wire),*];

            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $wire,)*
                    Self::Unknown(s) => s.as_str(),
                }
            }
        }
        /// `Unknown("")`: no value of the spec, for `..Default::default()`
        /// in struct literals (a request must set a real one).
        impl ::core::default::Default for $name {
            fn default() -> Self {
                Self::Unknown(::std::string::String::new())
            }
        }
        impl ::core::convert::From<&str> for $name {
            fn from(s: &str) -> Self {
                match s {
                    $($wire => Self::$variant,)*
                    other => Self::Unknown(::std::borrow::ToOwned::to_owned(other)),
                }
            }
        }
        impl ::core::convert::From<::std::string::String> for $name {
            fn from(s: ::std::string::String) -> Self {
                Self::from(s.as_str())
            }
        }
        impl ::core::str::FromStr for $name {
            type Err = ::core::convert::Infallible;
            fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                Ok(Self::from(s))
            }
        }
        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl $crate::serde::Serialize for $name {
            fn serialize<S: $crate::serde::Serializer>(&self, s: S) -> ::core::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
        impl $name {
            /// A value as read from an answer: the spec's value it equals,
            /// else the one it equals but for ASCII case (noted), else
            /// `Unknown` (noted).
            fn decoded(s: &str) -> Self {
                match Self::from(s) {
                    Self::Unknown(_) => match $crate::deviation::enum_value(stringify!($name), Self::VALUES, s) {
                        Some(known) => Self::from(known),
                        None => Self::Unknown(::std::borrow::ToOwned::to_owned(s)),
                    },
                    known => known,
                }
            }
        }
        impl<'de> $crate::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::serde::Deserializer<'de>>(d: D) -> ::core::result::Result<Self, D::Error> {
                let s = <::std::borrow::Cow<'de, str> as $crate::serde::Deserialize>::deserialize(d)?;
                Ok(Self::decoded(&s))
            }
        }
        impl $crate::de::FromJson for $name {
            fn from_json(value: $crate::serde_json::Value) -> ::core::result::Result<Self, $crate::de::Error> {
                match value {
                    $crate::serde_json::Value::String(s) => Ok(Self::decoded(&s)),
                    other => Err($crate::de::invalid_type(&other, "a string")),
                }
            }
        }
        impl $crate::ToParam for $name {
            fn to_param(&self) -> ::std::string::String {
                ::std::borrow::ToOwned::to_owned(self.as_str())
            }
        }
    };
}

#[cfg(test)]
mod open_enum_tests {
    #[derive(Debug, Clone, PartialEq, Eq)]
    #[non_exhaustive]
    pub enum Role {
        OrgOwner,
        OrgMember,
        Unknown(String),
    }
    crate::open_enum!(Role { OrgOwner = "ORG_OWNER", OrgMember = "ORG_MEMBER" });

    #[test]
    fn known_and_unknown_values_round_trip() {
        let roles: Vec<Role> = serde_json::from_str(r#"["ORG_OWNER","ORG_NEW_ROLE"]"#).unwrap();
        assert_eq!(
            roles,
            vec![Role::OrgOwner, Role::Unknown("ORG_NEW_ROLE".into())]
        );
        assert_eq!(
            serde_json::to_string(&roles).unwrap(),
            r#"["ORG_OWNER","ORG_NEW_ROLE"]"#
        );
        assert_eq!("ORG_MEMBER".parse::<Role>().unwrap(), Role::OrgMember);
        assert_eq!(Role::OrgMember.to_string(), "ORG_MEMBER");
        assert_eq!(Role::VALUES, &["ORG_OWNER", "ORG_MEMBER"]);
        assert_eq!(crate::ToParam::to_param(&Role::OrgOwner), "ORG_OWNER");
        let from_value: Role = serde_json::from_value(serde_json::json!("ORG_OWNER")).unwrap();
        assert_eq!(from_value, Role::OrgOwner);
    }

    #[test]
    fn decoding_folds_ascii_case_and_building_does_not() {
        let (roles, seen) = crate::deviation::collect(|| {
            let a: Role = serde_json::from_str(r#""org_owner""#).unwrap();
            let b =
                <Role as crate::de::FromJson>::from_json(serde_json::json!("Org_Member")).unwrap();
            (a, b)
        });
        assert_eq!(roles, (Role::OrgOwner, Role::OrgMember));
        assert_eq!(seen.len(), 2);
        assert_eq!(
            seen[1].to_string(),
            r#".: Role value "Org_Member" read as "ORG_MEMBER""#
        );
        // What a caller builds is sent as written.
        assert_eq!(Role::from("org_owner"), Role::Unknown("org_owner".into()));
    }
}
