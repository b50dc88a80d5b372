//! The standard library of the rules engine, plus the AWS functions.
//!
//! Functions that cannot produce a value (a malformed ARN, an unparsable URL)
//! return `null`, which makes the condition calling them false.

use super::ResolveError;
use serde_json::{json, Value};

/// Calls rules function `name` with evaluated `args`.
pub(crate) fn call(name: &str, args: &[Value]) -> Result<Value, ResolveError> {
    let arg = |i: usize| args.get(i).unwrap_or(&Value::Null);
    let text = |i: usize| arg(i).as_str();
    Ok(match name {
        "isSet" => Value::Bool(!arg(0).is_null()),
        "not" => Value::Bool(!arg(0).as_bool().unwrap_or(false)),
        "booleanEquals" => Value::Bool(arg(0).is_boolean() && arg(0) == arg(1)),
        "stringEquals" => Value::Bool(arg(0).is_string() && arg(0) == arg(1)),
        "getAttr" => match text(1) {
            Some(path) => get_attr(arg(0), path),
            None => {
                return Err(ResolveError::RuleSet(
                    "getAttr needs a path string".to_owned(),
                ))
            }
        },
        "substring" => match (text(0), arg(1).as_u64(), arg(2).as_u64(), arg(3).as_bool()) {
            (Some(s), Some(start), Some(stop), Some(reverse)) => {
                substring(s, start as usize, stop as usize, reverse)
            }
            _ => Value::Null,
        },
        "uriEncode" => text(0).map_or(Value::Null, |s| {
            Value::String(crate::percent::encode(s, false))
        }),
        "parseURL" => text(0).map_or(Value::Null, parse_url),
        "isValidHostLabel" => Value::Bool(
            text(0).is_some_and(|s| valid_host_label(s, arg(1).as_bool().unwrap_or(false))),
        ),
        "aws.partition" => text(0).map_or(Value::Null, super::partition::partition),
        "aws.parseArn" => text(0).map_or(Value::Null, parse_arn),
        "aws.isVirtualHostableS3Bucket" => Value::Bool(
            text(0).is_some_and(|s| virtual_hostable_bucket(s, arg(1).as_bool().unwrap_or(false))),
        ),
        other => return Err(ResolveError::RuleSet(format!("unknown function `{other}`"))),
    })
}

/// `getAttr`: a path of `.`-separated names, each optionally indexed (`resourceId[0]`).
pub(crate) fn get_attr(value: &Value, path: &str) -> Value {
    let mut current = value.clone();
    for part in path.split('.') {
        let (name, index) = match part.split_once('[') {
            Some((name, rest)) => (
                name,
                rest.strip_suffix(']').and_then(|i| i.parse::<usize>().ok()),
            ),
            None => (part, None),
        };
        if !name.is_empty() {
            current = current.get(name).cloned().unwrap_or(Value::Null);
        }
        if let Some(index) = index {
            current = current.get(index).cloned().unwrap_or(Value::Null);
        }
    }
    current
}

fn substring(s: &str, start: usize, stop: usize, reverse: bool) -> Value {
    if !s.is_ascii() || start >= stop || s.len() < stop {
        return Value::Null;
    }
    let (from, to) = if reverse {
        (s.len() - stop, s.len() - start)
    } else {
        (start, stop)
    };
    s.get(from..to)
        .map_or(Value::Null, |sub| Value::String(sub.to_owned()))
}

fn parse_url(url: &str) -> Value {
    let Some((scheme, rest)) = url.split_once("://") else {
        return Value::Null;
    };
    if !matches!(scheme, "http" | "https") || rest.contains(['?', '#']) {
        return Value::Null;
    }
    let (authority, path) = match rest.find('/') {
        Some(at) => (&rest[..at], &rest[at..]),
        None => (rest, ""),
    };
    if authority.is_empty() {
        return Value::Null;
    }
    let host = if authority.starts_with('[') {
        authority
            .split(']')
            .next()
            .map(|h| format!("{h}]"))
            .unwrap_or_default()
    } else {
        authority.split(':').next().unwrap_or_default().to_owned()
    };
    let is_ip = host.starts_with('[') || host.parse::<std::net::Ipv4Addr>().is_ok();
    let normalized = if path.is_empty() {
        "/".to_owned()
    } else if path.ends_with('/') {
        path.to_owned()
    } else {
        format!("{path}/")
    };
    json!({"scheme": scheme, "authority": authority, "path": path, "normalizedPath": normalized, "isIp": is_ip})
}

fn valid_host_label(s: &str, allow_sub_domains: bool) -> bool {
    let label_ok = |label: &str| {
        !label.is_empty()
            && label.len() <= 63
            && label.starts_with(|c: char| c.is_ascii_alphanumeric())
            && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    };
    if allow_sub_domains {
        s.split('.').all(label_ok)
    } else {
        label_ok(s)
    }
}

fn virtual_hostable_bucket(s: &str, allow_sub_domains: bool) -> bool {
    let lower = s.chars().all(|c| !c.is_ascii_uppercase());
    let ip_like = s.split('.').count() == 4 && s.split('.').all(|p| p.parse::<u8>().is_ok());
    lower && !ip_like && (3..=63).contains(&s.len()) && valid_host_label(s, allow_sub_domains)
}

fn parse_arn(arn: &str) -> Value {
    let mut parts = arn.splitn(6, ':');
    let (Some("arn"), Some(partition), Some(service), Some(region), Some(account), Some(resource)) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return Value::Null;
    };
    if partition.is_empty() || service.is_empty() || resource.is_empty() {
        return Value::Null;
    }
    let resource_id: Vec<&str> = resource.split([':', '/']).collect();
    json!({"partition": partition, "service": service, "region": region, "accountId": account, "resourceId": resource_id})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standard_functions() {
        assert_eq!(
            call(
                "substring",
                &[json!("abcdef"), json!(0), json!(2), json!(false)]
            ),
            Ok(json!("ab"))
        );
        assert_eq!(
            call(
                "substring",
                &[json!("abcdef"), json!(0), json!(2), json!(true)]
            ),
            Ok(json!("ef"))
        );
        assert_eq!(
            call(
                "substring",
                &[json!("ab"), json!(0), json!(4), json!(false)]
            ),
            Ok(Value::Null)
        );
        assert_eq!(call("uriEncode", &[json!("a b/c")]), Ok(json!("a%20b%2Fc")));
        assert_eq!(
            call("isValidHostLabel", &[json!("a.b-c"), json!(true)]),
            Ok(json!(true))
        );
        assert_eq!(
            call("isValidHostLabel", &[json!("a.b"), json!(false)]),
            Ok(json!(false))
        );
        let url = call("parseURL", &[json!("https://127.0.0.1:8443/base")]).expect("parses");
        assert_eq!(
            (
                url["authority"].clone(),
                url["normalizedPath"].clone(),
                url["isIp"].clone()
            ),
            (json!("127.0.0.1:8443"), json!("/base/"), json!(true))
        );
        assert_eq!(call("parseURL", &[json!("ftp://x")]), Ok(Value::Null));
        let arn = call(
            "aws.parseArn",
            &[json!("arn:aws:kinesisvideo:us-west-2:123:stream/name/1")],
        )
        .expect("parses");
        assert_eq!(get_attr(&arn, "resourceId[1]"), json!("name"));
        assert_eq!(
            call("aws.parseArn", &[json!("arn:aws::r:a:x")]),
            Ok(Value::Null)
        );
        assert!(call("nope", &[]).is_err());
    }
}
