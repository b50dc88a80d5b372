//! Our model (`model/sso-oidc.json`, written from the API reference) must state
//! the same facts as the official AWS model: the same shapes, members, targets
//! and traits. Documentation, examples and the endpoint rules (ours are our own,
//! checked by the official endpoint test cases) are left out of the comparison.
//! The official model is test data in `../shared`; without it the test skips.

use serde_json::{Map, Value};
use std::collections::BTreeSet;

fn load(path: &std::path::Path) -> Map<String, Value> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let model: Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    model["shapes"].as_object().cloned().unwrap_or_default()
}

fn ours() -> Map<String, Value> {
    load(&sdk_tests::workspace_root().join("model/sso-oidc.json"))
}

fn official() -> Option<Map<String, Value>> {
    let path = sdk_tests::shared_models()?.join("sso-oidc.official.json");
    path.exists().then(|| load(&path))
}

fn compared_trait(name: &str) -> bool {
    !matches!(name, "smithy.api#documentation" | "smithy.api#examples")
        && !name.starts_with("smithy.rules#")
}

/// Compares two trait maps, recording every difference under `at`.
fn compare_traits(at: &str, ours: &Value, theirs: &Value, differences: &mut Vec<String>) {
    let empty = Map::new();
    let ours = ours.as_object().unwrap_or(&empty);
    let theirs = theirs.as_object().unwrap_or(&empty);
    let names: BTreeSet<&String> = ours
        .keys()
        .chain(theirs.keys())
        .filter(|n| compared_trait(n))
        .collect();
    for name in names {
        match (ours.get(name), theirs.get(name)) {
            (Some(a), Some(b)) if a == b => {}
            (a, b) => differences.push(format!("{at}: trait {name}: ours {a:?}, official {b:?}")),
        }
    }
}

#[test]
fn our_model_states_the_same_facts_as_the_official_one() {
    let Some(official) = official() else {
        eprintln!(
            "skipping: ../shared/models/sso-oidc.official.json not found beside the repository"
        );
        return;
    };
    let ours = ours();
    let mut differences = Vec::new();
    let ids: BTreeSet<&String> = ours.keys().chain(official.keys()).collect();
    for id in ids {
        let (Some(a), Some(b)) = (ours.get(id), official.get(id)) else {
            let side = if ours.contains_key(id) {
                "only in ours"
            } else {
                "missing from ours"
            };
            differences.push(format!("{id}: shape {side}"));
            continue;
        };
        let fields: BTreeSet<&String> = a
            .as_object()
            .into_iter()
            .chain(b.as_object())
            .flat_map(|o| o.keys())
            .collect();
        for field in fields {
            match field.as_str() {
                "traits" => compare_traits(id, &a["traits"], &b["traits"], &mut differences),
                "members" => {
                    let empty = Map::new();
                    let am = a["members"].as_object().unwrap_or(&empty);
                    let bm = b["members"].as_object().unwrap_or(&empty);
                    let a_names: Vec<&String> = am.keys().collect();
                    let b_names: Vec<&String> = bm.keys().collect();
                    if a_names != b_names {
                        differences.push(format!(
                            "{id}: members ours {a_names:?}, official {b_names:?}"
                        ));
                    }
                    for (name, member) in am {
                        let Some(other) = bm.get(name) else { continue };
                        if member["target"] != other["target"] {
                            differences.push(format!(
                                "{id}${name}: target ours {}, official {}",
                                member["target"], other["target"]
                            ));
                        }
                        compare_traits(
                            &format!("{id}${name}"),
                            &member["traits"],
                            &other["traits"],
                            &mut differences,
                        );
                    }
                }
                "member" | "key" | "value" => {
                    if a[field]["target"] != b[field]["target"] {
                        differences.push(format!(
                            "{id}: {field} target ours {}, official {}",
                            a[field]["target"], b[field]["target"]
                        ));
                    }
                    compare_traits(
                        &format!("{id}${field}"),
                        &a[field]["traits"],
                        &b[field]["traits"],
                        &mut differences,
                    );
                }
                other => {
                    if a.get(other) != b.get(other) {
                        differences.push(format!(
                            "{id}: {other} ours {:?}, official {:?}",
                            a.get(other),
                            b.get(other)
                        ));
                    }
                }
            }
        }
    }
    assert!(
        differences.is_empty(),
        "{} difference(s) between model/sso-oidc.json and the official model:\n  {}",
        differences.len(),
        differences.join("\n  ")
    );
}

fn documentation(traits: &Value) -> Option<&str> {
    traits
        .get("smithy.api#documentation")
        .and_then(Value::as_str)
        .filter(|d| !d.trim().is_empty())
}

#[test]
fn every_shape_and_member_is_documented_in_our_own_words() {
    let ours = ours();
    let official = official();
    let mut problems = Vec::new();
    for (id, shape) in &ours {
        let mut items = vec![(
            id.clone(),
            &shape["traits"],
            official
                .as_ref()
                .and_then(|o| o.get(id))
                .map(|s| &s["traits"]),
        )];
        if let Some(members) = shape["members"].as_object() {
            for (name, member) in members {
                let theirs = official
                    .as_ref()
                    .and_then(|o| o.get(id))
                    .map(|s| &s["members"][name]["traits"]);
                items.push((format!("{id}${name}"), &member["traits"], theirs));
            }
        }
        for (at, traits, theirs) in items {
            match documentation(traits) {
                None => problems.push(format!("{at}: no documentation")),
                Some(doc) if theirs.and_then(documentation) == Some(doc) => problems.push(format!(
                    "{at}: documentation copied from the official model"
                )),
                Some(_) => {}
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn endpoint_rule_set_declares_the_standard_parameters() {
    let ours = ours();
    let service = &ours["com.amazonaws.ssooidc#AWSSSOOIDCService"]["traits"];
    let parameters = &service["smithy.rules#endpointRuleSet"]["parameters"];
    for (name, built_in, kind) in [
        ("Region", "AWS::Region", "string"),
        ("UseFIPS", "AWS::UseFIPS", "boolean"),
        ("UseDualStack", "AWS::UseDualStack", "boolean"),
        ("Endpoint", "SDK::Endpoint", "string"),
    ] {
        assert_eq!(parameters[name]["builtIn"], built_in, "{name}");
        assert_eq!(parameters[name]["type"], kind, "{name}");
    }
    let cases = service["smithy.rules#endpointTests"]["testCases"]
        .as_array()
        .map_or(0, Vec::len);
    assert!(cases >= 8, "our own endpoint tests: {cases}");
}
