//! HTTP bindings: the `@http` trait of operations and the binding traits of members.

/// An operation's `@http` trait.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpTrait {
    /// The HTTP method (`POST`).
    pub method: String,
    /// The path, split into segments.
    pub path: Vec<UriSegment>,
    /// Literal query parameters from the URI (`?aws_iam=t` → `("aws_iam", Some("t"))`).
    pub query_literals: Vec<(String, Option<String>)>,
    /// The success status code.
    pub code: u16,
}

/// One `/`-separated piece of a URI pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UriSegment {
    /// Text matched as is.
    Literal(String),
    /// `{name}`: one segment bound to a member.
    Label(String),
    /// `{name+}`: the rest of the path bound to a member.
    GreedyLabel(String),
}

impl HttpTrait {
    /// Parses `{ "method": .., "uri": .., "code": .. }`; the error says what is malformed.
    pub fn parse(value: &serde_json::Value) -> Result<Self, String> {
        let method = value
            .get("method")
            .and_then(|m| m.as_str())
            .ok_or("`@http` needs a string `method`")?
            .to_owned();
        // Emitted as `http::Method::<METHOD>`: only the methods `http` names.
        const METHODS: &[&str] = &[
            "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "CONNECT",
        ];
        if !METHODS.contains(&method.as_str()) {
            return Err(format!(
                "`@http` method `{}` is not supported; expected one of {}",
                method.escape_debug(),
                METHODS.join(", ")
            ));
        }
        let uri = value
            .get("uri")
            .and_then(|u| u.as_str())
            .ok_or("`@http` needs a string `uri`")?;
        let code = match value.get("code") {
            None => 200,
            Some(code) => code
                .as_u64()
                .and_then(|c| u16::try_from(c).ok())
                .ok_or("`@http` `code` must be an HTTP status number")?,
        };
        let (path, query) = uri.split_once('?').unwrap_or((uri, ""));
        if !path.starts_with('/') {
            return Err(format!("`@http` uri `{uri}` must start with `/`"));
        }
        let mut segments = Vec::new();
        for piece in path.split('/').skip(1).filter(|p| !p.is_empty()) {
            let segment = match piece.strip_prefix('{').and_then(|p| p.strip_suffix('}')) {
                Some(label) => match label.strip_suffix('+') {
                    Some(greedy) => UriSegment::GreedyLabel(greedy.to_owned()),
                    None => UriSegment::Label(label.to_owned()),
                },
                None if piece.contains(['{', '}']) => {
                    return Err(format!(
                        "`@http` uri `{uri}`: a label must be a whole segment, found `{piece}`"
                    ))
                }
                None => UriSegment::Literal(piece.to_owned()),
            };
            segments.push(segment);
        }
        let query_literals = query
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|pair| match pair.split_once('=') {
                Some((k, v)) => (k.to_owned(), Some(v.to_owned())),
                None => (pair.to_owned(), None),
            })
            .collect();
        Ok(Self {
            method,
            path: segments,
            query_literals,
            code,
        })
    }
}

/// Where a member travels in an HTTP message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HttpBinding {
    /// A key of the JSON body (no binding trait).
    Body,
    /// `@httpLabel`: a path segment.
    Label,
    /// `@httpQuery("name")`.
    Query(String),
    /// `@httpQueryParams`: a map spread over the query string.
    QueryParams,
    /// `@httpHeader("name")`.
    Header(String),
    /// `@httpPrefixHeaders("prefix")`: a map spread over prefixed headers.
    PrefixHeaders(String),
    /// `@httpPayload`: the whole body.
    Payload,
    /// `@httpResponseCode`: the status code of a response.
    ResponseCode,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn parses_paths_labels_and_query_literals() {
        let http =
            HttpTrait::parse(&json!({"method": "POST", "uri": "/token?aws_iam=t", "code": 200}))
                .expect("valid");
        assert_eq!(http.path, [UriSegment::Literal("token".into())]);
        assert_eq!(
            http.query_literals,
            [("aws_iam".to_owned(), Some("t".to_owned()))]
        );

        let http =
            HttpTrait::parse(&json!({"method": "GET", "uri": "/a/{id}/b/{key+}"})).expect("valid");
        assert_eq!(http.code, 200);
        assert_eq!(
            http.path,
            [
                UriSegment::Literal("a".into()),
                UriSegment::Label("id".into()),
                UriSegment::Literal("b".into()),
                UriSegment::GreedyLabel("key".into())
            ]
        );
    }

    #[test]
    fn rejects_malformed_traits_with_a_reason() {
        let err = HttpTrait::parse(&json!({"uri": "/"})).expect_err("no method");
        assert!(err.contains("method"), "{err}");
        // Found by the model_parser fuzz target: the method became an identifier.
        for method in ["POST'", "post", "PURGE", ""] {
            let err = HttpTrait::parse(&json!({"method": method, "uri": "/"}))
                .expect_err("not a method the generator can emit");
            assert!(err.contains("is not supported"), "{err}");
        }
        let err =
            HttpTrait::parse(&json!({"method": "GET", "uri": "/a{b}"})).expect_err("partial label");
        assert!(err.contains("whole segment"), "{err}");
    }
}
