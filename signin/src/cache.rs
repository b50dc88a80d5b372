//! The token cache the AWS tools share: `~/.aws/sso/cache/<key>.json`.
//!
//! Two kinds of file live there, both JSON objects:
//!
//! - **Tokens**, named by the SHA-1 (hex) of the sso-session name, or of the
//!   start URL for a legacy profile without one: `startUrl`, `region`,
//!   `accessToken`, `expiresAt`, and for refreshing `clientId`, `clientSecret`,
//!   `registrationExpiresAt` and `refreshToken`. The AWS CLI v2, botocore and
//!   the AWS SDKs (the Rust SDK's `aws-config` among them) read and write them.
//! - **Client registrations**, named by the SHA-1 of a JSON object describing
//!   the registration (tool, start URL, region, scopes, session name) exactly as
//!   the AWS CLI v2 writes that object, so a registration made by either tool is
//!   reused by the other: `clientId`, `clientSecret`, `expiresAt`, `scopes`.
//!
//! Times are written `YYYY-MM-DDTHH:MM:SSZ`. Keys are read case-insensitively,
//! as `aws-config` reads them.
//!
//! Writes go to a temporary file in the same directory, made `0600`, synced and
//! renamed over the old file, so a reader sees the old file or the new one,
//! never half of one. A refresh holds an advisory lock on a `<key>.lock` file
//! beside the cache file (not on the cache file itself: the rename replaces its
//! inode, and two processes would lock different files), so that of many
//! processes refreshing at once each one re-reads what the one before it wrote
//! and none spends a refresh token another has already rotated.

use std::collections::BTreeMap;
use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use sso_oidc::primitives::{DateTime, TimestampFormat};

use crate::clock::{epoch_seconds, from_epoch_seconds};

/// How often a held lock is tried again.
const LOCK_POLL: std::time::Duration = std::time::Duration::from_millis(20);

/// Longest cache file read: real ones are under 4 KiB; a larger file is not ours.
const MAX_CACHE_FILE: u64 = 1024 * 1024;

/// Where the cache lives, and reading and writing its files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenCache {
    dir: PathBuf,
}

/// A cache file that could not be read or written.
#[derive(Debug)]
pub struct CacheError {
    path: PathBuf,
    kind: CacheErrorKind,
}

/// What went wrong with a cache file.
#[derive(Debug)]
#[non_exhaustive]
pub enum CacheErrorKind {
    /// Reading, writing, renaming or locking failed.
    Io(io::Error),
    /// The file is there but is not a cache entry: not JSON, truncated, a
    /// required key missing, or a time that cannot be read.
    Corrupt(String),
    /// No home directory to find `~/.aws` in.
    NoHome,
}

impl CacheError {
    fn new(path: &Path, kind: CacheErrorKind) -> Self {
        CacheError {
            path: path.to_owned(),
            kind,
        }
    }

    /// The file concerned.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What went wrong.
    pub fn kind(&self) -> &CacheErrorKind {
        &self.kind
    }

    /// Whether the file exists but could not be understood: a new sign-in replaces it.
    pub fn is_corrupt(&self) -> bool {
        matches!(self.kind, CacheErrorKind::Corrupt(_))
    }
}

impl fmt::Display for CacheError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display();
        match &self.kind {
            CacheErrorKind::Io(error) => write!(f, "token cache file {path}: {error}"),
            CacheErrorKind::Corrupt(what) => {
                write!(
                    f,
                    "token cache file {path} is not a valid cache entry: {what}"
                )
            }
            CacheErrorKind::NoHome => write!(
                f,
                "no home directory (HOME is not set) to find the token cache {path} in"
            ),
        }
    }
}

impl std::error::Error for CacheError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            CacheErrorKind::Io(error) => Some(error),
            _ => None,
        }
    }
}

/// A cached access token and what refreshing it takes.
#[derive(Clone, PartialEq, Eq)]
pub struct CachedToken {
    /// The start URL of the IAM Identity Center instance.
    pub start_url: Option<String>,
    /// The region of the IAM Identity Center instance (`sso_region`).
    pub region: Option<String>,
    /// The access token. Secret.
    pub access_token: String,
    /// When the access token expires.
    pub expires_at: SystemTime,
    /// The registered client the token was issued to.
    pub client_id: Option<String>,
    /// The client's secret. Secret.
    pub client_secret: Option<String>,
    /// When the client registration expires.
    pub registration_expires_at: Option<SystemTime>,
    /// The refresh token. Secret.
    pub refresh_token: Option<String>,
}

impl fmt::Debug for CachedToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CachedToken")
            .field("start_url", &self.start_url)
            .field("region", &self.region)
            .field("access_token", &crate::REDACTED)
            .field("expires_at", &format_time(self.expires_at))
            .field("client_id", &self.client_id)
            .field(
                "client_secret",
                &self.client_secret.as_ref().map(|_| crate::REDACTED),
            )
            .field(
                "registration_expires_at",
                &self.registration_expires_at.map(format_time),
            )
            .field(
                "refresh_token",
                &self.refresh_token.as_ref().map(|_| crate::REDACTED),
            )
            .finish()
    }
}

impl CachedToken {
    /// Whether the token can be refreshed: a refresh token, and a client
    /// registration that has not expired at `now`.
    pub fn can_refresh(&self, now: SystemTime) -> bool {
        self.refresh_token.is_some()
            && self.client_id.is_some()
            && self.client_secret.is_some()
            && self.registration_expires_at.is_none_or(|at| at > now)
    }

    fn to_json(&self) -> serde_json::Value {
        let mut object = serde_json::Map::new();
        let mut put = |key: &str, value: Option<String>| {
            if let Some(value) = value {
                object.insert(key.to_owned(), serde_json::Value::String(value));
            }
        };
        put("startUrl", self.start_url.clone());
        put("region", self.region.clone());
        put("accessToken", Some(self.access_token.clone()));
        put("expiresAt", Some(format_time(self.expires_at)));
        put("clientId", self.client_id.clone());
        put("clientSecret", self.client_secret.clone());
        put(
            "registrationExpiresAt",
            self.registration_expires_at.map(format_time),
        );
        put("refreshToken", self.refresh_token.clone());
        serde_json::Value::Object(object)
    }

    fn from_json(entry: &Entry) -> Result<Self, String> {
        Ok(CachedToken {
            start_url: entry.string("startUrl")?,
            region: entry.string("region")?,
            access_token: entry.required_string("accessToken")?,
            expires_at: entry.required_time("expiresAt")?,
            client_id: entry.string("clientId")?,
            client_secret: entry.string("clientSecret")?,
            registration_expires_at: entry.time("registrationExpiresAt")?,
            refresh_token: entry.string("refreshToken")?,
        })
    }
}

/// A cached client registration.
#[derive(Clone, PartialEq, Eq)]
pub struct CachedRegistration {
    /// The client id.
    pub client_id: String,
    /// The client secret. Secret.
    pub client_secret: String,
    /// When the registration expires.
    pub expires_at: SystemTime,
    /// The scopes it was registered with.
    pub scopes: Option<Vec<String>>,
    /// The grant types it was registered with (written for the authorization code flow).
    pub grant_types: Option<Vec<String>>,
}

impl fmt::Debug for CachedRegistration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CachedRegistration")
            .field("client_id", &self.client_id)
            .field("client_secret", &crate::REDACTED)
            .field("expires_at", &format_time(self.expires_at))
            .field("scopes", &self.scopes)
            .field("grant_types", &self.grant_types)
            .finish()
    }
}

impl CachedRegistration {
    fn to_json(&self) -> serde_json::Value {
        let mut object = serde_json::Map::new();
        object.insert("clientId".into(), self.client_id.clone().into());
        object.insert("clientSecret".into(), self.client_secret.clone().into());
        object.insert("expiresAt".into(), format_time(self.expires_at).into());
        if let Some(scopes) = &self.scopes {
            object.insert("scopes".into(), scopes.clone().into());
        }
        if let Some(grant_types) = &self.grant_types {
            object.insert("grantTypes".into(), grant_types.clone().into());
        }
        serde_json::Value::Object(object)
    }

    fn from_json(entry: &Entry) -> Result<Self, String> {
        Ok(CachedRegistration {
            client_id: entry.required_string("clientId")?,
            client_secret: entry.required_string("clientSecret")?,
            expires_at: entry.required_time("expiresAt")?,
            scopes: entry.strings("scopes")?,
            grant_types: entry.strings("grantTypes")?,
        })
    }
}

/// A JSON object with its keys folded to lower case.
struct Entry(BTreeMap<String, serde_json::Value>);

impl Entry {
    fn parse(bytes: &[u8]) -> Result<Entry, String> {
        let value: serde_json::Value =
            serde_json::from_slice(bytes).map_err(|e| format!("not JSON ({e})"))?;
        let serde_json::Value::Object(object) = value else {
            return Err("not a JSON object".into());
        };
        Ok(Entry(
            object
                .into_iter()
                .map(|(k, v)| (k.to_ascii_lowercase(), v))
                .collect(),
        ))
    }

    fn get(&self, key: &str) -> Option<&serde_json::Value> {
        self.0
            .get(&key.to_ascii_lowercase())
            .filter(|v| !v.is_null())
    }

    fn string(&self, key: &str) -> Result<Option<String>, String> {
        match self.get(key) {
            None => Ok(None),
            Some(serde_json::Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(format!("`{key}` is not a string")),
        }
    }

    fn required_string(&self, key: &str) -> Result<String, String> {
        self.string(key)?
            .filter(|s| !s.is_empty())
            .ok_or_else(|| format!("`{key}` is missing"))
    }

    fn time(&self, key: &str) -> Result<Option<SystemTime>, String> {
        self.string(key)?
            .map(|text| parse_time(&text).ok_or_else(|| format!("`{key}` is not a time: {text:?}")))
            .transpose()
    }

    fn required_time(&self, key: &str) -> Result<SystemTime, String> {
        self.time(key)?.ok_or_else(|| format!("`{key}` is missing"))
    }

    fn strings(&self, key: &str) -> Result<Option<Vec<String>>, String> {
        match self.get(key) {
            None => Ok(None),
            Some(serde_json::Value::Array(items)) => items
                .iter()
                .map(|item| item.as_str().map(str::to_owned))
                .collect::<Option<Vec<_>>>()
                .map(Some)
                .ok_or_else(|| format!("`{key}` is not a list of strings")),
            Some(_) => Err(format!("`{key}` is not a list")),
        }
    }
}

/// `time` as the AWS tools write it: `2026-12-01T03:16:32Z` (whole seconds, UTC).
pub fn format_time(time: SystemTime) -> String {
    DateTime::from_secs(epoch_seconds(time))
        .fmt(TimestampFormat::DateTime)
        // Only years past 9999 fail, which no expiry reaches; write the last
        // representable second rather than nothing.
        .unwrap_or_else(|_| "9999-12-31T23:59:59Z".to_owned())
}

/// Reads a cache time: RFC 3339 (`Z` or an offset, with or without a
/// fraction), or the `…UTC` suffix that older botocore releases wrote.
pub fn parse_time(text: &str) -> Option<SystemTime> {
    let text = text.trim();
    let normalised;
    let text = match text.strip_suffix("UTC") {
        Some(stem) => {
            normalised = format!("{stem}Z");
            normalised.as_str()
        }
        None => text,
    };
    let parsed = DateTime::parse(text, TimestampFormat::DateTime).ok()?;
    Some(from_epoch_seconds(parsed.secs()))
}

/// The hex SHA-1 of `text`: how the AWS tools name cache files.
pub(crate) fn sha1_hex(text: &str) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY, text.as_bytes());
    digest.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

/// The cache key of a session's token: the SHA-1 of the sso-session name, or
/// of the start URL for a legacy profile.
pub fn token_cache_key(session_name: Option<&str>, start_url: &str) -> String {
    sha1_hex(session_name.unwrap_or(start_url))
}

/// The cache key of a client registration, as the AWS CLI v2 computes it: the
/// SHA-1 of `json.dumps({...}, sort_keys=True)` over the tool, start URL,
/// region, scopes and session name. `grant_types` is ours: set for the
/// authorization code flow, so a registration made for one grant is never
/// offered for another.
pub fn registration_cache_key(
    start_url: &str,
    region: &str,
    scopes: Option<&[String]>,
    session_name: Option<&str>,
    grant_types: Option<&[&str]>,
) -> String {
    // Keys in sorted order, as `sort_keys=True` writes them.
    let mut fields: Vec<(&str, String)> = Vec::new();
    if let Some(grant_types) = grant_types {
        fields.push(("grantTypes", python_list(grant_types.iter().copied())));
    }
    fields.push(("region", python_string(region)));
    fields.push((
        "scopes",
        scopes.map_or_else(
            || "null".to_owned(),
            |s| python_list(s.iter().map(String::as_str)),
        ),
    ));
    fields.push((
        "session_name",
        session_name.map_or_else(|| "null".to_owned(), python_string),
    ));
    fields.push(("startUrl", python_string(start_url)));
    fields.push(("tool", python_string("botocore")));
    let body: Vec<String> = fields
        .iter()
        .map(|(key, value)| format!("{}: {value}", python_string(key)))
        .collect();
    sha1_hex(&format!("{{{}}}", body.join(", ")))
}

fn python_list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.map(python_string).collect();
    format!("[{}]", items.join(", "))
}

/// A string as Python's `json.dumps` writes it by default (`ensure_ascii`):
/// every character outside printable ASCII as a `\uXXXX` escape in lower-case hex.
fn python_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            _ => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
        }
    }
    out.push('"');
    out
}

/// An advisory lock on one cache entry, held until dropped.
#[derive(Debug)]
pub struct CacheLock {
    // Closing the file releases the lock.
    _file: File,
}

impl TokenCache {
    /// The cache in `dir`.
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        TokenCache { dir: dir.into() }
    }

    /// `~/.aws/sso/cache`, with the home directory from the environment.
    pub fn default_location() -> Result<Self, CacheError> {
        Self::from_env(&|name| std::env::var(name).ok())
    }

    /// `~/.aws/sso/cache`, with the home directory from `env`.
    pub fn from_env(env: &dyn Fn(&str) -> Option<String>) -> Result<Self, CacheError> {
        match sdk_runtime::profile::home_dir(env) {
            Some(home) => Ok(Self::new(home.join(".aws").join("sso").join("cache"))),
            None => Err(CacheError::new(
                Path::new("~/.aws/sso/cache"),
                CacheErrorKind::NoHome,
            )),
        }
    }

    /// The directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The file of the entry `key`.
    pub fn path(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{key}.json"))
    }

    /// The cached token under `key`; `None` when there is no file.
    pub fn load_token(&self, key: &str) -> Result<Option<CachedToken>, CacheError> {
        self.load(key, CachedToken::from_json)
    }

    /// Writes a token under `key`, replacing the file atomically.
    pub fn store_token(&self, key: &str, token: &CachedToken) -> Result<(), CacheError> {
        self.store(key, &token.to_json())
    }

    /// The cached registration under `key`; `None` when there is no file.
    pub fn load_registration(&self, key: &str) -> Result<Option<CachedRegistration>, CacheError> {
        self.load(key, CachedRegistration::from_json)
    }

    /// Writes a registration under `key`, replacing the file atomically.
    pub fn store_registration(
        &self,
        key: &str,
        registration: &CachedRegistration,
    ) -> Result<(), CacheError> {
        self.store(key, &registration.to_json())
    }

    /// Removes the entry `key`; `false` when there was none.
    pub fn remove(&self, key: &str) -> Result<bool, CacheError> {
        let path = self.path(key);
        match fs::remove_file(&path) {
            Ok(()) => Ok(true),
            Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(false),
            Err(error) => Err(CacheError::new(&path, CacheErrorKind::Io(error))),
        }
    }

    /// Takes the advisory lock of entry `key` if no one (in this process or
    /// another) holds it: `None` when it is held. Never blocks.
    pub fn try_lock(&self, key: &str) -> Result<Option<CacheLock>, CacheError> {
        let path = self.dir.join(format!("{key}.lock"));
        let io_error = |error| CacheError::new(&path, CacheErrorKind::Io(error));
        self.create_dir().map_err(io_error)?;
        let file = private_options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(io_error)?;
        match file.try_lock() {
            Ok(()) => Ok(Some(CacheLock { _file: file })),
            Err(std::fs::TryLockError::WouldBlock) => Ok(None),
            Err(std::fs::TryLockError::Error(error)) => Err(io_error(error)),
        }
    }

    /// Takes the advisory lock of entry `key`, waiting up to `timeout` for
    /// another holder to let go (polling, so no thread is blocked meanwhile).
    pub async fn lock(
        &self,
        key: &str,
        timeout: std::time::Duration,
    ) -> Result<CacheLock, CacheError> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            if let Some(lock) = self.try_lock(key)? {
                return Ok(lock);
            }
            if tokio::time::Instant::now() >= deadline {
                return Err(CacheError::new(
                    &self.dir.join(format!("{key}.lock")),
                    CacheErrorKind::Io(io::Error::new(
                        io::ErrorKind::TimedOut,
                        format!("another process has held the lock for over {timeout:?}"),
                    )),
                ));
            }
            tokio::time::sleep(LOCK_POLL).await;
        }
    }

    fn load<T>(
        &self,
        key: &str,
        parse: impl Fn(&Entry) -> Result<T, String>,
    ) -> Result<Option<T>, CacheError> {
        let path = self.path(key);
        let file = match File::open(&path) {
            Ok(file) => file,
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(error) => return Err(CacheError::new(&path, CacheErrorKind::Io(error))),
        };
        let mut bytes = Vec::new();
        let read = io::Read::read_to_end(&mut io::Read::take(file, MAX_CACHE_FILE + 1), &mut bytes);
        read.map_err(|error| CacheError::new(&path, CacheErrorKind::Io(error)))?;
        if bytes.len() as u64 > MAX_CACHE_FILE {
            return Err(CacheError::new(
                &path,
                CacheErrorKind::Corrupt(format!("longer than {MAX_CACHE_FILE} bytes")),
            ));
        }
        Entry::parse(&bytes)
            .and_then(|entry| parse(&entry))
            .map(Some)
            .map_err(|what| CacheError::new(&path, CacheErrorKind::Corrupt(what)))
    }

    fn store(&self, key: &str, value: &serde_json::Value) -> Result<(), CacheError> {
        let path = self.path(key);
        let io_error = |error| CacheError::new(&path, CacheErrorKind::Io(error));
        self.create_dir().map_err(io_error)?;
        let temporary = self.dir.join(format!(
            ".{key}.{}.{:016x}.tmp",
            std::process::id(),
            random_u64()
        ));
        let written = (|| {
            let mut file = private_options()
                .write(true)
                .create_new(true)
                .open(&temporary)?;
            file.write_all(value.to_string().as_bytes())?;
            file.sync_all()?;
            fs::rename(&temporary, &path)
        })();
        if written.is_err() {
            let _ = fs::remove_file(&temporary);
        }
        written.map_err(io_error)
    }

    fn create_dir(&self) -> io::Result<()> {
        let mut builder = fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(&self.dir)
    }
}

/// Options for a file only its owner may read (`0600` on Unix).
fn private_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
}

fn random_u64() -> u64 {
    let mut bytes = [0u8; 8];
    // The name only has to differ from other writers' names; should the system
    // RNG fail, the process id and a zero suffix still do for one writer.
    let _ = ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut bytes);
    u64::from_le_bytes(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn at(seconds: u64) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(seconds)
    }

    #[test]
    fn times_are_written_as_the_aws_tools_write_them() {
        assert_eq!(format_time(at(1_700_000_000)), "2023-11-14T22:13:20Z");
        assert_eq!(parse_time("2023-11-14T22:13:20Z"), Some(at(1_700_000_000)));
        assert_eq!(
            parse_time("2023-11-14T22:13:20UTC"),
            Some(at(1_700_000_000))
        );
        assert_eq!(
            parse_time("2023-11-14T23:13:20+01:00"),
            Some(at(1_700_000_000))
        );
        assert_eq!(
            parse_time("2023-11-14T22:13:20.250Z"),
            Some(at(1_700_000_000))
        );
        assert_eq!(parse_time("yesterday"), None);
    }

    #[test]
    fn token_keys_are_the_sha1_of_the_session_name_or_start_url() {
        // `printf %s my-sso | sha1sum`
        assert_eq!(
            token_cache_key(Some("my-sso"), "https://ignored"),
            "0ad374308c5a4e22f723adf10145eafad7c4031c"
        );
        assert_eq!(
            token_cache_key(None, "https://d-abc123.awsapps.com/start"),
            sha1_hex("https://d-abc123.awsapps.com/start")
        );
    }

    #[test]
    fn registration_keys_hash_what_python_json_dumps_writes() {
        // The object json.dumps(args, sort_keys=True) writes for the AWS CLI.
        let expected = sha1_hex(
            r#"{"region": "us-east-1", "scopes": ["sso:account:access"], "session_name": "dev", "startUrl": "https://d-1.awsapps.com/start", "tool": "botocore"}"#,
        );
        let scopes = ["sso:account:access".to_owned()];
        assert_eq!(
            registration_cache_key(
                "https://d-1.awsapps.com/start",
                "us-east-1",
                Some(&scopes),
                Some("dev"),
                None
            ),
            expected
        );
        let expected = sha1_hex(
            r#"{"region": "eu-west-1", "scopes": null, "session_name": null, "startUrl": "https://x/\u00e9\"", "tool": "botocore"}"#,
        );
        assert_eq!(
            registration_cache_key("https://x/é\"", "eu-west-1", None, None, None),
            expected
        );
    }

    #[test]
    fn python_strings_escape_like_json_dumps() {
        assert_eq!(python_string("a\u{1}😀"), r#""a\u0001\ud83d\ude00""#);
    }

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "sso-signin-cache-{name}-{}-{}",
            std::process::id(),
            random_u64()
        ));
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn token() -> CachedToken {
        CachedToken {
            start_url: Some("https://d-1.awsapps.com/start".into()),
            region: Some("us-east-1".into()),
            access_token: "SECRET-access".into(),
            expires_at: at(1_700_000_000),
            client_id: Some("client-1".into()),
            client_secret: Some("SECRET-client".into()),
            registration_expires_at: Some(at(1_800_000_000)),
            refresh_token: Some("SECRET-refresh".into()),
        }
    }

    #[test]
    fn a_token_round_trips_in_the_aws_tools_layout() {
        let cache = TokenCache::new(scratch("round-trip").join("sso").join("cache"));
        cache.store_token("abc", &token()).unwrap();
        assert_eq!(cache.load_token("abc").unwrap(), Some(token()));
        let written: serde_json::Value =
            serde_json::from_slice(&fs::read(cache.path("abc")).unwrap()).unwrap();
        assert_eq!(
            written,
            serde_json::json!({
                "startUrl": "https://d-1.awsapps.com/start",
                "region": "us-east-1",
                "accessToken": "SECRET-access",
                "expiresAt": "2023-11-14T22:13:20Z",
                "clientId": "client-1",
                "clientSecret": "SECRET-client",
                "registrationExpiresAt": "2027-01-15T08:00:00Z",
                "refreshToken": "SECRET-refresh",
            })
        );
        assert!(cache.load_token("absent").unwrap().is_none());
        // No temporary file is left behind.
        let names: Vec<_> = fs::read_dir(cache.dir())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert_eq!(names, vec!["abc.json".to_owned()]);
    }

    #[cfg(unix)]
    #[test]
    fn files_are_private_to_their_owner() {
        use std::os::unix::fs::PermissionsExt as _;
        let cache = TokenCache::new(scratch("modes").join("cache"));
        cache.store_token("abc", &token()).unwrap();
        drop(cache.try_lock("abc").unwrap().unwrap());
        let mode = |path: &Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(cache.dir()), 0o700);
        assert_eq!(mode(&cache.path("abc")), 0o600);
        assert_eq!(mode(&cache.dir().join("abc.lock")), 0o600);
    }

    #[test]
    fn keys_are_read_case_insensitively_and_extra_keys_ignored() {
        let cache = TokenCache::new(scratch("case"));
        fs::write(
            cache.path("k"),
            r#"{"AccessToken":"SECRET-a","EXPIRESAT":"2023-11-14T22:13:20UTC","startURL":"https://s","unknown":1,"refreshToken":null}"#,
        )
        .unwrap();
        let token = cache.load_token("k").unwrap().unwrap();
        assert_eq!(token.access_token, "SECRET-a");
        assert_eq!(token.expires_at, at(1_700_000_000));
        assert_eq!(token.start_url.as_deref(), Some("https://s"));
        assert_eq!(token.refresh_token, None);
    }

    #[test]
    fn corrupt_files_are_reported_with_their_path_and_no_secret() {
        let cache = TokenCache::new(scratch("corrupt"));
        for (text, why) in [
            (
                "{\"accessToken\":\"SECRET-a\",\"expiresAt\":\"2023-",
                "not JSON",
            ),
            ("[]", "not a JSON object"),
            ("{\"accessToken\":\"SECRET-a\"}", "`expiresAt` is missing"),
            (
                "{\"accessToken\":\"SECRET-a\",\"expiresAt\":\"soon\"}",
                "`expiresAt` is not a time",
            ),
            (
                "{\"accessToken\":7,\"expiresAt\":\"2023-11-14T22:13:20Z\"}",
                "`accessToken` is not a string",
            ),
        ] {
            fs::write(cache.path("k"), text).unwrap();
            let error = cache.load_token("k").unwrap_err();
            let message = error.to_string();
            assert!(error.is_corrupt(), "{message}");
            assert!(message.contains(why), "{text}: {message}");
            assert!(message.contains(&cache.path("k").display().to_string()));
            assert!(!message.contains("SECRET"), "{message}");
        }
        fs::write(cache.path("big"), vec![b' '; MAX_CACHE_FILE as usize + 1]).unwrap();
        assert!(cache.load_token("big").unwrap_err().is_corrupt());
    }

    #[test]
    fn registrations_round_trip_and_debug_hides_secrets() {
        let cache = TokenCache::new(scratch("registration"));
        let registration = CachedRegistration {
            client_id: "client-1".into(),
            client_secret: "SECRET-client".into(),
            expires_at: at(1_800_000_000),
            scopes: Some(vec!["sso:account:access".into()]),
            grant_types: None,
        };
        cache.store_registration("r", &registration).unwrap();
        assert_eq!(
            cache.load_registration("r").unwrap(),
            Some(registration.clone())
        );
        for shown in [format!("{registration:?}"), format!("{:?}", token())] {
            assert!(!shown.contains("SECRET"), "{shown}");
            assert!(shown.contains("redacted"), "{shown}");
        }
        assert!(cache.remove("r").unwrap());
        assert!(!cache.remove("r").unwrap());
    }

    #[tokio::test]
    async fn a_held_lock_is_waited_for_up_to_the_timeout() {
        let cache = TokenCache::new(scratch("lock"));
        let held = cache.try_lock("k").unwrap().expect("free at first");
        assert!(
            cache.try_lock("k").unwrap().is_none(),
            "held: not taken twice"
        );
        let error = cache
            .lock("k", std::time::Duration::from_millis(60))
            .await
            .unwrap_err();
        assert!(error.to_string().contains("held the lock"), "{error}");
        drop(held);
        cache
            .lock("k", std::time::Duration::from_millis(60))
            .await
            .expect("free again once dropped");
    }
}
