//! `cargo xtask protocol-tests`: botocore's protocol suites run against a
//! generated client.
//!
//! The suites (`../shared/protocol-tests/<suite>.input.json` and
//! `.output.json`, the Smithy protocol tests in botocore's test format) are
//! read at run time, never copied into the repository. Each file becomes one
//! Smithy JSON AST model (`convert`), the model one crate (through
//! `codegen::generate`), and a small runner (`xtask/templates/protocol_runner.rs`)
//! drives every case through the crate's `cli::call` on the scripted mock HTTP
//! client. This module then compares what the runner saw with the case:
//! the request sent for an input case, the parsed output or error for an
//! output case. The failures must be exactly the cases listed in
//! `tests/protocol/<suite>.skip`, so the list can only shrink.

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

pub fn run(args: &Args, root: &Path) -> i32 {
    if args.suite != "rest-json" {
        eprintln!("error: only the rest-json suite can run: the converter writes restJson1 models");
        return 2;
    }
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
        match convert(&suites, *direction) {
            Ok(converted) => {
                crates.push((*direction, converted.model));
                cases.extend(converted.cases);
            }
            Err(error) => {
                eprintln!("error: cannot convert {}: {error}", path.display());
                return 2;
            }
        }
    }

    let scratch = target_dir(root).join("protocol-tests").join(&args.suite);
    let outcomes = match generate_and_run(&scratch, root, &crates, &cases) {
        Ok(outcomes) => outcomes,
        Err(error) => {
            eprintln!("error: {error}");
            return 1;
        }
    };

    let mut failures: BTreeMap<String, String> = BTreeMap::new();
    let mut totals: BTreeMap<Direction, (usize, usize)> = BTreeMap::new();
    for case in &cases {
        let verdict = match &case.refused {
            Some(reason) => Err(reason.clone()),
            None => match outcomes.get(&case.label()) {
                Some(outcome) => check(case, outcome),
                None => Err("the runner reported nothing for this case".to_owned()),
            },
        };
        let total = totals.entry(case.direction).or_default();
        total.1 += 1;
        match verdict {
            Ok(()) => total.0 += 1,
            Err(reason) => {
                failures.insert(case.label(), one_line(&reason));
            }
        }
    }
    let counts: Vec<String> = totals
        .iter()
        .map(|(direction, (passed, all))| {
            format!("{} cases: {passed}/{all} pass", direction.noun())
        })
        .collect();
    println!(
        "{}: {} ({:.1} s)",
        args.suite,
        counts.join(", "),
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

/// One case, ready for the runner and for the check after it.
#[derive(Debug)]
struct Case {
    id: String,
    direction: Direction,
    /// The operation's name in the converted model.
    operation: String,
    endpoint: String,
    /// `params` as `cli::call` reads them (blobs in base64).
    input: Value,
    /// For output cases: the scripted response.
    reply: Option<Value>,
    /// The botocore case (`serialized`, `result`, `errorCode`...).
    expected: Value,
    /// The output shape and the suite's shapes, to read the output as botocore writes it.
    output_shape: Option<String>,
    shapes: Map<String, Value>,
    /// Why the case cannot run at all.
    refused: Option<String>,
}

impl Case {
    /// Case ids repeat between the input and output files: the label says which.
    fn label(&self) -> String {
        format!("{}:{}", self.direction.noun(), self.id)
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
fn convert(suites: &[Value], direction: Direction) -> Result<Converted, String> {
    let mut model = Model::default();
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
            cases.push(Case {
                id,
                direction,
                operation,
                endpoint: endpoint.clone(),
                input,
                reply,
                expected: case.clone(),
                output_shape: given
                    .get("output")
                    .and_then(|o| str_at(o, "shape"))
                    .map(str::to_owned),
                shapes: shapes.clone(),
                refused,
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
    shapes: Map<String, Value>,
    operations: Vec<String>,
    operation_names: BTreeSet<String>,
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
        self.shapes.insert(
            format!("{NAMESPACE}#RestJson"),
            json!({
                "type": "service",
                "version": "2019-12-16",
                "operations": operations,
                "traits": {
                    "aws.protocols#restJson1": {},
                    "smithy.api#title": "botocore restJson1 protocol tests",
                },
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
                    traits.insert("smithy.api#error".into(), json!("client"));
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

fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|dir| {
            if dir.is_absolute() {
                dir
            } else {
                root.join(dir)
            }
        })
        .unwrap_or_else(|| root.join("target"))
}

fn crate_dir(direction: Direction) -> &'static str {
    direction.file_part()
}

/// Generates a crate per model and the runner beside them, builds the
/// runner, runs every case through it; what it saw, by case label.
fn generate_and_run(
    scratch: &Path,
    root: &Path,
    crates: &[(Direction, Value)],
    cases: &[Case],
) -> Result<BTreeMap<String, Value>, String> {
    std::fs::create_dir_all(scratch).map_err(|e| e.to_string())?;
    let runtime = root.join("runtime").display().to_string();
    let mut dependencies = String::new();
    for (direction, model) in crates {
        let dir = crate_dir(*direction);
        let name = format!("protocol-rest-json-{dir}");
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
        };
        let generated = codegen::generate(&text, &options).map_err(|e| {
            format!(
                "the converted {dir} model does not generate (see {}): {e}",
                scratch.join(format!("{dir}.model.json")).display()
            )
        })?;
        codegen::files::write(&scratch.join(dir), &generated.files).map_err(|e| e.to_string())?;
        dependencies.push_str(&format!(
            "{dir} = {{ package = \"{name}\", path = \"../{dir}\", optional = true, default-features = false, features = [\"cli\", \"test-util\"] }}\n"
        ));
    }
    let members: Vec<String> = crates
        .iter()
        .map(|(d, _)| format!("\"{}\"", crate_dir(*d)))
        .chain(["\"runner\"".to_owned()])
        .collect();
    std::fs::write(
        scratch.join("Cargo.toml"),
        format!(
            "[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    )
    .map_err(|e| e.to_string())?;
    // The repository's lock file, copied afresh: the same dependency versions as
    // the workspace, and nothing to resolve but the scratch crates themselves.
    std::fs::copy(root.join("Cargo.lock"), scratch.join("Cargo.lock"))
        .map_err(|e| format!("cannot copy Cargo.lock: {e}"))?;
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
    write_if_changed(
        &runner.join("Cargo.toml"),
        &format!(
            "[package]\nname = \"protocol-runner\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             [features]\ndefault = [{}]\n{feature_lines}\n\
             [dependencies]\n{dependencies}\
             sdk-runtime = {{ path = \"{runtime}\", default-features = false, features = [\"cli\", \"test-util\"] }}\n\
             serde_json = \"1\"\n\
             tokio = {{ version = \"1\", features = [\"rt\", \"time\"] }}\n",
            features.join(", ")
        ),
    )?;
    write_if_changed(&runner.join("src/main.rs"), RUNNER)?;

    let cases_json: Vec<Value> = cases
        .iter()
        .filter(|c| c.refused.is_none())
        .map(|c| {
            json!({
                "label": c.label(),
                "crate": crate_dir(c.direction),
                "operation": c.operation,
                "endpoint": c.endpoint,
                "input": c.input,
                "reply": c.reply,
            })
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
            "protocol-runner",
        ])
        .current_dir(scratch)
        .env("CARGO_TARGET_DIR", scratch.join("target"))
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !build.status.success() {
        let stderr = String::from_utf8_lossy(&build.stderr);
        let errors: Vec<&str> = stderr
            .lines()
            .filter(|l| l.contains("error"))
            .take(20)
            .collect();
        return Err(format!(
            "the generated crates or the runner do not compile (in {}):\n{}",
            scratch.display(),
            errors.join("\n")
        ));
    }
    let binary = scratch
        .join("target/debug")
        .join(format!("protocol-runner{}", std::env::consts::EXE_SUFFIX));
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

fn write_if_changed(path: &Path, text: &str) -> Result<(), String> {
    if std::fs::read_to_string(path).ok().as_deref() == Some(text) {
        return Ok(());
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

// ---------------------------------------------------------------------------
// The checks: what the runner saw against the case.
// ---------------------------------------------------------------------------

fn check(case: &Case, outcome: &Value) -> Result<(), String> {
    match case.direction {
        Direction::Request => check_request(&case.expected["serialized"], outcome),
        Direction::Response => check_response(case, outcome),
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

/// Whether `label` is a case of a direction that ran (`request:` or `response:`).
fn ran(label: &str, directions: &BTreeSet<Direction>) -> bool {
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
    let mut text = String::from(
        "# Cases of botocore's restJson1 protocol suites (../shared/protocol-tests) that the\n\
         # generated client fails, one `request:<id>` or `response:<id>` a line with the reason.\n\
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
        let converted = convert(suites.as_array().unwrap(), Direction::Request).unwrap();
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
