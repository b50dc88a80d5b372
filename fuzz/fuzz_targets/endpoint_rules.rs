//! The endpoint rules evaluator: any JSON object as parameters against the SSO
//! OIDC rule set, and any text as a rule set (resolved, when it parses, with
//! the parameters a client passes). Every call returns an endpoint or an
//! error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sdk_runtime::endpoint::{Params, RuleSet};
use serde_json::Value;
use std::sync::OnceLock;

fn sso_oidc_rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| {
        RuleSet::from_json(include_str!("../../generated/src/endpoint_rules.json"))
            .expect("the SSO OIDC rule set parses")
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(Value::Object(object)) = serde_json::from_str::<Value>(text) {
        let params: Params = object.into_iter().collect();
        let _ = sso_oidc_rules().resolve(&params);
    }
    if let Ok(rules) = RuleSet::from_json(text) {
        let params: Params = [
            ("Region".to_owned(), Value::from("us-east-1")),
            ("UseFIPS".to_owned(), Value::from(false)),
            ("UseDualStack".to_owned(), Value::from(true)),
        ]
        .into_iter()
        .collect();
        let _ = rules.resolve(&params);
        let _ = rules.resolve(&Params::new());
    }
});
