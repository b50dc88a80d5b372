//! Error building blocks used by generated crates.

use std::error::Error as StdError;
use std::fmt;

/// Any error, boxed: what a failure's cause is kept as.
pub type BoxError = Box<dyn StdError + Send + Sync + 'static>;

/// A builder could not build its value: required members are missing or a member is invalid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildError {
    type_name: &'static str,
    kind: BuildErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum BuildErrorKind {
    Missing(Vec<&'static str>),
    Invalid {
        member: &'static str,
        message: String,
    },
}

impl BuildError {
    /// `members` of `type_name` are required but were not set.
    pub fn missing(type_name: &'static str, members: Vec<&'static str>) -> Self {
        Self {
            type_name,
            kind: BuildErrorKind::Missing(members),
        }
    }

    /// `member` of `type_name` was set to a value it cannot take.
    pub fn invalid_member(
        type_name: &'static str,
        member: &'static str,
        message: impl Into<String>,
    ) -> Self {
        Self {
            type_name,
            kind: BuildErrorKind::Invalid {
                member,
                message: message.into(),
            },
        }
    }

    /// The name of the type that could not be built.
    pub fn type_name(&self) -> &'static str {
        self.type_name
    }

    /// The required members that were not set (empty for an invalid member).
    pub fn missing_members(&self) -> &[&'static str] {
        match &self.kind {
            BuildErrorKind::Missing(members) => members,
            BuildErrorKind::Invalid { .. } => &[],
        }
    }
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot build `{}`: ", self.type_name)?;
        match &self.kind {
            BuildErrorKind::Missing(members) => {
                let noun = if members.len() == 1 {
                    "member"
                } else {
                    "members"
                };
                write!(f, "missing required {noun} ")?;
                for (i, member) in members.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "`{member}`")?;
                }
                Ok(())
            }
            BuildErrorKind::Invalid { member, message } => {
                write!(f, "member `{member}` is invalid: {message}")
            }
        }
    }
}

impl StdError for BuildError {}

/// Collects the required members a generated `build()` finds unset, so the
/// error names all of them at once instead of only the first.
#[derive(Debug)]
pub struct MissingMembers {
    type_name: &'static str,
    missing: Vec<&'static str>,
}

impl MissingMembers {
    /// Starts checking the members of `type_name`.
    pub fn new(type_name: &'static str) -> Self {
        Self {
            type_name,
            missing: Vec::new(),
        }
    }

    /// Passes `value` through, noting `member` as missing when it is `None`.
    pub fn check<T>(&mut self, value: Option<T>, member: &'static str) -> Option<T> {
        if value.is_none() {
            self.missing.push(member);
        }
        value
    }

    /// The error naming every member noted as missing.
    pub fn into_error(self) -> BuildError {
        BuildError::missing(self.type_name, self.missing)
    }
}

/// What is known about an error from the response that carried it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ErrorMetadata {
    code: Option<String>,
    message: Option<String>,
    status: Option<u16>,
    request_id: Option<String>,
}

impl ErrorMetadata {
    /// Metadata with nothing known yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the error code.
    pub fn with_code(mut self, code: impl Into<String>) -> Self {
        self.code = Some(code.into());
        self
    }

    /// Sets the human-readable message.
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.message = Some(message.into());
        self
    }

    /// Sets the HTTP status code.
    pub fn with_status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    /// Sets the request id the service assigned.
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        self.request_id = Some(request_id.into());
        self
    }

    /// The error code, such as `AuthorizationPendingException`.
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    /// The human-readable message.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The HTTP status code.
    pub fn status(&self) -> Option<u16> {
        self.status
    }

    /// The request id.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The code and message of any service error, whatever its type.
pub trait ProvideErrorMetadata {
    /// The error code, such as `AuthorizationPendingException`.
    fn code(&self) -> Option<&str>;
    /// The human-readable message, when the service sent one.
    fn message(&self) -> Option<&str>;
}

/// Any error a service can answer with: an error, with a code and a message.
/// Generated error enums hand every call to the one error they hold through it.
pub trait ServiceError: StdError + ProvideErrorMetadata + Send + Sync {}

impl<T: StdError + ProvideErrorMetadata + Send + Sync> ServiceError for T {}

/// An error the model does not describe: an unknown code, or a response that
/// could not be read as the error it claimed to be.
#[derive(Debug)]
pub struct Unhandled {
    // Boxed so that every error enum holding an `Unhandled` stays small.
    inner: Box<UnhandledInner>,
}

#[derive(Debug)]
struct UnhandledInner {
    meta: ErrorMetadata,
    source: Option<Box<dyn StdError + Send + Sync + 'static>>,
}

impl Unhandled {
    /// An unhandled error with what is known about it.
    pub fn new(meta: ErrorMetadata) -> Self {
        Self {
            inner: Box::new(UnhandledInner { meta, source: None }),
        }
    }

    /// Keeps the underlying cause, reachable through [`std::error::Error::source`].
    pub fn with_source(
        mut self,
        source: impl Into<Box<dyn StdError + Send + Sync + 'static>>,
    ) -> Self {
        self.inner.source = Some(source.into());
        self
    }

    /// Everything known about the error.
    pub fn meta(&self) -> &ErrorMetadata {
        &self.inner.meta
    }

    /// The error code, when the response had one.
    pub fn code(&self) -> Option<&str> {
        self.inner.meta.code()
    }

    /// The message, when the response had one.
    pub fn message(&self) -> Option<&str> {
        self.inner.meta.message()
    }

    /// The HTTP status, when known.
    pub fn status(&self) -> Option<u16> {
        self.inner.meta.status()
    }

    /// The id the service gave the request, when the response had one.
    pub fn request_id(&self) -> Option<&str> {
        self.inner.meta.request_id()
    }
}

impl ProvideErrorMetadata for Unhandled {
    fn code(&self) -> Option<&str> {
        self.inner.meta.code()
    }

    fn message(&self) -> Option<&str> {
        self.inner.meta.message()
    }
}

impl fmt::Display for Unhandled {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unhandled service error")?;
        let meta = &self.inner.meta;
        if let Some(code) = meta.code() {
            write!(f, " `{code}`")?;
        }
        if let Some(status) = meta.status() {
            write!(f, " (HTTP {status})")?;
        }
        if let Some(message) = meta.message() {
            write!(f, ": {message}")?;
        }
        Ok(())
    }
}

impl StdError for Unhandled {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.inner
            .source
            .as_deref()
            .map(|s| s as &(dyn StdError + 'static))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn build_errors_name_every_missing_member() {
        let mut missing = MissingMembers::new("RegisterClientInput");
        assert_eq!(missing.check(Some(1), "a"), Some(1));
        assert_eq!(missing.check(None::<u8>, "client_name"), None);
        assert_eq!(missing.check(None::<u8>, "client_type"), None);
        let error = missing.into_error();
        assert_eq!(error.missing_members(), ["client_name", "client_type"]);
        assert_eq!(
            error.to_string(),
            "cannot build `RegisterClientInput`: missing required members `client_name`, `client_type`"
        );
        let one = BuildError::missing("X", vec!["a"]);
        assert_eq!(
            one.to_string(),
            "cannot build `X`: missing required member `a`"
        );
        let invalid = BuildError::invalid_member("X", "m", "too long");
        assert_eq!(
            invalid.to_string(),
            "cannot build `X`: member `m` is invalid: too long"
        );
        assert!(invalid.missing_members().is_empty());
    }

    #[test]
    fn unhandled_displays_what_is_known_and_keeps_its_source() {
        assert_eq!(
            Unhandled::new(ErrorMetadata::new()).to_string(),
            "unhandled service error"
        );
        let error = Unhandled::new(
            ErrorMetadata::new()
                .with_code("Boom")
                .with_status(503)
                .with_message("down"),
        )
        .with_source(std::io::Error::other("reset"));
        assert_eq!(
            error.to_string(),
            "unhandled service error `Boom` (HTTP 503): down"
        );
        assert_eq!(error.status(), Some(503));
        assert_eq!(
            StdError::source(&error).map(|s| s.to_string()).as_deref(),
            Some("reset")
        );
    }
}
