//! `cargo xtask protocol-tests`: botocore's protocol suites run against a
//! generated client and, in reverse, its dispatcher.
//!
//! The suites (`../shared/protocol-tests/<suite>.input.json` and
//! `.output.json`, the Smithy protocol tests in botocore's test format) are
//! read at run time, never copied into the repository. Each file becomes one
//! Smithy JSON AST model (`convert`), the model one crate (through
//! `codegen::generate`), and a small runner (`xtask/templates/protocol_runner.rs`)
//! drives every case through the crate's `cli::call` on the scripted mock HTTP
//! client, then in reverse through the crate's `server::Dispatcher` (with a
//! handler xtask writes from the IR: `handler_source`). This module then
//! compares what the runner saw with the case: the request sent for an input
//! case, the parsed output or error for an output case; on the server side
//! the input the handler was given, and the response the dispatcher wrote.
//! The failures must be exactly the cases listed in
//! `tests/protocol/<suite>.skip` (`server-` in front for the dispatcher's), so
//! the list can only shrink.

use crate::scratch::{self, write_if_changed};
use base64::Engine as _;
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// Options of `cargo xtask protocol-tests`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The suite: `<suite>.input.json` and `<suite>.output.json` in ../shared/protocol-tests.
    #[arg(long, default_value = "rest-json")]
    suite: String,
    /// Where the suites are [default: ../shared/protocol-tests beside the workspace].
    #[arg(long, value_name = "DIR")]
    data: Option<PathBuf>,
    /// Rewrite the skip list to the cases that fail now (keeping the reasons of
    /// cases already listed).
    #[arg(long)]
    update_skips: bool,
}

/// The namespace of the converted models.
const NAMESPACE: &str = "aws.protocoltests.restjson";
/// Where requests go unless a suite names a `clientEndpoint`.
const DEFAULT_ENDPOINT: &str = "https://example.com";
/// The runner program, compiled in the scratch workspace.
const RUNNER: &str = include_str!("../templates/protocol_runner.rs");

/// The protocol of a suite, named by its file (`rest-json`, `json`, `json_1_0`).
///
/// Not `codegen::ir::Protocol`, on purpose: the harness builds the requests it
/// sends the dispatcher from what the protocol specs say (trait id, media
/// type), and taking them from the generator would let a generator mistake
/// agree with itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Protocol {
    RestJson1,
    AwsJson1_0,
    AwsJson1_1,
}

impl Protocol {
    fn of_suite(suite: &str) -> Option<Self> {
        match suite {
            "rest-json" => Some(Protocol::RestJson1),
            "json" => Some(Protocol::AwsJson1_1),
            "json_1_0" => Some(Protocol::AwsJson1_0),
            _ => None,
        }
    }

    fn trait_id(self) -> &'static str {
        match self {
            Protocol::RestJson1 => "aws.protocols#restJson1",
            Protocol::AwsJson1_0 => "aws.protocols#awsJson1_0",
            Protocol::AwsJson1_1 => "aws.protocols#awsJson1_1",
        }
    }

    fn media_type(self) -> &'static str {
        match self {
            Protocol::RestJson1 => "application/json",
            Protocol::AwsJson1_0 => "application/x-amz-json-1.0",
            Protocol::AwsJson1_1 => "application/x-amz-json-1.1",
        }
    }

    fn is_aws_json(self) -> bool {
        self != Protocol::RestJson1
    }
}

pub fn run(args: &Args, root: &Path) -> i32 {
    let Some(protocol) = Protocol::of_suite(&args.suite) else {
        eprintln!(
            "error: no converter for suite `{}`: the suites that run are rest-json (restJson1), json (awsJson1_1) and json_1_0 (awsJson1_0)",
            args.suite
        );
        return 2;
    };
    let data = args
        .data
        .clone()
        .unwrap_or_else(|| root.join("../shared/protocol-tests"));
    let mut directions = Vec::new();
    for direction in [Direction::Request, Direction::Response] {
        let path = data.join(format!("{}.{}.json", args.suite, direction.file_part()));
        if path.is_file() {
            directions.push((direction, path));
        }
    }
    if directions.is_empty() {
        println!(
            "skipping the protocol tests: no {}.input.json or .output.json in {} \
             (the suites live in ../shared beside the repository)",
            args.suite,
            data.display()
        );
        if std::env::var_os("SDK_TESTS_REQUIRE_SHARED").is_some() {
            eprintln!("error: SDK_TESTS_REQUIRE_SHARED is set, so a skip is a failure");
            return 1;
        }
        return 0;
    }

    let started = Instant::now();
    let mut crates = Vec::new();
    let mut cases = Vec::new();
    for (direction, path) in &directions {
        let suites = match std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|text| serde_json::from_str::<Value>(&text).map_err(|e| e.to_string()))
        {
            Ok(Value::Array(suites)) => suites,
            Ok(_) => {
                eprintln!("error: {} is not a list of suites", path.display());
                return 2;
            }
            Err(error) => {
                eprintln!("error: cannot read {}: {error}", path.display());
                return 2;
            }
        };
        match convert(&suites, *direction, protocol) {
            Ok(converted) => {
                crates.push((*direction, converted.model));
                // Every case runs twice: against the client, then in reverse
                // against the dispatcher.
                let reversed: Vec<Case> = converted
                    .cases
                    .iter()
                    .map(|case| Case {
                        side: Side::Server,
                        ..case.clone()
                    })
                    .collect();
                cases.extend(converted.cases);
                cases.extend(reversed);
            }
            Err(error) => {
                eprintln!("error: cannot convert {}: {error}", path.display());
                return 2;
            }
        }
    }

    let scratch = crate::target_dir(root)
        .join("protocol-tests")
        .join(&args.suite);
    let outcomes = match generate_and_run(&scratch, root, &args.suite, &crates, &cases) {
        Ok(outcomes) => outcomes,
        Err(error) => {
            eprintln!("error: {error}");
            return 1;
        }
    };

    let mut failures: BTreeMap<String, String> = BTreeMap::new();
    let mut totals: BTreeMap<(Side, Direction), (usize, usize)> = BTreeMap::new();
    for case in &cases {
        let verdict = match &case.refused {
            Some(reason) => Err(reason.clone()),
            None => match outcomes.get(&case.label()) {
                Some(outcome) => check(case, outcome),
                None => Err("the runner reported nothing for this case".to_owned()),
            },
        };
        let total = totals.entry((case.side, case.direction)).or_default();
        total.1 += 1;
        match verdict {
            Ok(()) => total.0 += 1,
            Err(reason) => {
                failures.insert(case.label(), one_line(&reason));
            }
        }
    }
    let counts = |side: Side| -> String {
        totals
            .iter()
            .filter(|((s, _), _)| *s == side)
            .map(|((_, direction), (passed, all))| {
                format!("{} cases {passed}/{all}", direction.noun())
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    println!(
        "{}: client: {}; dispatcher: {} ({:.1} s)",
        args.suite,
        counts(Side::Client),
        counts(Side::Server),
        started.elapsed().as_secs_f64()
    );
    for (label, reason) in &failures {
        println!("FAIL {label}: {reason}");
    }

    let skip_path = root
        .join("tests/protocol")
        .join(format!("{}.skip", args.suite));
    let known: BTreeSet<String> = cases.iter().map(Case::label).collect();
    let ran: BTreeSet<Direction> = directions.iter().map(|(d, _)| *d).collect();
    if args.update_skips {
        return update_skip_list(&skip_path, &failures, &ran);
    }
    compare_with_skip_list(&skip_path, &failures, &known, &ran)
}

/// Which way a case goes: a request the client sends, or a response it reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Direction {
    Request,
    Response,
}

impl Direction {
    fn file_part(self) -> &'static str {
        match self {
            Direction::Request => "input",
            Direction::Response => "output",
        }
    }

    fn noun(self) -> &'static str {
        match self {
            Direction::Request => "request",
            Direction::Response => "response",
        }
    }
}

/// What a case runs against: the generated client, or the generated
/// dispatcher with the case in reverse (the serialized request must parse to
/// the case's params; the case's result must serialize to its response).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Side {
    Client,
    Server,
}

impl Side {
    fn prefix(self) -> &'static str {
        match self {
            Side::Client => "",
            Side::Server => "server-",
        }
    }
}

/// One case, ready for the runner and for the check after it.
#[derive(Debug, Clone)]
struct Case {
    id: String,
    side: Side,
    direction: Direction,
    /// The operation's name in the converted model.
    operation: String,
    endpoint: String,
    /// `params` as `cli::call` reads them (blobs in base64).
    input: Value,
    /// For output cases: the scripted response.
    reply: Option<Value>,
    /// The operation's `(method, uri)` in the converted model.
    route: (String, String),
    /// What the dispatcher's handler returns: `{"output": document}` or
    /// `{"error": code, "members": document}` (documents as `cli::call` takes them).
    answer: Value,
    /// The botocore case (`serialized`, `result`, `errorCode`...).
    expected: Value,
    /// The input and output shapes and the suite's shapes, to read an input or
    /// output as botocore writes it.
    input_shape: Option<String>,
    output_shape: Option<String>,
    shapes: Map<String, Value>,
    /// Why the case cannot run at all.
    refused: Option<String>,
    /// The suite's protocol.
    protocol: Protocol,
    /// Under awsJson, the `X-Amz-Target` naming the operation.
    target: Option<String>,
}

impl Case {
    /// Case ids repeat between the input and output files, and every case runs
    /// on both sides: the label says which (`request:`, `server-response:`...).
    fn label(&self) -> String {
        format!(
            "{}{}:{}",
            self.side.prefix(),
            self.direction.noun(),
            self.id
        )
    }
}

/// A converted file: its model and its cases.
struct Converted {
    model: Value,
    cases: Vec<Case>,
}

// ---------------------------------------------------------------------------
// The converter: botocore suites → one Smithy JSON AST 2.0 model.
// ---------------------------------------------------------------------------

/// Converts every suite of a file into one model, with one operation per
/// distinct `given` of a suite. Shapes are prefixed with their suite
/// (`S12_Input`) so suites cannot clash, except error shapes: a client matches
/// errors by shape name, so they keep theirs (and must agree across suites).
fn convert(
    suites: &[Value],
    direction: Direction,
    protocol: Protocol,
) -> Result<Converted, String> {
    // awsJson names the operation `<service>.<operation>`: the service is
    // named after the suites' target prefix.
    let service = suites
        .first()
        .and_then(|suite| suite.get("metadata"))
        .and_then(|m| str_at(m, "targetPrefix"))
        .filter(|_| protocol.is_aws_json())
        .unwrap_or("RestJson")
        .to_owned();
    let mut model = Model {
        protocol: Some(protocol),
        service,
        ..Model::default()
    };
    let mut cases = Vec::new();
    for (index, suite) in suites.iter().enumerate() {
        let shapes = suite
            .get("shapes")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        let suite_ref = SuiteShapes {
            index,
            shapes: &shapes,
        };
        for (name, shape) in &shapes {
            model.shape(&suite_ref, name, shape)?;
        }
        let endpoint = suite
            .get("clientEndpoint")
            .and_then(Value::as_str)
            .unwrap_or(DEFAULT_ENDPOINT)
            .to_owned();
        let mut operations: BTreeMap<String, String> = BTreeMap::new();
        for case in suite
            .get("cases")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let id = str_at(case, "id").unwrap_or("(no id)").to_owned();
            let given = case.get("given").cloned().unwrap_or(Value::Null);
            let mut key = given.clone();
            if let Some(object) = key.as_object_mut() {
                object.remove("documentation");
            }
            let key = key.to_string();
            let operation = match operations.get(&key) {
                Some(name) => Ok(name.clone()),
                None => model.operation(&suite_ref, &given).inspect(|name| {
                    operations.insert(key, name.clone());
                }),
            };
            let (operation, refused) = match operation {
                Ok(name) => (name, None),
                Err(error) => (String::new(), Some(format!("not converted: {error}"))),
            };
            let input_shape = given
                .get("input")
                .and_then(|i| str_at(i, "shape"))
                .map(str::to_owned);
            let params = case.get("params").cloned().unwrap_or_else(|| json!({}));
            let input = match &input_shape {
                Some(shape) => cli_input(&params, shape, &shapes),
                None => params,
            };
            let answer = match str_at(case, "errorCode") {
                Some(code) => json!({
                    "error": code,
                    "members": cli_input(case.get("error").unwrap_or(&json!({})), code, &shapes),
                }),
                None => {
                    let result = case.get("result").cloned().unwrap_or_else(|| json!({}));
                    let output_shape = given.get("output").and_then(|o| str_at(o, "shape"));
                    json!({"output": match output_shape {
                        Some(shape) => cli_input(&result, shape, &shapes),
                        None => result,
                    }})
                }
            };
            let reply = case.get("response").map(|response| {
                let headers: Vec<Value> = response
                    .get("headers")
                    .and_then(Value::as_object)
                    .into_iter()
                    .flatten()
                    .map(|(name, value)| json!([name, value.as_str().unwrap_or_default()]))
                    .collect();
                json!({
                    "status": response.get("status_code").and_then(Value::as_u64).unwrap_or(200),
                    "headers": headers,
                    "body": response.get("body").and_then(Value::as_str).unwrap_or_default(),
                })
            });
            let route = model.routes.get(&operation).cloned().unwrap_or_default();
            let target = protocol
                .is_aws_json()
                .then(|| format!("{}.{operation}", model.service));
            cases.push(Case {
                id,
                route,
                side: Side::Client,
                direction,
                operation,
                endpoint: endpoint.clone(),
                input,
                reply,
                answer,
                expected: case.clone(),
                input_shape,
                output_shape: given
                    .get("output")
                    .and_then(|o| str_at(o, "shape"))
                    .map(str::to_owned),
                shapes: shapes.clone(),
                refused,
                protocol,
                target,
            });
        }
    }
    Ok(Converted {
        model: model.finish(),
        cases,
    })
}

/// The shapes of one suite, and its number for prefixes.
struct SuiteShapes<'a> {
    index: usize,
    shapes: &'a Map<String, Value>,
}

impl SuiteShapes<'_> {
    fn get(&self, name: &str) -> Result<&Value, String> {
        self.shapes
            .get(name)
            .ok_or_else(|| format!("suite {} has no shape `{name}`", self.index))
    }

    fn is_error(&self, name: &str) -> bool {
        self.shapes
            .get(name)
            .is_some_and(|s| s.get("exception").is_some() || s.get("error").is_some())
    }

    /// The absolute id of the suite's shape `name`.
    fn id(&self, name: &str) -> String {
        if self.is_error(name) {
            format!("{NAMESPACE}#{name}")
        } else {
            format!("{NAMESPACE}#S{}_{name}", self.index)
        }
    }
}

/// The model being built.
#[derive(Default)]
struct Model {
    /// The protocol of the service (restJson1 when unset).
    protocol: Option<Protocol>,
    /// The service shape's name.
    service: String,
    shapes: Map<String, Value>,
    operations: Vec<String>,
    operation_names: BTreeSet<String>,
    /// Each operation's `(method, uri)`, so a repeated route can be told apart.
    routes: BTreeMap<String, (String, String)>,
    /// Error shapes already converted, with their botocore definition.
    errors: BTreeMap<String, Value>,
}

impl Model {
    fn finish(mut self) -> Value {
        let operations: Vec<Value> = self
            .operations
            .iter()
            .map(|name| json!({"target": format!("{NAMESPACE}#{name}")}))
            .collect();
        let protocol = self.protocol.unwrap_or(Protocol::RestJson1).trait_id();
        let mut traits = Map::new();
        traits.insert(protocol.to_owned(), json!({}));
        traits.insert(
            "smithy.api#title".to_owned(),
            json!(format!("botocore {protocol} protocol tests")),
        );
        self.shapes.insert(
            format!("{NAMESPACE}#{}", self.service),
            json!({
                "type": "service",
                "version": "2019-12-16",
                "operations": operations,
                "traits": traits,
            }),
        );
        json!({"smithy": "2.0", "shapes": self.shapes})
    }

    /// Converts shape `name` of a suite.
    fn shape(&mut self, suite: &SuiteShapes<'_>, name: &str, shape: &Value) -> Result<(), String> {
        if suite.is_error(name) {
            let mut bare = shape.clone();
            strip_documentation(&mut bare);
            if let Some(first) = self.errors.get(name) {
                // Already converted from an earlier suite, whose nested shapes it uses.
                return if *first == bare {
                    Ok(())
                } else {
                    Err(format!(
                        "error shape `{name}` differs between suites; errors keep their name, so it cannot"
                    ))
                };
            }
            self.errors.insert(name.to_owned(), bare);
        }
        let kind = str_at(shape, "type").unwrap_or_default();
        let mut traits = Map::new();
        let converted = match kind {
            "structure" if shape.get("document").is_some_and(truthy) => json!({"type": "document"}),
            "structure" => {
                let union = shape.get("union").is_some_and(truthy);
                let members = self.members(suite, name, shape)?;
                if let Some(error) = shape.get("error") {
                    let status = error.get("httpStatusCode").and_then(Value::as_u64);
                    let server = shape.get("fault").is_some_and(truthy)
                        || (error.get("senderFault").is_none() && status.is_some_and(|s| s >= 500));
                    traits.insert(
                        "smithy.api#error".into(),
                        json!(if server { "server" } else { "client" }),
                    );
                    if let Some(status) = status {
                        traits.insert("smithy.api#httpError".into(), json!(status));
                    }
                } else if shape.get("exception").is_some_and(truthy) {
                    let server = shape.get("fault").is_some_and(truthy);
                    traits.insert(
                        "smithy.api#error".into(),
                        json!(if server { "server" } else { "client" }),
                    );
                }
                json!({"type": if union { "union" } else { "structure" }, "members": members})
            }
            "list" => {
                let member = shape
                    .get("member")
                    .and_then(|m| str_at(m, "shape"))
                    .ok_or_else(|| format!("list `{name}` has no member"))?;
                json!({"type": "list", "member": {"target": suite.id(member)}})
            }
            "map" => {
                let key = shape.get("key").and_then(|m| str_at(m, "shape"));
                let value = shape.get("value").and_then(|m| str_at(m, "shape"));
                let (Some(key), Some(value)) = (key, value) else {
                    return Err(format!("map `{name}` needs a key and a value"));
                };
                json!({"type": "map", "key": {"target": suite.id(key)}, "value": {"target": suite.id(value)}})
            }
            "string" => {
                if let Some(values) = shape.get("enum").and_then(Value::as_array) {
                    let values: Vec<Value> = values.iter().map(|v| json!({"value": v})).collect();
                    traits.insert("smithy.api#enum".into(), Value::Array(values));
                }
                json!({"type": "string"})
            }
            "timestamp" => {
                if let Some(format) = str_at(shape, "timestampFormat") {
                    let format = match format {
                        "iso8601" => "date-time",
                        "unixTimestamp" => "epoch-seconds",
                        "rfc822" => "http-date",
                        other => return Err(format!("unknown timestampFormat `{other}`")),
                    };
                    traits.insert("smithy.api#timestampFormat".into(), json!(format));
                }
                json!({"type": "timestamp"})
            }
            "integer" | "long" | "float" | "double" | "boolean" | "blob" | "byte" | "short"
            | "bigInteger" | "bigDecimal" => json!({"type": kind}),
            other => return Err(format!("shape `{name}` has an unknown type `{other}`")),
        };
        let mut converted = converted;
        if !traits.is_empty() {
            converted["traits"] = Value::Object(traits);
        }
        self.shapes.insert(suite.id(name), converted);
        Ok(())
    }

    /// The members of structure `owner`, with botocore's locations as HTTP binding traits.
    fn members(
        &mut self,
        suite: &SuiteShapes<'_>,
        owner: &str,
        shape: &Value,
    ) -> Result<Map<String, Value>, String> {
        let payload = str_at(shape, "payload");
        let required: Vec<&str> = shape
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let mut members = Map::new();
        for (name, member) in shape
            .get("members")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            let target_name = str_at(member, "shape")
                .ok_or_else(|| format!("member `{owner}.{name}` has no shape"))?;
            let target = suite.get(target_name)?;
            let location_name = str_at(member, "locationName");
            let mut traits = Map::new();
            match str_at(member, "location") {
                Some("uri") => {
                    traits.insert("smithy.api#httpLabel".into(), json!({}));
                }
                Some("querystring") if str_at(target, "type") == Some("map") => {
                    traits.insert("smithy.api#httpQueryParams".into(), json!({}));
                }
                Some("querystring") => {
                    traits.insert(
                        "smithy.api#httpQuery".into(),
                        json!(location_name.unwrap_or(name)),
                    );
                }
                Some("header") => {
                    traits.insert(
                        "smithy.api#httpHeader".into(),
                        json!(location_name.unwrap_or(name)),
                    );
                }
                Some("headers") => {
                    traits.insert(
                        "smithy.api#httpPrefixHeaders".into(),
                        json!(location_name.unwrap_or_default()),
                    );
                }
                Some("statusCode") => {
                    traits.insert("smithy.api#httpResponseCode".into(), json!({}));
                }
                Some(other) => {
                    return Err(format!(
                        "member `{owner}.{name}` has an unknown location `{other}`"
                    ))
                }
                None => {
                    if let Some(wire) = location_name.filter(|wire| wire != name) {
                        traits.insert("smithy.api#jsonName".into(), json!(wire));
                    }
                }
            }
            if payload == Some(name.as_str()) {
                traits.insert("smithy.api#httpPayload".into(), json!({}));
            }
            if required.contains(&name.as_str()) {
                traits.insert("smithy.api#required".into(), json!({}));
            }
            if member.get("hostLabel").is_some_and(truthy) {
                traits.insert("smithy.api#hostLabel".into(), json!({}));
            }
            if member.get("idempotencyToken").is_some_and(truthy) {
                traits.insert("smithy.api#idempotencyToken".into(), json!({}));
            }
            let mut target_id = suite.id(target_name);
            if member.get("jsonvalue").is_some_and(truthy) {
                // `@mediaType` is a trait of the string shape: one of its own.
                target_id = format!("{NAMESPACE}#S{}_{owner}_{name}_JsonValue", suite.index);
                self.shapes.insert(
                    target_id.clone(),
                    json!({"type": "string", "traits": {"smithy.api#mediaType": "application/json"}}),
                );
            }
            let mut converted = json!({"target": target_id});
            if !traits.is_empty() {
                converted["traits"] = Value::Object(traits);
            }
            members.insert(name.clone(), converted);
        }
        Ok(members)
    }

    /// Converts a case's `given` into an operation; its name in the model.
    fn operation(&mut self, suite: &SuiteShapes<'_>, given: &Value) -> Result<String, String> {
        let base = str_at(given, "name").ok_or("the case's `given` has no name")?;
        let mut name = base.to_owned();
        let mut n = 2;
        while self.operation_names.contains(&name) {
            name = format!("{base}{n}");
            n += 1;
        }
        let http = given
            .get("http")
            .ok_or("the case's `given` has no `http`")?;
        let method = str_at(http, "method").ok_or("`http` has no method")?;
        let mut uri = str_at(http, "requestUri")
            .ok_or("`http` has no requestUri")?
            .to_owned();
        let mut operation = Map::new();
        operation.insert("type".into(), json!("operation"));
        for (key, smithy_key) in [("input", "input"), ("output", "output")] {
            if let Some(shape) = given.get(key).and_then(|s| str_at(s, "shape")) {
                operation.insert(smithy_key.into(), json!({"target": suite.id(shape)}));
            }
        }
        // Smithy names a label after its member; botocore after the member's locationName.
        if let Some(input) = given.get("input").and_then(|s| str_at(s, "shape")) {
            for (member, definition) in suite
                .get(input)?
                .get("members")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                if str_at(definition, "location") == Some("uri") {
                    let wire = str_at(definition, "locationName").unwrap_or(member);
                    uri = uri
                        .replace(&format!("{{{wire}}}"), &format!("{{{member}}}"))
                        .replace(&format!("{{{wire}+}}"), &format!("{{{member}+}}"));
                }
            }
        }
        let errors: Vec<Value> = given
            .get("errors")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|e| str_at(e, "shape"))
            .map(|e| json!({"target": suite.id(e)}))
            .collect();
        if !errors.is_empty() {
            operation.insert("errors".into(), Value::Array(errors));
        }
        let mut traits = Map::new();
        // Suites that share an operation name and route but not its errors
        // become operations with the same route, which a dispatcher cannot
        // tell apart: later ones get a query literal of their own (clients
        // send it; no request case has such a twin). awsJson routes by name.
        let aws_json = self.protocol.is_some_and(Protocol::is_aws_json);
        if !aws_json
            && self.routes.values().any(|(m, u)| {
                m == method
                    && (*u == uri
                        || u.starts_with(&format!("{uri}?protocolTestOperation="))
                        || u.starts_with(&format!("{uri}&protocolTestOperation=")))
            })
        {
            let separator = if uri.contains('?') { '&' } else { '?' };
            uri = format!("{uri}{separator}protocolTestOperation={name}");
        }
        self.routes
            .insert(name.clone(), (method.to_owned(), uri.clone()));
        let mut http_trait = json!({"method": method, "uri": uri});
        if let Some(code) = http.get("responseCode") {
            http_trait["code"] = code.clone();
        }
        traits.insert("smithy.api#http".into(), http_trait);
        if given.get("idempotent").is_some_and(truthy) {
            traits.insert("smithy.api#idempotent".into(), json!({}));
        }
        if let Some(prefix) = given.get("endpoint").and_then(|e| str_at(e, "hostPrefix")) {
            traits.insert("smithy.api#endpoint".into(), json!({"hostPrefix": prefix}));
        }
        if given.get("httpChecksumRequired").is_some_and(truthy) {
            traits.insert("smithy.api#httpChecksumRequired".into(), json!({}));
        }
        if let Some(compression) = given.get("requestcompression") {
            traits.insert(
                "smithy.api#requestCompression".into(),
                json!({"encodings": compression.get("encodings").cloned().unwrap_or(json!([]))}),
            );
        }
        operation.insert("traits".into(), Value::Object(traits));
        self.shapes
            .insert(format!("{NAMESPACE}#{name}"), Value::Object(operation));
        self.operation_names.insert(name.clone());
        self.operations.push(name.clone());
        Ok(name)
    }
}

fn strip_documentation(value: &mut Value) {
    match value {
        Value::Object(object) => {
            object.remove("documentation");
            object.values_mut().for_each(strip_documentation);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_documentation),
        _ => {}
    }
}

fn str_at<'a>(value: &'a Value, key: &str) -> Option<&'a str> {
    value.get(key).and_then(Value::as_str)
}

fn truthy(value: &Value) -> bool {
    !matches!(value, Value::Null | Value::Bool(false))
}

/// `params` as the generated `cli::call` reads them: botocore gives blobs as
/// raw text, the command line takes base64.
fn cli_input(value: &Value, shape_name: &str, shapes: &Map<String, Value>) -> Value {
    let Some(shape) = shapes.get(shape_name) else {
        return value.clone();
    };
    match (str_at(shape, "type"), value) {
        (Some("blob"), Value::String(raw)) => {
            Value::String(base64::engine::general_purpose::STANDARD.encode(raw))
        }
        // As text, the decimals are read exactly (as a JSON number, through f64,
        // 946845296.123 comes back as .123000026).
        (Some("timestamp"), Value::Number(seconds)) => {
            date_time(&seconds.to_string()).map_or_else(|| value.clone(), Value::String)
        }
        (Some("structure"), Value::Object(object))
            if !shape.get("document").is_some_and(truthy) =>
        {
            Value::Object(
                object
                    .iter()
                    .map(|(name, v)| {
                        let member = shape
                            .get("members")
                            .and_then(|m| m.get(name))
                            .and_then(|m| str_at(m, "shape"));
                        let v = member.map_or_else(|| v.clone(), |m| cli_input(v, m, shapes));
                        (name.clone(), v)
                    })
                    .collect(),
            )
        }
        (Some("list"), Value::Array(items)) => {
            let member = shape.get("member").and_then(|m| str_at(m, "shape"));
            Value::Array(
                items
                    .iter()
                    .map(|v| member.map_or_else(|| v.clone(), |m| cli_input(v, m, shapes)))
                    .collect(),
            )
        }
        (Some("map"), Value::Object(object)) => {
            let member = shape.get("value").and_then(|m| str_at(m, "shape"));
            Value::Object(
                object
                    .iter()
                    .map(|(k, v)| {
                        let v = member.map_or_else(|| v.clone(), |m| cli_input(v, m, shapes));
                        (k.clone(), v)
                    })
                    .collect(),
            )
        }
        _ => value.clone(),
    }
}

// ---------------------------------------------------------------------------
// The scratch workspace: the generated crates and the runner.
// ---------------------------------------------------------------------------

fn crate_dir(direction: Direction) -> &'static str {
    direction.file_part()
}

/// Generates a crate per model and the runner beside them, builds the
/// runner, runs every case through it; what it saw, by case label.
fn generate_and_run(
    scratch: &Path,
    root: &Path,
    suite: &str,
    crates: &[(Direction, Value)],
    cases: &[Case],
) -> Result<BTreeMap<String, Value>, String> {
    std::fs::create_dir_all(scratch).map_err(|e| e.to_string())?;
    let runtime = root.join("runtime").display().to_string();
    let mut dependencies = String::new();
    let mut handlers = Vec::new();
    for (direction, model) in crates {
        let dir = crate_dir(*direction);
        let name = format!("protocol-{}-{dir}", suite.replace('_', "-"));
        let text = serde_json::to_string_pretty(model).map_err(|e| e.to_string())?;
        // Kept beside the crate for whoever reads a failure.
        std::fs::write(scratch.join(format!("{dir}.model.json")), &text)
            .map_err(|e| e.to_string())?;
        let options = codegen::GenerateOptions {
            crate_name: name.clone(),
            model_label: format!("the {dir} suites of ../shared/protocol-tests"),
            runtime_path: runtime.clone(),
            standalone: false,
            service: None,
            regenerate: "cargo xtask protocol-tests".to_owned(),
        };
        let generated = codegen::generate(&text, &options).map_err(|e| {
            format!(
                "the converted {dir} model does not generate (see {}): {e}",
                scratch.join(format!("{dir}.model.json")).display()
            )
        })?;
        codegen::files::write(&scratch.join(dir), &generated.files).map_err(|e| e.to_string())?;
        let service = codegen::resolve(&text, None).map_err(|e| e.to_string())?;
        handlers.push((dir, handler_source(dir, &service)));
        dependencies.push_str(&format!(
            "{dir} = {{ package = \"{name}\", path = \"../{dir}\", optional = true, default-features = false, features = [\"cli\", \"server\", \"test-util\"] }}\n"
        ));
    }
    let members: Vec<&str> = crates
        .iter()
        .map(|(d, _)| crate_dir(*d))
        .chain(["runner"])
        .collect();
    scratch::write_workspace(root, scratch, &members)?;
    let runner = scratch.join("runner");
    std::fs::create_dir_all(runner.join("src")).map_err(|e| e.to_string())?;
    let features: Vec<String> = crates
        .iter()
        .map(|(d, _)| format!("\"{}\"", crate_dir(*d)))
        .collect();
    let feature_lines: String = crates
        .iter()
        .map(|(d, _)| format!("{0} = [\"dep:{0}\"]\n", crate_dir(*d)))
        .collect();
    // Named after the suite: the scratch workspaces share a target directory,
    // where one binary name per suite keeps each suite's runner its own.
    let runner_name = format!("protocol-runner-{}", suite.replace('_', "-"));
    write_if_changed(
        &runner.join("Cargo.toml"),
        &format!(
            "[package]\nname = \"{runner_name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             [features]\ndefault = [{}]\n{feature_lines}\n\
             [dependencies]\n{dependencies}\
             sdk-runtime = {{ path = \"{runtime}\", default-features = false, features = [\"cli\", \"test-util\"] }}\n\
             serde_json = \"1\"\n\
             tokio = {{ version = \"1\", features = [\"rt\", \"time\"] }}\n",
            features.join(", ")
        ),
    )?;
    write_if_changed(&runner.join("src/main.rs"), RUNNER)?;
    for (dir, source) in &handlers {
        write_if_changed(&runner.join(format!("src/server_{dir}.rs")), source)?;
    }

    let cases_json: Vec<Value> = cases
        .iter()
        .filter(|c| c.refused.is_none())
        .map(|c| match c.side {
            Side::Client => json!({
                "label": c.label(),
                "side": "client",
                "crate": crate_dir(c.direction),
                "operation": c.operation,
                "endpoint": c.endpoint,
                "input": c.input,
                "reply": c.reply,
            }),
            Side::Server => json!({
                "label": c.label(),
                "side": "server",
                "crate": crate_dir(c.direction),
                "request": server_request(c),
                "answer": c.answer,
            }),
        })
        .collect();
    let cases_path = scratch.join("cases.json");
    std::fs::write(
        &cases_path,
        serde_json::to_string_pretty(&cases_json).map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())?;

    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let build = Command::new(&cargo)
        .args([
            "build",
            "--quiet",
            "--message-format",
            "short",
            "-p",
            &runner_name,
        ])
        .current_dir(scratch)
        .env("CARGO_TARGET_DIR", scratch::target_dir(root))
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !build.status.success() {
        return Err(format!(
            "the generated crates or the runner do not compile (in {}):\n{}",
            scratch.display(),
            scratch::error_excerpt(&String::from_utf8_lossy(&build.stderr), 20).join("\n")
        ));
    }
    let binary = scratch::target_dir(root)
        .join("debug")
        .join(format!("{runner_name}{}", std::env::consts::EXE_SUFFIX));
    let output = Command::new(&binary)
        .arg(&cases_path)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", binary.display()))?;
    if !output.status.success() {
        return Err(format!(
            "the runner failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    // Kept for whoever reads a failure, beside cases.json.
    std::fs::write(scratch.join("outcomes.jsonl"), &output.stdout).map_err(|e| e.to_string())?;
    let mut outcomes = BTreeMap::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let outcome: Value = serde_json::from_str(line)
            .map_err(|e| format!("the runner wrote a line that is not JSON ({e}): {line}"))?;
        if let Some(label) = str_at(&outcome, "label") {
            outcomes.insert(label.to_owned(), outcome);
        }
    }
    Ok(outcomes)
}

/// The runner's `Handler` for crate `krate` (`src/server_<krate>.rs`): each
/// operation records its input as a document (each field through the
/// generated `CliValue::to_cli`, keyed by member name, as `cli::call` takes
/// an input) and answers what the case says: an output read with
/// `CliValue::from_cli`, or a modeled error built member by member.
///
/// Written here rather than by the generator because operation inputs and
/// error structures have no `CliValue` impl of their own, and the runner
/// cannot add one (neither the trait nor the types are its own); their
/// fields and builder setters are public, which is all this needs.
fn handler_source(krate: &str, service: &codegen::ir::Service) -> String {
    use codegen::ir::TypeDef;
    use std::fmt::Write as _;
    let mut out = format!(
        "//! Written by `cargo xtask protocol-tests` from the `{krate}` model: the\n\
         //! dispatcher's handler, recording inputs and answering outputs or errors.\n\
         #![allow(unused_mut, unused_variables, clippy::all)]\n\n\
         use crate::{{Answer, Recorder}};\n\
         use sdk_runtime::cli::{{self, CliValue, RunOptions}};\n\
         use serde_json::{{Map, Value}};\n\n\
         impl {krate}::server::Handler for Recorder {{\n"
    );
    let mut error_builders = BTreeMap::new();
    for op in &service.operations {
        let module = format!("{krate}::operation::{}", op.module_name);
        let op_error = format!("{module}::{}Error", op.rust_name);
        let _ = writeln!(
            out,
            "    async fn {}(&self, input: {module}::{}, _context: &{krate}::server::RequestContext) \
             -> Result<{module}::{}, {op_error}> {{",
            op.module_name, op.input.rust_name, op.output.rust_name
        );
        out.push_str("        let options = RunOptions { show_secrets: true };\n");
        out.push_str("        let mut object = Map::new();\n");
        for member in &op.input.members {
            let field = &member.field_name;
            let value = if member.boxed { "&**value" } else { "value" };
            if member.optional {
                let _ = writeln!(
                    out,
                    "        if let Some(value) = &input.{field} {{ object.insert({:?}.to_owned(), CliValue::to_cli({value}, &options)); }}",
                    member.name
                );
            } else {
                let deref = if member.boxed { "&*" } else { "&" };
                let _ = writeln!(
                    out,
                    "        object.insert({:?}.to_owned(), CliValue::to_cli({deref}input.{field}, &options));",
                    member.name
                );
            }
        }
        let _ = writeln!(
            out,
            "        self.record({:?}, Value::Object(object));",
            op.id.name()
        );
        out.push_str("        match self.answer() {\n");
        let _ = writeln!(
            out,
            "            Answer::Output(value) => <{module}::{} as CliValue>::from_cli(&value)\n\
             \x20               .map_err(|e| {op_error}::Unhandled(self.failed(format!(\"the output does not read: {{e}}\")))),",
            op.output.rust_name
        );
        out.push_str("            Answer::Error(code, value) => Err(match code.as_str() {\n");
        for id in &op.errors {
            let Some(TypeDef::Structure(error)) = service.types.get(id) else {
                continue;
            };
            let Some(info) = &error.error else { continue };
            let builder = format!("error_{}", codegen::naming::snake(&error.rust_name));
            let _ = writeln!(
                out,
                "                {:?} => match {builder}(&value) {{ Ok(error) => {op_error}::{}(error), \
                 Err(e) => {op_error}::Unhandled(self.failed(format!(\"the error does not read: {{e}}\"))) }},",
                info.code, error.rust_name
            );
            error_builders.entry(builder).or_insert_with(|| {
                let path = format!("{krate}::types::error::{}", error.rust_name);
                let mut text = format!(
                    "fn {{name}}(value: &Value) -> Result<{path}, String> {{\n\
                     \x20   let object = cli::object(value)?;\n\
                     \x20   let builder = {path}::builder()"
                );
                for member in &error.members {
                    let setter = member
                        .field_name
                        .trim_start_matches("r#")
                        .trim_start_matches('_');
                    let _ = write!(
                        text,
                        "\n        .set_{setter}(cli::field(object, {:?})?)",
                        member.name
                    );
                }
                text.push_str(";\n");
                if error.has_required_members() {
                    text.push_str("    builder.build().map_err(|e| e.to_string())\n}\n");
                } else {
                    text.push_str("    Ok(builder.build())\n}\n");
                }
                text
            });
        }
        let _ = writeln!(
            out,
            "                other => {op_error}::Unhandled(self.failed(format!(\"no error `{{other}}` in the operation\"))),\n\
             \x20           }}),\n        }}\n    }}"
        );
    }
    out.push_str("}\n");
    for (name, text) in error_builders {
        out.push('\n');
        out.push_str(&text.replace("{name}", &name));
    }
    out
}

/// The body of a request case whose client compresses it (`Content-Encoding`
/// ending in `gzip`), which the suite does not give: the JSON of the input's
/// body members, gzipped, as the client sends it. `None` for other cases.
fn compressed_body(case: &Case) -> Option<Vec<u8>> {
    let serialized = &case.expected["serialized"];
    let encoding = serialized
        .get("headers")
        .and_then(Value::as_object)?
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("content-encoding"))
        .and_then(|(_, value)| value.as_str())?;
    if !encoding.trim_end().ends_with("gzip") || str_at(serialized, "body").is_some() {
        return None;
    }
    let shape = case.shapes.get(case.input_shape.as_deref()?)?;
    let params = case.expected.get("params").and_then(Value::as_object)?;
    let mut body = Map::new();
    for (name, value) in params {
        let member = shape.get("members").and_then(|m| m.get(name));
        // Members bound elsewhere (restJson1's `Content-Encoding` header) stay out.
        let bound = member.is_some_and(|m| m.get("location").is_some())
            && case.protocol == Protocol::RestJson1;
        if !bound {
            let key = member
                .and_then(|m| str_at(m, "locationName"))
                .filter(|_| case.protocol == Protocol::RestJson1)
                .unwrap_or(name);
            body.insert(key.to_owned(), value.clone());
        }
    }
    let text = Value::Object(body).to_string();
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut encoder, text.as_bytes()).ok()?;
    encoder.finish().ok()
}

/// The HTTP request a case sends the dispatcher: for a request case, the
/// one the case's `serialized` describes, as the service sees it: under the
/// path of an endpoint that has one (`https://example.com/custom`) the
/// service is mounted at that path, so the path is taken off; with the `Host`
/// it names; a `Content-Length` as any HTTP client adds; and when the case
/// shows a JSON object body but no `Content-Type` (the suites list only the
/// headers they assert), the media type every client of the protocol sends
/// with one, and under awsJson the `X-Amz-Target` naming the operation. For
/// a response case, a bare request to the operation's route (no output
/// suite's operation has input).
fn server_request(case: &Case) -> Value {
    let given = &case.expected["given"]["http"];
    let host = |named: Option<&str>| {
        named
            .map(str::to_owned)
            .unwrap_or_else(|| split_uri(&case.endpoint).0.to_owned())
    };
    match case.direction {
        Direction::Request => {
            let serialized = &case.expected["serialized"];
            let compressed = compressed_body(case);
            let body = match &compressed {
                Some(_) => "",
                None => str_at(serialized, "body").unwrap_or_default(),
            };
            let mut headers: Vec<Value> = serialized
                .get("headers")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .map(|(name, value)| json!([name, value.as_str().unwrap_or_default()]))
                .collect();
            let has = |headers: &[Value], name: &str| {
                headers.iter().any(|pair| {
                    pair[0]
                        .as_str()
                        .is_some_and(|n| n.eq_ignore_ascii_case(name))
                })
            };
            if !has(&headers, "host") {
                headers.push(json!(["Host", host(str_at(serialized, "host"))]));
            }
            if !body.is_empty() && !has(&headers, "content-length") {
                headers.push(json!(["Content-Length", body.len().to_string()]));
            }
            let json_object = compressed.is_some()
                || serde_json::from_str::<Value>(body).is_ok_and(|b| b.is_object());
            if json_object && !has(&headers, "content-type") {
                headers.push(json!(["Content-Type", case.protocol.media_type()]));
            }
            // Every awsJson client names the operation, asserted or not.
            if let Some(target) = case
                .target
                .as_deref()
                .filter(|_| !has(&headers, "x-amz-target"))
            {
                headers.push(json!(["X-Amz-Target", target]));
            }
            let mut uri = str_at(serialized, "uri")
                .or_else(|| str_at(given, "requestUri"))
                .unwrap_or("/");
            let base = split_uri(&case.endpoint).1.trim_end_matches('/');
            if !base.is_empty() {
                if let Some(rest) = uri.strip_prefix(base).filter(|r| r.starts_with(['/', '?'])) {
                    uri = rest;
                }
            }
            let mut request = json!({
                "method": str_at(serialized, "method").or_else(|| str_at(given, "method")).unwrap_or("GET"),
                "uri": uri,
                "headers": headers,
                "body": body,
            });
            if let Some(bytes) = compressed {
                let length = bytes.len().to_string();
                request["headers"]
                    .as_array_mut()
                    .expect("headers")
                    .push(json!(["Content-Length", length]));
                request["body_base64"] =
                    Value::String(base64::engine::general_purpose::STANDARD.encode(bytes));
            }
            request
        }
        Direction::Response => match &case.target {
            // awsJson: every request is a `POST /` naming its operation, with a body.
            Some(target) => json!({
                "method": "POST",
                "uri": "/",
                "headers": [
                    ["Host", host(None)],
                    ["X-Amz-Target", target],
                    ["Content-Type", case.protocol.media_type()],
                    ["Content-Length", "2"],
                ],
                "body": "{}",
            }),
            None => json!({
                "method": case.route.0,
                "uri": case.route.1,
                "headers": [["Host", host(None)]],
                "body": "",
            }),
        },
    }
}

// ---------------------------------------------------------------------------
// The checks: what the runner saw against the case.
// ---------------------------------------------------------------------------

fn check(case: &Case, outcome: &Value) -> Result<(), String> {
    match (case.side, case.direction) {
        (Side::Client, Direction::Request) => check_request(&case.expected["serialized"], outcome),
        (Side::Client, Direction::Response) => check_response(case, outcome),
        (Side::Server, Direction::Request) => check_server_request(case, outcome),
        (Side::Server, Direction::Response) => check_server_response(case, outcome),
    }
}

/// Why a server case went wrong before its check: the runner could not send
/// the request, or the handler could not answer as asked.
fn server_failure(outcome: &Value) -> Option<String> {
    if let Some(error) = str_at(outcome, "error") {
        return Some(error.to_owned());
    }
    str_at(outcome, "failure").map(|why| format!("the handler could not answer: {why}"))
}

/// The dispatcher's response, for messages: status and a short body.
fn describe_response(outcome: &Value) -> String {
    let response = &outcome["response"];
    format!(
        "{} {}",
        response["status"],
        shorten(str_at(response, "body").unwrap_or_default())
    )
}

/// The dispatcher must route the request to the case's operation and hand
/// the handler the case's `params` (compared as botocore writes them).
fn check_server_request(case: &Case, outcome: &Value) -> Result<(), String> {
    if let Some(why) = server_failure(outcome) {
        return Err(why);
    }
    let Some(seen) = outcome.get("seen").filter(|s| !s.is_null()) else {
        return Err(format!(
            "the handler was not called: {}",
            describe_response(outcome)
        ));
    };
    let operation = str_at(seen, "operation").unwrap_or_default();
    if operation != case.operation {
        return Err(format!(
            "routed to `{operation}`, expected `{}`",
            case.operation
        ));
    }
    let got = match &case.input_shape {
        Some(shape) => botocore_view(&seen["input"], shape, &case.shapes),
        None => seen["input"].clone(),
    };
    let want = case
        .expected
        .get("params")
        .cloned()
        .unwrap_or_else(|| json!({}));
    match server_difference("input", &want, &got) {
        Some(difference) => Err(difference),
        None => Ok(()),
    }
}

/// [`json_difference`] for what crossed the wire the other way, where the
/// wire cannot carry a distinction botocore's documents make: a member given
/// as `null`, `[]` or `{}` that nothing arrived for was sent as nothing
/// (null members, empty query lists and absent prefix headers are not
/// written), and two date-times are equal when they are the same instant
/// (`22:48:18-01:00` is written back as `23:48:18Z`).
fn server_difference(path: &str, want: &Value, got: &Value) -> Option<String> {
    json_difference(path, &as_seen(want, got), got)
}

fn as_seen(want: &Value, got: &Value) -> Value {
    match (want, got) {
        (Value::Object(want), Value::Object(got)) => Value::Object(
            want.iter()
                .filter(|(key, value)| {
                    let nothing = match value {
                        Value::Null => true,
                        Value::Array(items) => items.is_empty(),
                        Value::Object(members) => members.is_empty(),
                        _ => false,
                    };
                    !nothing || got.contains_key(*key)
                })
                .map(|(key, value)| {
                    let value = match got.get(key) {
                        Some(seen) => as_seen(value, seen),
                        None => value.clone(),
                    };
                    (key.clone(), value)
                })
                .collect(),
        ),
        (Value::Array(want), Value::Array(got)) if want.len() == got.len() => {
            Value::Array(want.iter().zip(got).map(|(w, g)| as_seen(w, g)).collect())
        }
        (Value::String(a), Value::String(b)) if a != b => match (instant(a), instant(b)) {
            (Some(x), Some(y)) if x == y => got.clone(),
            _ => want.clone(),
        },
        _ => want.clone(),
    }
}

/// An RFC 3339 date-time as (whole seconds since the epoch in UTC,
/// nanoseconds), with `Z` or a `±hh:mm` offset.
fn instant(text: &str) -> Option<(i64, u32)> {
    let (date_time, offset) = if let Some(rest) = text.strip_suffix(['Z', 'z']) {
        (rest, 0)
    } else {
        let split = text.len().checked_sub(6)?;
        let (rest, offset) = text.split_at(split);
        let sign = match offset.as_bytes()[0] {
            b'+' => 1,
            b'-' => -1,
            _ => return None,
        };
        let (hours, minutes) = offset[1..].split_once(':')?;
        (
            rest,
            sign * (hours.parse::<i64>().ok()? * 3600 + minutes.parse::<i64>().ok()? * 60),
        )
    };
    let (whole, fraction) = match date_time.split_once('.') {
        Some((whole, fraction)) => (whole, fraction),
        None => (date_time, ""),
    };
    if !fraction.chars().all(|c| c.is_ascii_digit()) || fraction.len() > 9 {
        return None;
    }
    let seconds = epoch_seconds(&format!("{whole}Z"))? as i64 - offset;
    let nanos = format!("{fraction:0<9}").parse().ok()?;
    Some((seconds, nanos))
}

/// The dispatcher must write the case's response from its result or error:
/// the status, every header the case shows (an error's code may come in the
/// `X-Amzn-Errortype` header or the body), and the body, JSON-equal or
/// byte-equal; an empty expected body allows an empty JSON object.
fn check_server_response(case: &Case, outcome: &Value) -> Result<(), String> {
    if let Some(why) = server_failure(outcome) {
        return Err(why);
    }
    let expected = &case.expected["response"];
    let response = &outcome["response"];
    let status = response["status"].as_u64().unwrap_or_default();
    let want_status = expected["status_code"].as_u64().unwrap_or(200);
    if status != want_status {
        return Err(format!(
            "status {status}, expected {want_status}: {}",
            shorten(str_at(response, "body").unwrap_or_default())
        ));
    }
    let error_code = str_at(&case.expected, "errorCode");
    let headers = request_headers(response);
    for (name, want) in expected
        .get("headers")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        if error_code.is_some() && name.eq_ignore_ascii_case("x-amzn-errortype") {
            continue; // compared as the code below
        }
        let want = want.as_str().unwrap_or_default();
        match headers.get(&name.to_ascii_lowercase()) {
            None => return Err(format!("no header `{name}` (expected `{want}`)")),
            Some(values) => {
                let got = values.join(", ");
                if got != want {
                    return Err(format!("header `{name}: {got}`, expected `{want}`"));
                }
            }
        }
    }
    let body = str_at(response, "body").unwrap_or_default();
    let mut got_json = serde_json::from_str::<Value>(body).ok();
    if let Some(code) = error_code {
        let written = headers
            .get("x-amzn-errortype")
            .and_then(|values| values.first().cloned())
            .or_else(|| {
                let body = got_json.as_ref()?;
                str_at(body, "__type")
                    .or_else(|| str_at(body, "code"))
                    .map(str::to_owned)
            })
            .unwrap_or_default();
        let written = written.split(':').next().unwrap_or_default();
        let written = written.rsplit('#').next().unwrap_or_default();
        if written != code {
            return Err(format!("error code `{written}`, expected `{code}`"));
        }
        // The code was compared; the body's other members are the error's.
        if let Some(Value::Object(object)) = &mut got_json {
            object.remove("__type");
            object.remove("code");
        }
    }
    let mut want = str_at(expected, "body").unwrap_or_default().to_owned();
    if error_code.is_some() {
        if let Ok(Value::Object(mut object)) = serde_json::from_str::<Value>(&want) {
            object.remove("__type");
            object.remove("code");
            want = Value::Object(object).to_string();
        }
    }
    let want = want.as_str();
    if want.trim().is_empty() {
        let empty = body.is_empty() || got_json.as_ref() == Some(&json!({}));
        return if empty {
            Ok(())
        } else {
            Err(format!("body `{}`, expected none", shorten(body)))
        };
    }
    match (serde_json::from_str::<Value>(want), got_json) {
        (Ok(want_json), Some(got_json)) => match server_difference("body", &want_json, &got_json) {
            Some(difference) => Err(difference),
            None => Ok(()),
        },
        _ if body != want => Err(format!(
            "body `{}`, expected `{}`",
            shorten(body),
            shorten(want)
        )),
        _ => Ok(()),
    }
}

fn check_request(expected: &Value, outcome: &Value) -> Result<(), String> {
    let Some(request) = outcome.get("request").filter(|r| !r.is_null()) else {
        return Err(format!("no request was sent: {}", describe_error(outcome)));
    };
    let method = str_at(request, "method").unwrap_or_default();
    if let Some(want) = str_at(expected, "method") {
        if !method.eq_ignore_ascii_case(want) {
            return Err(format!("method {method}, expected {want}"));
        }
    }
    let uri = str_at(request, "uri").unwrap_or_default();
    let (authority, path_and_query) = split_uri(uri);
    let (path, query) = split_query(path_and_query);
    if let Some(want) = str_at(expected, "uri") {
        let (want_path, want_query) = split_query(want);
        if path != want_path {
            return Err(format!("path `{path}`, expected `{want_path}`"));
        }
        let mut got = query_pairs(query);
        let mut wanted = query_pairs(want_query);
        got.sort();
        wanted.sort();
        if got != wanted {
            return Err(format!(
                "query `{}`, expected `{}`",
                query.unwrap_or_default(),
                want_query.unwrap_or_default()
            ));
        }
    }
    if let Some(want) = str_at(expected, "host") {
        let seen = format!("{authority}{path}");
        let matches = seen
            .strip_prefix(want)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'));
        if !matches {
            return Err(format!("host `{authority}`, expected `{want}`"));
        }
    }
    let headers = request_headers(request);
    for (name, want) in expected
        .get("headers")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let want = want.as_str().unwrap_or_default();
        match headers.get(&name.to_ascii_lowercase()) {
            None => return Err(format!("no header `{name}` (expected `{want}`)")),
            Some(values) => {
                let got = values.join(", ");
                if got != want {
                    let shown = if values.len() > 1 {
                        format!(
                            "{} `{name}` headers: `{}`",
                            values.len(),
                            values.join("` `")
                        )
                    } else {
                        format!("header `{name}: {got}`")
                    };
                    return Err(format!("{shown}, expected `{want}`"));
                }
            }
        }
    }
    for name in string_list(expected, "requireHeaders") {
        if !headers.contains_key(&name.to_ascii_lowercase()) {
            return Err(format!("no header `{name}` (required)"));
        }
    }
    for name in string_list(expected, "forbidHeaders") {
        if let Some(values) = headers.get(&name.to_ascii_lowercase()) {
            return Err(format!(
                "forbidden header `{name}: {}` was sent",
                values.join(", ")
            ));
        }
    }
    if let Some(want) = str_at(expected, "body") {
        let got = str_at(request, "body").unwrap_or_default();
        if want.is_empty() {
            if !got.is_empty() {
                return Err(format!("body `{}`, expected none", shorten(got)));
            }
        } else {
            match (
                serde_json::from_str::<Value>(want),
                serde_json::from_str::<Value>(got),
            ) {
                (Ok(want_json), Ok(got_json)) => {
                    if let Some(difference) = json_difference("body", &want_json, &got_json) {
                        return Err(difference);
                    }
                }
                _ if got != want => {
                    return Err(format!(
                        "body `{}`, expected `{}`",
                        shorten(got),
                        shorten(want)
                    ))
                }
                _ => {}
            }
        }
    }
    Ok(())
}

fn check_response(case: &Case, outcome: &Value) -> Result<(), String> {
    let expected = &case.expected;
    if let Some(code) = str_at(expected, "errorCode") {
        let Some(error) = outcome.get("error").filter(|e| !e.is_null()) else {
            return Err(format!(
                "no error, expected `{code}`; output {}",
                shorten(&outcome["output"].to_string())
            ));
        };
        if str_at(error, "kind") != Some("service") {
            return Err(format!(
                "expected error `{code}`: {}",
                describe_error(outcome)
            ));
        }
        let got = str_at(error, "code").unwrap_or_default();
        if got != code {
            return Err(format!("error code `{got}`, expected `{code}`"));
        }
        if let Some(message) = str_at(expected, "errorMessage") {
            let got = str_at(error, "message").unwrap_or_default();
            if got != message {
                return Err(format!("error message `{got}`, expected `{message}`"));
            }
        }
        // The modeled error's members, wherever they came from (body or headers).
        if let Some(want) = expected.get("error").filter(|e| e.is_object()) {
            let details = error.get("details").cloned().unwrap_or(Value::Null);
            if details.is_null() {
                return Err(format!(
                    "error `{code}` came back without its members; expected {}",
                    shorten(&want.to_string())
                ));
            }
            let got = botocore_view(&details, code, &case.shapes);
            if let Some(difference) = json_difference("error", want, &got) {
                return Err(difference);
            }
        }
        return Ok(());
    }
    let Some(output) = outcome.get("output").filter(|o| !o.is_null()) else {
        return Err(describe_error(outcome));
    };
    let got = match &case.output_shape {
        Some(shape) => botocore_view(output, shape, &case.shapes),
        None => output.clone(),
    };
    let want = expected.get("result").cloned().unwrap_or_else(|| json!({}));
    match json_difference("output", &want, &got) {
        Some(difference) => Err(difference),
        None => Ok(()),
    }
}

fn describe_error(outcome: &Value) -> String {
    match outcome.get("error") {
        Some(error) if !error.is_null() => format!(
            "{} error: {}",
            str_at(error, "kind").unwrap_or("unknown"),
            str_at(error, "message").unwrap_or_default()
        ),
        _ => "no outcome".to_owned(),
    }
}

/// `(authority, path and query)` of an absolute URI.
fn split_uri(uri: &str) -> (&str, &str) {
    let rest = uri.split_once("://").map_or(uri, |(_, rest)| rest);
    match rest.find('/') {
        Some(slash) => (&rest[..slash], &rest[slash..]),
        None => match rest.find('?') {
            Some(question) => (&rest[..question], &rest[question..]),
            None => (rest, "/"),
        },
    }
}

fn split_query(path_and_query: &str) -> (&str, Option<&str>) {
    match path_and_query.split_once('?') {
        Some((path, query)) => (if path.is_empty() { "/" } else { path }, Some(query)),
        None => (path_and_query, None),
    }
}

/// Decoded `(name, value)` pairs; a name without `=` has no value.
fn query_pairs(query: Option<&str>) -> Vec<(String, Option<String>)> {
    query
        .into_iter()
        .flat_map(|q| q.split('&'))
        .filter(|pair| !pair.is_empty())
        .map(|pair| match pair.split_once('=') {
            Some((name, value)) => (percent_decode(name), Some(percent_decode(value))),
            None => (percent_decode(pair), None),
        })
        .collect()
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            if let Some(byte) = text
                .get(i + 1..i + 3)
                .and_then(|hex| u8::from_str_radix(hex, 16).ok())
            {
                out.push(byte);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The request's headers by lower-case name, values in order.
fn request_headers(request: &Value) -> BTreeMap<String, Vec<String>> {
    let mut headers: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for pair in request
        .get("headers")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let (Some(name), Some(value)) = (
            pair.get(0).and_then(Value::as_str),
            pair.get(1).and_then(Value::as_str),
        ) {
            headers
                .entry(name.to_ascii_lowercase())
                .or_default()
                .push(value.to_owned());
        }
    }
    headers
}

fn string_list<'a>(value: &'a Value, key: &str) -> Vec<&'a str> {
    value
        .get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect()
}

/// The generated CLI's output as botocore's `result` writes it: blobs as raw
/// text, timestamps as epoch seconds, non-finite floats as `NaN`/`Infinity`,
/// unset members left out.
fn botocore_view(value: &Value, shape_name: &str, shapes: &Map<String, Value>) -> Value {
    let Some(shape) = shapes.get(shape_name) else {
        return value.clone();
    };
    match (str_at(shape, "type").unwrap_or_default(), value) {
        ("blob", Value::String(encoded)) => base64::engine::general_purpose::STANDARD
            .decode(encoded)
            .map(|bytes| Value::String(String::from_utf8_lossy(&bytes).into_owned()))
            .unwrap_or_else(|_| value.clone()),
        ("timestamp", Value::String(text)) => epoch_seconds(text)
            .map(|secs| {
                if secs.fract() == 0.0 {
                    json!(secs as i64)
                } else {
                    json!(secs)
                }
            })
            .unwrap_or_else(|| value.clone()),
        // A `float` member is an f32: 1.1 comes back as 1.100000023841858 in f64.
        ("float", Value::Number(number)) => number
            .as_f64()
            .and_then(|n| (n as f32).to_string().parse::<f64>().ok())
            .map_or_else(|| value.clone(), |n| json!(n)),
        ("float" | "double", Value::String(text)) => match text.as_str() {
            "inf" | "Infinity" => json!("Infinity"),
            "-inf" | "-Infinity" => json!("-Infinity"),
            "NaN" | "nan" => json!("NaN"),
            _ => value.clone(),
        },
        ("structure", Value::Object(object)) if !shape.get("document").is_some_and(truthy) => {
            Value::Object(
                object
                    .iter()
                    .filter(|(_, v)| !v.is_null())
                    .map(|(name, v)| {
                        let member = shape
                            .get("members")
                            .and_then(|m| m.get(name))
                            .and_then(|m| str_at(m, "shape"));
                        let v = member.map_or_else(|| v.clone(), |m| botocore_view(v, m, shapes));
                        (name.clone(), v)
                    })
                    .collect(),
            )
        }
        ("list", Value::Array(items)) => {
            let member = shape.get("member").and_then(|m| str_at(m, "shape"));
            Value::Array(
                items
                    .iter()
                    .map(|v| member.map_or_else(|| v.clone(), |m| botocore_view(v, m, shapes)))
                    .collect(),
            )
        }
        ("map", Value::Object(object)) => {
            let member = shape.get("value").and_then(|m| str_at(m, "shape"));
            Value::Object(
                object
                    .iter()
                    .map(|(k, v)| {
                        let v = member.map_or_else(|| v.clone(), |m| botocore_view(v, m, shapes));
                        (k.clone(), v)
                    })
                    .collect(),
            )
        }
        _ => value.clone(),
    }
}

/// Seconds since the epoch of an RFC 3339 `date-time` in UTC (`Z`).
fn epoch_seconds(text: &str) -> Option<f64> {
    let text = text.strip_suffix('Z').or_else(|| text.strip_suffix('z'))?;
    let (date, time) = text.split_once(['T', 't'])?;
    let mut date = date.splitn(3, '-').map(str::parse::<i64>);
    let (year, month, day) = (date.next()?.ok()?, date.next()?.ok()?, date.next()?.ok()?);
    let mut time = time.splitn(3, ':');
    let hour: i64 = time.next()?.parse().ok()?;
    let minute: i64 = time.next()?.parse().ok()?;
    let second: f64 = time.next()?.parse().ok()?;
    // Days from civil (Howard Hinnant's algorithm).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some((days * 86_400 + hour * 3_600 + minute * 60) as f64 + second)
}

/// Seconds since the epoch, written as a JSON number writes them (`946845296.123`),
/// as an RFC 3339 date-time in UTC with the same decimals.
fn date_time(seconds: &str) -> Option<String> {
    let (whole, fraction) = seconds.split_once('.').unwrap_or((seconds, ""));
    let whole: i64 = whole.parse().ok()?;
    if !fraction.chars().all(|c| c.is_ascii_digit()) || seconds.contains(['e', 'E']) {
        return None;
    }
    let (days, rest) = (whole.div_euclid(86_400), whole.rem_euclid(86_400));
    // Civil from days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let fraction = if fraction.trim_end_matches('0').is_empty() {
        String::new()
    } else {
        format!(".{}", fraction.trim_end_matches('0'))
    };
    Some(format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}{fraction}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    ))
}

/// The first place where `got` differs from `want` (numbers compare by value).
fn json_difference(path: &str, want: &Value, got: &Value) -> Option<String> {
    match (want, got) {
        (Value::Number(a), Value::Number(b)) => {
            let equal = a == b || a.as_f64().zip(b.as_f64()).is_some_and(|(a, b)| a == b);
            (!equal).then(|| format!("{path} is {b}, expected {a}"))
        }
        (Value::Object(a), Value::Object(b)) => {
            for (key, value) in a {
                let inner = format!("{path}.{key}");
                match b.get(key) {
                    None => {
                        return Some(format!(
                            "{inner} is missing, expected {}",
                            shorten(&value.to_string())
                        ))
                    }
                    Some(other) => {
                        if let Some(difference) = json_difference(&inner, value, other) {
                            return Some(difference);
                        }
                    }
                }
            }
            b.iter()
                .find(|(key, _)| !a.contains_key(*key))
                .map(|(key, value)| {
                    format!(
                        "{path}.{key} is {}, expected nothing",
                        shorten(&value.to_string())
                    )
                })
        }
        (Value::Array(a), Value::Array(b)) => {
            if a.len() != b.len() {
                return Some(format!(
                    "{path} has {} items, expected {}: {}",
                    b.len(),
                    a.len(),
                    shorten(&got.to_string())
                ));
            }
            a.iter()
                .zip(b)
                .enumerate()
                .find_map(|(i, (a, b))| json_difference(&format!("{path}[{i}]"), a, b))
        }
        _ => (want != got).then(|| {
            format!(
                "{path} is {}, expected {}",
                shorten(&got.to_string()),
                shorten(&want.to_string())
            )
        }),
    }
}

fn shorten(text: &str) -> String {
    const LIMIT: usize = 80;
    if text.chars().count() <= LIMIT {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(LIMIT).collect::<String>())
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

// ---------------------------------------------------------------------------
// The skip list.
// ---------------------------------------------------------------------------

/// `label → reason` of a skip list.
fn read_skip_list(path: &Path) -> Result<BTreeMap<String, String>, String> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(error) => return Err(format!("cannot read {}: {error}", path.display())),
    };
    let mut skips = BTreeMap::new();
    for line in text.lines() {
        let (label, reason) = line.split_once('#').unwrap_or((line, ""));
        let label = label.trim();
        if !label.is_empty() {
            skips.insert(label.to_owned(), reason.trim().to_owned());
        }
    }
    Ok(skips)
}

/// Whether `label` is a case of a direction that ran (`request:` or
/// `response:`, on the client or, with `server-` in front, the dispatcher).
fn ran(label: &str, directions: &BTreeSet<Direction>) -> bool {
    let label = label.strip_prefix(Side::Server.prefix()).unwrap_or(label);
    directions.iter().any(|d| {
        label
            .strip_prefix(d.noun())
            .is_some_and(|rest| rest.starts_with(':'))
    })
}

/// Entries of a direction whose file is absent are left alone.
fn compare_with_skip_list(
    path: &Path,
    failures: &BTreeMap<String, String>,
    known: &BTreeSet<String>,
    directions: &BTreeSet<Direction>,
) -> i32 {
    let skips = match read_skip_list(path) {
        Ok(mut skips) => {
            skips.retain(|label, _| ran(label, directions));
            skips
        }
        Err(error) => {
            eprintln!("error: {error}");
            return 2;
        }
    };
    let mut problems = Vec::new();
    for label in failures.keys().filter(|l| !skips.contains_key(*l)) {
        problems.push(format!(
            "{label} fails and is not in the skip list: fix it, or add it with a reason"
        ));
    }
    for label in skips.keys() {
        if !known.contains(label) {
            problems.push(format!(
                "{label} is in the skip list but is no case: remove it"
            ));
        } else if !failures.contains_key(label) {
            problems.push(format!(
                "{label} passes now: remove it from the skip list (the list only shrinks)"
            ));
        }
    }
    if problems.is_empty() {
        println!(
            "every failure is in {} ({} listed)",
            path.display(),
            skips.len()
        );
        return 0;
    }
    for problem in &problems {
        println!("error: {problem}");
    }
    println!(
        "{} does not match the failures ({} problem(s)); `cargo xtask protocol-tests --update-skips` rewrites it",
        path.display(),
        problems.len()
    );
    1
}

fn update_skip_list(
    path: &Path,
    failures: &BTreeMap<String, String>,
    directions: &BTreeSet<Direction>,
) -> i32 {
    let old = read_skip_list(path).unwrap_or_default();
    // Cases of a direction that did not run keep their entries.
    let mut failures = failures.clone();
    for (label, reason) in &old {
        if !ran(label, directions) {
            failures.insert(label.clone(), reason.clone());
        }
    }
    let failures = &failures;
    let suite = path
        .file_stem()
        .and_then(|stem| stem.to_str())
        .unwrap_or("the");
    let mut text = format!(
        "# Cases of botocore's {suite} protocol suites (../shared/protocol-tests) that the\n\
         # generated client fails (`request:<id>`, `response:<id>`) or the generated dispatcher\n\
         # fails in reverse (`server-request:<id>`, `server-response:<id>`), one a line with the reason.\n\
         # `cargo xtask protocol-tests` fails when a failing case is missing here or a listed\n\
         # case passes: this list only shrinks. `--update-skips` rewrites it, keeping reasons.\n",
    );
    for (label, reason) in failures {
        let reason = old.get(label).filter(|r| !r.is_empty()).unwrap_or(reason);
        text.push_str(&format!("{label}  # {reason}\n"));
    }
    let removed = old.keys().filter(|l| !failures.contains_key(*l)).count();
    let added = failures.keys().filter(|l| !old.contains_key(*l)).count();
    if let Some(dir) = path.parent() {
        if let Err(error) = std::fs::create_dir_all(dir) {
            eprintln!("error: cannot create {}: {error}", dir.display());
            return 2;
        }
    }
    if let Err(error) = std::fs::write(path, text) {
        eprintln!("error: cannot write {}: {error}", path.display());
        return 2;
    }
    println!(
        "wrote {}: {} case(s) ({added} added, {removed} removed)",
        path.display(),
        failures.len()
    );
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_pairs_are_decoded_and_unordered_by_the_caller() {
        let mut pairs = query_pairs(Some("b=%2F%20x&a&b=1"));
        pairs.sort();
        assert_eq!(
            pairs,
            vec![
                ("a".to_owned(), None),
                ("b".to_owned(), Some("/ x".to_owned())),
                ("b".to_owned(), Some("1".to_owned())),
            ]
        );
    }

    #[test]
    fn date_times_read_as_epoch_seconds() {
        assert_eq!(epoch_seconds("2014-04-29T18:30:38Z"), Some(1_398_796_238.0));
        assert_eq!(epoch_seconds("1970-01-01T00:00:00.5Z"), Some(0.5));
        assert_eq!(epoch_seconds("yesterday"), None);
    }

    #[test]
    fn epoch_seconds_become_date_times_with_their_decimals() {
        assert_eq!(
            date_time("946845296.123").as_deref(),
            Some("2000-01-02T20:34:56.123Z")
        );
        assert_eq!(date_time("0").as_deref(), Some("1970-01-01T00:00:00Z"));
        assert_eq!(
            date_time("1576540098").as_deref(),
            Some("2019-12-16T23:48:18Z")
        );
        assert_eq!(date_time("-1").as_deref(), Some("1969-12-31T23:59:59Z"));
    }

    #[test]
    fn the_server_side_compares_what_the_wire_can_carry() {
        // Null and empty members that nothing arrived for were sent as nothing.
        let want = json!({"a": null, "b": [], "c": {}, "d": 1});
        assert_eq!(server_difference("x", &want, &json!({"d": 1})), None);
        assert!(server_difference("x", &json!({"b": [1]}), &json!({})).is_some());
        // Date-times are instants.
        assert_eq!(
            server_difference(
                "x",
                &json!({"t": "2019-12-16T22:48:18-01:00"}),
                &json!({"t": "2019-12-16T23:48:18Z"})
            ),
            None
        );
        assert!(server_difference(
            "x",
            &json!({"t": "2019-12-16T22:48:18+01:00"}),
            &json!({"t": "2019-12-16T23:48:18Z"})
        )
        .is_some());
    }

    #[test]
    fn numbers_compare_by_value() {
        assert_eq!(
            json_difference("x", &json!({"a": 1}), &json!({"a": 1.0})),
            None
        );
        assert!(json_difference("x", &json!([1, 2]), &json!([2, 1])).is_some());
    }

    #[test]
    fn locations_become_http_binding_traits() {
        let suites = json!([{
            "shapes": {
                "In": {"type": "structure", "required": ["Key"], "payload": "Body", "members": {
                    "Key": {"shape": "S", "location": "uri", "locationName": "key"},
                    "Q": {"shape": "S", "location": "querystring", "locationName": "q"},
                    "Params": {"shape": "M", "location": "querystring"},
                    "H": {"shape": "S", "location": "header", "locationName": "X-H"},
                    "Body": {"shape": "B"},
                }},
                "S": {"type": "string"},
                "B": {"type": "blob"},
                "M": {"type": "map", "key": {"shape": "S"}, "value": {"shape": "S"}},
            },
            "cases": [{"id": "One", "given": {"name": "Put", "http": {"method": "PUT", "requestUri": "/{key+}"}, "input": {"shape": "In"}},
                        "params": {"Key": "k", "Body": "hi"}, "serialized": {}}],
        }]);
        let converted = convert(
            suites.as_array().unwrap(),
            Direction::Request,
            Protocol::RestJson1,
        )
        .unwrap();
        let shapes = &converted.model["shapes"];
        let put = &shapes["aws.protocoltests.restjson#Put"];
        assert_eq!(put["traits"]["smithy.api#http"]["uri"], "/{Key+}");
        let members = &shapes["aws.protocoltests.restjson#S0_In"]["members"];
        assert!(members["Key"]["traits"]["smithy.api#httpLabel"].is_object());
        assert!(members["Key"]["traits"]["smithy.api#required"].is_object());
        assert_eq!(members["Q"]["traits"]["smithy.api#httpQuery"], "q");
        assert!(members["Params"]["traits"]["smithy.api#httpQueryParams"].is_object());
        assert_eq!(members["H"]["traits"]["smithy.api#httpHeader"], "X-H");
        assert!(members["Body"]["traits"]["smithy.api#httpPayload"].is_object());
        let case = &converted.cases[0];
        assert_eq!(case.operation, "Put");
        assert_eq!(case.input["Body"], "aGk=");
    }

    #[test]
    fn requests_are_compared_header_by_header() {
        let expected = json!({
            "method": "POST", "uri": "/p?b=2&a=1", "body": "{\"x\": 1.0}",
            "headers": {"Content-Type": "application/json"},
            "requireHeaders": ["Content-Length"], "forbidHeaders": ["X-No"],
        });
        let sent = |headers: Value| {
            json!({"request": {
                "method": "POST", "uri": "https://example.com/p?a=1&b=2",
                "headers": headers, "body": "{\"x\":1}",
            }})
        };
        let good = json!([
            ["content-type", "application/json"],
            ["content-length", "7"]
        ]);
        assert_eq!(check_request(&expected, &sent(good)), Ok(()));
        let twice = json!([
            ["content-type", "application/json"],
            ["content-type", "text/plain"],
            ["content-length", "7"]
        ]);
        assert!(check_request(&expected, &sent(twice))
            .unwrap_err()
            .contains("2 `Content-Type` headers"));
        let no_length = json!([["content-type", "application/json"]]);
        assert!(check_request(&expected, &sent(no_length))
            .unwrap_err()
            .contains("Content-Length"));
        let forbidden = json!([
            ["content-type", "application/json"],
            ["content-length", "7"],
            ["x-no", "1"]
        ]);
        assert!(check_request(&expected, &sent(forbidden))
            .unwrap_err()
            .contains("forbidden"));
    }

    #[test]
    fn the_skip_list_must_match_the_failures_both_ways() {
        let path = std::env::temp_dir().join(format!("protocol-skip-{}.skip", std::process::id()));
        std::fs::write(&path, "# comment\nrequest:A  # why\n").unwrap();
        let known: BTreeSet<String> = ["request:A", "request:B"].map(String::from).into();
        let both: BTreeSet<Direction> = [Direction::Request, Direction::Response].into();
        let failing = |labels: &[&str]| -> BTreeMap<String, String> {
            labels
                .iter()
                .map(|l| (l.to_string(), "reason".to_owned()))
                .collect()
        };
        assert_eq!(
            compare_with_skip_list(&path, &failing(&["request:A"]), &known, &both),
            0
        );
        // A listed case that passes, and a failing case not listed, both fail the run.
        assert_eq!(
            compare_with_skip_list(&path, &failing(&[]), &known, &both),
            1
        );
        assert_eq!(
            compare_with_skip_list(&path, &failing(&["request:A", "request:B"]), &known, &both),
            1
        );
        assert_eq!(update_skip_list(&path, &failing(&["request:B"]), &both), 0);
        let rewritten = read_skip_list(&path).unwrap();
        assert_eq!(
            rewritten.into_iter().collect::<Vec<_>>(),
            vec![("request:B".to_owned(), "reason".to_owned())]
        );
        let _ = std::fs::remove_file(&path);
    }
}
