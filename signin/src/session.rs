//! Which IAM Identity Center to sign in to: an `[sso-session NAME]` of the
//! AWS config file, a legacy profile carrying `sso_start_url` itself, or
//! settings given in code.

use std::fmt;

use sdk_runtime::profile::ProfileFile;

use crate::cache::token_cache_key;

/// The scope the AWS CLI registers with when the configuration names none.
pub const DEFAULT_SCOPE: &str = "sso:account:access";

/// An IAM Identity Center sign-in target: start URL, region, and the
/// sso-session name that keys its cached token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SsoSession {
    name: Option<String>,
    start_url: String,
    region: String,
    scopes: Option<Vec<String>>,
    account_id: Option<String>,
    role_name: Option<String>,
}

/// A profile or sso-session that cannot be used to sign in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    message: String,
}

impl ConfigError {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        ConfigError {
            message: message.into(),
        }
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ConfigError {}

impl SsoSession {
    /// A named sso-session: its token is cached under the name, and it can use
    /// the authorization code flow (the AWS CLI keeps legacy profiles on the
    /// device flow).
    pub fn named(
        name: impl Into<String>,
        start_url: impl Into<String>,
        region: impl Into<String>,
    ) -> Self {
        SsoSession {
            name: Some(name.into()),
            start_url: start_url.into(),
            region: region.into(),
            scopes: None,
            account_id: None,
            role_name: None,
        }
    }

    /// A legacy sign-in without a session name: its token is cached under the start URL.
    pub fn legacy(start_url: impl Into<String>, region: impl Into<String>) -> Self {
        SsoSession {
            name: None,
            ..Self::named("", start_url, region)
        }
    }

    /// The scopes to register the client with (`sso_registration_scopes`).
    pub fn with_scopes(mut self, scopes: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.scopes = Some(scopes.into_iter().map(Into::into).collect());
        self
    }

    /// The settings of profile `profile` of `file`: through its `sso_session`
    /// when it names one, else from its own `sso_start_url` and `sso_region`.
    pub fn from_profile(file: &ProfileFile, profile: &str) -> Result<Self, ConfigError> {
        let section = file.profile(profile).ok_or_else(|| {
            ConfigError::new(format!("the config profile ({profile}) could not be found"))
        })?;
        let mut session = match section.get("sso_session") {
            Some(name) => {
                let session = Self::from_sso_session(file, name)?;
                // A profile may repeat its session's settings; aws-config
                // refuses them when they disagree rather than pick one.
                for (key, value) in [
                    ("sso_start_url", &session.start_url),
                    ("sso_region", &session.region),
                ] {
                    if let Some(own) = section.get(key) {
                        if own != value {
                            return Err(ConfigError::new(format!(
                                "profile {profile} sets {key} = {own}, but its sso-session {name} sets {value}"
                            )));
                        }
                    }
                }
                session
            }
            None => {
                let (start_url, region) = required(section, &format!("profile {profile}"))?;
                SsoSession::legacy(start_url, region)
            }
        };
        session.account_id = section.get("sso_account_id").map(str::to_owned);
        session.role_name = section.get("sso_role_name").map(str::to_owned);
        Ok(session)
    }

    /// The settings of profile `profile` of the AWS config file the
    /// environment names (`AWS_CONFIG_FILE`, else `~/.aws/config`).
    pub fn from_config_profile(profile: &str) -> Result<Self, crate::Error> {
        Ok(Self::from_profile(&ProfileFile::load_from_env()?, profile)?)
    }

    /// The settings of the profile the environment selects (`AWS_PROFILE`,
    /// else `default`) of the AWS config file.
    pub fn from_selected_profile() -> Result<Self, crate::Error> {
        let profile = sdk_runtime::profile::selected_profile(&|name| std::env::var(name).ok());
        Self::from_config_profile(&profile)
    }

    /// The settings of `[sso-session NAME]` of `file`.
    pub fn from_sso_session(file: &ProfileFile, name: &str) -> Result<Self, ConfigError> {
        let section = file.sso_session(name).ok_or_else(|| {
            ConfigError::new(format!(
                "the specified sso-session does not exist: \"{name}\""
            ))
        })?;
        let (start_url, region) = required(section, &format!("sso-session {name}"))?;
        let mut session = SsoSession::named(name, start_url, region);
        session.scopes = section.get("sso_registration_scopes").map(parse_scopes);
        Ok(session)
    }

    /// The sso-session name (`None` for a legacy profile).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The start URL.
    pub fn start_url(&self) -> &str {
        &self.start_url
    }

    /// The region of the IAM Identity Center instance.
    pub fn region(&self) -> &str {
        &self.region
    }

    /// The scopes configured for the registration, if any.
    pub fn scopes(&self) -> Option<&[String]> {
        self.scopes.as_deref()
    }

    /// The scopes a client is registered with: the configured ones, else
    /// [`DEFAULT_SCOPE`].
    pub fn registration_scopes(&self) -> Vec<String> {
        match &self.scopes {
            Some(scopes) if !scopes.is_empty() => scopes.clone(),
            _ => vec![DEFAULT_SCOPE.to_owned()],
        }
    }

    /// The profile's `sso_account_id`, when it was read from a profile.
    pub fn account_id(&self) -> Option<&str> {
        self.account_id.as_deref()
    }

    /// The profile's `sso_role_name`, when it was read from a profile.
    pub fn role_name(&self) -> Option<&str> {
        self.role_name.as_deref()
    }

    /// The name of this session's token file in the cache (without `.json`).
    pub fn token_cache_key(&self) -> String {
        token_cache_key(self.name.as_deref(), &self.start_url)
    }
}

fn required<'a>(
    section: &'a sdk_runtime::profile::Section,
    what: &str,
) -> Result<(&'a str, &'a str), ConfigError> {
    let start_url = section.get("sso_start_url").filter(|v| !v.is_empty());
    let region = section.get("sso_region").filter(|v| !v.is_empty());
    match (start_url, region) {
        (Some(start_url), Some(region)) => Ok((start_url, region)),
        _ => {
            let missing: Vec<&str> = [("sso_start_url", start_url), ("sso_region", region)]
                .into_iter()
                .filter(|(_, v)| v.is_none())
                .map(|(k, _)| k)
                .collect();
            Err(ConfigError::new(format!(
                "{what} is missing the SSO settings {}",
                missing.join(" and ")
            )))
        }
    }
}

/// `sso_registration_scopes` as the AWS CLI reads it: comma-separated, trimmed,
/// empty items dropped.
fn parse_scopes(raw: &str) -> Vec<String> {
    raw.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONFIG: &str = "\
[profile dev]
sso_session = corp
sso_account_id = 111122223333
sso_role_name = Developer
region = eu-west-1

[sso-session corp]
sso_start_url = https://d-1234.awsapps.com/start
sso_region = us-east-1
sso_registration_scopes = sso:account:access , codewhisperer:completions,

[profile legacy]
sso_start_url = https://old.awsapps.com/start
sso_region = us-west-2

[profile clash]
sso_session = corp
sso_region = eu-central-1

[profile broken]
sso_session = nowhere

[profile half]
sso_start_url = https://half.awsapps.com/start
";

    fn file() -> ProfileFile {
        ProfileFile::parse(CONFIG, "config").expect("the test config parses")
    }

    #[test]
    fn a_profile_with_an_sso_session_uses_the_session() {
        let session = SsoSession::from_profile(&file(), "dev").expect("dev resolves");
        assert_eq!(session.name(), Some("corp"));
        assert_eq!(session.start_url(), "https://d-1234.awsapps.com/start");
        assert_eq!(session.region(), "us-east-1");
        assert_eq!(
            session.scopes(),
            Some(
                &[
                    "sso:account:access".to_owned(),
                    "codewhisperer:completions".to_owned()
                ][..]
            )
        );
        assert_eq!(session.account_id(), Some("111122223333"));
        assert_eq!(session.role_name(), Some("Developer"));
        assert_eq!(session.token_cache_key(), crate::cache::sha1_hex("corp"));
    }

    #[test]
    fn a_legacy_profile_is_keyed_by_its_start_url() {
        let session = SsoSession::from_profile(&file(), "legacy").expect("legacy resolves");
        assert_eq!(session.name(), None);
        assert_eq!(session.region(), "us-west-2");
        assert_eq!(
            session.registration_scopes(),
            vec![DEFAULT_SCOPE.to_owned()]
        );
        assert_eq!(
            session.token_cache_key(),
            crate::cache::sha1_hex("https://old.awsapps.com/start")
        );
    }

    #[test]
    fn unusable_profiles_are_refused_with_what_is_wrong() {
        let message = |profile: &str| {
            SsoSession::from_profile(&file(), profile)
                .expect_err("the profile is refused")
                .to_string()
        };
        assert_eq!(
            message("clash"),
            "profile clash sets sso_region = eu-central-1, but its sso-session corp sets us-east-1"
        );
        assert_eq!(
            message("broken"),
            "the specified sso-session does not exist: \"nowhere\""
        );
        assert_eq!(
            message("half"),
            "profile half is missing the SSO settings sso_region"
        );
        assert_eq!(
            message("absent"),
            "the config profile (absent) could not be found"
        );
    }
}
