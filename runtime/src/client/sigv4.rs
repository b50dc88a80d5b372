//! AWS Signature Version 4, for operations the model marks as signed.
//!
//! Written on ring's SHA-256 and HMAC (already linked for TLS) rather than the
//! `aws-sigv4` crate, which would bring the whole smithy runtime stack this
//! project replaces; a test signs the same requests with `aws-sigv4` and
//! requires identical signatures.

use crate::percent;
use ring::{digest, hmac};
use std::fmt;
use std::time::SystemTime;

/// AWS credentials. `Debug` never shows the secret or the session token.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    access_key_id: String,
    secret_access_key: String,
    session_token: Option<String>,
}

impl Credentials {
    /// Static credentials.
    pub fn new(
        access_key_id: impl Into<String>,
        secret_access_key: impl Into<String>,
        session_token: Option<String>,
    ) -> Self {
        Self {
            access_key_id: access_key_id.into(),
            secret_access_key: secret_access_key.into(),
            session_token,
        }
    }

    /// `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN`, when the first two are set.
    pub fn from_env() -> Option<Self> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        Some(Self::new(
            var("AWS_ACCESS_KEY_ID")?,
            var("AWS_SECRET_ACCESS_KEY")?,
            var("AWS_SESSION_TOKEN"),
        ))
    }

    /// The access key id.
    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"*** Sensitive Data Redacted ***")
            .field(
                "session_token",
                &self
                    .session_token
                    .as_ref()
                    .map(|_| "*** Sensitive Data Redacted ***"),
            )
            .finish()
    }
}

/// What a signature is scoped to.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Scope<'a> {
    pub region: &'a str,
    pub service: &'a str,
    pub time: SystemTime,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn sha256_hex(bytes: &[u8]) -> String {
    hex(digest::digest(&digest::SHA256, bytes).as_ref())
}

fn hmac(key: &[u8], data: &[u8]) -> hmac::Tag {
    hmac::sign(&hmac::Key::new(hmac::HMAC_SHA256, key), data)
}

/// `(amz_date, date)`: `20231114T221320Z` and `20231114`.
fn amz_dates(time: SystemTime) -> (String, String) {
    let seconds = crate::DateTime::from(time);
    let text = seconds
        .fmt(crate::TimestampFormat::DateTime)
        .unwrap_or_default();
    // 2023-11-14T22:13:20Z (any fraction dropped) → 20231114T221320Z
    let compact: String = text
        .chars()
        .take(19)
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    let amz_date = format!("{compact}Z");
    let date = compact.chars().take(8).collect();
    (amz_date, date)
}

/// What the signature says of the body: its bytes, hashed, or nothing
/// (`UNSIGNED-PAYLOAD`) for a stream that is sent as it is read.
#[derive(Clone, Copy)]
pub(crate) enum Payload<'a> {
    /// The body, in memory.
    Bytes(&'a [u8]),
    /// A streamed body, not covered by the signature.
    Unsigned,
}

/// Signs `request` in place: adds `x-amz-date`, `x-amz-security-token` (with a
/// session token) and `authorization`. Every header present is signed except
/// `user-agent`, which proxies may rewrite.
pub(crate) fn sign<B>(
    request: &mut http::Request<B>,
    payload: Payload<'_>,
    credentials: &Credentials,
    scope: Scope<'_>,
) -> Result<(), String> {
    let (amz_date, date) = amz_dates(scope.time);
    let host = request
        .uri()
        .authority()
        .map(|a| a.as_str().to_owned())
        .ok_or("cannot sign a request without a host")?;
    let headers = request.headers_mut();
    headers.insert(
        http::header::HOST,
        http::HeaderValue::from_str(&host).map_err(|e| e.to_string())?,
    );
    headers.insert(
        "x-amz-date",
        http::HeaderValue::from_str(&amz_date).map_err(|e| e.to_string())?,
    );
    if let Some(token) = &credentials.session_token {
        headers.insert(
            "x-amz-security-token",
            http::HeaderValue::from_str(token).map_err(|e| e.to_string())?,
        );
    }

    let mut signed: Vec<(String, String)> = request
        .headers()
        .iter()
        .filter(|(name, _)| {
            *name != http::header::USER_AGENT && *name != http::header::AUTHORIZATION
        })
        .map(|(name, value)| {
            let value = String::from_utf8_lossy(value.as_bytes());
            (
                name.as_str().to_owned(),
                value.split_whitespace().collect::<Vec<_>>().join(" "),
            )
        })
        .collect();
    signed.sort();
    let canonical_headers: String = signed.iter().map(|(k, v)| format!("{k}:{v}\n")).collect();
    let signed_headers = signed
        .iter()
        .map(|(k, _)| k.as_str())
        .collect::<Vec<_>>()
        .join(";");

    let path = request.uri().path();
    // Services other than S3 expect each path segment encoded twice.
    let canonical_path = if path.is_empty() {
        "/".to_owned()
    } else {
        percent::encode(path, true)
    };
    let mut query: Vec<(String, String)> = request
        .uri()
        .query()
        .unwrap_or_default()
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (
                percent::encode(&percent::decode_lenient(k), false),
                percent::encode(&percent::decode_lenient(v), false),
            )
        })
        .collect();
    query.sort();
    let canonical_query = query
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&");

    let canonical_request = format!(
        "{}\n{canonical_path}\n{canonical_query}\n{canonical_headers}\n{signed_headers}\n{}",
        request.method(),
        match payload {
            Payload::Bytes(bytes) => sha256_hex(bytes),
            Payload::Unsigned => "UNSIGNED-PAYLOAD".to_owned(),
        }
    );
    let credential_scope = format!("{date}/{}/{}/aws4_request", scope.region, scope.service);
    let string_to_sign = format!(
        "AWS4-HMAC-SHA256\n{amz_date}\n{credential_scope}\n{}",
        sha256_hex(canonical_request.as_bytes())
    );

    let key = hmac(
        format!("AWS4{}", credentials.secret_access_key).as_bytes(),
        date.as_bytes(),
    );
    let key = hmac(key.as_ref(), scope.region.as_bytes());
    let key = hmac(key.as_ref(), scope.service.as_bytes());
    let key = hmac(key.as_ref(), b"aws4_request");
    let signature = hex(hmac(key.as_ref(), string_to_sign.as_bytes()).as_ref());

    let authorization = format!(
        "AWS4-HMAC-SHA256 Credential={}/{credential_scope}, SignedHeaders={signed_headers}, Signature={signature}",
        credentials.access_key_id
    );
    request.headers_mut().insert(
        http::header::AUTHORIZATION,
        http::HeaderValue::from_str(&authorization).map_err(|e| e.to_string())?,
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    #[test]
    fn credentials_never_show_their_secrets() {
        let credentials =
            Credentials::new("AKIDEXAMPLE", "SECRET-KEY", Some("SESSION-TOKEN".into()));
        let printed = format!("{credentials:?}");
        assert!(printed.contains("AKIDEXAMPLE"));
        assert!(
            !printed.contains("SECRET-KEY") && !printed.contains("SESSION-TOKEN"),
            "{printed}"
        );
    }

    #[test]
    fn dates_are_compact_utc() {
        let (amz, date) = amz_dates(UNIX_EPOCH + Duration::from_millis(1_700_000_000_500));
        assert_eq!(
            (amz.as_str(), date.as_str()),
            ("20231114T221320Z", "20231114")
        );
    }

    /// Signs an empty-bodied request as the AWS SigV4 test suite does
    /// (its example credentials, 2015-08-30T12:36:00Z, us-east-1, service `service`).
    fn suite_authorization(method: &str, uri: &str) -> String {
        let mut request = http::Request::builder()
            .method(method)
            .uri(uri)
            .body(bytes::Bytes::new())
            .expect("request");
        let credentials = Credentials::new(
            "AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            None,
        );
        let time = UNIX_EPOCH + Duration::from_secs(1_440_938_160);
        sign(
            &mut request,
            Payload::Bytes(b""),
            &credentials,
            Scope {
                region: "us-east-1",
                service: "service",
                time,
            },
        )
        .expect("signs");
        request.headers()["authorization"]
            .to_str()
            .expect("text")
            .to_owned()
    }

    /// The "get-vanilla" case of the AWS SigV4 test suite (its published signature).
    #[test]
    fn matches_the_published_vanilla_signature() {
        assert_eq!(
            suite_authorization("GET", "https://example.amazonaws.com/"),
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, \
             SignedHeaders=host;x-amz-date, \
             Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
        );
    }

    /// The "post-vanilla-query" case of the AWS SigV4 test suite.
    #[test]
    fn matches_the_published_post_with_query_signature() {
        let authorization =
            suite_authorization("POST", "https://example.amazonaws.com/?Param1=value1");
        assert!(
            authorization.ends_with(
                "Signature=28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11"
            ),
            "{authorization}"
        );
    }
}
