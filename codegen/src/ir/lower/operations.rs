//! Operations: their input, output and errors, and the operation traits.

use super::*;

impl Lowerer<'_> {
    /// The member of `op`'s input or output that is an event stream (a union
    /// with `@streaming`), if any.
    pub(super) fn event_stream_member(&self, op: &ShapeId) -> Option<String> {
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

    pub(super) fn operation(
        &mut self,
        id: &ShapeId,
        service_errors: &[ShapeId],
    ) -> Option<Operation> {
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

    pub(super) fn io_structure(
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
}
