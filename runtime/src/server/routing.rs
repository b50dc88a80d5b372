//! Matching a request's method, path and query against the route table an
//! emitted dispatcher declares from the model's `@http` traits.

use super::FrameworkError;

/// One `/`-separated piece of a route's path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment {
    /// Matches this text exactly.
    Literal(&'static str),
    /// Matches any one non-empty segment and captures it.
    Label,
    /// Matches one or more remaining segments and captures them joined by `/`.
    Greedy,
}

/// One operation's route: `method` `path` with the query literals `query`.
#[derive(Debug, Clone, Copy)]
pub struct Route<Op> {
    /// What the dispatcher calls when the route matches.
    pub operation: Op,
    /// The HTTP method, upper case.
    pub method: &'static str,
    /// The path pattern.
    pub path: &'static [Segment],
    /// Query parameters that must be present (`("aws_iam", Some("t"))`);
    /// `None` as value means the key alone must be present.
    pub query: &'static [(&'static str, Option<&'static str>)],
}

/// The parts of a request routing and input binding read, decoded once.
#[derive(Debug, Clone)]
pub struct RequestParts {
    method: http::Method,
    segments: Vec<String>,
    query: Vec<(String, String)>,
    headers: http::HeaderMap,
}

impl RequestParts {
    /// Splits and percent-decodes the path and query of `parts`, keeping its
    /// method and headers.
    pub fn new(parts: http::request::Parts) -> Result<Self, FrameworkError> {
        let segments = parts
            .uri
            .path()
            .split('/')
            .filter(|s| !s.is_empty())
            .map(percent_decode)
            .collect::<Result<_, _>>()?;
        let query = parts
            .uri
            .query()
            .unwrap_or_default()
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|pair| {
                let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
                Ok((percent_decode(key)?, percent_decode(value)?))
            })
            .collect::<Result<_, FrameworkError>>()?;
        Ok(Self {
            method: parts.method,
            segments,
            query,
            headers: parts.headers,
        })
    }

    /// The request method.
    pub fn method(&self) -> &http::Method {
        &self.method
    }

    /// The decoded path segments.
    pub fn segments(&self) -> &[String] {
        &self.segments
    }

    /// The request headers.
    pub fn headers(&self) -> &http::HeaderMap {
        &self.headers
    }

    /// The request headers, to change before the input is bound (a content
    /// coding the dispatcher undid is taken off `Content-Encoding`).
    pub fn headers_mut(&mut self) -> &mut http::HeaderMap {
        &mut self.headers
    }

    /// The request headers, for the handler's context once the input is read.
    pub fn into_headers(self) -> http::HeaderMap {
        self.headers
    }

    /// The first value of query parameter `key`.
    pub fn query<'a>(&'a self, key: &'a str) -> Option<&'a str> {
        self.query_all(key).next()
    }

    /// Every value of query parameter `key`, in order.
    pub fn query_all<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.query
            .iter()
            .filter(move |(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Every query parameter as `(key, value)`, decoded, in order (a key
    /// without `=` has an empty value): what `@httpQueryParams` maps read.
    pub fn query_pairs(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        self.query.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// The value of header `name`, when present; a value that is not text is
    /// a serialization error naming the header.
    pub fn header(&self, name: &str) -> Result<Option<&str>, FrameworkError> {
        match self.headers.get(name) {
            None => Ok(None),
            Some(value) => value.to_str().map(Some).map_err(|_| {
                FrameworkError::Serialization(format!("header `{name}` is not valid text"))
            }),
        }
    }
}

fn percent_decode(text: &str) -> Result<String, FrameworkError> {
    crate::percent::decode(text)
        .map(std::borrow::Cow::into_owned)
        .map_err(|error| FrameworkError::Serialization(format!("the URI has {error}")))
}

/// Finds the route for `request`: its operation and captured labels. No path
/// match is [`FrameworkError::UnknownOperation`]; a path that matches only with
/// another method is [`FrameworkError::MethodNotAllowed`].
///
/// Routes are tried in order, so a table lists routes with more query literals
/// first (`/token?aws_iam=t` before `/token`).
pub fn route<Op: Copy>(
    routes: &[Route<Op>],
    request: &RequestParts,
) -> Result<(Op, Vec<String>), FrameworkError> {
    let mut path_known = false;
    for route in routes {
        let Some(labels) = match_path(route.path, request.segments()) else {
            continue;
        };
        let query_matches = route.query.iter().all(|(key, want)| {
            let mut values = request.query_all(key);
            match want {
                Some(want) => values.any(|v| v == *want),
                None => values.next().is_some(),
            }
        });
        if !query_matches {
            continue;
        }
        if request.method().as_str() == route.method {
            return Ok((route.operation, labels));
        }
        path_known = true;
    }
    Err(if path_known {
        FrameworkError::MethodNotAllowed
    } else {
        FrameworkError::UnknownOperation
    })
}

/// Finds the operation an awsJson request names in its `X-Amz-Target`
/// header: `targets` pairs each target (`Service.Operation`) with its
/// operation. The request must be a `POST` to `/`; a missing or unknown
/// target is [`FrameworkError::UnknownOperation`].
pub fn route_target<Op: Copy>(
    targets: &[(&'static str, Op)],
    request: &RequestParts,
) -> Result<Op, FrameworkError> {
    if !request.segments().is_empty() {
        return Err(FrameworkError::UnknownOperation);
    }
    if request.method() != http::Method::POST {
        return Err(FrameworkError::MethodNotAllowed);
    }
    let target = request
        .headers()
        .get("x-amz-target")
        .and_then(|value| value.to_str().ok())
        .ok_or(FrameworkError::UnknownOperation)?;
    targets
        .iter()
        .find(|(name, _)| *name == target)
        .map(|(_, operation)| *operation)
        .ok_or(FrameworkError::UnknownOperation)
}

fn match_path(pattern: &[Segment], segments: &[String]) -> Option<Vec<String>> {
    let mut labels = Vec::new();
    for (i, piece) in pattern.iter().enumerate() {
        match piece {
            Segment::Literal(text) => {
                if segments.get(i).map(String::as_str) != Some(*text) {
                    return None;
                }
            }
            Segment::Label => labels.push(segments.get(i)?.clone()),
            Segment::Greedy => {
                let rest = segments.get(i..).filter(|r| !r.is_empty())?;
                labels.push(rest.join("/"));
                return Some(labels);
            }
        }
    }
    (segments.len() == pattern.len()).then_some(labels)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq)]
    enum Op {
        WithIam,
        Token,
        Item,
        Files,
    }

    const ROUTES: &[Route<Op>] = &[
        Route {
            operation: Op::WithIam,
            method: "POST",
            path: &[Segment::Literal("token")],
            query: &[("aws_iam", Some("t"))],
        },
        Route {
            operation: Op::Token,
            method: "POST",
            path: &[Segment::Literal("token")],
            query: &[],
        },
        Route {
            operation: Op::Item,
            method: "GET",
            path: &[Segment::Literal("items"), Segment::Label],
            query: &[],
        },
        Route {
            operation: Op::Files,
            method: "GET",
            path: &[Segment::Literal("files"), Segment::Greedy],
            query: &[],
        },
    ];

    fn parts(method: &str, uri: &str) -> RequestParts {
        let (parts, ()) = http::Request::builder()
            .method(method)
            .uri(uri)
            .body(())
            .expect("request")
            .into_parts();
        RequestParts::new(parts).expect("parts")
    }

    #[test]
    fn aws_json_requests_are_routed_by_their_target() {
        const TARGETS: &[(&str, Op)] = &[("Svc.Token", Op::Token), ("Svc.Item", Op::Item)];
        let request = |method: &str, uri: &str, target: Option<&str>| {
            let mut builder = http::Request::builder().method(method).uri(uri);
            if let Some(target) = target {
                builder = builder.header("x-amz-target", target);
            }
            let (parts, ()) = builder.body(()).expect("request").into_parts();
            RequestParts::new(parts).expect("parts")
        };
        assert_eq!(
            route_target(TARGETS, &request("POST", "/", Some("Svc.Item"))),
            Ok(Op::Item)
        );
        assert_eq!(
            route_target(TARGETS, &request("POST", "/", Some("Svc.Nope"))),
            Err(FrameworkError::UnknownOperation)
        );
        assert_eq!(
            route_target(TARGETS, &request("POST", "/", None)),
            Err(FrameworkError::UnknownOperation)
        );
        assert_eq!(
            route_target(TARGETS, &request("GET", "/", Some("Svc.Item"))),
            Err(FrameworkError::MethodNotAllowed)
        );
        assert_eq!(
            route_target(TARGETS, &request("POST", "/other", Some("Svc.Item"))),
            Err(FrameworkError::UnknownOperation)
        );
    }

    fn find(method: &str, uri: &str) -> Result<(Op, Vec<String>), FrameworkError> {
        route(ROUTES, &parts(method, uri))
    }

    #[test]
    fn query_literals_pick_the_more_specific_route() {
        assert_eq!(find("POST", "/token?aws_iam=t").unwrap().0, Op::WithIam);
        assert_eq!(find("POST", "/token?x=1&aws_iam=t").unwrap().0, Op::WithIam);
        assert_eq!(find("POST", "/token").unwrap().0, Op::Token);
        assert_eq!(find("POST", "/token?aws_iam=f").unwrap().0, Op::Token);
    }

    #[test]
    fn labels_are_captured_and_decoded() {
        assert_eq!(
            find("GET", "/items/a%20b").unwrap(),
            (Op::Item, vec!["a b".to_owned()])
        );
        assert_eq!(
            find("GET", "/files/a/b/c").unwrap(),
            (Op::Files, vec!["a/b/c".to_owned()])
        );
        assert!(matches!(
            find("GET", "/files"),
            Err(FrameworkError::UnknownOperation)
        ));
        assert!(matches!(
            find("GET", "/items/a/b"),
            Err(FrameworkError::UnknownOperation)
        ));
    }

    #[test]
    fn unknown_paths_and_wrong_methods_are_told_apart() {
        assert!(matches!(
            find("POST", "/nowhere"),
            Err(FrameworkError::UnknownOperation)
        ));
        assert!(matches!(
            find("GET", "/token"),
            Err(FrameworkError::MethodNotAllowed)
        ));
        assert!(matches!(
            find("DELETE", "/token?aws_iam=t"),
            Err(FrameworkError::MethodNotAllowed)
        ));
    }

    #[test]
    fn malformed_escapes_are_serialization_errors() {
        let (parts, ()) = http::Request::builder()
            .uri("/items/%zz")
            .body(())
            .expect("request")
            .into_parts();
        assert!(matches!(
            RequestParts::new(parts),
            Err(FrameworkError::Serialization(_))
        ));
    }
}
