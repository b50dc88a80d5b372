//! The smallest program that makes one RegisterClient call with aws-sdk-ssooidc.
fn main() {
    let url = std::env::args().nth(1).unwrap_or_else(|| "http://127.0.0.1:1".to_owned());
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread().enable_all().build() else { return };
    let config = aws_sdk_ssooidc::Config::builder()
        .behavior_version(aws_sdk_ssooidc::config::BehaviorVersion::latest())
        .region(aws_sdk_ssooidc::config::Region::new("us-east-1"))
        .endpoint_url(url)
        .build();
    let client = aws_sdk_ssooidc::Client::from_conf(config);
    let result = runtime.block_on(client.register_client().client_name("min").client_type("public").send());
    println!("{}", result.is_ok());
}
