//! HTTP plans: where every member of a request, response or error travels,
//! decided once so that the client and server emitters only write it down.
//!
//! A plan refers to members by their index in the structure it describes
//! (the operation's input, its output, or an error structure). Every default
//! the protocol implies is resolved here: a timestamp's text format in each
//! location, header names in lower case, the payload's kind and media type.

use super::{
    HttpBinding, HttpTrait, Member, Protocol, Service, Structure, TimestampFormat, TypeDef,
    TypeRef, UriSegment,
};
use crate::diagnostics::Diagnostics;
use crate::model::ShapeId;
use std::collections::BTreeMap;

/// The resolved HTTP binding of one operation.
#[derive(Debug, Clone, Default)]
pub struct HttpPlan {
    /// The HTTP method (`POST`).
    pub method: String,
    /// The URI path, piece by piece; empty for `/`.
    pub path: Vec<PathPart>,
    /// Literal query parameters from the URI (`?aws_iam=t`).
    pub query_literals: Vec<(String, Option<String>)>,
    /// The status of a successful response.
    pub success_code: u16,
    /// `@endpoint(hostPrefix)`, piece by piece; empty when there is none.
    pub host_prefix: Vec<HostPart>,
    /// Input members the client fills with a fresh token when unset
    /// (`@idempotencyToken` strings).
    pub idempotency_tokens: Vec<usize>,
    /// The `X-Amz-Target` header of the awsJson protocols
    /// (`<service shape name>.<operation name>`), which the dispatcher routes by.
    pub target: Option<String>,
    /// How the input travels.
    pub request: MessagePlan,
    /// How the output travels.
    pub response: MessagePlan,
}

/// One `/`-separated piece of a URI path.
#[derive(Debug, Clone, PartialEq)]
pub enum PathPart {
    /// Text written and matched as is.
    Literal(String),
    /// A segment (or with `greedy`, the rest of the path) bound to an input member.
    Label {
        /// The member's index in the input.
        member: usize,
        /// Whether the label is `{name+}` and so spans `/`s.
        greedy: bool,
        /// How the member's value is written.
        text: TextKind,
    },
}

/// A piece of a host prefix.
#[derive(Debug, Clone, PartialEq)]
pub enum HostPart {
    /// Text put in front of the host as is.
    Literal(String),
    /// The value of a `@hostLabel` input member (a string), checked to be a valid label.
    Label {
        /// The member's index in the input.
        member: usize,
        /// The label's name in the template, for error messages.
        name: String,
    },
}

/// Where the members of one message (request, response or error) travel.
#[derive(Debug, Clone, Default)]
pub struct MessagePlan {
    /// Members bound outside the body, in member order.
    pub bindings: Vec<Binding>,
    /// What the body carries.
    pub body: Body,
}

impl MessagePlan {
    /// Whether any member travels outside the body.
    pub fn has_bindings(&self) -> bool {
        !self.bindings.is_empty()
    }

    /// The media type of the body; `None` when there is no body.
    pub fn content_type(&self) -> Option<&str> {
        match &self.body {
            Body::Empty => None,
            Body::Json { media_type, .. } => Some(media_type),
            Body::Payload { media_type, .. } => Some(media_type),
        }
    }
}

/// A member bound to a part of the message other than the body.
#[derive(Debug, Clone)]
pub struct Binding {
    /// The member's index in its structure.
    pub member: usize,
    /// Where it goes.
    pub location: Location,
}

/// A place in an HTTP message outside the body.
#[derive(Debug, Clone)]
pub enum Location {
    /// `@httpLabel`: see the plan's [`PathPart::Label`] for its place and text.
    Label,
    /// `@httpQuery`: one parameter, repeated for each item of a list.
    Query {
        /// The parameter name.
        name: String,
        /// How the value (or each item) is written.
        text: TextValue,
    },
    /// `@httpQueryParams`: a map spread over the query string.
    QueryParams {
        /// How each map value (or each item of a list value) is written.
        text: TextValue,
        /// Whether the map is `@sparse` (its values are `Option`s).
        sparse: bool,
    },
    /// `@httpHeader`: one header, a list's items joined with commas.
    Header {
        /// The header name in lower case.
        name: String,
        /// How the value (or each item) is written.
        text: TextValue,
    },
    /// `@httpPrefixHeaders`: a map spread over headers whose names start with the prefix.
    PrefixHeaders {
        /// The prefix in lower case (`x-foo-`); may be empty.
        prefix: String,
        /// How each value is written.
        text: TextValue,
        /// Whether the map is `@sparse` (its values are `Option`s).
        sparse: bool,
    },
    /// `@httpResponseCode`: the status of a response.
    ResponseCode,
}

/// A value in a label, query parameter or header: one item, or a list of them.
#[derive(Debug, Clone, PartialEq)]
pub struct TextValue {
    /// How each item is written.
    pub item: TextKind,
    /// Whether the member is a list of items.
    pub list: bool,
}

/// How a simple value becomes text and back, with its format resolved.
#[derive(Debug, Clone, PartialEq)]
pub enum TextKind {
    /// A string, as is.
    String,
    /// A `@mediaType` string in a header: base64 of its text.
    MediaTypeString,
    /// A string enum, as its wire value.
    Enum(ShapeId),
    /// `true` / `false`.
    Boolean,
    /// A whole number (`i8` to `i64`).
    Integer,
    /// A float, with `NaN`, `Infinity` and `-Infinity` spelled out.
    Float,
    /// A big integer or decimal, in its decimal text.
    BigNumber,
    /// A timestamp in the given format.
    Timestamp(TimestampFormat),
    /// A blob, in base64.
    Blob,
}

impl TextKind {
    /// Whether a list of these is joined in one header without quoting its
    /// items: an HTTP date's own comma is part of the format.
    pub fn is_http_date(&self) -> bool {
        *self == TextKind::Timestamp(TimestampFormat::HttpDate)
    }
}

/// What the body of a message carries.
#[derive(Debug, Clone, Default)]
pub enum Body {
    /// Nothing: every member is bound elsewhere, or there are none.
    #[default]
    Empty,
    /// A JSON object of these members (their indices).
    Json {
        /// The body members.
        members: Vec<usize>,
        /// Whether these are all the structure's members, so its own JSON
        /// reader and writer can be used.
        all: bool,
        /// The protocol's media type for JSON.
        media_type: &'static str,
    },
    /// `@httpPayload`: one member is the whole body.
    Payload {
        /// The member's index.
        member: usize,
        /// What it is.
        kind: PayloadKind,
        /// Its media type: the target's `@mediaType`, else the kind's.
        media_type: String,
    },
}

/// The kind of an `@httpPayload` member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PayloadKind {
    /// A structure, as a JSON object (`{}` when unset).
    Structure,
    /// A union, as a JSON object (no body when unset).
    Union,
    /// A document, as JSON.
    Document,
    /// Bytes as they are.
    Blob,
    /// A `@streaming` blob: bytes as they come.
    StreamingBlob,
    /// A string, as its UTF-8 text.
    String,
    /// A string enum, as its wire value.
    Enum,
}

impl PayloadKind {
    /// The media type when the target names none.
    pub fn default_media_type(self) -> &'static str {
        match self {
            PayloadKind::Structure | PayloadKind::Union | PayloadKind::Document => {
                "application/json"
            }
            PayloadKind::Blob | PayloadKind::StreamingBlob => "application/octet-stream",
            PayloadKind::String | PayloadKind::Enum => "text/plain",
        }
    }

    /// Whether the payload is written as JSON.
    pub fn is_json(self) -> bool {
        matches!(
            self,
            PayloadKind::Structure | PayloadKind::Union | PayloadKind::Document
        )
    }
}

/// The text kind of a simple target, with the timestamp format `format`
/// when the member sets none; `None` for targets text cannot carry.
pub(crate) fn text_kind(
    target: &TypeRef,
    is_enum: impl Fn(&ShapeId) -> bool,
    timestamp: Option<TimestampFormat>,
    default_format: TimestampFormat,
) -> Option<TextKind> {
    Some(match target {
        TypeRef::String => TextKind::String,
        TypeRef::Named(id) if is_enum(id) => TextKind::Enum(id.clone()),
        TypeRef::Boolean => TextKind::Boolean,
        TypeRef::Byte | TypeRef::Short | TypeRef::Integer | TypeRef::Long => TextKind::Integer,
        TypeRef::Float | TypeRef::Double => TextKind::Float,
        TypeRef::BigInteger | TypeRef::BigDecimal => TextKind::BigNumber,
        TypeRef::Timestamp => TextKind::Timestamp(timestamp.unwrap_or(default_format)),
        TypeRef::Blob {
            streaming: false, ..
        } => TextKind::Blob,
        _ => return None,
    })
}

/// Plans every operation's request and response and every error's message.
/// A binding the protocol cannot carry (a structure in a header, a label with
/// no member) is a diagnostic naming the member, never a member silently not sent.
pub(super) fn resolve(service: &mut Service, diagnostics: &mut Diagnostics) {
    check_streams(service, diagnostics);
    let is_enum = |types: &BTreeMap<ShapeId, TypeDef>, id: &ShapeId| {
        matches!(types.get(id), Some(TypeDef::Enum(_)))
    };
    let mut plans = Vec::new();
    for op in &service.operations {
        let mut problems = Problems::default();
        let types = &service.types;
        let kinds = Kinds {
            types,
            is_enum: &|id| is_enum(types, id),
            protocol: service.protocol,
        };
        let request = kinds.message(&op.input, Direction::Request, &mut problems);
        let response = kinds.message(&op.output, Direction::Response, &mut problems);
        // awsJson ignores `@http`: every operation is `POST /`.
        let http = match &op.http {
            Some(http) if !service.protocol.is_aws_json() => http.clone(),
            _ => HttpTrait {
                method: "POST".to_owned(),
                path: Vec::new(),
                query_literals: Vec::new(),
                code: 200,
            },
        };
        let target = service
            .protocol
            .is_aws_json()
            .then(|| format!("{}.{}", service.id.name(), op.id.name()));
        // awsJson has no labels: its `@httpLabel`s are ignored with the rest.
        let path = if service.protocol.is_aws_json() {
            Vec::new()
        } else {
            path_parts(&op.input, &http.path, &kinds, &mut problems)
        };
        let host_prefix = op
            .host_prefix
            .as_deref()
            .map(|template| host_parts(&op.input, template, &mut problems))
            .unwrap_or_default();
        let idempotency_tokens = op
            .input
            .members
            .iter()
            .enumerate()
            .filter(|(_, m)| m.idempotency_token && m.target == TypeRef::String)
            .map(|(index, _)| index)
            .collect();
        for problem in problems.0 {
            diagnostics.unsupported(&op.id, problem);
        }
        plans.push(HttpPlan {
            method: http.method.to_ascii_uppercase(),
            path,
            query_literals: http.query_literals,
            success_code: http.code,
            host_prefix,
            idempotency_tokens,
            target,
            request,
            response,
        });
    }
    for (op, plan) in service.operations.iter_mut().zip(plans) {
        op.plan = plan;
    }

    let mut error_plans = Vec::new();
    for id in &service.errors {
        let Some(TypeDef::Structure(s)) = service.types.get(id) else {
            continue;
        };
        let types = &service.types;
        let kinds = Kinds {
            types,
            is_enum: &|id| is_enum(types, id),
            protocol: service.protocol,
        };
        let mut problems = Problems::default();
        let plan = kinds.message(s, Direction::Response, &mut problems);
        for problem in problems.0 {
            diagnostics.unsupported(id, problem);
        }
        error_plans.push((id.clone(), plan));
    }
    for (id, plan) in error_plans {
        if let Some(TypeDef::Structure(s)) = service.types.get_mut(&id) {
            if let Some(error) = &mut s.error {
                error.plan = plan;
            }
        }
    }
}

/// A `@streaming` blob is a message's body, so Smithy allows it only as the
/// `@httpPayload` of an operation's input or output: anywhere else (a JSON
/// body, a nested structure, an error) is an error naming the member.
fn check_streams(service: &Service, diagnostics: &mut Diagnostics) {
    let streams = |s: &Structure| -> Vec<(String, bool)> {
        s.members
            .iter()
            .filter(|m| m.target.is_stream())
            .map(|m| (m.name.clone(), m.http == HttpBinding::Payload))
            .collect()
    };
    for op in &service.operations {
        for s in [&op.input, &op.output] {
            for (name, _) in streams(s).into_iter().filter(|(_, payload)| !payload) {
                diagnostics.error(
                    &s.id,
                    format!(
                        "member `{name}` is a `@streaming` blob: bind it with `@httpPayload`, \
                         the only place a stream can travel"
                    ),
                );
            }
        }
    }
    for def in service.types.values() {
        let TypeDef::Structure(s) = def else {
            continue;
        };
        for (name, _) in streams(s) {
            diagnostics.error(
                &s.id,
                format!(
                    "member `{name}` is a `@streaming` blob, which only an operation's input \
                     or output can hold (as its `@httpPayload`)"
                ),
            );
        }
    }
}

/// Whether a message goes to the service or comes back from it: labels and
/// query parameters exist only in requests, status codes only in responses.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    Request,
    Response,
}

#[derive(Default)]
struct Problems(Vec<String>);

impl Problems {
    fn push(&mut self, problem: String) {
        self.0.push(problem);
    }
}

/// What the planner needs to know of named types.
struct Kinds<'a> {
    types: &'a BTreeMap<ShapeId, TypeDef>,
    is_enum: &'a dyn Fn(&ShapeId) -> bool,
    protocol: Protocol,
}

impl Kinds<'_> {
    fn text_kind(
        &self,
        m: &Member,
        target: &TypeRef,
        default: TimestampFormat,
    ) -> Option<TextKind> {
        text_kind(target, self.is_enum, m.timestamp_format, default)
    }

    /// A value of `m` as text: one item or a list of items.
    fn text_value(
        &self,
        m: &Member,
        target: &TypeRef,
        default: TimestampFormat,
    ) -> Option<TextValue> {
        match target {
            // A sparse list's nulls have no text.
            TypeRef::List { sparse: true, .. } => None,
            TypeRef::List { member, .. } => Some(TextValue {
                item: self.text_kind(m, member, default)?,
                list: true,
            }),
            other => Some(TextValue {
                item: self.text_kind(m, other, default)?,
                list: false,
            }),
        }
    }

    fn message(&self, s: &Structure, direction: Direction, problems: &mut Problems) -> MessagePlan {
        let media_type = self.protocol.json_media_type();
        // awsJson ignores the HTTP binding traits: every member is in the
        // body, and the body is there (`{}`) even with no members.
        if self.protocol.is_aws_json() {
            return MessagePlan {
                bindings: Vec::new(),
                body: Body::Json {
                    members: (0..s.members.len()).collect(),
                    all: true,
                    media_type,
                },
            };
        }
        let mut bindings = Vec::new();
        let mut body_members = Vec::new();
        let mut payload = None;
        for (index, m) in s.members.iter().enumerate() {
            let unsupported = |what: &str| {
                format!(
                    "member `{}` ({what}) has a type that location cannot carry",
                    m.name
                )
            };
            let location = match &m.http {
                HttpBinding::Body => {
                    body_members.push(index);
                    continue;
                }
                HttpBinding::Payload => {
                    if payload.is_some() {
                        problems.push(format!(
                            "`{}` has more than one `@httpPayload` member",
                            s.id
                        ));
                    }
                    match self.payload_kind(&m.target) {
                        Some(kind) => {
                            let media_type = m
                                .media_type
                                .clone()
                                .unwrap_or_else(|| kind.default_media_type().to_owned());
                            payload = Some(Body::Payload {
                                member: index,
                                kind,
                                media_type,
                            });
                        }
                        None => problems.push(unsupported("`@httpPayload`")),
                    }
                    continue;
                }
                // Labels and query parameters have no place in a response:
                // such members are not written there (as Smithy's own tests expect).
                HttpBinding::Label | HttpBinding::Query(_) | HttpBinding::QueryParams
                    if direction == Direction::Response =>
                {
                    continue;
                }
                HttpBinding::ResponseCode if direction == Direction::Request => continue,
                HttpBinding::Label => Location::Label,
                HttpBinding::Query(name) => {
                    match self.text_value(m, &m.target, TimestampFormat::DateTime) {
                        Some(text) => Location::Query {
                            name: name.clone(),
                            text,
                        },
                        None => {
                            problems.push(unsupported("`@httpQuery`"));
                            continue;
                        }
                    }
                }
                HttpBinding::QueryParams => match &m.target {
                    TypeRef::Map { value, sparse } => {
                        match self.text_value(m, value, TimestampFormat::DateTime) {
                            Some(text) => Location::QueryParams {
                                text,
                                sparse: *sparse,
                            },
                            None => {
                                problems.push(unsupported("`@httpQueryParams`"));
                                continue;
                            }
                        }
                    }
                    _ => {
                        problems.push(unsupported("`@httpQueryParams`"));
                        continue;
                    }
                },
                HttpBinding::Header(name) if !is_token(name) => {
                    problems.push(format!(
                        "member `{}`: `{}` is not a valid header name",
                        m.name,
                        name.escape_debug()
                    ));
                    continue;
                }
                HttpBinding::PrefixHeaders(prefix) if !prefix.is_empty() && !is_token(prefix) => {
                    problems.push(format!(
                        "member `{}`: `{}` is not a valid header name prefix",
                        m.name,
                        prefix.escape_debug()
                    ));
                    continue;
                }
                HttpBinding::Header(name) => {
                    match self.text_value(m, &m.target, TimestampFormat::HttpDate) {
                        Some(mut text) => {
                            // A `@mediaType` string travels base64-encoded in a header.
                            if m.media_type.is_some() && text.item == TextKind::String {
                                text.item = TextKind::MediaTypeString;
                            }
                            Location::Header {
                                name: name.to_ascii_lowercase(),
                                text,
                            }
                        }
                        None => {
                            problems.push(unsupported("`@httpHeader`"));
                            continue;
                        }
                    }
                }
                HttpBinding::PrefixHeaders(prefix) => match &m.target {
                    TypeRef::Map { value, sparse } => {
                        match self.text_kind(m, value, TimestampFormat::HttpDate) {
                            Some(item) => Location::PrefixHeaders {
                                prefix: prefix.to_ascii_lowercase(),
                                text: TextValue { item, list: false },
                                sparse: *sparse,
                            },
                            None => {
                                problems.push(unsupported("`@httpPrefixHeaders`"));
                                continue;
                            }
                        }
                    }
                    _ => {
                        problems.push(unsupported("`@httpPrefixHeaders`"));
                        continue;
                    }
                },
                HttpBinding::ResponseCode => Location::ResponseCode,
            };
            bindings.push(Binding {
                member: index,
                location,
            });
        }
        let body = match payload {
            Some(payload) => payload,
            // A request with nothing in its body has none; a response has `{}`.
            None if body_members.is_empty() && direction == Direction::Request => Body::Empty,
            None => Body::Json {
                all: body_members.len() == s.members.len(),
                members: body_members,
                media_type,
            },
        };
        MessagePlan { bindings, body }
    }

    fn payload_kind(&self, target: &TypeRef) -> Option<PayloadKind> {
        Some(match target {
            TypeRef::Blob {
                streaming: false, ..
            } => PayloadKind::Blob,
            TypeRef::Blob {
                streaming: true, ..
            } => PayloadKind::StreamingBlob,
            TypeRef::String => PayloadKind::String,
            TypeRef::Document => PayloadKind::Document,
            TypeRef::Named(id) => match self.types.get(id)? {
                TypeDef::Structure(_) => PayloadKind::Structure,
                TypeDef::Union(_) => PayloadKind::Union,
                TypeDef::Enum(_) => PayloadKind::Enum,
            },
            _ => return None,
        })
    }
}

/// The URI path with each label tied to its input member.
fn path_parts(
    input: &Structure,
    segments: &[UriSegment],
    kinds: &Kinds<'_>,
    problems: &mut Problems,
) -> Vec<PathPart> {
    let mut parts = Vec::new();
    for segment in segments {
        let (label, greedy) = match segment {
            UriSegment::Literal(text) => {
                parts.push(PathPart::Literal(text.clone()));
                continue;
            }
            UriSegment::Label(label) => (label, false),
            UriSegment::GreedyLabel(label) => (label, true),
        };
        let found = input
            .members
            .iter()
            .position(|m| &m.name == label && m.http == HttpBinding::Label);
        let Some(index) = found else {
            problems.push(format!(
                "the URI label `{{{label}}}` has no `@httpLabel` input member of that name"
            ));
            continue;
        };
        let m = &input.members[index];
        match kinds.text_kind(m, &m.target, TimestampFormat::DateTime) {
            Some(text) => parts.push(PathPart::Label {
                member: index,
                greedy,
                text,
            }),
            None => problems.push(format!(
                "member `{}` (`@httpLabel`) has a type a URI label cannot carry",
                m.name
            )),
        }
    }
    for m in &input.members {
        let in_path = segments.iter().any(
            |s| matches!(s, UriSegment::Label(l) | UriSegment::GreedyLabel(l) if *l == m.name),
        );
        if m.http == HttpBinding::Label && !in_path {
            problems.push(format!(
                "member `{}` is an `@httpLabel` but the URI has no `{{{}}}`",
                m.name, m.name
            ));
        }
    }
    parts
}

/// `@endpoint(hostPrefix)` with each `{Label}` tied to its `@hostLabel` string member.
fn host_parts(input: &Structure, template: &str, problems: &mut Problems) -> Vec<HostPart> {
    let mut parts = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        if open > 0 {
            parts.push(HostPart::Literal(rest[..open].to_owned()));
        }
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            problems.push(format!("host prefix `{template}` has an unclosed `{{`"));
            return parts;
        };
        let name = &rest[open + 1..close];
        match input
            .members
            .iter()
            .position(|m| m.name == name && m.target == TypeRef::String)
        {
            Some(member) => parts.push(HostPart::Label {
                member,
                name: name.to_owned(),
            }),
            None => problems.push(format!(
                "host prefix `{template}` names `{{{name}}}`, which is no string input member"
            )),
        }
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        parts.push(HostPart::Literal(rest.to_owned()));
    }
    parts
}

/// Whether `name` is an HTTP token (RFC 9110), as header names must be.
fn is_token(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Model;

    /// Lowers a service whose one operation `t#Op` has `http`, input `t#In`
    /// and output `t#Out`, plus `shapes`.
    fn lower(http: &str, shapes: &str) -> Result<Service, String> {
        let text = format!(
            r#"{{"smithy": "2.0", "shapes": {{
                "t#S": {{"type": "service", "operations": [{{"target": "t#Op"}}], "traits": {{"aws.protocols#restJson1": {{}}}}}},
                "t#Op": {{"type": "operation", "input": {{"target": "t#In"}}, "output": {{"target": "t#Out"}}, "traits": {{"smithy.api#http": {http}}}}},
                {shapes}
            }}}}"#
        );
        let model = Model::from_json(&text).expect("valid JSON");
        super::super::lower(&model, None).map_err(|d| d.to_string())
    }

    fn plan(service: &Service) -> &HttpPlan {
        &service.operations[0].plan
    }

    fn location<'a>(plan: &'a MessagePlan, s: &Structure, name: &str) -> &'a Location {
        let index = s
            .members
            .iter()
            .position(|m| m.name == name)
            .expect("member");
        &plan
            .bindings
            .iter()
            .find(|b| b.member == index)
            .expect("bound")
            .location
    }

    #[test]
    fn resolves_each_location_with_its_default_timestamp_format() {
        let service = lower(
            r#"{"method": "GET", "uri": "/things/{id}/{rest+}?list"}"#,
            r#""t#In": {"type": "structure", "members": {
                   "id": {"target": "smithy.api#Timestamp", "traits": {"smithy.api#httpLabel": {}, "smithy.api#required": {}}},
                   "rest": {"target": "smithy.api#String", "traits": {"smithy.api#httpLabel": {}, "smithy.api#required": {}}},
                   "since": {"target": "smithy.api#Timestamp", "traits": {"smithy.api#httpQuery": "since"}},
                   "at": {"target": "smithy.api#Timestamp", "traits": {"smithy.api#httpHeader": "X-At"}},
                   "epoch": {"target": "smithy.api#Timestamp", "traits": {"smithy.api#httpHeader": "X-Epoch", "smithy.api#timestampFormat": "epoch-seconds"}},
                   "tags": {"target": "t#Tags", "traits": {"smithy.api#httpHeader": "X-Tags"}},
                   "token": {"target": "smithy.api#String", "traits": {"smithy.api#idempotencyToken": {}}}}},
               "t#Tags": {"type": "list", "member": {"target": "smithy.api#String"}},
               "t#Out": {"type": "structure", "members": {
                   "code": {"target": "smithy.api#Integer", "traits": {"smithy.api#httpResponseCode": {}}}}}"#,
        )
        .expect("lowers");
        let plan = plan(&service);
        let input = &service.operations[0].input;
        assert_eq!(plan.method, "GET");
        assert_eq!(plan.query_literals, [("list".to_owned(), None)]);
        assert_eq!(
            plan.path,
            [
                PathPart::Literal("things".into()),
                PathPart::Label {
                    member: 0,
                    greedy: false,
                    text: TextKind::Timestamp(TimestampFormat::DateTime)
                },
                PathPart::Label {
                    member: 1,
                    greedy: true,
                    text: TextKind::String
                },
            ]
        );
        let Location::Query { name, text } = location(&plan.request, input, "since") else {
            panic!("since is a query parameter");
        };
        assert_eq!(name, "since");
        assert_eq!(text.item, TextKind::Timestamp(TimestampFormat::DateTime));
        let Location::Header { name, text } = location(&plan.request, input, "at") else {
            panic!("at is a header");
        };
        assert_eq!(name, "x-at", "header names are kept in lower case");
        assert_eq!(text.item, TextKind::Timestamp(TimestampFormat::HttpDate));
        let Location::Header { text, .. } = location(&plan.request, input, "epoch") else {
            panic!("epoch is a header");
        };
        assert_eq!(
            text.item,
            TextKind::Timestamp(TimestampFormat::EpochSeconds),
            "the member's own format wins"
        );
        let Location::Header { text, .. } = location(&plan.request, input, "tags") else {
            panic!("tags is a header");
        };
        assert!(text.list);
        assert_eq!(plan.idempotency_tokens, [6]);
        assert!(
            matches!(&plan.request.body, Body::Json { members, all: false, .. } if members == &[6]),
            "{:?}",
            plan.request.body
        );
        // A response whose members are all bound elsewhere still has a JSON body.
        assert!(
            matches!(&plan.response.body, Body::Json { members, all: false, .. } if members.is_empty())
        );
        assert!(matches!(
            plan.response.bindings[0].location,
            Location::ResponseCode
        ));
    }

    #[test]
    fn payloads_take_their_kind_and_media_type() {
        let service = lower(
            r#"{"method": "PUT", "uri": "/"}"#,
            r#""t#In": {"type": "structure", "members": {
                   "data": {"target": "t#Image", "traits": {"smithy.api#httpPayload": {}}}}},
               "t#Image": {"type": "blob", "traits": {"smithy.api#mediaType": "image/png"}},
               "t#Out": {"type": "structure", "members": {
                   "text": {"target": "smithy.api#String", "traits": {"smithy.api#httpPayload": {}}}}}"#,
        )
        .expect("lowers");
        let plan = plan(&service);
        assert!(matches!(
            plan.request.body,
            Body::Payload {
                member: 0,
                kind: PayloadKind::Blob,
                ..
            }
        ));
        assert_eq!(
            plan.request.content_type(),
            Some("image/png"),
            "the target's @mediaType is the Content-Type"
        );
        assert_eq!(plan.response.content_type(), Some("text/plain"));
    }

    #[test]
    fn aws_json_puts_every_member_in_the_body_and_names_the_target() {
        let text = r#"{"smithy": "2.0", "shapes": {
            "t#Store": {"type": "service", "operations": [{"target": "t#Put"}], "traits": {"aws.protocols#awsJson1_0": {}}},
            "t#Put": {"type": "operation", "input": {"target": "t#In"}, "traits": {"smithy.api#http": {"method": "PUT", "uri": "/{id}"}}},
            "t#In": {"type": "structure", "members": {
                "id": {"target": "smithy.api#String", "traits": {"smithy.api#httpLabel": {}, "smithy.api#required": {}}},
                "at": {"target": "smithy.api#Timestamp", "traits": {"smithy.api#httpHeader": "X-At"}}}}
        }}"#;
        let model = Model::from_json(text).expect("valid JSON");
        let service = super::super::lower(&model, None).unwrap_or_else(|d| panic!("{d}"));
        let plan = &service.operations[0].plan;
        assert_eq!(plan.method, "POST", "awsJson ignores `@http`");
        assert!(plan.path.is_empty());
        assert_eq!(plan.target.as_deref(), Some("Store.Put"));
        assert!(
            plan.request.bindings.is_empty(),
            "binding traits are ignored"
        );
        assert!(matches!(
            &plan.request.body,
            Body::Json { members, all: true, .. } if members == &[0, 1]
        ));
        assert_eq!(
            plan.request.content_type(),
            Some("application/x-amz-json-1.0")
        );
        // An output with no members still has a `{}` body.
        assert!(
            matches!(&plan.response.body, Body::Json { members, all: true, .. } if members.is_empty())
        );
    }

    #[test]
    fn bindings_the_protocol_cannot_carry_are_refused_naming_the_member() {
        let cases = [
            (
                r#"{"method": "GET", "uri": "/{missing}"}"#,
                r#""t#In": {"type": "structure", "members": {}}"#,
                "the URI label `{missing}` has no `@httpLabel` input member",
            ),
            (
                r#"{"method": "GET", "uri": "/"}"#,
                r#""t#In": {"type": "structure", "members": {
                       "id": {"target": "smithy.api#String", "traits": {"smithy.api#httpLabel": {}, "smithy.api#required": {}}}}}"#,
                "member `id` is an `@httpLabel` but the URI has no `{id}`",
            ),
            (
                r#"{"method": "GET", "uri": "/"}"#,
                r#""t#In": {"type": "structure", "members": {
                       "inner": {"target": "t#In2", "traits": {"smithy.api#httpHeader": "X-Inner"}}}},
                   "t#In2": {"type": "structure", "members": {}}"#,
                "member `inner` (`@httpHeader`) has a type that location cannot carry",
            ),
            (
                r#"{"method": "GET", "uri": "/"}"#,
                r#""t#In": {"type": "structure", "members": {
                       "bad": {"target": "smithy.api#String", "traits": {"smithy.api#httpHeader": "X Bad\n"}}}}"#,
                "is not a valid header name",
            ),
            (
                r#"{"method": "GET", "uri": "/"}"#,
                r#""t#In": {"type": "structure", "members": {
                       "names": {"target": "t#Sparse", "traits": {"smithy.api#httpQuery": "n"}}}},
                   "t#Sparse": {"type": "list", "member": {"target": "smithy.api#String"}, "traits": {"smithy.api#sparse": {}}}"#,
                "member `names` (`@httpQuery`) has a type that location cannot carry",
            ),
        ];
        for (http, input, expected) in cases {
            let shapes = format!(r#"{input}, "t#Out": {{"type": "structure", "members": {{}}}}"#);
            let error = lower(http, &shapes).expect_err("refused");
            assert!(
                error.contains(expected),
                "expected `{expected}` in:\n{error}"
            );
            assert!(error.contains("t#Op"), "names the operation:\n{error}");
        }
    }
}
