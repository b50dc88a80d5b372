//! Stage 2, *resolve*: the intermediate representation emitters read.
//!
//! Everything an emitter needs is decided here, once: Rust names, module paths,
//! wire names, docs, optionality, boxing, sensitivity, constraints and HTTP
//! bindings. Emitters never look back into the raw model.

mod http;
mod lower;
mod paginate;
mod plan;
mod waiters;

pub use waiters::{
    Acceptor, Comparator, Matcher, PathExpr, PathRoot, PathSeg, Waiter, WaiterState,
};

pub use http::{HttpBinding, HttpTrait, UriSegment};
pub use lower::lower;
pub use plan::{
    Binding, Body, HostPart, HttpPlan, Location, MessagePlan, PathPart, PayloadKind, TextKind,
    TextValue,
};

use crate::model::ShapeId;
use serde_json::Value;
use std::collections::BTreeMap;

/// The wire protocol a service speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    /// `aws.protocols#restJson1`: members bound to the URI, query, headers
    /// and body by the HTTP binding traits.
    RestJson1,
    /// `aws.protocols#awsJson1_0`: `POST /`, the operation in `X-Amz-Target`,
    /// every member in the JSON body.
    AwsJson1_0,
    /// `aws.protocols#awsJson1_1`: as 1.0, with its own media type.
    AwsJson1_1,
}

impl Protocol {
    /// Whether this is one of the awsJson protocols, which ignore HTTP binding traits.
    pub fn is_aws_json(self) -> bool {
        matches!(self, Protocol::AwsJson1_0 | Protocol::AwsJson1_1)
    }

    /// The media type of a JSON body.
    pub fn json_media_type(self) -> &'static str {
        match self {
            Protocol::RestJson1 => "application/json",
            Protocol::AwsJson1_0 => "application/x-amz-json-1.0",
            Protocol::AwsJson1_1 => "application/x-amz-json-1.1",
        }
    }

    /// The protocol's trait id, for messages.
    pub fn trait_id(self) -> &'static str {
        match self {
            Protocol::RestJson1 => crate::model::id::PROTOCOL_REST_JSON1,
            Protocol::AwsJson1_0 => crate::model::id::PROTOCOL_AWS_JSON1_0,
            Protocol::AwsJson1_1 => crate::model::id::PROTOCOL_AWS_JSON1_1,
        }
    }
}

/// A resolved service: the root of the IR.
#[derive(Debug, Clone)]
pub struct Service {
    /// The service shape's id.
    pub id: ShapeId,
    /// A human name for docs (`smithy.api#title`, else the sdkId, else the shape name).
    pub title: String,
    /// The `aws.api#service` sdkId when present.
    pub sdk_id: Option<String>,
    /// The service version string.
    pub version: String,
    /// Documentation in Markdown.
    pub docs: Option<String>,
    /// The wire protocol.
    pub protocol: Protocol,
    /// The SigV4 signing name (`aws.auth#sigv4`), when the service signs requests.
    pub sigv4_name: Option<String>,
    /// Operations sorted by name.
    pub operations: Vec<Operation>,
    /// Operations of the model left out, with why (event streams).
    pub omitted: Vec<(ShapeId, String)>,
    /// Waiters left out (operation, waiter, why): valid, but outside the JMESPath
    /// subset the generator evaluates; listed in the crate's docs.
    pub omitted_waiters: Vec<(ShapeId, String, String)>,
    /// Every named type (structure, union, enum) reachable from the operations, by shape id.
    pub types: BTreeMap<ShapeId, TypeDef>,
    /// Every error structure any operation can return, sorted by Rust name.
    pub errors: Vec<ShapeId>,
    /// The `smithy.rules#endpointRuleSet` document, kept as data for the endpoint resolver.
    pub endpoint_rule_set: Option<Value>,
    /// The `smithy.rules#endpointTests` document.
    pub endpoint_tests: Option<Value>,
}

/// One operation.
#[derive(Debug, Clone)]
pub struct Operation {
    /// The operation shape's id.
    pub id: ShapeId,
    /// The Rust type-name stem (`CreateTokenWithIam`).
    pub rust_name: String,
    /// The module / method name (`create_token_with_iam`).
    pub module_name: String,
    /// Documentation in Markdown.
    pub docs: Option<String>,
    /// The synthetic input structure (`<Op>Input`).
    pub input: Structure,
    /// The synthetic output structure (`<Op>Output`).
    pub output: Structure,
    /// The errors this operation can return (its own and the service's), sorted by Rust name.
    pub errors: Vec<ShapeId>,
    /// The `@http` binding.
    pub http: Option<HttpTrait>,
    /// Whether requests are signed with SigV4: the service signs, and the
    /// operation's `@auth` (when present) includes `aws.auth#sigv4`.
    pub signed: bool,
    /// Whether the operation is `@idempotent` or `@readonly` (safe to retry on any error).
    pub idempotent: bool,
    /// `@deprecated` message, when deprecated.
    pub deprecated: Option<String>,
    /// `@endpoint(hostPrefix: ..)`: put in front of the endpoint's host, with
    /// `{Label}`s naming `@hostLabel` input members.
    pub host_prefix: Option<String>,
    /// `@httpChecksumRequired`: the request carries a `Content-MD5` of its body.
    pub checksum_required: bool,
    /// `@requestCompression` encodings the client may apply (`gzip`).
    pub request_compression: Vec<String>,
    /// `@paginated`, merged with the service's defaults and resolved.
    pub paginated: Option<Paginated>,
    /// `smithy.waiters#waitable`: the waiters whose every acceptor resolved.
    pub waiters: Vec<Waiter>,
    /// Where each input and output member travels, resolved from the bindings.
    pub plan: HttpPlan,
}

/// How an operation pages: its `@paginated` trait over the service's, resolved
/// against its input and output (every member checked to exist and fit).
#[derive(Debug, Clone)]
pub struct Paginated {
    /// The input member the continuation token is sent in (`inputToken`).
    pub input_token: MemberPath,
    /// Where the output carries the next token (`outputToken`, may be nested);
    /// the same type as `input_token`.
    pub output_token: MemberPath,
    /// Where the output carries a page's items (`items`, may be nested): a list or map.
    pub items: Option<MemberPath>,
    /// The input member that caps a page's size (`pageSize`): an integer.
    pub page_size: Option<MemberPath>,
}

/// A member reached from an operation's input or output through structure
/// members, as `@paginated` names them (`page.nextToken`).
#[derive(Debug, Clone)]
pub struct MemberPath {
    /// The path as the model writes it.
    pub path: String,
    /// Each member on the way, the last one the member meant.
    pub steps: Vec<PathStep>,
    /// The type of the last member.
    pub target: TypeRef,
}

/// One member on a [`MemberPath`].
#[derive(Debug, Clone)]
pub struct PathStep {
    /// The Rust field name.
    pub field_name: String,
    /// Whether the field is `Option<_>`.
    pub optional: bool,
    /// Whether the value is boxed.
    pub boxed: bool,
}

/// A type the emitted crate defines.
#[derive(Debug, Clone)]
pub enum TypeDef {
    /// A structure (including error structures).
    Structure(Structure),
    /// A tagged union.
    Union(Union),
    /// A string enum (`enum` shape or `string` with `@enum`).
    Enum(Enum),
}

impl TypeDef {
    /// The Rust type name.
    pub fn rust_name(&self) -> &str {
        match self {
            TypeDef::Structure(s) => &s.rust_name,
            TypeDef::Union(u) => &u.rust_name,
            TypeDef::Enum(e) => &e.rust_name,
        }
    }
}

/// Where a structure lives in the emitted crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StructureRole {
    /// A plain data type in `types`.
    Data,
    /// An operation input in `operation::<op>`.
    Input,
    /// An operation output in `operation::<op>`.
    Output,
    /// An error in `types::error`.
    Error,
}

/// A structure with its members.
#[derive(Debug, Clone)]
pub struct Structure {
    /// The shape id (for inputs/outputs, the model shape; `smithy.api#Unit` when absent).
    pub id: ShapeId,
    /// The Rust type name.
    pub rust_name: String,
    /// The snake-case file stem (`_register_client_input`).
    pub file_stem: String,
    /// Where it lives.
    pub role: StructureRole,
    /// Documentation in Markdown.
    pub docs: Option<String>,
    /// Members in model order.
    pub members: Vec<Member>,
    /// Error details when this is an `@error` structure.
    pub error: Option<ErrorInfo>,
    /// Whether the whole structure is `@sensitive`.
    pub sensitive: bool,
    /// `@deprecated` message, when deprecated.
    pub deprecated: Option<String>,
}

impl Structure {
    /// Whether `build()` can fail: some member is required and has no default.
    /// Builders of other structures return the value itself, as aws-sdk's do.
    pub fn has_required_members(&self) -> bool {
        self.members
            .iter()
            .any(|m| !m.optional && m.default.is_none())
    }
}

/// What `@error` and `@httpError` say about an error structure.
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    /// The error code on the wire: the shape name.
    pub code: String,
    /// `client` or `server`.
    pub fault: ErrorFault,
    /// The status it is sent with: `@httpError`, else 400 for the client's
    /// fault and 500 for the service's.
    pub status: u16,
    /// Whether `@retryable` is present.
    pub retryable: bool,
    /// The Rust field name of the member carrying the human message, if any.
    pub message_field: Option<String>,
    /// Where its members travel in an error response.
    pub plan: MessagePlan,
}

/// Who is at fault for an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorFault {
    /// The caller.
    Client,
    /// The service.
    Server,
}

/// A structure member.
#[derive(Debug, Clone)]
pub struct Member {
    /// The member name in the model.
    pub name: String,
    /// The Rust field name (may be `r#type`).
    pub field_name: String,
    /// The key used in JSON bodies (`@jsonName` under restJson1, else the member name).
    pub json_name: String,
    /// Documentation in Markdown (member docs, else the target's docs).
    pub docs: Option<String>,
    /// The Rust-level type of the member.
    pub target: TypeRef,
    /// Whether `@required` applies.
    pub required: bool,
    /// The `@default` value, when the member has a non-null default.
    pub default: Option<DefaultValue>,
    /// Whether the Rust field is `Option<_>`.
    pub optional: bool,
    /// Whether the value is boxed to break a cycle of structures.
    pub boxed: bool,
    /// Whether the member or what it holds is `@sensitive`.
    pub sensitive: bool,
    /// Validation constraints from the member and its target.
    pub constraints: Constraints,
    /// The HTTP binding (body unless a binding trait says otherwise).
    pub http: HttpBinding,
    /// The timestamp format for timestamp members, when one is set.
    pub timestamp_format: Option<TimestampFormat>,
    /// `@deprecated` message, when deprecated.
    pub deprecated: Option<String>,
    /// Whether the member is an `@idempotencyToken`.
    pub idempotency_token: bool,
    /// The `@mediaType` of a string or blob target (a string's header form
    /// is base64; a payload's `Content-Type` is its media type).
    pub media_type: Option<String>,
}

/// A member's type as Rust sees it.
#[derive(Debug, Clone, PartialEq)]
pub enum TypeRef {
    /// `blob` → `Blob`, or `ByteStream` when `@streaming`.
    Blob {
        /// Whether the blob is `@streaming`.
        streaming: bool,
        /// Whether a stream must declare its length (`@requiresLength`).
        requires_length: bool,
    },
    /// `boolean` → `bool`
    Boolean,
    /// `string` → `String`
    String,
    /// `byte` → `i8`
    Byte,
    /// `short` → `i16`
    Short,
    /// `integer` and `intEnum` → `i32`
    Integer,
    /// `long` → `i64`
    Long,
    /// `float` → `f32`
    Float,
    /// `double` → `f64`
    Double,
    /// `bigInteger` → `BigInteger`
    BigInteger,
    /// `bigDecimal` → `BigDecimal`
    BigDecimal,
    /// `timestamp` → `DateTime`
    Timestamp,
    /// `document` → `Document`
    Document,
    /// A structure, union or enum the crate defines.
    Named(ShapeId),
    /// `list` → `Vec<T>` (`Vec<Option<T>>` when sparse)
    List {
        /// The element type.
        member: Box<TypeRef>,
        /// Whether the list is `@sparse`.
        sparse: bool,
    },
    /// `map` → `HashMap<String, V>` (`HashMap<String, Option<V>>` when sparse)
    Map {
        /// The value type (keys are strings, or string enums read as strings).
        value: Box<TypeRef>,
        /// Whether the map is `@sparse`.
        sparse: bool,
    },
}

impl TypeRef {
    /// Whether the type is a `@streaming` blob (a `ByteStream`: read once,
    /// neither `Clone` nor `PartialEq`, never in a JSON document).
    pub fn is_stream(&self) -> bool {
        matches!(
            self,
            TypeRef::Blob {
                streaming: true,
                ..
            }
        )
    }

    /// Whether the Rust type is `Copy` and small, so getters return it by value.
    pub fn is_copy(&self) -> bool {
        matches!(
            self,
            TypeRef::Boolean
                | TypeRef::Byte
                | TypeRef::Short
                | TypeRef::Integer
                | TypeRef::Long
                | TypeRef::Float
                | TypeRef::Double
        )
    }
}

/// A member's `@default` value, resolved against its target type.
#[derive(Debug, Clone, PartialEq)]
pub enum DefaultValue {
    /// The Rust type's own `Default` (`false`, `0`, `""`, empty list or map).
    ZeroValue,
    /// A boolean other than `false`.
    Bool(bool),
    /// A whole number other than zero.
    Integer(i64),
    /// A float other than zero.
    Float(f64),
    /// A non-empty string.
    String(String),
    /// An enum value given by its wire string.
    Enum(String),
    /// A timestamp given in epoch seconds.
    Timestamp(i64),
}

/// Validation constraints (`@length`, `@range`, `@pattern`, `@uniqueItems`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Constraints {
    /// `@length` bounds.
    pub length: Option<(Option<u64>, Option<u64>)>,
    /// `@range` bounds, as written (they may be decimals).
    pub range: Option<(Option<serde_json::Number>, Option<serde_json::Number>)>,
    /// `@pattern` regular expression.
    pub pattern: Option<String>,
    /// `@uniqueItems`.
    pub unique_items: bool,
}

/// The wire format of a timestamp.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimestampFormat {
    /// Seconds since the Unix epoch, as a number.
    EpochSeconds,
    /// RFC 3339.
    DateTime,
    /// IMF-fixdate.
    HttpDate,
}

/// A tagged union.
#[derive(Debug, Clone)]
pub struct Union {
    /// The shape id.
    pub id: ShapeId,
    /// The Rust type name.
    pub rust_name: String,
    /// The file stem.
    pub file_stem: String,
    /// Documentation in Markdown.
    pub docs: Option<String>,
    /// Variants in model order; `target` is `None` for `smithy.api#Unit` members.
    pub variants: Vec<UnionVariant>,
    /// Whether the union is `@sensitive`.
    pub sensitive: bool,
    /// Whether the union is an event stream (`@streaming`).
    pub streaming: bool,
}

/// One member of a union.
#[derive(Debug, Clone)]
pub struct UnionVariant {
    /// The member name in the model.
    pub name: String,
    /// The Rust variant name.
    pub variant_name: String,
    /// The snake-case stem for `as_*`/`is_*` helpers.
    pub method_stem: String,
    /// The key used in JSON.
    pub json_name: String,
    /// Documentation in Markdown.
    pub docs: Option<String>,
    /// The variant's data, `None` for unit variants.
    pub target: Option<TypeRef>,
    /// Whether the data is boxed to break a cycle.
    pub boxed: bool,
    /// Whether the data is sensitive.
    pub sensitive: bool,
    /// Timestamp format, for timestamp variants.
    pub timestamp_format: Option<TimestampFormat>,
}

/// A string enum.
#[derive(Debug, Clone)]
pub struct Enum {
    /// The shape id.
    pub id: ShapeId,
    /// The Rust type name.
    pub rust_name: String,
    /// The file stem.
    pub file_stem: String,
    /// Documentation in Markdown.
    pub docs: Option<String>,
    /// Known values in model order.
    pub variants: Vec<EnumVariant>,
    /// Whether the enum is `@sensitive`.
    pub sensitive: bool,
}

/// One known value of a string enum.
#[derive(Debug, Clone)]
pub struct EnumVariant {
    /// The Rust variant name.
    pub variant_name: String,
    /// The string on the wire.
    pub value: String,
    /// Documentation in Markdown.
    pub docs: Option<String>,
    /// `@deprecated` message, when deprecated.
    pub deprecated: Option<String>,
}
