//! The endpoint rules evaluator against published expectations: our model's own
//! endpoint tests, the 40 official SSO OIDC test cases run against *our* rule
//! set, and every test case of every rule set in the official corpus.

use sdk_runtime::endpoint::{Params, RuleSet};
use serde_json::Value;
use std::path::Path;

/// The service shape's traits of a model file.
fn service_traits(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let model: Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    model["shapes"]
        .as_object()
        .into_iter()
        .flatten()
        .find(|(_, shape)| shape["type"] == "service")
        .map(|(_, shape)| shape["traits"].clone())
        .unwrap_or(Value::Null)
}

/// Runs `cases` against `rules`; returns (passed, failure descriptions).
fn run_cases(label: &str, rules: &RuleSet, cases: &Value) -> (usize, Vec<String>) {
    let mut passed = 0;
    let mut failures = Vec::new();
    for case in cases["testCases"].as_array().into_iter().flatten() {
        let params: Params = case["params"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let doc = case["documentation"].as_str().unwrap_or("(undocumented)");
        let outcome = rules.resolve(&params);
        let expect = &case["expect"];
        let ok = match (&outcome, expect.get("endpoint"), expect.get("error")) {
            (Ok(endpoint), Some(want), _) => {
                let properties_ok = want.get("properties").is_none_or(|p| {
                    p.as_object().is_none_or(|p| p.is_empty()) && endpoint.properties.is_empty()
                        || Value::Object(endpoint.properties.clone()) == *p
                });
                let headers_ok = want.get("headers").is_none_or(|h| {
                    h.as_object().is_none_or(|h| {
                        h.iter().all(|(k, v)| {
                            endpoint.headers.get(k).map(|got| serde_json::json!(got))
                                == Some(v.clone())
                        }) && h.len() == endpoint.headers.len()
                    })
                });
                want["url"] == endpoint.url.as_str() && properties_ok && headers_ok
            }
            (Err(error), None, Some(want)) => want == error.to_string().as_str(),
            _ => false,
        };
        if ok {
            passed += 1;
        } else {
            failures.push(format!(
                "{label}: {doc}: params {params:?}: expected {expect}, got {outcome:?}"
            ));
        }
    }
    (passed, failures)
}

#[test]
fn our_rule_set_passes_our_own_endpoint_tests() {
    let traits = service_traits(&sdk_tests::workspace_root().join("model/sso-oidc.json"));
    let rules =
        RuleSet::new(traits["smithy.rules#endpointRuleSet"].clone()).expect("valid rule set");
    let (passed, failures) = run_cases("ours", &rules, &traits["smithy.rules#endpointTests"]);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(passed >= 9, "{passed}");
}

#[test]
fn our_rule_set_passes_the_official_sso_oidc_endpoint_tests() {
    let Some(models) = sdk_tests::shared_models() else {
        eprintln!("skipping: ../shared/models not found beside the repository");
        return;
    };
    let ours = service_traits(&sdk_tests::workspace_root().join("model/sso-oidc.json"));
    let official = service_traits(&models.join("sso-oidc.official.json"));
    let rules = RuleSet::new(ours["smithy.rules#endpointRuleSet"].clone()).expect("valid rule set");
    let (passed, failures) = run_cases(
        "official cases, our rules",
        &rules,
        &official["smithy.rules#endpointTests"],
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(passed, 40, "the official model has 40 endpoint test cases");
}

#[test]
fn the_evaluator_passes_every_corpus_rule_sets_own_tests() {
    let Some(models) = sdk_tests::shared_models() else {
        eprintln!("skipping: ../shared/models not found beside the repository");
        return;
    };
    let mut entries: Vec<_> = std::fs::read_dir(models.join("corpus"))
        .expect("corpus readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    entries.sort();
    let (mut total, mut failures, mut models_run) = (0, Vec::new(), 0);
    for path in entries {
        let traits = service_traits(&path);
        let label = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("?")
            .to_owned();
        let rules = RuleSet::new(traits["smithy.rules#endpointRuleSet"].clone())
            .unwrap_or_else(|e| panic!("{label}: {e}"));
        let (passed, failed) = run_cases(&label, &rules, &traits["smithy.rules#endpointTests"]);
        total += passed;
        failures.extend(failed);
        models_run += 1;
    }
    eprintln!(
        "endpoint tests: {total} passed, {} failed, over {models_run} rule sets",
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} failing case(s):\n{}",
        failures.len(),
        failures
            .iter()
            .take(30)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert_eq!(models_run, 92);
}

#[tokio::test]
async fn the_generated_client_sends_the_official_test_cases_where_they_expect() {
    use sso_oidc::config::test_util::{MockHttpClient, MockReply};
    let Some(models) = sdk_tests::shared_models() else {
        eprintln!("skipping: ../shared/models not found beside the repository");
        return;
    };
    let official = service_traits(&models.join("sso-oidc.official.json"));
    let cases = official["smithy.rules#endpointTests"]["testCases"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let mut checked = 0;
    for case in &cases {
        let params = &case["params"];
        let mock = MockHttpClient::new([MockReply::json(200, "{}")]);
        let mut config = sso_oidc::Config::builder().http_client(mock.clone());
        if let Some(region) = params["Region"].as_str() {
            config = config.region(region);
        }
        if let Some(url) = params["Endpoint"].as_str() {
            config = config.endpoint_url(url);
        }
        config = config
            .use_fips(params["UseFIPS"].as_bool().unwrap_or(false))
            .use_dual_stack(params["UseDualStack"].as_bool().unwrap_or(false));
        let client = sso_oidc::Client::from_conf(config.build());
        let result = client
            .register_client()
            .client_name("a")
            .client_type("public")
            .send()
            .await;
        let doc = case["documentation"].as_str().unwrap_or_default();
        match (
            case["expect"]["endpoint"]["url"].as_str(),
            case["expect"]["error"].as_str(),
        ) {
            (Some(url), _) => {
                assert!(result.is_ok(), "{doc}: {result:?}");
                assert_eq!(
                    mock.requests()[0].uri,
                    format!("{url}/client/register"),
                    "{doc}"
                );
            }
            (None, Some(error)) => {
                let got = result.expect_err(doc).to_string();
                assert!(got.contains(error), "{doc}: {got}");
                assert!(mock.requests().is_empty(), "{doc}: nothing may be sent");
            }
            _ => panic!("{doc}: test case expects neither an endpoint nor an error"),
        }
        checked += 1;
    }
    assert_eq!(checked, 40);
}
