//! `@paginated`: the operation's trait over the service's defaults, resolved
//! against the lowered input and output so the emitter only writes field paths.
//!
//! Checked as Smithy's validator checks it, with one allowance the AWS models
//! need: tokens may be maps as well as strings (DynamoDB's `Query` and `Scan`
//! page by the last key read).

use super::{MemberPath, Paginated, PathStep, Service, Structure, TypeDef, TypeRef};
use crate::diagnostics::Diagnostics;
use crate::model::{Shape, ShapeId};
use serde_json::Value;
use std::collections::BTreeMap;

use crate::model::id;

/// Fills `Operation::paginated` for every operation with `@paginated`; what does
/// not resolve is a diagnostic naming the operation, and the operation is left
/// without a paginator.
pub(super) fn resolve(
    service: &mut Service,
    shapes: &BTreeMap<ShapeId, &Shape>,
    service_shape: &Shape,
    diagnostics: &mut Diagnostics,
) {
    let defaults = service_shape.traits.get(id::PAGINATED);
    let mut resolved = Vec::new();
    for (index, op) in service.operations.iter().enumerate() {
        let Some(own) = shapes.get(&op.id).and_then(|s| s.traits.get(id::PAGINATED)) else {
            continue;
        };
        let setting = |key: &str| {
            own.get(key)
                .or_else(|| defaults.and_then(|d| d.get(key)))
                .and_then(Value::as_str)
                .filter(|v| !v.is_empty())
        };
        let mut problems = Vec::new();
        let paginated = paginated(
            service,
            &op.input,
            &op.output,
            [
                setting("inputToken"),
                setting("outputToken"),
                setting("items"),
                setting("pageSize"),
            ],
            &mut problems,
        );
        for problem in problems {
            diagnostics.error(&op.id, format!("`@paginated`: {problem}"));
        }
        if let Some(paginated) = paginated {
            resolved.push((index, paginated));
        }
    }
    for (index, paginated) in resolved {
        service.operations[index].paginated = Some(paginated);
    }
}

fn paginated(
    service: &Service,
    input: &Structure,
    output: &Structure,
    [input_token, output_token, items, page_size]: [Option<&str>; 4],
    problems: &mut Vec<String>,
) -> Option<Paginated> {
    let (Some(input_token), Some(output_token)) = (input_token, output_token) else {
        problems.push(
            "needs both `inputToken` and `outputToken`, on the operation or in the service's `@paginated`"
                .to_owned(),
        );
        return None;
    };
    let mut resolve = |property: &str, path: &str, root: &Structure, nested: bool| {
        if !nested && path.contains('.') {
            problems.push(format!(
                "`{property}` names `{path}`, but only `outputToken` and `items` may be paths"
            ));
            return None;
        }
        member_path(service, root, path)
            .map_err(|problem| problems.push(format!("`{property}` `{path}`: {problem}")))
            .ok()
    };
    let input_token = resolve("inputToken", input_token, input, false);
    let output_token = resolve("outputToken", output_token, output, true);
    let items = items.map(|path| resolve("items", path, output, true));
    let page_size = page_size.map(|path| resolve("pageSize", path, input, false));

    let is_token = |t: &TypeRef| matches!(t, TypeRef::String | TypeRef::Map { .. });
    for (property, path) in [("inputToken", &input_token), ("outputToken", &output_token)] {
        if let Some(path) = path.as_ref().filter(|p| !is_token(&p.target)) {
            problems.push(format!(
                "`{property}` `{}` must be a string (or a map), not {}",
                path.path,
                describe(&path.target)
            ));
        }
    }
    if let (Some(input), Some(output)) = (&input_token, &output_token) {
        if is_token(&input.target) && is_token(&output.target) && input.target != output.target {
            problems.push(format!(
                "`inputToken` `{}` and `outputToken` `{}` must have the same type, so a page's token can be sent back",
                input.path, output.path
            ));
        }
    }
    if let Some(Some(path)) = &items {
        if !matches!(path.target, TypeRef::List { .. } | TypeRef::Map { .. }) {
            problems.push(format!(
                "`items` `{}` must be a list or a map, not {}",
                path.path,
                describe(&path.target)
            ));
        }
    }
    if let Some(Some(path)) = &page_size {
        let integer = matches!(
            path.target,
            TypeRef::Byte | TypeRef::Short | TypeRef::Integer | TypeRef::Long
        );
        if !integer {
            problems.push(format!(
                "`pageSize` `{}` must be an integer, not {}",
                path.path,
                describe(&path.target)
            ));
        }
    }
    if !problems.is_empty() {
        return None;
    }
    Some(Paginated {
        input_token: input_token?,
        output_token: output_token?,
        items: items.flatten(),
        page_size: page_size.flatten(),
    })
}

/// Follows `path` (`a.b`) from `root` through structure members, by model name.
fn member_path(service: &Service, root: &Structure, path: &str) -> Result<MemberPath, String> {
    let mut structure = root;
    let mut steps = Vec::new();
    let mut names = path.split('.').peekable();
    while let Some(name) = names.next() {
        let member = structure
            .members
            .iter()
            .find(|m| m.name == name)
            .ok_or_else(|| format!("`{}` has no member `{name}`", structure.id))?;
        steps.push(PathStep {
            field_name: member.field_name.clone(),
            optional: member.optional,
            boxed: member.boxed,
        });
        if names.peek().is_none() {
            return Ok(MemberPath {
                path: path.to_owned(),
                steps,
                target: member.target.clone(),
            });
        }
        structure = match &member.target {
            TypeRef::Named(id) => match service.types.get(id) {
                Some(TypeDef::Structure(s)) => s,
                _ => return Err(format!("`{name}` is not a structure, so it has no members")),
            },
            other => {
                return Err(format!(
                    "`{name}` is {}, not a structure, so it has no members",
                    describe(other)
                ))
            }
        };
    }
    Err("the path is empty".to_owned())
}

/// "a list", "an integer"…, for messages.
fn describe(target: &TypeRef) -> &'static str {
    match target {
        TypeRef::Blob { .. } => "a blob",
        TypeRef::Boolean => "a boolean",
        TypeRef::String => "a string",
        TypeRef::Byte => "a byte",
        TypeRef::Short => "a short",
        TypeRef::Integer => "an integer",
        TypeRef::Long => "a long",
        TypeRef::Float => "a float",
        TypeRef::Double => "a double",
        TypeRef::BigInteger => "a bigInteger",
        TypeRef::BigDecimal => "a bigDecimal",
        TypeRef::Timestamp => "a timestamp",
        TypeRef::Document => "a document",
        TypeRef::Named(_) => "a structure, union or enum",
        TypeRef::List { .. } => "a list",
        TypeRef::Map { .. } => "a map",
    }
}

#[cfg(test)]
mod tests {
    use crate::ir::{Operation, Service, TypeRef};

    fn service(extra_service_traits: &str, op_paginated: &str) -> Service {
        let model = format!(
            r#"{{"smithy": "2.0", "shapes": {{
            "a#S": {{"type": "service", "operations": [{{"target": "a#List"}}],
                "traits": {{"aws.protocols#restJson1": {{}} {extra_service_traits}}}}},
            "a#List": {{"type": "operation", "input": {{"target": "a#In"}}, "output": {{"target": "a#Out"}},
                "traits": {{"smithy.api#http": {{"method": "POST", "uri": "/"}},
                    "smithy.api#paginated": {op_paginated}}}}},
            "a#In": {{"type": "structure", "members": {{
                "token": {{"target": "smithy.api#String"}},
                "other": {{"target": "smithy.api#String"}},
                "size": {{"target": "smithy.api#Integer"}}}}}},
            "a#Out": {{"type": "structure", "members": {{
                "page": {{"target": "a#Page", "traits": {{"smithy.api#required": {{}}}}}},
                "next": {{"target": "smithy.api#String"}}}}}},
            "a#Page": {{"type": "structure", "members": {{
                "next": {{"target": "smithy.api#String"}},
                "things": {{"target": "a#Things"}}}}}},
            "a#Things": {{"type": "list", "member": {{"target": "smithy.api#String"}}}}
        }}}}"#
        );
        crate::resolve(&model, None).unwrap_or_else(|e| panic!("{e}"))
    }

    fn op(service: &Service) -> &Operation {
        &service.operations[0]
    }

    #[test]
    fn the_operation_overrides_the_services_defaults_key_by_key() {
        let service = service(
            r#", "smithy.api#paginated": {"inputToken": "token", "outputToken": "next", "pageSize": "size"}"#,
            r#"{"inputToken": "other"}"#,
        );
        let paginated = op(&service).paginated.as_ref().expect("paginated");
        assert_eq!(paginated.input_token.path, "other");
        assert_eq!(paginated.output_token.path, "next");
        assert_eq!(paginated.page_size.as_ref().expect("size").path, "size");
        assert!(paginated.items.is_none());
    }

    #[test]
    fn nested_paths_record_each_step() {
        let service = service(
            "",
            r#"{"inputToken": "token", "outputToken": "page.next", "items": "page.things"}"#,
        );
        let paginated = op(&service).paginated.as_ref().expect("paginated");
        let steps: Vec<(&str, bool)> = paginated
            .output_token
            .steps
            .iter()
            .map(|s| (s.field_name.as_str(), s.optional))
            .collect();
        // `page` is required, so a plain field; `next` is optional.
        assert_eq!(steps, [("page", false), ("next", true)]);
        assert_eq!(paginated.output_token.target, TypeRef::String);
        let items = paginated.items.as_ref().expect("items");
        assert!(matches!(items.target, TypeRef::List { .. }));
    }

    #[test]
    fn an_operation_without_the_trait_has_no_paginator_despite_service_defaults() {
        let model = r#"{"smithy": "2.0", "shapes": {
            "a#S": {"type": "service", "operations": [{"target": "a#Get"}], "traits": {"aws.protocols#restJson1": {},
                "smithy.api#paginated": {"inputToken": "token", "outputToken": "token"}}},
            "a#Get": {"type": "operation", "traits": {"smithy.api#http": {"method": "GET", "uri": "/"}}}
        }}"#;
        let service = crate::resolve(model, None).expect("resolves");
        assert!(op(&service).paginated.is_none());
    }
}
