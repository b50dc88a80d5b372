//! The traits the generator reads: one named constant per trait id, and typed
//! accessors for trait values with structure, so the *resolve* stage never
//! spells a trait id or walks a trait's JSON by hand.

use super::Traits;
use serde_json::Value;

/// Trait shape ids.
pub mod id {
    /// `@auth`: the auth schemes of an operation (`[]` for none).
    pub const AUTH: &str = "smithy.api#auth";
    /// `aws.auth#sigv4`: the service signs with SigV4 under a signing name.
    pub const AUTH_SIGV4: &str = "aws.auth#sigv4";
    /// `aws.api#service`: the AWS service's sdkId and other names.
    pub const AWS_SERVICE: &str = "aws.api#service";
    /// `@clientOptional`: a required member the client still treats as optional.
    pub const CLIENT_OPTIONAL: &str = "smithy.api#clientOptional";
    /// `@default`.
    pub const DEFAULT: &str = "smithy.api#default";
    /// `@deprecated`.
    pub const DEPRECATED: &str = "smithy.api#deprecated";
    /// `@documentation`.
    pub const DOCUMENTATION: &str = "smithy.api#documentation";
    /// `@endpoint`: the host prefix of an operation.
    pub const ENDPOINT: &str = "smithy.api#endpoint";
    /// `smithy.rules#endpointRuleSet`.
    pub const ENDPOINT_RULE_SET: &str = "smithy.rules#endpointRuleSet";
    /// `smithy.rules#endpointTests`.
    pub const ENDPOINT_TESTS: &str = "smithy.rules#endpointTests";
    /// `@enum` (Smithy 1.0 string enums).
    pub const ENUM: &str = "smithy.api#enum";
    /// `@enumValue`.
    pub const ENUM_VALUE: &str = "smithy.api#enumValue";
    /// `@error`.
    pub const ERROR: &str = "smithy.api#error";
    /// `@http`.
    pub const HTTP: &str = "smithy.api#http";
    /// `@httpChecksumRequired`.
    pub const HTTP_CHECKSUM_REQUIRED: &str = "smithy.api#httpChecksumRequired";
    /// `@httpError`.
    pub const HTTP_ERROR: &str = "smithy.api#httpError";
    /// `@httpHeader`.
    pub const HTTP_HEADER: &str = "smithy.api#httpHeader";
    /// `@httpLabel`.
    pub const HTTP_LABEL: &str = "smithy.api#httpLabel";
    /// `@httpPayload`.
    pub const HTTP_PAYLOAD: &str = "smithy.api#httpPayload";
    /// `@httpPrefixHeaders`.
    pub const HTTP_PREFIX_HEADERS: &str = "smithy.api#httpPrefixHeaders";
    /// `@httpQuery`.
    pub const HTTP_QUERY: &str = "smithy.api#httpQuery";
    /// `@httpQueryParams`.
    pub const HTTP_QUERY_PARAMS: &str = "smithy.api#httpQueryParams";
    /// `@httpResponseCode`.
    pub const HTTP_RESPONSE_CODE: &str = "smithy.api#httpResponseCode";
    /// `@idempotencyToken`.
    pub const IDEMPOTENCY_TOKEN: &str = "smithy.api#idempotencyToken";
    /// `@idempotent`.
    pub const IDEMPOTENT: &str = "smithy.api#idempotent";
    /// `@jsonName`.
    pub const JSON_NAME: &str = "smithy.api#jsonName";
    /// `@length`.
    pub const LENGTH: &str = "smithy.api#length";
    /// `@mediaType`.
    pub const MEDIA_TYPE: &str = "smithy.api#mediaType";
    /// `@optionalAuth`.
    pub const OPTIONAL_AUTH: &str = "smithy.api#optionalAuth";
    /// `@paginated`.
    pub const PAGINATED: &str = "smithy.api#paginated";
    /// `@pattern`.
    pub const PATTERN: &str = "smithy.api#pattern";
    /// The namespace of AWS protocol traits.
    pub const PROTOCOL_NAMESPACE: &str = "aws.protocols#";
    /// `aws.protocols#restJson1`.
    pub const PROTOCOL_REST_JSON1: &str = "aws.protocols#restJson1";
    /// `aws.protocols#awsJson1_0`.
    pub const PROTOCOL_AWS_JSON1_0: &str = "aws.protocols#awsJson1_0";
    /// `aws.protocols#awsJson1_1`.
    pub const PROTOCOL_AWS_JSON1_1: &str = "aws.protocols#awsJson1_1";
    /// `@range`.
    pub const RANGE: &str = "smithy.api#range";
    /// `@readonly`.
    pub const READONLY: &str = "smithy.api#readonly";
    /// `@requestCompression`.
    pub const REQUEST_COMPRESSION: &str = "smithy.api#requestCompression";
    /// `@requiresLength`.
    pub const REQUIRES_LENGTH: &str = "smithy.api#requiresLength";
    /// `@required`.
    pub const REQUIRED: &str = "smithy.api#required";
    /// `@retryable`.
    pub const RETRYABLE: &str = "smithy.api#retryable";
    /// `@sensitive`.
    pub const SENSITIVE: &str = "smithy.api#sensitive";
    /// `@sparse`.
    pub const SPARSE: &str = "smithy.api#sparse";
    /// `@streaming`.
    pub const STREAMING: &str = "smithy.api#streaming";
    /// `@timestampFormat`.
    pub const TIMESTAMP_FORMAT: &str = "smithy.api#timestampFormat";
    /// `@title`.
    pub const TITLE: &str = "smithy.api#title";
    /// `@uniqueItems`.
    pub const UNIQUE_ITEMS: &str = "smithy.api#uniqueItems";
    /// `smithy.waiters#waitable`.
    pub const WAITABLE: &str = "smithy.waiters#waitable";
}

/// Typed reads of the traits on a shape or member.
pub trait TraitsExt {
    /// Whether trait `id` is applied (with any value, `null` included).
    fn has(&self, id: &str) -> bool;
    /// The value of a trait whose value is a string (`@jsonName("x")`).
    fn text(&self, id: &str) -> Option<&str>;
    /// `@httpError`'s status code, when it is one.
    fn http_error(&self) -> Option<u16>;
    /// `@endpoint`'s non-empty `hostPrefix`.
    fn host_prefix(&self) -> Option<&str>;
    /// `@requestCompression`'s encodings (none when absent).
    fn request_compression(&self) -> Vec<String>;
    /// `@auth`'s schemes: `None` when absent, `Some([])` for no auth.
    fn auth_schemes(&self) -> Option<Vec<String>>;
    /// `aws.auth#sigv4`'s signing name.
    fn sigv4_name(&self) -> Option<&str>;
    /// The AWS protocol traits applied (not the `…Compatible` markers).
    fn protocols(&self) -> Vec<&str>;
}

impl TraitsExt for Traits {
    fn has(&self, id: &str) -> bool {
        self.contains_key(id)
    }

    fn text(&self, id: &str) -> Option<&str> {
        self.get(id).and_then(Value::as_str)
    }

    fn http_error(&self) -> Option<u16> {
        self.get(id::HTTP_ERROR)
            .and_then(Value::as_u64)
            .and_then(|code| u16::try_from(code).ok())
    }

    fn host_prefix(&self) -> Option<&str> {
        self.get(id::ENDPOINT)
            .and_then(|e| e.get("hostPrefix"))
            .and_then(Value::as_str)
            .filter(|p| !p.is_empty())
    }

    fn request_compression(&self) -> Vec<String> {
        strings(
            self.get(id::REQUEST_COMPRESSION)
                .and_then(|c| c.get("encodings")),
        )
    }

    fn auth_schemes(&self) -> Option<Vec<String>> {
        self.get(id::AUTH).map(|schemes| strings(Some(schemes)))
    }

    fn sigv4_name(&self) -> Option<&str> {
        self.get(id::AUTH_SIGV4)
            .and_then(|t| t.get("name"))
            .and_then(Value::as_str)
    }

    fn protocols(&self) -> Vec<&str> {
        self.keys()
            .filter(|k| k.starts_with(id::PROTOCOL_NAMESPACE) && !k.ends_with("Compatible"))
            .map(String::as_str)
            .collect()
    }
}

/// The strings of a JSON array (none when it is not one).
fn strings(value: Option<&Value>) -> Vec<String> {
    value
        .and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}
