//! Lowering: from the parsed model to the IR, collecting every problem on the way.

use super::*;
use crate::diagnostics::Diagnostics;
use crate::docs::to_markdown;
use crate::model::{id, Member as ModelMember, Model, Shape, TraitsExt};
use crate::naming;
use std::collections::{BTreeSet, VecDeque};

mod cycles;
mod operations;
mod types;

use cycles::box_cycles;
use types::prelude_type;

/// Shape types of Smithy IDL 2.0.
const SHAPE_TYPES: &[&str] = &[
    "blob",
    "boolean",
    "string",
    "byte",
    "short",
    "integer",
    "long",
    "float",
    "double",
    "bigInteger",
    "bigDecimal",
    "timestamp",
    "document",
    "enum",
    "intEnum",
    "list",
    "map",
    "structure",
    "union",
    "service",
    "operation",
    "resource",
];

/// Member names a structure's generated API already uses; such members get a `_value` suffix.
/// (`default` would shadow `Default::default` on the builder; `add`, `sub` and the
/// other operator names would make builder setters look like `std::ops` methods,
/// which clippy refuses.)
const RESERVED_MEMBER_NAMES: &[&str] = &[
    "build",
    "builder",
    "default",
    "send",
    "customize",
    "config",
    "add",
    "sub",
    "mul",
    "div",
    "rem",
    "neg",
    "not",
    "bitand",
    "bitor",
    "bitxor",
    "shl",
    "shr",
];

/// Also reserved in operation outputs: `request_id()` returns the response's request id.
const RESERVED_OUTPUT_MEMBER_NAMES: &[&str] = &[
    "build",
    "builder",
    "default",
    "send",
    "customize",
    "config",
    "add",
    "sub",
    "mul",
    "div",
    "rem",
    "neg",
    "not",
    "bitand",
    "bitor",
    "bitxor",
    "shl",
    "shr",
    "request_id",
];

/// Also reserved in `@error` structures: `meta()` returns the error's metadata and
/// `request_id()` the response's request id.
const RESERVED_ERROR_MEMBER_NAMES: &[&str] = &[
    "build",
    "builder",
    "default",
    "send",
    "customize",
    "config",
    "add",
    "sub",
    "mul",
    "div",
    "rem",
    "neg",
    "not",
    "bitand",
    "bitor",
    "bitxor",
    "shl",
    "shr",
    "meta",
    "request_id",
];

/// Nesting depth of lists and maps past which a model is rejected, so a hostile
/// model cannot overflow the stack.
const MAX_COLLECTION_DEPTH: usize = 32;

/// Resolves `model` into the IR of its service. `service` picks one service when
/// the model defines several.
pub fn lower(model: &Model, service: Option<&str>) -> Result<Service, Diagnostics> {
    let mut lowerer = Lowerer::new(model);
    let service = lowerer.service(service);
    let Lowerer { diagnostics, .. } = lowerer;
    match service {
        Some(service) => diagnostics.into_result(service),
        None => {
            // The failure was recorded; make sure an empty list never means success.
            let mut diagnostics = diagnostics;
            if diagnostics.items().is_empty() {
                diagnostics.model_error("the model could not be resolved");
            }
            Err(diagnostics)
        }
    }
}

struct Lowerer<'m> {
    shapes: BTreeMap<ShapeId, &'m Shape>,
    diagnostics: Diagnostics,
    protocol: Protocol,
    /// Whether the service signs requests (`aws.auth#sigv4`).
    signs: bool,
    /// Rust names of the named types, assigned before any member is lowered.
    names: BTreeMap<ShapeId, String>,
}

impl<'m> Lowerer<'m> {
    fn new(model: &'m Model) -> Self {
        let mut diagnostics = Diagnostics::default();
        if model.smithy != "2.0" && model.smithy != "2" {
            diagnostics.model_error(format!(
                "unsupported Smithy JSON AST version `{}`: only 2.0 is read (convert the model with `smithy build`)",
                model.smithy
            ));
        }
        let mut shapes = BTreeMap::new();
        for (id, shape) in &model.shapes {
            let Some(shape_id) = ShapeId::parse(id) else {
                diagnostics.error(
                    id,
                    "not a valid absolute shape id (expected `namespace#Name`)",
                );
                continue;
            };
            if shape.kind == "apply" {
                // `apply` statements only add traits; a flattened model has none left.
                diagnostics.error(
                    id,
                    "`apply` shapes are not supported: flatten the model first",
                );
                continue;
            }
            if !SHAPE_TYPES.contains(&shape.kind.as_str()) {
                diagnostics.error(id, format!("unknown shape type `{}`", shape.kind));
                continue;
            }
            if !shape.mixins.is_empty() {
                diagnostics.error(
                    id,
                    "mixins are not supported: flatten the model first (the JSON AST that `smithy build` writes has none)",
                );
            }
            shapes.insert(shape_id, shape);
        }
        Self {
            shapes,
            diagnostics,
            protocol: Protocol::RestJson1,
            signs: false,
            names: BTreeMap::new(),
        }
    }

    fn service(&mut self, wanted: Option<&str>) -> Option<Service> {
        let services: Vec<ShapeId> = self
            .shapes
            .iter()
            .filter(|(id, s)| s.kind == "service" && wanted.is_none_or(|w| id.to_string() == w))
            .map(|(id, _)| id.clone())
            .collect();
        let id = match services.as_slice() {
            [one] => one.clone(),
            [] => {
                match wanted {
                    Some(w) => self
                        .diagnostics
                        .model_error(format!("no service `{w}` in the model")),
                    None => self.diagnostics.model_error("the model defines no service"),
                }
                return None;
            }
            many => {
                let list: Vec<String> = many.iter().map(|s| s.to_string()).collect();
                self.diagnostics.model_error(format!(
                    "the model defines {} services ({}); pick one",
                    many.len(),
                    list.join(", ")
                ));
                return None;
            }
        };
        let shape = self.shapes[&id];
        // One diagnostic for the whole service when its protocol is not
        // implemented: its operations would otherwise get another protocol's wire code.
        // A service naming several protocols is served in the first of these it names.
        let implemented = [
            (id::PROTOCOL_REST_JSON1, Protocol::RestJson1),
            (id::PROTOCOL_AWS_JSON1_1, Protocol::AwsJson1_1),
            (id::PROTOCOL_AWS_JSON1_0, Protocol::AwsJson1_0),
        ];
        let Some(protocol) = implemented
            .iter()
            .find(|(trait_id, _)| shape.traits.has(trait_id))
            .map(|(_, protocol)| *protocol)
        else {
            let names: Vec<&str> = implemented.iter().map(|(trait_id, _)| *trait_id).collect();
            let message = match shape.traits.protocols().as_slice() {
                [] => format!(
                    "the service names no protocol trait; implemented are {}",
                    names.join(", ")
                ),
                found => format!(
                    "{} is not implemented yet; implemented are {} (the model is refused rather than given another protocol's wire code)",
                    found.join(", "),
                    names.join(", ")
                ),
            };
            self.diagnostics.unsupported(&id, message);
            return None;
        };
        self.protocol = protocol;
        self.signs = shape.traits.sigv4_name().is_some();

        // Event-stream operations are left out, with a note in the crate's docs:
        // their bodies are a stream of framed events, which the runtime does not speak.
        let mut operation_ids = Vec::new();
        let mut omitted = Vec::new();
        for op_id in self.operations_of(&id, shape) {
            match self.event_stream_member(&op_id) {
                Some(member) => omitted.push((
                    op_id,
                    format!(
                        "`{member}` is an event stream, which this generator does not support yet"
                    ),
                )),
                None => operation_ids.push(op_id),
            }
        }
        let service_errors = self.references(&id, &shape.errors, "error");
        self.assign_names(&operation_ids, &service_errors);

        let mut operations = Vec::new();
        let mut all_errors = BTreeSet::new();
        for op_id in &operation_ids {
            if let Some(operation) = self.operation(op_id, &service_errors) {
                all_errors.extend(operation.errors.iter().cloned());
                operations.push(operation);
            }
        }
        operations.sort_by(|a, b| a.rust_name.cmp(&b.rust_name));

        let mut types = BTreeMap::new();
        let named: Vec<ShapeId> = self.names.keys().cloned().collect();
        for type_id in named {
            if let Some(def) = self.type_def(&type_id) {
                types.insert(type_id, def);
            }
        }
        let mut errors: Vec<ShapeId> = all_errors.into_iter().collect();
        errors.sort_by(|a, b| self.names[a].cmp(&self.names[b]));

        let mut service = Service {
            title: shape
                .traits
                .get(id::TITLE)
                .and_then(|t| t.as_str())
                .map(str::to_owned)
                .or_else(|| self.sdk_id(shape))
                .unwrap_or_else(|| id.name().to_owned()),
            sdk_id: self.sdk_id(shape),
            version: shape.version.clone().unwrap_or_default(),
            docs: docs(&shape.traits),
            protocol: self.protocol,
            sigv4_name: shape.traits.sigv4_name().map(str::to_owned),
            operations,
            omitted,
            omitted_waiters: Vec::new(),
            types,
            errors,
            endpoint_rule_set: shape.traits.get(id::ENDPOINT_RULE_SET).cloned(),
            endpoint_tests: shape.traits.get(id::ENDPOINT_TESTS).cloned(),
            id,
        };
        box_cycles(&mut service);
        super::plan::resolve(&mut service, &mut self.diagnostics);
        // After boxing: paginator paths read each member's final shape.
        super::paginate::resolve(&mut service, &self.shapes, shape, &mut self.diagnostics);
        super::waiters::resolve(&mut service, &self.shapes, &mut self.diagnostics);
        Some(service)
    }

    fn sdk_id(&self, shape: &Shape) -> Option<String> {
        shape
            .traits
            .get(id::AWS_SERVICE)
            .and_then(|t| t.get("sdkId"))
            .and_then(|s| s.as_str())
            .map(str::to_owned)
    }

    /// Resolves a list of references, reporting dangling ones against `owner`.
    fn references(
        &mut self,
        owner: &ShapeId,
        references: &[crate::model::Reference],
        what: &str,
    ) -> Vec<ShapeId> {
        let mut out = Vec::new();
        for reference in references {
            match self.resolve_target(&owner.to_string(), &reference.target) {
                Some(target) => out.push(target),
                None => self.diagnostics.error(
                    owner,
                    format!("{what} `{}` is not defined in the model", reference.target),
                ),
            }
        }
        out
    }

    /// Parses a target id and checks it exists (prelude shapes always do).
    fn resolve_target(&mut self, owner: &str, target: &str) -> Option<ShapeId> {
        let Some(id) = ShapeId::parse(target) else {
            self.diagnostics
                .error(owner, format!("target `{target}` is not a valid shape id"));
            return None;
        };
        if self.shapes.contains_key(&id) || (id.is_prelude() && prelude_type(id.name()).is_some()) {
            Some(id)
        } else {
            None
        }
    }

    /// Resolves a member's target, reporting a dangling one against the member.
    fn member_target(&mut self, member_id: &str, target: &str) -> Option<ShapeId> {
        let resolved = self.resolve_target(member_id, target);
        if resolved.is_none() {
            self.diagnostics.error(
                member_id,
                format!("targets `{target}`, which is not defined in the model"),
            );
        }
        resolved
    }

    /// Every operation bound to the service, directly or through resources.
    fn operations_of(&mut self, service_id: &ShapeId, service: &Shape) -> Vec<ShapeId> {
        let mut operations = BTreeSet::new();
        let mut seen_resources = BTreeSet::new();
        let mut queue: VecDeque<(ShapeId, &Shape)> =
            VecDeque::from([(service_id.clone(), service)]);
        while let Some((owner, shape)) = queue.pop_front() {
            let lifecycle = [
                &shape.create,
                &shape.put,
                &shape.read,
                &shape.update,
                &shape.delete,
                &shape.list,
            ];
            let mut op_refs: Vec<crate::model::Reference> = shape.operations.clone();
            op_refs.extend(shape.collection_operations.iter().cloned());
            op_refs.extend(lifecycle.into_iter().flatten().cloned());
            for op in self.references(&owner, &op_refs, "operation") {
                match self.shapes.get(&op) {
                    Some(s) if s.kind == "operation" => {
                        operations.insert(op);
                    }
                    _ => self.diagnostics.error(
                        &owner,
                        format!("`{op}` is bound as an operation but is not one"),
                    ),
                }
            }
            for resource in self.references(&owner, &shape.resources, "resource") {
                match self.shapes.get(&resource).copied() {
                    Some(s) if s.kind == "resource" => {
                        if seen_resources.insert(resource.clone()) {
                            queue.push_back((resource, s));
                        }
                    }
                    _ => self.diagnostics.error(
                        &owner,
                        format!("`{resource}` is bound as a resource but is not one"),
                    ),
                }
            }
        }
        operations.into_iter().collect()
    }

    /// Finds every named type reachable from the operations and names it.
    fn assign_names(&mut self, operations: &[ShapeId], service_errors: &[ShapeId]) {
        let mut roots: Vec<ShapeId> = service_errors.to_vec();
        let mut error_ids: BTreeSet<ShapeId> = service_errors.iter().cloned().collect();
        let mut io_roots = Vec::new();
        for op in operations {
            let shape = self.shapes[op];
            for reference in [&shape.input, &shape.output].into_iter().flatten() {
                if let Some(id) = ShapeId::parse(&reference.target) {
                    io_roots.push(id);
                }
            }
            for reference in &shape.errors {
                if let Some(id) = ShapeId::parse(&reference.target) {
                    error_ids.insert(id.clone());
                    roots.push(id);
                }
            }
        }
        // Inputs and outputs are emitted as operation types; what they hold is reachable.
        let mut queue: VecDeque<ShapeId> = VecDeque::new();
        for id in &io_roots {
            self.enqueue_members(id, &mut queue);
        }
        queue.extend(roots);
        let mut reachable = BTreeSet::new();
        while let Some(id) = queue.pop_front() {
            let Some(shape) = self.shapes.get(&id).copied() else {
                continue;
            };
            let named = matches!(shape.kind.as_str(), "structure" | "union" | "enum")
                || (shape.kind == "string" && shape.traits.has(id::ENUM));
            if named {
                if !reachable.insert(id.clone()) {
                    continue;
                }
                self.enqueue_members(&id, &mut queue);
            } else if matches!(shape.kind.as_str(), "list" | "map") {
                for member in [&shape.member, &shape.key, &shape.value]
                    .into_iter()
                    .flatten()
                {
                    if let Some(target) = ShapeId::parse(&member.target) {
                        queue.push_back(target);
                    }
                }
            }
        }
        let (errors, data): (Vec<ShapeId>, Vec<ShapeId>) = reachable
            .into_iter()
            .partition(|id| error_ids.contains(id) && self.shapes[id].traits.has(id::ERROR));
        for group in [data, errors] {
            let names = naming::unique(group.iter().map(|id| naming::type_name(id.name())));
            self.names.extend(group.into_iter().zip(names));
        }
    }

    fn enqueue_members(&self, id: &ShapeId, queue: &mut VecDeque<ShapeId>) {
        if let Some(members) = self.shapes.get(id).and_then(|s| s.members.as_ref()) {
            queue.extend(
                members
                    .0
                    .iter()
                    .filter_map(|(_, m)| ShapeId::parse(&m.target)),
            );
        }
    }
}

/// The members of an aggregate shape, in model order (none for other shapes).
fn members_of(shape: &Shape) -> &[(String, ModelMember)] {
    shape
        .members
        .as_ref()
        .map(|m| m.0.as_slice())
        .unwrap_or_default()
}

fn docs(traits: &crate::model::Traits) -> Option<String> {
    traits
        .get(id::DOCUMENTATION)
        .and_then(|d| d.as_str())
        .map(to_markdown)
        .filter(|d| !d.is_empty())
}

fn deprecated(traits: &crate::model::Traits) -> Option<String> {
    traits.get(id::DEPRECATED).map(|d| {
        d.get("message")
            .and_then(|m| m.as_str())
            .unwrap_or_default()
            .to_owned()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn service(shapes: &str) -> Service {
        let text = format!(
            r#"{{"smithy": "2.0", "shapes": {{
                "t#S": {{"type": "service", "operations": [{{"target": "t#Op"}}], "traits": {{"aws.protocols#restJson1": {{}}}}}},
                "t#Op": {{"type": "operation", "input": {{"target": "t#In"}}, "traits": {{"smithy.api#http": {{"method": "POST", "uri": "/"}}}}}},
                {shapes}
            }}}}"#
        );
        let model = Model::from_json(&text).expect("valid JSON");
        lower(&model, None).unwrap_or_else(|d| panic!("{d}"))
    }

    fn structure<'a>(service: &'a Service, name: &str) -> &'a Structure {
        match service.types.get(&ShapeId::parse(name).expect("id")) {
            Some(TypeDef::Structure(s)) => s,
            other => panic!("{name} is not a structure: {other:?}"),
        }
    }

    fn member<'a>(s: &'a Structure, name: &str) -> &'a Member {
        s.members
            .iter()
            .find(|m| m.name == name)
            .expect("member exists")
    }

    #[test]
    fn boxes_exactly_the_members_that_close_a_cycle() {
        let service = service(
            r#""t#In": {"type": "structure", "members": {"node": {"target": "t#Node"}}},
               "t#Node": {"type": "structure", "members": {
                   "next": {"target": "t#Node"}, "children": {"target": "t#Nodes"},
                   "parent": {"target": "t#Parent"}, "leaf": {"target": "t#Leaf"}}},
               "t#Nodes": {"type": "list", "member": {"target": "t#Node"}},
               "t#Parent": {"type": "structure", "members": {"node": {"target": "t#Node"}}},
               "t#Leaf": {"type": "structure", "members": {}}"#,
        );
        let node = structure(&service, "t#Node");
        assert!(member(node, "next").boxed, "self reference");
        assert!(member(node, "parent").boxed, "mutual recursion");
        assert!(
            !member(node, "children").boxed,
            "a Vec is already on the heap"
        );
        assert!(!member(node, "leaf").boxed, "no cycle");
        assert!(member(structure(&service, "t#Parent"), "node").boxed);
        assert!(
            !member(&service.operations[0].input, "node").boxed,
            "inputs are not part of a cycle"
        );
    }

    #[test]
    fn defaults_and_optionality() {
        let service = service(
            r#""t#In": {"type": "structure", "members": {
                   "zero": {"target": "smithy.api#Integer", "traits": {"smithy.api#default": 0}},
                   "seven": {"target": "smithy.api#Integer", "traits": {"smithy.api#default": 7}},
                   "nullDefault": {"target": "t#Count", "traits": {"smithy.api#default": null}},
                   "required": {"target": "smithy.api#String", "traits": {"smithy.api#required": {}}},
                   "clientOptional": {"target": "smithy.api#String", "traits": {"smithy.api#required": {}, "smithy.api#clientOptional": {}}},
                   "plain": {"target": "smithy.api#String"}}},
               "t#Count": {"type": "integer", "traits": {"smithy.api#default": 0}}"#,
        );
        let input = &service.operations[0].input;
        assert_eq!(member(input, "zero").default, Some(DefaultValue::ZeroValue));
        assert_eq!(
            member(input, "seven").default,
            Some(DefaultValue::Integer(7))
        );
        assert!(!member(input, "seven").optional);
        // `@default(null)` is a value: it removes the target's default.
        assert_eq!(member(input, "nullDefault").default, None);
        assert!(member(input, "nullDefault").optional);
        assert!(!member(input, "required").optional);
        assert!(member(input, "clientOptional").optional);
        assert!(member(input, "plain").optional);
    }

    #[test]
    fn sensitivity_reaches_through_collections() {
        let service = service(
            r#""t#In": {"type": "structure", "members": {
                   "secrets": {"target": "t#Secrets"}, "secret": {"target": "t#Secret"},
                   "marked": {"target": "smithy.api#String", "traits": {"smithy.api#sensitive": {}}},
                   "open": {"target": "smithy.api#String"}}},
               "t#Secrets": {"type": "map", "key": {"target": "smithy.api#String"}, "value": {"target": "t#Secret"}},
               "t#Secret": {"type": "string", "traits": {"smithy.api#sensitive": {}}}"#,
        );
        let input = &service.operations[0].input;
        for name in ["secrets", "secret", "marked"] {
            assert!(member(input, name).sensitive, "{name}");
        }
        assert!(!member(input, "open").sensitive);
    }

    #[test]
    fn operations_are_found_through_resources() {
        let text = r#"{"smithy": "2.0", "shapes": {
            "t#S": {"type": "service", "resources": [{"target": "t#R"}], "traits": {"aws.protocols#restJson1": {}}},
            "t#R": {"type": "resource", "read": {"target": "t#Get"}, "operations": [{"target": "t#Poke"}], "resources": [{"target": "t#Child"}]},
            "t#Child": {"type": "resource", "list": {"target": "t#List"}},
            "t#Get": {"type": "operation", "traits": {"smithy.api#http": {"method": "GET", "uri": "/get"}}},
            "t#Poke": {"type": "operation", "traits": {"smithy.api#http": {"method": "POST", "uri": "/poke"}}},
            "t#List": {"type": "operation", "traits": {"smithy.api#http": {"method": "GET", "uri": "/list"}}}
        }}"#;
        let service = lower(&Model::from_json(text).expect("JSON"), None).expect("valid");
        let names: Vec<&str> = service
            .operations
            .iter()
            .map(|o| o.rust_name.as_str())
            .collect();
        assert_eq!(names, ["Get", "List", "Poke"]);
        assert_eq!(service.protocol, Protocol::RestJson1);
    }

    #[test]
    fn protocols_not_implemented_are_refused_once_for_the_service() {
        let text = r#"{"smithy": "2.0", "shapes": {
            "t#S": {"type": "service", "operations": [{"target": "t#A"}, {"target": "t#B"}], "traits": {"aws.protocols#awsQuery": {}}},
            "t#A": {"type": "operation"}, "t#B": {"type": "operation"}
        }}"#;
        let diagnostics = lower(&Model::from_json(text).expect("JSON"), None).expect_err("refused");
        assert_eq!(diagnostics.items().len(), 1, "{diagnostics}");
        assert!(diagnostics.only_unsupported());
        let message = diagnostics.to_string();
        assert!(
            message.contains("t#S: aws.protocols#awsQuery is not implemented yet"),
            "{message}"
        );
    }

    #[test]
    fn aws_json_services_are_read_without_http_traits() {
        for (protocol, expected) in [
            ("awsJson1_0", Protocol::AwsJson1_0),
            ("awsJson1_1", Protocol::AwsJson1_1),
        ] {
            let text = format!(
                r#"{{"smithy": "2.0", "shapes": {{
                    "t#S": {{"type": "service", "operations": [{{"target": "t#A"}}], "traits": {{"aws.protocols#{protocol}": {{}}, "aws.protocols#awsQueryCompatible": {{}}}}}},
                    "t#A": {{"type": "operation"}}
                }}}}"#
            );
            let service = lower(&Model::from_json(&text).expect("JSON"), None).expect("valid");
            assert_eq!(service.protocol, expected);
        }
    }

    #[test]
    fn event_stream_operations_are_left_out_with_a_reason() {
        let text = r#"{"smithy": "2.0", "shapes": {
            "t#S": {"type": "service", "operations": [{"target": "t#Plain"}, {"target": "t#Stream"}], "traits": {"aws.protocols#restJson1": {}}},
            "t#Plain": {"type": "operation", "traits": {"smithy.api#http": {"method": "GET", "uri": "/plain"}}},
            "t#Stream": {"type": "operation", "output": {"target": "t#StreamOutput"}, "traits": {"smithy.api#http": {"method": "GET", "uri": "/stream"}}},
            "t#StreamOutput": {"type": "structure", "members": {"events": {"target": "t#Events"}}},
            "t#Events": {"type": "union", "members": {"tick": {"target": "t#Tick"}}, "traits": {"smithy.api#streaming": {}}},
            "t#Tick": {"type": "structure", "members": {}}
        }}"#;
        let service = lower(&Model::from_json(text).expect("JSON"), None).expect("valid");
        let names: Vec<&str> = service
            .operations
            .iter()
            .map(|o| o.rust_name.as_str())
            .collect();
        assert_eq!(names, ["Plain"]);
        assert_eq!(service.omitted.len(), 1);
        assert_eq!(service.omitted[0].0.to_string(), "t#Stream");
        assert!(service.omitted[0].1.contains("`events` is an event stream"));
        assert!(
            service.types.is_empty(),
            "the stream's types are not emitted: {:?}",
            service.types.keys()
        );
    }
}
