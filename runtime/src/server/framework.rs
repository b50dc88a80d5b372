//! Responses the dispatcher writes itself: the Smithy framework errors for
//! requests that never reach a handler, and the helpers that shape every
//! response (JSON body, `X-Amzn-Errortype`, a request id).

use super::ResponseBody;
use crate::error::Unhandled;
use crate::json::{self, ObjectWriter};
use bytes::Bytes;
use std::fmt;

/// A request that failed before its handler ran, as the Smithy framework
/// errors (`smithy.framework#…` and the restJson1 server rules) describe it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum FrameworkError {
    /// No route has this path: 404 `UnknownOperationException`.
    UnknownOperation,
    /// A route has this path but not this method: 405.
    MethodNotAllowed,
    /// The body or a bound value could not be read as the input's types: 400 `SerializationException`.
    Serialization(String),
    /// The input is well-formed but breaks the model's rules: 400 `ValidationException`.
    Validation(Vec<ValidationField>),
    /// A body came with a media type the operation does not read: 415.
    UnsupportedMediaType(String),
    /// The body is larger than the dispatcher accepts: 413.
    PayloadTooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// The body could not be read off the connection: 400.
    BodyRead(String),
    /// The handler's answer could not be written as the model binds it (a
    /// header value with a line break, a timestamp its format cannot
    /// write): 500 `InternalFailure`.
    ResponseWrite(String),
}

/// One member that failed validation, as in `smithy.framework#ValidationExceptionField`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationField {
    /// A JSON pointer to the member (`/clientName`).
    pub path: String,
    /// What rule it broke.
    pub message: String,
}

impl FrameworkError {
    /// The status code and error code this error is sent with.
    pub fn status_and_code(&self) -> (u16, &'static str) {
        match self {
            FrameworkError::UnknownOperation => (404, "UnknownOperationException"),
            FrameworkError::MethodNotAllowed => (405, "MethodNotAllowedException"),
            FrameworkError::Serialization(_) => (400, "SerializationException"),
            FrameworkError::Validation(_) => (400, "ValidationException"),
            FrameworkError::UnsupportedMediaType(_) => (415, "UnsupportedMediaTypeException"),
            FrameworkError::PayloadTooLarge { .. } => (413, "PayloadTooLargeException"),
            FrameworkError::BodyRead(_) => (400, "SerializationException"),
            FrameworkError::ResponseWrite(_) => (500, "InternalFailure"),
        }
    }

    /// The restJson1 HTTP response for this error; see [`Wire::framework_error`].
    pub fn into_response(self) -> http::Response<ResponseBody> {
        Wire::RestJson1.framework_error(self)
    }

    /// The error's members as a JSON object: its message, and the fields
    /// that failed validation.
    fn body(&self) -> String {
        let mut body = String::with_capacity(128);
        let mut object = ObjectWriter::new(&mut body);
        object.member("message", self.to_string().as_str());
        if let FrameworkError::Validation(fields) = self {
            object.member("fieldList", &FieldList(fields));
        }
        object.finish();
        body
    }
}

struct FieldList<'a>(&'a [ValidationField]);

impl json::SerializeJson for FieldList<'_> {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        for (i, field) in self.0.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let mut object = ObjectWriter::new(out);
            object.member("path", field.path.as_str());
            object.member("message", field.message.as_str());
            object.finish();
        }
        out.push(']');
    }
}

impl fmt::Display for FrameworkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FrameworkError::UnknownOperation => f.write_str("no operation matches this request"),
            FrameworkError::MethodNotAllowed => {
                f.write_str("this path does not accept this HTTP method")
            }
            FrameworkError::Serialization(message) => f.write_str(message),
            FrameworkError::Validation(fields) => {
                let noun = if fields.len() == 1 { "error" } else { "errors" };
                write!(f, "{} validation {noun} detected", fields.len())?;
                for field in fields {
                    write!(f, "; {}", field.message)?;
                }
                Ok(())
            }
            FrameworkError::UnsupportedMediaType(found) => {
                write!(f, "this operation does not accept a body of type `{found}`")
            }
            FrameworkError::PayloadTooLarge { limit } => {
                write!(f, "the request body is larger than {limit} bytes")
            }
            FrameworkError::BodyRead(message) => {
                write!(f, "the request body could not be read: {message}")
            }
            FrameworkError::ResponseWrite(message) => {
                write!(f, "the response could not be written: {message}")
            }
        }
    }
}

impl std::error::Error for FrameworkError {}

/// `response` with `headers` set, each replacing what the response had: a
/// modeled `Content-Type` member wins over the body's media type.
pub fn with_headers(
    mut response: http::Response<ResponseBody>,
    headers: Vec<(http::HeaderName, http::HeaderValue)>,
) -> http::Response<ResponseBody> {
    let map = response.headers_mut();
    for (name, value) in headers {
        map.insert(name, value);
    }
    response
}

/// The JSON protocol a dispatcher speaks, which frames its responses:
/// the media type, and where an error's code goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wire {
    /// `aws.protocols#restJson1`: the code in `X-Amzn-Errortype`.
    RestJson1,
    /// `aws.protocols#awsJson1_0`: the code also in the body's `__type`.
    AwsJson1_0,
    /// `aws.protocols#awsJson1_1`: as 1.0, with its own media type.
    AwsJson1_1,
}

impl Wire {
    /// The media type of a JSON body.
    pub fn media_type(self) -> &'static str {
        match self {
            Wire::RestJson1 => "application/json",
            Wire::AwsJson1_0 => "application/x-amz-json-1.0",
            Wire::AwsJson1_1 => "application/x-amz-json-1.1",
        }
    }

    /// A JSON response with `status` and `body`, and a fresh request id.
    pub fn response(self, status: u16, body: impl Into<Bytes>) -> http::Response<ResponseBody> {
        let mut response = http::Response::new(ResponseBody::new(body.into()));
        *response.status_mut() =
            http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
        let headers = response.headers_mut();
        headers.insert(
            http::header::CONTENT_TYPE,
            http::HeaderValue::from_static(self.media_type()),
        );
        headers.insert("x-amzn-requestid", request_id());
        response
    }

    /// A response with `status` whose body is `body`, a `@streaming` output
    /// payload (restJson1 only: awsJson has none), written as it is read, with
    /// a `Content-Length` when its length is known, else chunked. The caller
    /// sets its `Content-Type`.
    pub fn stream_response(
        self,
        status: u16,
        body: crate::ByteStream,
    ) -> http::Response<ResponseBody> {
        let mut response = http::Response::new(body);
        *response.status_mut() =
            http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
        response
            .headers_mut()
            .insert("x-amzn-requestid", request_id());
        response
    }

    /// An error response: `status`, the error `code` in `X-Amzn-Errortype`
    /// (which restJson1 clients read first) and, under awsJson, as the body's
    /// `__type`, with the error's members (`body`, a JSON object).
    pub fn error_response(
        self,
        status: u16,
        code: &str,
        body: impl Into<Bytes>,
    ) -> http::Response<ResponseBody> {
        let body = body.into();
        let body = match self {
            Wire::RestJson1 => body,
            Wire::AwsJson1_0 | Wire::AwsJson1_1 => Bytes::from(with_type(code, &body)),
        };
        let mut response = self.response(status, body);
        if let Ok(value) = http::HeaderValue::from_str(code) {
            response.headers_mut().insert("x-amzn-errortype", value);
        }
        response
    }

    /// The response for an error a handler returned that the model does not
    /// describe: its status (500 when unset), its code (`InternalFailure` when
    /// unset) and its message.
    pub fn unhandled_response(self, error: &Unhandled) -> http::Response<ResponseBody> {
        let status = error
            .status()
            .filter(|s| (400..600).contains(s))
            .unwrap_or(500);
        let code = error.code().unwrap_or("InternalFailure");
        let mut body = String::new();
        let mut object = ObjectWriter::new(&mut body);
        if let Some(message) = error.message() {
            object.member("message", message);
        }
        object.finish();
        self.error_response(status, code, body)
    }

    /// The response for a request that failed before its handler ran.
    pub fn framework_error(self, error: FrameworkError) -> http::Response<ResponseBody> {
        let (status, code) = error.status_and_code();
        self.error_response(status, code, error.body())
    }
}

/// The JSON object `body` with `"__type": code` as its first member; a body
/// that is not an object (which the generated writers never make) is replaced.
fn with_type(code: &str, body: &[u8]) -> String {
    let mut out = String::with_capacity(body.len() + code.len() + 16);
    let mut object = ObjectWriter::new(&mut out);
    object.member("__type", code);
    object.finish();
    let members = std::str::from_utf8(body)
        .ok()
        .map(str::trim)
        .and_then(|text| text.strip_prefix('{'))
        .map(str::trim_start)
        .filter(|rest| rest.ends_with('}') && *rest != "}");
    if let Some(members) = members {
        out.pop();
        out.push(',');
        out.push_str(members);
    }
    out
}

/// A fresh request id in the UUID text form AWS services use (a random,
/// version-4 UUID), written without the formatting machinery: it is on every
/// response.
fn request_id() -> http::HeaderValue {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut bits = fastrand::u128(..);
    // Version 4, variant 1 (RFC 9562).
    bits = (bits & !(0xf << 76)) | (0x4 << 76);
    bits = (bits & !(0x3 << 62)) | (0x2 << 62);
    let mut text = [0u8; 36];
    let mut nibble = 32;
    for (i, byte) in text.iter_mut().enumerate() {
        if matches!(i, 8 | 13 | 18 | 23) {
            *byte = b'-';
        } else {
            nibble -= 1;
            *byte = HEX[((bits >> (nibble * 4)) & 0xf) as usize];
        }
    }
    http::HeaderValue::from_bytes(&text).unwrap_or(http::HeaderValue::from_static("unknown"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorMetadata;

    fn body_text(response: http::Response<ResponseBody>) -> String {
        let collected = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("runtime")
            .block_on(response.into_body().collect());
        String::from_utf8(collected.expect("in memory").to_vec()).expect("utf-8")
    }

    #[test]
    fn aws_json_errors_carry_their_code_in_the_body_and_the_media_type() {
        let response = Wire::AwsJson1_1.error_response(400, "ComplexError", r#"{"TopLevel":"x"}"#);
        assert_eq!(response.status(), 400);
        assert_eq!(
            response.headers()["content-type"],
            "application/x-amz-json-1.1"
        );
        assert_eq!(response.headers()["x-amzn-errortype"], "ComplexError");
        assert_eq!(
            body_text(response),
            r#"{"__type":"ComplexError","TopLevel":"x"}"#
        );
        let empty = Wire::AwsJson1_0.error_response(500, "Boom", "{}");
        assert_eq!(
            empty.headers()["content-type"],
            "application/x-amz-json-1.0"
        );
        assert_eq!(body_text(empty), r#"{"__type":"Boom"}"#);
        let framework = Wire::AwsJson1_0.framework_error(FrameworkError::UnknownOperation);
        let body: serde_json::Value = serde_json::from_str(&body_text(framework)).expect("json");
        assert_eq!(body["__type"], "UnknownOperationException");
        assert!(body["message"].is_string());
        // restJson1 leaves the body as it is.
        let rest = Wire::RestJson1.error_response(400, "ComplexError", "{}");
        assert_eq!(rest.headers()["content-type"], "application/json");
        assert_eq!(body_text(rest), "{}");
    }

    #[test]
    fn validation_errors_list_each_field() {
        let error = FrameworkError::Validation(vec![ValidationField {
            path: "/clientName".into(),
            message: "Value at '/clientName' failed to satisfy constraint: Member must not be null"
                .into(),
        }]);
        let response = error.into_response();
        assert_eq!(response.status(), 400);
        assert_eq!(
            response.headers()["x-amzn-errortype"],
            "ValidationException"
        );
        let body: serde_json::Value = serde_json::from_str(&body_text(response)).expect("json");
        assert_eq!(body["fieldList"][0]["path"], "/clientName");
        assert!(body["message"]
            .as_str()
            .expect("message")
            .starts_with("1 validation error detected; Value at '/clientName'"));
    }

    #[test]
    fn framework_errors_have_their_status_codes() {
        let cases = [
            (FrameworkError::UnknownOperation, 404),
            (FrameworkError::MethodNotAllowed, 405),
            (FrameworkError::Serialization("x".into()), 400),
            (
                FrameworkError::UnsupportedMediaType("text/plain".into()),
                415,
            ),
            (FrameworkError::PayloadTooLarge { limit: 10 }, 413),
        ];
        for (error, status) in cases {
            let response = error.clone().into_response();
            assert_eq!(response.status(), status, "{error:?}");
            assert!(response.headers().contains_key("x-amzn-requestid"));
        }
    }

    #[test]
    fn request_ids_are_version_4_uuids() {
        let a = request_id();
        let b = request_id();
        assert_ne!(a, b);
        let text = a.to_str().expect("ascii");
        assert_eq!(text.len(), 36);
        let groups: Vec<&str> = text.split('-').collect();
        assert_eq!(
            groups.iter().map(|g| g.len()).collect::<Vec<_>>(),
            [8, 4, 4, 4, 12]
        );
        assert!(groups[2].starts_with('4'), "{text}");
        assert!(matches!(&groups[3][..1], "8" | "9" | "a" | "b"), "{text}");
        assert!(text.bytes().all(|c| c == b'-' || c.is_ascii_hexdigit()));
    }

    #[test]
    fn unhandled_errors_default_to_internal_failure() {
        let response = Wire::RestJson1.unhandled_response(&Unhandled::new(ErrorMetadata::new()));
        assert_eq!(response.status(), 500);
        assert_eq!(response.headers()["x-amzn-errortype"], "InternalFailure");
        let coded = Unhandled::new(
            ErrorMetadata::new()
                .with_code("Teapot")
                .with_status(418)
                .with_message("short and stout"),
        );
        let response = Wire::RestJson1.unhandled_response(&coded);
        assert_eq!(response.status(), 418);
        assert_eq!(body_text(response), r#"{"message":"short and stout"}"#);
    }
}
