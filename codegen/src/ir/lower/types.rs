//! Named types and members: structures, unions, enums, member targets,
//! defaults, constraints and binding traits.

use super::*;

impl Lowerer<'_> {
    pub(super) fn type_def(&mut self, id: &ShapeId) -> Option<TypeDef> {
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

    pub(super) fn structure(
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

    pub(super) fn member(
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
    pub(super) fn type_ref(&mut self, owner: &str, id: &ShapeId, depth: usize) -> Option<TypeRef> {
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
            "blob" => TypeRef::Blob {
                streaming,
                requires_length: streaming && shape.traits.has(id::REQUIRES_LENGTH),
            },
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
    pub(super) fn is_sensitive(&self, id: &ShapeId, depth: usize) -> bool {
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

    pub(super) fn default_value(
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

    pub(super) fn is_enum(&self, id: &ShapeId) -> bool {
        self.shapes
            .get(id)
            .is_some_and(|s| s.kind == "enum" || s.kind == "string")
    }

    pub(super) fn union(
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

    pub(super) fn enumeration(
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
pub(super) fn prelude_type(name: &str) -> Option<Option<TypeRef>> {
    Some(Some(match name {
        "String" => TypeRef::String,
        "Blob" => TypeRef::Blob {
            streaming: false,
            requires_length: false,
        },
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
