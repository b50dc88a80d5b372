// @generated from model/sso-oidc.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! The model's `smithy.rules#endpointTests`, run against the client's configuration.
use crate::{Client, Config};
fn resolve(config: Config) -> Result<String, String> {
    let client = Client::from_conf(config);
    client.handle.endpoint().map(|e| e.url.clone()).map_err(|e| e.to_string())
}
/// A commercial Region resolves to the regional host
#[test]
fn a_commercial_region_resolves_to_the_regional_host() {
    assert_eq!(
        resolve(Config::builder().region("eu-west-1").use_fips(false)
        .use_dual_stack(false).build()),
        Ok(String::from("https://oidc.eu-west-1.amazonaws.com"))
    );
}
/// FIPS uses the oidc-fips host
#[test]
fn fips_uses_the_oidc_fips_host() {
    assert_eq!(
        resolve(Config::builder().region("us-west-2").use_fips(true)
        .use_dual_stack(false).build()),
        Ok(String::from("https://oidc-fips.us-west-2.amazonaws.com"))
    );
}
/// Dual-stack uses the api.aws suffix
#[test]
fn dual_stack_uses_the_api_aws_suffix() {
    assert_eq!(
        resolve(Config::builder().region("us-west-2").use_fips(false)
        .use_dual_stack(true).build()),
        Ok(String::from("https://oidc.us-west-2.api.aws"))
    );
}
/// FIPS and dual-stack together
#[test]
fn fips_and_dual_stack_together() {
    assert_eq!(
        resolve(Config::builder().region("us-west-2").use_fips(true).use_dual_stack(true)
        .build()), Ok(String::from("https://oidc-fips.us-west-2.api.aws"))
    );
}
/// GovCloud FIPS keeps the ordinary host
#[test]
fn gov_cloud_fips_keeps_the_ordinary_host() {
    assert_eq!(
        resolve(Config::builder().region("us-gov-west-1").use_fips(true)
        .use_dual_stack(false).build()),
        Ok(String::from("https://oidc.us-gov-west-1.amazonaws.com"))
    );
}
/// China Regions use the amazonaws.com.cn suffix
#[test]
fn china_regions_use_the_amazonaws_com_cn_suffix() {
    assert_eq!(
        resolve(Config::builder().region("cn-northwest-1").use_fips(false)
        .use_dual_stack(false).build()),
        Ok(String::from("https://oidc.cn-northwest-1.amazonaws.com.cn"))
    );
}
/// A custom endpoint is used as given
#[test]
fn a_custom_endpoint_is_used_as_given() {
    assert_eq!(
        resolve(Config::builder().region("us-east-1").use_fips(false)
        .use_dual_stack(false).endpoint_url("http://127.0.0.1:4566").build()),
        Ok(String::from("http://127.0.0.1:4566"))
    );
}
/// A custom endpoint cannot be combined with FIPS
#[test]
fn a_custom_endpoint_cannot_be_combined_with_fips() {
    assert_eq!(
        resolve(Config::builder().region("us-east-1").use_fips(true)
        .use_dual_stack(false).endpoint_url("http://127.0.0.1:4566").build()),
        Err(String::from("Invalid Configuration: FIPS and custom endpoint are not supported"))
    );
}
/// Without a Region nothing can be resolved
#[test]
fn without_a_region_nothing_can_be_resolved() {
    assert_eq!(
        resolve(Config::builder().use_fips(false).use_dual_stack(false).build()),
        Err(String::from("Invalid Configuration: Missing Region"))
    );
}
