//! A Smithy rules-engine evaluator: resolves an endpoint from a service's
//! `smithy.rules#endpointRuleSet` and parameters such as Region and UseFIPS.
//!
//! The rule set is kept as the JSON the model holds and interpreted directly;
//! clients resolve once per configuration, so the interpretation cost is paid
//! once, not per request. Every function of the AWS rule sets in use is
//! supported: `isSet`, `not`, `booleanEquals`, `stringEquals`, `getAttr`,
//! `substring`, `uriEncode`, `parseURL`, `isValidHostLabel`, `aws.partition`,
//! `aws.parseArn` and `aws.isVirtualHostableS3Bucket`.

mod functions;
mod partition;

use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::fmt;

/// Parameter values by name (`Region`, `UseFIPS`…): strings, booleans or string lists.
pub type Params = BTreeMap<String, Value>;

/// A resolved endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct Endpoint {
    /// The URL requests go to.
    pub url: String,
    /// Properties the rules attached (auth schemes and the like).
    pub properties: Map<String, Value>,
    /// Headers the rules ask every request to carry.
    pub headers: BTreeMap<String, Vec<String>>,
}

/// Why no endpoint could be resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResolveError {
    /// The rules ended in an error rule; the message is the rule set's own.
    Rules(String),
    /// A parameter is missing or has the wrong type.
    Parameter(String),
    /// The rule set itself is malformed.
    RuleSet(String),
}

impl fmt::Display for ResolveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResolveError::Rules(message) => f.write_str(message),
            ResolveError::Parameter(message) => write!(f, "endpoint parameter: {message}"),
            ResolveError::RuleSet(message) => write!(f, "malformed endpoint rule set: {message}"),
        }
    }
}

impl std::error::Error for ResolveError {}

/// A service's endpoint rule set.
#[derive(Debug, Clone)]
pub struct RuleSet {
    document: Value,
}

/// What a rule produced.
enum Outcome {
    Endpoint(Endpoint),
    Error(String),
}

impl RuleSet {
    /// Wraps a `smithy.rules#endpointRuleSet` document.
    pub fn new(document: Value) -> Result<Self, ResolveError> {
        if !document["parameters"].is_object() || !document["rules"].is_array() {
            return Err(ResolveError::RuleSet(
                "needs `parameters` and `rules`".to_owned(),
            ));
        }
        Ok(Self { document })
    }

    /// Parses a rule set from JSON text.
    pub fn from_json(text: &str) -> Result<Self, ResolveError> {
        let document =
            serde_json::from_str(text).map_err(|e| ResolveError::RuleSet(e.to_string()))?;
        Self::new(document)
    }

    /// Resolves the endpoint for `params`; defaults of the rule set fill absent parameters.
    pub fn resolve(&self, params: &Params) -> Result<Endpoint, ResolveError> {
        let mut scope: BTreeMap<String, Value> = BTreeMap::new();
        let declared = self.document["parameters"]
            .as_object()
            .into_iter()
            .flatten();
        for (name, spec) in declared {
            let value = params
                .get(name)
                .filter(|v| !v.is_null())
                .or_else(|| spec.get("default"));
            match value {
                Some(value) => {
                    let expected = spec["type"]
                        .as_str()
                        .unwrap_or("string")
                        .to_ascii_lowercase();
                    let fits = match expected.as_str() {
                        "boolean" => value.is_boolean(),
                        "stringarray" => value
                            .as_array()
                            .is_some_and(|a| a.iter().all(Value::is_string)),
                        _ => value.is_string(),
                    };
                    if !fits {
                        return Err(ResolveError::Parameter(format!(
                            "`{name}` must be a {expected}"
                        )));
                    }
                    scope.insert(name.clone(), value.clone());
                }
                None if spec["required"].as_bool() == Some(true) => {
                    return Err(ResolveError::Parameter(format!("`{name}` is required")));
                }
                None => {}
            }
        }
        let rules = self.document["rules"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default();
        match evaluate_rules(rules, &mut scope)? {
            Some(Outcome::Endpoint(endpoint)) => Ok(endpoint),
            Some(Outcome::Error(message)) => Err(ResolveError::Rules(message)),
            None => Err(ResolveError::RuleSet("no rule matched".to_owned())),
        }
    }
}

type Scope = BTreeMap<String, Value>;

fn evaluate_rules(rules: &[Value], scope: &mut Scope) -> Result<Option<Outcome>, ResolveError> {
    for rule in rules {
        // Assignments made by a rule's conditions are visible only inside that rule.
        let mut inner = scope.clone();
        if !conditions_hold(&rule["conditions"], &mut inner)? {
            continue;
        }
        match rule["type"].as_str() {
            Some("endpoint") => {
                return endpoint(&rule["endpoint"], &inner).map(|e| Some(Outcome::Endpoint(e)))
            }
            Some("error") => {
                return template(&rule["error"], &inner).map(|m| Some(Outcome::Error(m)))
            }
            Some("tree") => {
                let rules = rule["rules"]
                    .as_array()
                    .map(Vec::as_slice)
                    .unwrap_or_default();
                // A tree whose conditions matched is final: no later sibling is tried.
                return match evaluate_rules(rules, &mut inner)? {
                    Some(outcome) => Ok(Some(outcome)),
                    None => Err(ResolveError::RuleSet(
                        "a tree rule matched but none of its rules did".to_owned(),
                    )),
                };
            }
            other => {
                return Err(ResolveError::RuleSet(format!(
                    "unknown rule type {other:?}"
                )))
            }
        }
    }
    Ok(None)
}

fn conditions_hold(conditions: &Value, scope: &mut Scope) -> Result<bool, ResolveError> {
    for condition in conditions.as_array().into_iter().flatten() {
        let value = evaluate(condition, scope)?;
        let holds = !matches!(value, Value::Null | Value::Bool(false));
        if !holds {
            return Ok(false);
        }
        if let Some(name) = condition["assign"].as_str() {
            scope.insert(name.to_owned(), value);
        }
    }
    Ok(true)
}

/// Evaluates an expression: a literal (strings are templates), `{"ref"}` or `{"fn"}`.
fn evaluate(expression: &Value, scope: &Scope) -> Result<Value, ResolveError> {
    match expression {
        Value::String(_) => template(expression, scope).map(Value::String),
        Value::Array(items) => items
            .iter()
            .map(|item| evaluate(item, scope))
            .collect::<Result<Vec<_>, _>>()
            .map(Value::Array),
        Value::Object(object) => {
            if let Some(name) = object.get("ref").and_then(Value::as_str) {
                return Ok(scope.get(name).cloned().unwrap_or(Value::Null));
            }
            let Some(function) = object.get("fn").and_then(Value::as_str) else {
                return Err(ResolveError::RuleSet(format!(
                    "unknown expression {expression}"
                )));
            };
            let args = object
                .get("argv")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .map(|arg| evaluate(arg, scope))
                .collect::<Result<Vec<_>, _>>()?;
            functions::call(function, &args)
        }
        literal => Ok(literal.clone()),
    }
}

/// Expands `{Name}` and `{Name#path}` in a string; `{{` and `}}` are literal braces.
fn template(value: &Value, scope: &Scope) -> Result<String, ResolveError> {
    let text = match value {
        Value::String(text) => text,
        other => {
            return evaluate(other, scope)?
                .as_str()
                .map(str::to_owned)
                .ok_or_else(|| ResolveError::RuleSet(format!("{other} is not a string")))
        }
    };
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push('}');
            }
            '{' => {
                let name: String = chars.by_ref().take_while(|&c| c != '}').collect();
                let value = match name.split_once('#') {
                    Some((variable, path)) => {
                        functions::get_attr(scope.get(variable).unwrap_or(&Value::Null), path)
                    }
                    None => scope.get(&name).cloned().unwrap_or(Value::Null),
                };
                match value {
                    Value::String(s) => out.push_str(&s),
                    Value::Bool(b) => out.push_str(if b { "true" } else { "false" }),
                    Value::Number(n) => out.push_str(&n.to_string()),
                    _ => {
                        return Err(ResolveError::RuleSet(format!(
                            "template variable `{name}` is not set"
                        )))
                    }
                }
            }
            c => out.push(c),
        }
    }
    Ok(out)
}

/// Templates every string inside a value (endpoint properties).
fn expand(value: &Value, scope: &Scope) -> Result<Value, ResolveError> {
    Ok(match value {
        Value::String(_) => Value::String(template(value, scope)?),
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|v| expand(v, scope))
                .collect::<Result<_, _>>()?,
        ),
        Value::Object(object) if object.contains_key("ref") || object.contains_key("fn") => {
            evaluate(value, scope)?
        }
        Value::Object(object) => Value::Object(
            object
                .iter()
                .map(|(k, v)| expand(v, scope).map(|v| (k.clone(), v)))
                .collect::<Result<_, _>>()?,
        ),
        other => other.clone(),
    })
}

fn endpoint(spec: &Value, scope: &Scope) -> Result<Endpoint, ResolveError> {
    let url = template(&spec["url"], scope)?;
    let properties = match expand(&spec["properties"], scope)? {
        Value::Object(map) => map,
        _ => Map::new(),
    };
    let mut headers = BTreeMap::new();
    for (name, values) in spec["headers"].as_object().into_iter().flatten() {
        let values = values
            .as_array()
            .into_iter()
            .flatten()
            .map(|v| template(v, scope))
            .collect::<Result<Vec<_>, _>>()?;
        headers.insert(name.clone(), values);
    }
    Ok(Endpoint {
        url,
        properties,
        headers,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rule_set() -> RuleSet {
        RuleSet::new(json!({
            "version": "1.0",
            "parameters": {
                "Region": {"type": "String", "required": false},
                "UseFIPS": {"type": "Boolean", "required": true, "default": false}
            },
            "rules": [
                {"type": "tree", "conditions": [
                    {"fn": "isSet", "argv": [{"ref": "Region"}]},
                    {"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "P"}
                ], "rules": [
                    {"type": "endpoint", "conditions": [{"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, true]}],
                     "endpoint": {"url": "https://svc-fips.{Region}.{P#dnsSuffix}", "properties": {"p": "{P#name}"}, "headers": {"x": ["{{literal}}"]}}},
                    {"type": "endpoint", "conditions": [], "endpoint": {"url": "https://svc.{Region}.{P#dnsSuffix}"}}
                ]},
                {"type": "error", "conditions": [], "error": "Missing Region"}
            ]
        }))
        .expect("valid rule set")
    }

    fn params(pairs: &[(&str, Value)]) -> Params {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect()
    }

    #[test]
    fn resolves_templates_properties_and_headers() {
        let endpoint = rule_set()
            .resolve(&params(&[
                ("Region", json!("cn-north-1")),
                ("UseFIPS", json!(true)),
            ]))
            .expect("resolves");
        assert_eq!(endpoint.url, "https://svc-fips.cn-north-1.amazonaws.com.cn");
        assert_eq!(endpoint.properties["p"], "aws-cn");
        assert_eq!(endpoint.headers["x"], ["{literal}"]);
        let plain = rule_set()
            .resolve(&params(&[("Region", json!("us-east-1"))]))
            .expect("default UseFIPS");
        assert_eq!(plain.url, "https://svc.us-east-1.amazonaws.com");
    }

    #[test]
    fn errors_are_the_rule_sets_own_and_parameters_are_checked() {
        assert_eq!(
            rule_set().resolve(&Params::new()),
            Err(ResolveError::Rules("Missing Region".to_owned()))
        );
        let wrong = rule_set().resolve(&params(&[("UseFIPS", json!("yes"))]));
        assert!(matches!(wrong, Err(ResolveError::Parameter(m)) if m.contains("UseFIPS")));
        assert!(RuleSet::from_json("{}").is_err());
    }
}
