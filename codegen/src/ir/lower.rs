//! Lowering: from the parsed model to the IR, collecting every problem on the way.

use super::*;
use crate::diagnostics::Diagnostics;
use crate::docs::to_markdown;
use crate::model::{id, Member as ModelMember, Model, Shape, TraitsExt};
use crate::naming;
use std::collections::{BTreeSet, VecDeque};

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
        // implemented: its operations would otherwise get restJson1 wire code.
        let protocols = shape.traits.protocols();
        if !shape.traits.has(id::PROTOCOL_REST_JSON1) {
            let message = match protocols.as_slice() {
                [] => "the service names no protocol trait; only aws.protocols#restJson1 is implemented"
                    .to_owned(),
                found => format!(
                    "{} is not implemented yet; only aws.protocols#restJson1 is (the model is refused rather than given restJson1 wire code)",
                    found.join(", ")
                ),
            };
            self.diagnostics.unsupported(&id, message);
            return None;
        }
        self.protocol = Protocol::RestJson1;
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

    /// The member of `op`'s input or output that is an event stream (a union
    /// with `@streaming`), if any.
    fn event_stream_member(&self, op: &ShapeId) -> Option<String> {
        let shape = self.shapes.get(op)?;
        let ios = [&shape.input, &shape.output]
            .into_iter()
            .flatten()
            .filter_map(|reference| self.shapes.get(&ShapeId::parse(&reference.target)?));
        for io in ios {
            for (name, member) in io.members.iter().flat_map(|m| m.0.iter()) {
                let target = ShapeId::parse(&member.target);
                let is_stream = target
                    .and_then(|t| self.shapes.get(&t))
                    .is_some_and(|target| {
                        target.kind == "union" && target.traits.has(id::STREAMING)
                    });
                if is_stream {
                    return Some(name.clone());
                }
            }
        }
        None
    }

    fn operation(&mut self, id: &ShapeId, service_errors: &[ShapeId]) -> Option<Operation> {
        let shape = self.shapes[id];
        let rust_name = naming::upper_camel(id.name());
        let module_name = naming::module_name(id.name());
        let stem = naming::snake(id.name());
        let input = self.io_structure(
            id,
            &shape.input,
            format!("{rust_name}Input"),
            format!("_{stem}_input"),
            StructureRole::Input,
        );
        let output = self.io_structure(
            id,
            &shape.output,
            format!("{rust_name}Output"),
            format!("_{stem}_output"),
            StructureRole::Output,
        );
        let mut errors: BTreeSet<ShapeId> = service_errors.iter().cloned().collect();
        for error in self.references(id, &shape.errors, "error") {
            let is_error = self
                .shapes
                .get(&error)
                .is_some_and(|s| s.kind == "structure" && s.traits.has(id::ERROR));
            if is_error {
                errors.insert(error);
            } else {
                self.diagnostics.error(
                    id,
                    format!("error `{error}` is not a structure with `@error`"),
                );
            }
        }
        let mut errors: Vec<ShapeId> = errors
            .into_iter()
            .filter(|e| self.names.contains_key(e))
            .collect();
        errors.sort_by(|a, b| self.names[a].cmp(&self.names[b]));
        let http = match shape.traits.get(id::HTTP) {
            Some(value) => match HttpTrait::parse(value) {
                Ok(http) => Some(http),
                Err(message) => {
                    self.diagnostics.error(id, message);
                    None
                }
            },
            None => None,
        };
        if !shape.traits.has(id::HTTP) && self.protocol == Protocol::RestJson1 {
            self.diagnostics
                .error(id, "restJson1 operations need an `@http` trait");
        }
        // `@auth([])` (with `@optionalAuth`) opts an operation out of the service's SigV4.
        let signed = self.signs
            && shape
                .traits
                .auth_schemes()
                .is_none_or(|schemes| schemes.iter().any(|s| s == id::AUTH_SIGV4));
        Some(Operation {
            id: id.clone(),
            rust_name,
            module_name,
            docs: docs(&shape.traits),
            input: input?,
            output: output?,
            errors,
            http,
            signed,
            idempotent: shape.traits.has(id::IDEMPOTENT) || shape.traits.has(id::READONLY),
            deprecated: deprecated(&shape.traits),
            host_prefix: shape.traits.host_prefix().map(str::to_owned),
            checksum_required: shape.traits.has(id::HTTP_CHECKSUM_REQUIRED),
            request_compression: shape.traits.request_compression(),
            // Resolved once every type is lowered: see `paginate::resolve`.
            paginated: None,
            // Resolved with the paginators: see `waiters::resolve`.
            waiters: Vec::new(),
            // Resolved once every type is lowered: see `plan::resolve`.
            plan: HttpPlan::default(),
        })
    }

    fn io_structure(
        &mut self,
        op: &ShapeId,
        reference: &Option<crate::model::Reference>,
        rust_name: String,
        file_stem: String,
        role: StructureRole,
    ) -> Option<Structure> {
        let unit = ShapeId::prelude("Unit");
        let id = match reference {
            None => unit.clone(),
            Some(r) => match self.resolve_target(&op.to_string(), &r.target) {
                Some(id) => id,
                None => {
                    self.diagnostics.error(
                        op,
                        format!("input/output `{}` is not defined in the model", r.target),
                    );
                    return None;
                }
            },
        };
        if id == unit {
            return Some(Structure {
                id,
                rust_name,
                file_stem,
                role,
                docs: None,
                members: Vec::new(),
                error: None,
                sensitive: false,
                deprecated: None,
            });
        }
        let shape = self.shapes[&id];
        if shape.kind != "structure" {
            self.diagnostics.error(
                op,
                format!(
                    "input/output `{id}` must be a structure, not a {}",
                    shape.kind
                ),
            );
            return None;
        }
        self.structure(&id, shape, rust_name, file_stem, role)
    }
    fn type_def(&mut self, id: &ShapeId) -> Option<TypeDef> {
        let shape = self.shapes[id];
        let rust_name = self.names[id].clone();
        let file_stem = format!("_{}", naming::snake(&rust_name));
        match shape.kind.as_str() {
            "structure" => {
                let role = if shape.traits.has(id::ERROR) {
                    StructureRole::Error
                } else {
                    StructureRole::Data
                };
                self.structure(id, shape, rust_name, file_stem, role)
                    .map(TypeDef::Structure)
            }
            "union" => self
                .union(id, shape, rust_name, file_stem)
                .map(TypeDef::Union),
            _ => self
                .enumeration(id, shape, rust_name, file_stem)
                .map(TypeDef::Enum),
        }
    }

    fn structure(
        &mut self,
        id: &ShapeId,
        shape: &Shape,
        rust_name: String,
        file_stem: String,
        role: StructureRole,
    ) -> Option<Structure> {
        let members = members_of(shape);
        let reserved = if shape.traits.has(id::ERROR) {
            RESERVED_ERROR_MEMBER_NAMES
        } else if role == StructureRole::Output {
            RESERVED_OUTPUT_MEMBER_NAMES
        } else {
            RESERVED_MEMBER_NAMES
        };
        let field_names = naming::unique(
            members
                .iter()
                .map(|(name, _)| naming::field_name(name, reserved)),
        );
        let mut out = Vec::new();
        for ((name, member), field_name) in members.iter().zip(field_names) {
            if let Some(member) = self.member(id, name, member, field_name) {
                out.push(member);
            }
        }
        let error = match shape.traits.get(id::ERROR) {
            None => None,
            Some(fault) => {
                let fault = match fault.as_str() {
                    Some("client") => ErrorFault::Client,
                    Some("server") => ErrorFault::Server,
                    _ => {
                        self.diagnostics
                            .error(id, "`@error` must be \"client\" or \"server\"");
                        ErrorFault::Client
                    }
                };
                let status = shape.traits.http_error().unwrap_or(match fault {
                    ErrorFault::Client => 400,
                    ErrorFault::Server => 500,
                });
                let message_field = out
                    .iter()
                    .find(|m| {
                        let normalized = m.name.replace('_', "").to_ascii_lowercase();
                        matches!(
                            normalized.as_str(),
                            "message" | "errormessage" | "errordescription"
                        ) && m.target == TypeRef::String
                    })
                    .map(|m| m.field_name.clone());
                Some(ErrorInfo {
                    code: id.name().to_owned(),
                    fault,
                    status,
                    retryable: shape.traits.has(id::RETRYABLE),
                    message_field,
                    plan: MessagePlan::default(),
                })
            }
        };
        Some(Structure {
            id: id.clone(),
            rust_name,
            file_stem,
            role,
            docs: docs(&shape.traits),
            members: out,
            error,
            sensitive: shape.traits.has(id::SENSITIVE),
            deprecated: deprecated(&shape.traits),
        })
    }

    fn member(
        &mut self,
        owner: &ShapeId,
        name: &str,
        member: &ModelMember,
        field_name: String,
    ) -> Option<Member> {
        let member_id = owner.member(name);
        let target_id = self.member_target(&member_id, &member.target)?;
        let target = self.type_ref(&member_id, &target_id, 0)?;
        let target_traits = self.shapes.get(&target_id).map(|s| &s.traits);
        let traits = &member.traits;
        let client_optional = traits.has(id::CLIENT_OPTIONAL);
        let required = traits.has(id::REQUIRED);
        let default = match traits.get(id::DEFAULT) {
            None | Some(Value::Null) => None,
            Some(value) => self.default_value(&member_id, value, &target),
        };
        let default = if client_optional { None } else { default };
        let optional = client_optional || !(required || default.is_some());
        let json_name = match (
            self.protocol,
            traits.get(id::JSON_NAME).and_then(|n| n.as_str()),
        ) {
            (Protocol::RestJson1, Some(json_name)) => json_name.to_owned(),
            _ => name.to_owned(),
        };
        Some(Member {
            name: name.to_owned(),
            field_name,
            json_name,
            docs: docs(traits).or_else(|| target_traits.and_then(docs)),
            sensitive: traits.has(id::SENSITIVE) || self.is_sensitive(&target_id, 0),
            constraints: constraints(target_traits, traits),
            http: http_binding(traits),
            timestamp_format: timestamp_format(traits)
                .or_else(|| target_traits.and_then(timestamp_format)),
            deprecated: deprecated(traits),
            idempotency_token: traits.has(id::IDEMPOTENCY_TOKEN),
            // A string with a media type travels base64-encoded in a header.
            media_type: matches!(target, TypeRef::String | TypeRef::Blob { .. })
                .then(|| target_traits.and_then(|t| t.get(id::MEDIA_TYPE)))
                .flatten()
                .and_then(|m| m.as_str())
                .map(str::to_owned),
            boxed: false,
            target,
            required,
            default,
            optional,
        })
    }

    /// The Rust-level type of a target shape.
    fn type_ref(&mut self, owner: &str, id: &ShapeId, depth: usize) -> Option<TypeRef> {
        if id.is_prelude() {
            return match prelude_type(id.name()) {
                Some(Some(t)) => Some(t),
                _ => {
                    self.diagnostics.error(
                        owner,
                        format!("`{id}` cannot be the target of a member here"),
                    );
                    None
                }
            };
        }
        let Some(shape) = self.shapes.get(id).copied() else {
            self.diagnostics.error(
                owner,
                format!("targets `{id}`, which is not defined in the model"),
            );
            return None;
        };
        if depth > MAX_COLLECTION_DEPTH {
            self.diagnostics.error(
                id,
                "lists and maps nest too deeply (is a list or map its own member?)",
            );
            return None;
        }
        let streaming = shape.traits.has(id::STREAMING);
        Some(match shape.kind.as_str() {
            "blob" => TypeRef::Blob { streaming },
            "boolean" => TypeRef::Boolean,
            "string" if shape.traits.has(id::ENUM) => TypeRef::Named(id.clone()),
            "string" => TypeRef::String,
            "byte" => TypeRef::Byte,
            "short" => TypeRef::Short,
            "integer" | "intEnum" => TypeRef::Integer,
            "long" => TypeRef::Long,
            "float" => TypeRef::Float,
            "double" => TypeRef::Double,
            "bigInteger" => TypeRef::BigInteger,
            "bigDecimal" => TypeRef::BigDecimal,
            "timestamp" => TypeRef::Timestamp,
            "document" => TypeRef::Document,
            "enum" | "structure" | "union" => TypeRef::Named(id.clone()),
            "list" => {
                let Some(member) = &shape.member else {
                    self.diagnostics.error(id, "a list needs a `member`");
                    return None;
                };
                let member_id = id.member("member");
                let target = self.member_target(&member_id, &member.target)?;
                TypeRef::List {
                    member: Box::new(self.type_ref(&member_id, &target, depth + 1)?),
                    sparse: shape.traits.has(id::SPARSE),
                }
            }
            "map" => {
                let (Some(key), Some(value)) = (&shape.key, &shape.value) else {
                    self.diagnostics
                        .error(id, "a map needs a `key` and a `value`");
                    return None;
                };
                let key_id = id.member("key");
                let key_target = self.resolve_target(&key_id, &key.target);
                let key_is_string = key_target.as_ref().is_some_and(|k| {
                    (k.is_prelude() && k.name() == "String")
                        || self
                            .shapes
                            .get(k)
                            .is_some_and(|s| s.kind == "string" || s.kind == "enum")
                });
                if !key_is_string {
                    self.diagnostics.error(
                        &key_id,
                        format!("map keys must be strings, found `{}`", key.target),
                    );
                    return None;
                }
                let value_id = id.member("value");
                let target = self.member_target(&value_id, &value.target)?;
                TypeRef::Map {
                    value: Box::new(self.type_ref(&value_id, &target, depth + 1)?),
                    sparse: shape.traits.has(id::SPARSE),
                }
            }
            other => {
                self.diagnostics.error(
                    owner,
                    format!("targets `{id}`, a {other}, which cannot be a member's type"),
                );
                return None;
            }
        })
    }

    /// Whether values of this shape are secret: `@sensitive` on it, or on what a
    /// list or map of it holds.
    fn is_sensitive(&self, id: &ShapeId, depth: usize) -> bool {
        let Some(shape) = self.shapes.get(id) else {
            return false;
        };
        if shape.traits.has(id::SENSITIVE) {
            return true;
        }
        if depth > MAX_COLLECTION_DEPTH || !matches!(shape.kind.as_str(), "list" | "map") {
            return false;
        }
        [&shape.member, &shape.key, &shape.value]
            .into_iter()
            .flatten()
            .any(|m| {
                m.traits.has(id::SENSITIVE)
                    || ShapeId::parse(&m.target).is_some_and(|t| self.is_sensitive(&t, depth + 1))
            })
    }

    fn default_value(
        &mut self,
        member_id: &str,
        value: &Value,
        target: &TypeRef,
    ) -> Option<DefaultValue> {
        let resolved = match (target, value) {
            (TypeRef::Boolean, Value::Bool(false)) => Some(DefaultValue::ZeroValue),
            (TypeRef::Boolean, Value::Bool(b)) => Some(DefaultValue::Bool(*b)),
            (
                TypeRef::Byte | TypeRef::Short | TypeRef::Integer | TypeRef::Long,
                Value::Number(n),
            ) => match n.as_i64() {
                Some(0) => Some(DefaultValue::ZeroValue),
                Some(i) => Some(DefaultValue::Integer(i)),
                None => None,
            },
            (TypeRef::Float | TypeRef::Double, Value::Number(n)) => n.as_f64().map(|f| {
                if f == 0.0 {
                    DefaultValue::ZeroValue
                } else {
                    DefaultValue::Float(f)
                }
            }),
            (TypeRef::String, Value::String(s)) if s.is_empty() => Some(DefaultValue::ZeroValue),
            (TypeRef::String, Value::String(s)) => Some(DefaultValue::String(s.clone())),
            (TypeRef::Named(id), Value::String(s))
                if self.names.contains_key(id) && self.is_enum(id) =>
            {
                Some(DefaultValue::Enum(s.clone()))
            }
            (TypeRef::Blob { .. }, Value::String(s)) if s.is_empty() => {
                Some(DefaultValue::ZeroValue)
            }
            (TypeRef::List { .. }, Value::Array(a)) if a.is_empty() => {
                Some(DefaultValue::ZeroValue)
            }
            (TypeRef::Map { .. }, Value::Object(o)) if o.is_empty() => {
                Some(DefaultValue::ZeroValue)
            }
            (TypeRef::Timestamp, Value::Number(n)) => n.as_i64().map(DefaultValue::Timestamp),
            _ => None,
        };
        if resolved.is_none() {
            self.diagnostics.error(
                member_id,
                format!("unsupported `@default` value `{value}` for this member's type"),
            );
        }
        resolved
    }

    fn is_enum(&self, id: &ShapeId) -> bool {
        self.shapes
            .get(id)
            .is_some_and(|s| s.kind == "enum" || s.kind == "string")
    }

    fn union(
        &mut self,
        id: &ShapeId,
        shape: &Shape,
        rust_name: String,
        file_stem: String,
    ) -> Option<Union> {
        let members = members_of(shape);
        if members.is_empty() {
            self.diagnostics
                .error(id, "a union needs at least one member");
            return None;
        }
        let variant_names =
            naming::unique(members.iter().map(|(name, _)| naming::variant_name(name)));
        // `is_unknown` is taken by the `Unknown` variant's helper.
        let stems = naming::unique(members.iter().map(|(name, _)| match naming::snake(name) {
            stem if stem == "unknown" => "unknown_value".to_owned(),
            stem => stem,
        }));
        let mut variants = Vec::new();
        for (((name, member), variant_name), method_stem) in
            members.iter().zip(variant_names).zip(stems)
        {
            let member_id = id.member(name);
            let Some(target_id) = self.member_target(&member_id, &member.target) else {
                continue;
            };
            let target = if target_id == ShapeId::prelude("Unit") {
                None
            } else {
                Some(self.type_ref(&member_id, &target_id, 0)?)
            };
            let target_traits = self.shapes.get(&target_id).map(|s| &s.traits);
            let json_name = match (
                self.protocol,
                member.traits.get(id::JSON_NAME).and_then(|n| n.as_str()),
            ) {
                (Protocol::RestJson1, Some(json_name)) => json_name.to_owned(),
                _ => name.clone(),
            };
            variants.push(UnionVariant {
                name: name.clone(),
                variant_name,
                method_stem,
                json_name,
                docs: docs(&member.traits).or_else(|| target_traits.and_then(docs)),
                boxed: false,
                sensitive: member.traits.has(id::SENSITIVE) || self.is_sensitive(&target_id, 0),
                timestamp_format: timestamp_format(&member.traits)
                    .or_else(|| target_traits.and_then(timestamp_format)),
                target,
            });
        }
        Some(Union {
            id: id.clone(),
            rust_name,
            file_stem,
            docs: docs(&shape.traits),
            variants,
            sensitive: shape.traits.has(id::SENSITIVE),
            streaming: shape.traits.has(id::STREAMING),
        })
    }

    fn enumeration(
        &mut self,
        id: &ShapeId,
        shape: &Shape,
        rust_name: String,
        file_stem: String,
    ) -> Option<Enum> {
        // (variant name source, wire value, docs, deprecated)
        let mut raw: Vec<(String, String, Option<String>, Option<String>)> = Vec::new();
        if shape.kind == "enum" {
            for (name, member) in members_of(shape) {
                let value = match member.traits.get(id::ENUM_VALUE) {
                    None => name.clone(),
                    Some(Value::String(v)) => v.clone(),
                    Some(_) => {
                        self.diagnostics.error(
                            id.member(name),
                            "`@enumValue` of a string enum must be a string",
                        );
                        continue;
                    }
                };
                raw.push((
                    name.clone(),
                    value,
                    docs(&member.traits),
                    deprecated(&member.traits),
                ));
            }
        } else {
            let entries = shape
                .traits
                .get(id::ENUM)
                .and_then(|e| e.as_array())
                .cloned()
                .unwrap_or_default();
            for entry in entries {
                let Some(value) = entry.get("value").and_then(|v| v.as_str()) else {
                    self.diagnostics
                        .error(id, "every `@enum` entry needs a string `value`");
                    continue;
                };
                let name = entry.get("name").and_then(|n| n.as_str()).unwrap_or(value);
                let doc = entry
                    .get("documentation")
                    .and_then(|d| d.as_str())
                    .map(to_markdown);
                let deprecated = entry
                    .get("deprecated")
                    .and_then(|d| d.as_bool())
                    .unwrap_or(false)
                    .then(String::new);
                raw.push((name.to_owned(), value.to_owned(), doc, deprecated));
            }
        }
        if raw.is_empty() {
            self.diagnostics
                .error(id, "an enum needs at least one value");
            return None;
        }
        let mut seen = BTreeSet::new();
        for (_, value, _, _) in &raw {
            if !seen.insert(value.as_str()) {
                self.diagnostics
                    .error(id, format!("the enum value `{value}` appears twice"));
            }
        }
        let names = naming::unique(raw.iter().map(|(name, ..)| naming::variant_name(name)));
        let variants = raw
            .into_iter()
            .zip(names)
            .map(|((_, value, docs, deprecated), variant_name)| EnumVariant {
                variant_name,
                value,
                docs,
                deprecated,
            })
            .collect();
        Some(Enum {
            id: id.clone(),
            rust_name,
            file_stem,
            docs: docs(&shape.traits),
            variants,
            sensitive: shape.traits.has(id::SENSITIVE),
        })
    }
}

/// The type of a prelude shape: `None` when the name is not a prelude shape,
/// `Some(None)` for `Unit`, which is only valid for operation I/O and union members.
fn prelude_type(name: &str) -> Option<Option<TypeRef>> {
    Some(Some(match name {
        "String" => TypeRef::String,
        "Blob" => TypeRef::Blob { streaming: false },
        "Boolean" | "PrimitiveBoolean" => TypeRef::Boolean,
        "Byte" | "PrimitiveByte" => TypeRef::Byte,
        "Short" | "PrimitiveShort" => TypeRef::Short,
        "Integer" | "PrimitiveInteger" => TypeRef::Integer,
        "Long" | "PrimitiveLong" => TypeRef::Long,
        "Float" | "PrimitiveFloat" => TypeRef::Float,
        "Double" | "PrimitiveDouble" => TypeRef::Double,
        "BigInteger" => TypeRef::BigInteger,
        "BigDecimal" => TypeRef::BigDecimal,
        "Timestamp" => TypeRef::Timestamp,
        "Document" => TypeRef::Document,
        "Unit" => return Some(None),
        _ => return None,
    }))
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

fn timestamp_format(traits: &crate::model::Traits) -> Option<TimestampFormat> {
    match traits.get(id::TIMESTAMP_FORMAT)?.as_str()? {
        "epoch-seconds" => Some(TimestampFormat::EpochSeconds),
        "date-time" => Some(TimestampFormat::DateTime),
        "http-date" => Some(TimestampFormat::HttpDate),
        _ => None,
    }
}

fn http_binding(traits: &crate::model::Traits) -> HttpBinding {
    let text = |key: &str| {
        traits
            .get(key)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_owned()
    };
    if traits.has(id::HTTP_LABEL) {
        HttpBinding::Label
    } else if traits.has(id::HTTP_QUERY) {
        HttpBinding::Query(text(id::HTTP_QUERY))
    } else if traits.has(id::HTTP_QUERY_PARAMS) {
        HttpBinding::QueryParams
    } else if traits.has(id::HTTP_HEADER) {
        HttpBinding::Header(text(id::HTTP_HEADER))
    } else if traits.has(id::HTTP_PREFIX_HEADERS) {
        HttpBinding::PrefixHeaders(text(id::HTTP_PREFIX_HEADERS))
    } else if traits.has(id::HTTP_PAYLOAD) {
        HttpBinding::Payload
    } else if traits.has(id::HTTP_RESPONSE_CODE) {
        HttpBinding::ResponseCode
    } else {
        HttpBinding::Body
    }
}

/// Constraints of the target, overridden by the member's own.
fn constraints(
    target: Option<&crate::model::Traits>,
    member: &crate::model::Traits,
) -> Constraints {
    let mut out = Constraints::default();
    for traits in target.into_iter().chain([member]) {
        if let Some(length) = traits.get(id::LENGTH) {
            out.length = Some((
                length.get("min").and_then(|v| v.as_u64()),
                length.get("max").and_then(|v| v.as_u64()),
            ));
        }
        if let Some(range) = traits.get(id::RANGE) {
            let bound = |key: &str| range.get(key).and_then(|v| v.as_number()).cloned();
            out.range = Some((bound("min"), bound("max")));
        }
        if let Some(pattern) = traits.get(id::PATTERN).and_then(|p| p.as_str()) {
            out.pattern = Some(pattern.to_owned());
        }
        out.unique_items |= traits.has(id::UNIQUE_ITEMS);
    }
    out
}

/// Boxes every member that closes a cycle of structures and unions, so the
/// emitted types have a finite size. Lists and maps already put their
/// elements on the heap, so edges through them do not count.
fn box_cycles(service: &mut Service) {
    let direct = |t: &TypeRef| match t {
        TypeRef::Named(id) => Some(id.clone()),
        _ => None,
    };
    let mut edges: BTreeMap<ShapeId, BTreeSet<ShapeId>> = BTreeMap::new();
    for (id, def) in &service.types {
        let targets: BTreeSet<ShapeId> = match def {
            TypeDef::Structure(s) => s.members.iter().filter_map(|m| direct(&m.target)).collect(),
            TypeDef::Union(u) => u
                .variants
                .iter()
                .filter_map(|v| v.target.as_ref().and_then(direct))
                .collect(),
            TypeDef::Enum(_) => BTreeSet::new(),
        };
        edges.insert(id.clone(), targets);
    }
    let reaches = |from: &ShapeId, to: &ShapeId| -> bool {
        let mut stack = vec![from.clone()];
        let mut seen = BTreeSet::new();
        while let Some(node) = stack.pop() {
            if &node == to {
                return true;
            }
            if seen.insert(node.clone()) {
                stack.extend(edges.get(&node).into_iter().flatten().cloned());
            }
        }
        false
    };
    let mut to_box: BTreeSet<(ShapeId, String)> = BTreeSet::new();
    for (id, targets) in &edges {
        for target in targets {
            if reaches(target, id) {
                to_box.insert((id.clone(), target.to_string()));
            }
        }
    }
    for (id, def) in service.types.iter_mut() {
        let boxed = |t: &TypeRef| {
            direct(t).is_some_and(|target| to_box.contains(&(id.clone(), target.to_string())))
        };
        match def {
            TypeDef::Structure(s) => s
                .members
                .iter_mut()
                .for_each(|m| m.boxed = boxed(&m.target)),
            TypeDef::Union(u) => u
                .variants
                .iter_mut()
                .for_each(|v| v.boxed = v.target.as_ref().is_some_and(boxed)),
            TypeDef::Enum(_) => {}
        }
    }
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
            "t#S": {"type": "service", "operations": [{"target": "t#A"}, {"target": "t#B"}], "traits": {"aws.protocols#awsJson1_1": {}}},
            "t#A": {"type": "operation"}, "t#B": {"type": "operation"}
        }}"#;
        let diagnostics = lower(&Model::from_json(text).expect("JSON"), None).expect_err("refused");
        assert_eq!(diagnostics.items().len(), 1, "{diagnostics}");
        assert!(diagnostics.only_unsupported());
        let message = diagnostics.to_string();
        assert!(
            message.contains("t#S: aws.protocols#awsJson1_1 is not implemented yet"),
            "{message}"
        );
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
