//! The AWS shared config file (`~/.aws/config`), read as the AWS CLI, botocore and
//! `aws-config` read it.
//!
//! The format looks like INI but is not quite: the common INI crates neither know its
//! sub-sections (`s3 =` followed by indented `key = value` lines), nor its comment
//! rules (`#` or `;` start a comment at the start of a line, and inside a value only
//! after whitespace, so `https://host/#frag` stays whole), nor its section kinds
//! (`[profile NAME]`, `[sso-session NAME]`, `[services NAME]`). So it has its own small
//! parser here.
//!
//! # The rules
//!
//! - Sections: `[default]`, `[profile NAME]`, `[sso-session NAME]` and
//!   `[services NAME]`. Whitespace inside the brackets is trimmed; names are
//!   case-sensitive. A bare `[NAME]` other than `[default]` is a credentials-file
//!   style section, which the config file ignores (with a `tracing` warning), and so
//!   are sections with an empty name or whitespace in their name. When both
//!   `[default]` and `[profile default]` are present, `[profile default]` is used and
//!   `[default]` ignored.
//! - Sections of the same kind and name merge; a later key replaces an earlier one.
//! - Lines whose first non-blank character is `#` or `;` are comments, as are a
//!   section header's trailing `# ...`. In a `key = value` line, `#` or `;` preceded by
//!   whitespace starts an inline comment.
//! - Keys are case-insensitive (kept in lowercase); values are trimmed.
//! - A key with an empty value followed by indented `key = value` lines is a
//!   sub-section: `s3 =` then `  max_concurrent_requests = 10`. An indented line after
//!   a key with a value continues that value (joined with `\n`, taken as written but
//!   trimmed: no inline comment is stripped from it).
//! - A property before any section, a line that is neither a section, a comment nor
//!   `key = value`, an unclosed `[`, text after a section's `]` and an indented line
//!   with nothing to continue are errors naming the file and the line. Error messages
//!   never quote the line: a mistyped line may hold a secret.
//!
//! Values of keys that look secret (`aws_secret_access_key`, `aws_session_token`,
//! anything with `secret`, `token`, `password` or `key` in its name) never reach
//! `Debug`.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// A parsed AWS shared config file: its profiles, SSO sessions and services sections.
#[derive(Clone, Debug, Default)]
pub struct ProfileFile {
    profiles: BTreeMap<String, Section>,
    sso_sessions: BTreeMap<String, Section>,
    services: BTreeMap<String, Section>,
}

impl ProfileFile {
    /// Parses the text of a config file; `source` (its path) names it in errors.
    pub fn parse(text: &str, source: &str) -> Result<ProfileFile, ProfileError> {
        Parser::new(source).parse(text)
    }

    /// Reads the config file the environment names: `AWS_CONFIG_FILE` (a leading `~`
    /// is the home directory), else `.aws/config` in the home directory (see
    /// [`home_dir`]). A file that does not exist, or no home directory, is an empty
    /// file; one that cannot be read or parsed is an error.
    pub fn load(env: &dyn Fn(&str) -> Option<String>) -> Result<ProfileFile, ProfileError> {
        let Some(path) = config_file_path(env) else {
            return Ok(ProfileFile::default());
        };
        let source = path.display().to_string();
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return Ok(ProfileFile::default())
            }
            Err(error) => {
                return Err(ProfileError {
                    path: source,
                    line: None,
                    kind: ErrorKind::Io(error),
                })
            }
        };
        let text = match std::str::from_utf8(&bytes) {
            Ok(text) => text,
            Err(error) => {
                let valid = &bytes[..error.valid_up_to()];
                let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
                return Err(ProfileError::at(
                    &source,
                    line,
                    "the file is not valid UTF-8",
                ));
            }
        };
        Self::parse(text, &source)
    }

    /// [`load`](Self::load) with the process environment.
    pub fn load_from_env() -> Result<ProfileFile, ProfileError> {
        Self::load(&|name| std::env::var(name).ok())
    }

    /// The profile `name` (`default` for `[default]` or `[profile default]`).
    pub fn profile(&self, name: &str) -> Option<&Section> {
        self.profiles.get(name)
    }

    /// The `[sso-session NAME]` section `name`.
    pub fn sso_session(&self, name: &str) -> Option<&Section> {
        self.sso_sessions.get(name)
    }

    /// The `[services NAME]` section `name`.
    pub fn services(&self, name: &str) -> Option<&Section> {
        self.services.get(name)
    }

    /// The names of the profiles, in sorted order.
    pub fn profile_names(&self) -> impl Iterator<Item = &str> {
        self.profiles.keys().map(String::as_str)
    }

    /// The names of the SSO sessions, in sorted order.
    pub fn sso_session_names(&self) -> impl Iterator<Item = &str> {
        self.sso_sessions.keys().map(String::as_str)
    }
}

/// The profile the environment selects: `AWS_PROFILE`, else `AWS_DEFAULT_PROFILE`,
/// else `default` (empty variables count as unset).
pub fn selected_profile(env: &dyn Fn(&str) -> Option<String>) -> String {
    non_empty(env, "AWS_PROFILE")
        .or_else(|| non_empty(env, "AWS_DEFAULT_PROFILE"))
        .unwrap_or_else(|| "default".to_owned())
}

/// The home directory: `HOME`, else `USERPROFILE`, else `HOMEDRIVE` followed by
/// `HOMEPATH` (empty variables count as unset).
pub fn home_dir(env: &dyn Fn(&str) -> Option<String>) -> Option<PathBuf> {
    if let Some(home) = non_empty(env, "HOME").or_else(|| non_empty(env, "USERPROFILE")) {
        return Some(PathBuf::from(home));
    }
    let drive = non_empty(env, "HOMEDRIVE")?;
    let path = non_empty(env, "HOMEPATH")?;
    Some(PathBuf::from(format!("{drive}{path}")))
}

fn non_empty(env: &dyn Fn(&str) -> Option<String>, name: &str) -> Option<String> {
    env(name)
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

/// The config file's path: `AWS_CONFIG_FILE` with `~` expanded, else `~/.aws/config`.
fn config_file_path(env: &dyn Fn(&str) -> Option<String>) -> Option<PathBuf> {
    match non_empty(env, "AWS_CONFIG_FILE") {
        Some(path) => Some(expand_home(&path, env)),
        None => home_dir(env).map(|home| home.join(".aws").join("config")),
    }
}

fn expand_home(path: &str, env: &dyn Fn(&str) -> Option<String>) -> PathBuf {
    let rest = if path == "~" {
        Some("")
    } else {
        path.strip_prefix("~/").or_else(|| path.strip_prefix("~\\"))
    };
    match (rest, home_dir(env)) {
        (Some(""), Some(home)) => home,
        (Some(rest), Some(home)) => home.join(rest),
        _ => PathBuf::from(path),
    }
}

/// One section of the file: a profile, an SSO session or a services section.
#[derive(Clone)]
pub struct Section {
    name: String,
    properties: BTreeMap<String, Property>,
}

#[derive(Clone, Default)]
struct Property {
    value: String,
    sub: BTreeMap<String, String>,
}

impl Section {
    fn new(name: &str) -> Self {
        Self {
            name: name.to_owned(),
            properties: BTreeMap::new(),
        }
    }

    /// The section's name (`dev` for `[profile dev]`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The value of `key` (any case), trimmed. A continued value has its lines
    /// joined with `\n`; a sub-section's value is its lines as written.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.properties
            .get(&key.to_ascii_lowercase())
            .map(|p| p.value.trim())
    }

    /// The value of `sub_key` in the sub-section `key` (both in any case), trimmed.
    pub fn sub(&self, key: &str, sub_key: &str) -> Option<&str> {
        self.properties
            .get(&key.to_ascii_lowercase())?
            .sub
            .get(&sub_key.to_ascii_lowercase())
            .map(|v| v.trim())
    }

    /// The section's keys, in lowercase and sorted order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.properties.keys().map(String::as_str)
    }

    fn merge(&mut self, other: Section) {
        self.properties.extend(other.properties);
    }
}

/// Whether a key's value is kept out of `Debug`.
fn is_secret(key: &str) -> bool {
    ["secret", "token", "password", "key"]
        .iter()
        .any(|word| key.contains(word))
}

impl fmt::Debug for Section {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Shown<'a>(&'a str, &'a str);
        impl fmt::Debug for Shown<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                if is_secret(self.0) {
                    f.write_str("** redacted **")
                } else {
                    fmt::Debug::fmt(self.1, f)
                }
            }
        }
        struct Properties<'a>(&'a BTreeMap<String, Property>);
        impl fmt::Debug for Properties<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let mut map = f.debug_map();
                for (key, property) in self.0 {
                    if property.sub.is_empty() {
                        map.entry(key, &Shown(key, &property.value));
                    } else {
                        map.entry(key, &SubProperties(&property.sub));
                    }
                }
                map.finish()
            }
        }
        struct SubProperties<'a>(&'a BTreeMap<String, String>);
        impl fmt::Debug for SubProperties<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_map()
                    .entries(self.0.iter().map(|(k, v)| (k, Shown(k, v))))
                    .finish()
            }
        }
        f.debug_struct("Section")
            .field("name", &self.name)
            .field("properties", &Properties(&self.properties))
            .finish()
    }
}

/// A config file that could not be read or parsed: its path, the line when the
/// problem is on one, and what is wrong.
#[derive(Debug)]
pub struct ProfileError {
    path: String,
    line: Option<usize>,
    kind: ErrorKind,
}

#[derive(Debug)]
enum ErrorKind {
    Io(std::io::Error),
    Parse(&'static str),
}

impl ProfileError {
    fn at(path: &str, line: usize, message: &'static str) -> Self {
        Self {
            path: path.to_owned(),
            line: Some(line),
            kind: ErrorKind::Parse(message),
        }
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        Path::new(&self.path)
    }

    /// The line (from 1) the problem is on; `None` when the file could not be read.
    pub fn line(&self) -> Option<usize> {
        self.line
    }
}

impl fmt::Display for ProfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.kind, self.line) {
            (ErrorKind::Io(error), _) => {
                write!(f, "cannot read the AWS config file {}: {error}", self.path)
            }
            (ErrorKind::Parse(message), Some(line)) => {
                write!(f, "AWS config file {} line {line}: {message}", self.path)
            }
            (ErrorKind::Parse(message), None) => {
                write!(f, "AWS config file {}: {message}", self.path)
            }
        }
    }
}

impl std::error::Error for ProfileError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io(error) => Some(error),
            ErrorKind::Parse(_) => None,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Profile,
    BareDefault,
    SsoSession,
    Services,
}

/// Where properties go: a section being read, or one that is ignored.
enum Target {
    None,
    Ignored,
    Section(Kind, Section),
}

struct Parser<'a> {
    source: &'a str,
    file: ProfileFile,
    bare_default: Option<Section>,
    target: Target,
    /// The key of the property indented lines add to, and whether it is a sub-section.
    current: Option<(String, bool)>,
}

impl<'a> Parser<'a> {
    fn new(source: &'a str) -> Self {
        Self {
            source,
            file: ProfileFile::default(),
            bare_default: None,
            target: Target::None,
            current: None,
        }
    }

    fn parse(mut self, text: &str) -> Result<ProfileFile, ProfileError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        for (index, line) in text.lines().enumerate() {
            self.line(line, index + 1)?;
        }
        self.finish_section();
        let mut file = self.file;
        if let Some(default) = self.bare_default {
            file.profiles.entry("default".to_owned()).or_insert(default);
        }
        Ok(file)
    }

    fn error(&self, line: usize, message: &'static str) -> ProfileError {
        ProfileError::at(self.source, line, message)
    }

    fn line(&mut self, line: &str, number: usize) -> Result<(), ProfileError> {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with(['#', ';']) {
            return Ok(());
        }
        if line.starts_with('[') {
            return self.section_line(line, number);
        }
        if line.starts_with(char::is_whitespace) {
            return self.indented_line(trimmed, number);
        }
        self.property_line(line, number)
    }

    fn section_line(&mut self, line: &str, number: usize) -> Result<(), ProfileError> {
        let Some(close) = line.find(']') else {
            return Err(self.error(number, "a section header `[` is not closed by `]`"));
        };
        let rest = line[close + 1..].trim();
        if !rest.is_empty() && !rest.starts_with(['#', ';']) {
            return Err(self.error(
                number,
                "unexpected text after a section header's `]` (only a comment may follow)",
            ));
        }
        self.finish_section();
        let header = line[1..close].trim();
        let (kind, name) = if header == "default" {
            (Kind::BareDefault, "default")
        } else if let Some(name) = strip_word(header, "profile") {
            (Kind::Profile, name)
        } else if let Some(name) = strip_word(header, "sso-session") {
            (Kind::SsoSession, name)
        } else if let Some(name) = strip_word(header, "services") {
            (Kind::Services, name)
        } else {
            tracing::warn!(
                path = self.source,
                line = number,
                "AWS config file: section `[{header}]` ignored (profiles are `[profile NAME]`)"
            );
            self.target = Target::Ignored;
            return Ok(());
        };
        if name.is_empty() || name.contains(char::is_whitespace) {
            tracing::warn!(
                path = self.source,
                line = number,
                "AWS config file: section `[{header}]` ignored (its name is empty or has whitespace)"
            );
            self.target = Target::Ignored;
            return Ok(());
        }
        self.target = Target::Section(kind, Section::new(name));
        Ok(())
    }

    fn finish_section(&mut self) {
        self.current = None;
        let Target::Section(kind, section) = std::mem::replace(&mut self.target, Target::None)
        else {
            return;
        };
        let map = match kind {
            Kind::Profile => &mut self.file.profiles,
            Kind::SsoSession => &mut self.file.sso_sessions,
            Kind::Services => &mut self.file.services,
            Kind::BareDefault => {
                match &mut self.bare_default {
                    Some(existing) => existing.merge(section),
                    None => self.bare_default = Some(section),
                }
                return;
            }
        };
        match map.get_mut(&section.name) {
            Some(existing) => existing.merge(section),
            None => {
                map.insert(section.name.clone(), section);
            }
        }
    }

    fn property_line(&mut self, line: &str, number: usize) -> Result<(), ProfileError> {
        let (key, value) = self.key_value(line, number)?;
        let section =
            match &mut self.target {
                Target::None => return Err(self.error(
                    number,
                    "a property before any section (start with `[default]` or `[profile NAME]`)",
                )),
                Target::Ignored => {
                    self.current = None;
                    return Ok(());
                }
                Target::Section(_, section) => section,
            };
        let is_sub_section = value.is_empty();
        section.properties.insert(
            key.clone(),
            Property {
                value: value.to_owned(),
                sub: BTreeMap::new(),
            },
        );
        self.current = Some((key, is_sub_section));
        Ok(())
    }

    fn indented_line(&mut self, trimmed: &str, number: usize) -> Result<(), ProfileError> {
        match self.target {
            Target::None => {
                return Err(self.error(
                    number,
                    "a property before any section (start with `[default]` or `[profile NAME]`)",
                ))
            }
            Target::Ignored => return Ok(()),
            Target::Section(..) => {}
        }
        let Some((key, is_sub_section)) = self.current.clone() else {
            return Err(self.error(
                number,
                "an indented line continues no property (remove its indentation?)",
            ));
        };
        let sub = if is_sub_section {
            Some(self.key_value(trimmed, number)?)
        } else {
            None
        };
        let Target::Section(_, section) = &mut self.target else {
            return Ok(());
        };
        let property = section.properties.entry(key).or_default();
        if !property.value.is_empty() {
            property.value.push('\n');
        }
        property.value.push_str(trimmed);
        if let Some((sub_key, sub_value)) = sub {
            property.sub.insert(sub_key, sub_value.to_owned());
        }
        Ok(())
    }

    /// Splits `key = value`, lowercasing the key and dropping an inline comment.
    fn key_value<'l>(
        &self,
        line: &'l str,
        number: usize,
    ) -> Result<(String, &'l str), ProfileError> {
        let Some((key, value)) = line.split_once('=') else {
            return Err(self.error(
                number,
                "expected `key = value`, a `[section]` header or a comment",
            ));
        };
        let key = key.trim();
        if key.is_empty() {
            return Err(self.error(number, "a property with no name before its `=`"));
        }
        Ok((key.to_ascii_lowercase(), strip_inline_comment(value).trim()))
    }
}

/// `header` without its leading `word` and the whitespace after it, when it starts
/// with `word` followed by whitespace.
fn strip_word<'h>(header: &'h str, word: &str) -> Option<&'h str> {
    let rest = header.strip_prefix(word)?;
    rest.starts_with(char::is_whitespace).then(|| rest.trim())
}

/// `value` up to a `#` or `;` that follows whitespace.
fn strip_inline_comment(value: &str) -> &str {
    let mut previous_is_space = false;
    for (index, c) in value.char_indices() {
        if (c == '#' || c == ';') && previous_is_space {
            return &value[..index];
        }
        previous_is_space = c.is_whitespace();
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> ProfileFile {
        ProfileFile::parse(text, "/home/u/.aws/config").expect("parses")
    }

    fn parse_error(text: &str) -> ProfileError {
        ProfileFile::parse(text, "/home/u/.aws/config").expect_err("an error")
    }

    fn vars(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        }
    }

    #[test]
    fn profiles_have_case_insensitive_keys_and_trimmed_values() {
        let file = parse(
            "[default]\nregion = us-east-1\n\n[profile dev]\nRegion=eu-west-1  \n  \n[ profile  Dev ]\nregion = ap-south-1\n",
        );
        assert_eq!(
            file.profile_names().collect::<Vec<_>>(),
            ["Dev", "default", "dev"]
        );
        let dev = file.profile("dev").expect("dev");
        assert_eq!(dev.name(), "dev");
        assert_eq!(dev.get("REGION"), Some("eu-west-1"));
        assert_eq!(dev.keys().collect::<Vec<_>>(), ["region"]);
        assert_eq!(
            file.profile("Dev").and_then(|p| p.get("region")),
            Some("ap-south-1")
        );
        assert_eq!(
            file.profile("default").and_then(|p| p.get("region")),
            Some("us-east-1")
        );
        assert!(file.profile("DEV").is_none(), "names are case-sensitive");
        assert_eq!(dev.get("output"), None);
    }

    #[test]
    fn profile_default_wins_over_bare_default_in_either_order() {
        for text in [
            "[default]\nregion = a\noutput = json\n[profile default]\nregion = b\n",
            "[profile default]\nregion = b\n[default]\nregion = a\noutput = json\n",
        ] {
            let file = parse(text);
            let default = file.profile("default").expect("default");
            assert_eq!(default.get("region"), Some("b"), "{text}");
            assert_eq!(default.get("output"), None, "[default] is ignored: {text}");
        }
    }

    #[test]
    fn bare_sections_other_than_default_are_ignored_with_their_properties() {
        let file = parse(
            "[x]\nregion = bare\n  continued = yes\n[profile x]\nregion = prefixed\n[profilex]\nregion = no\n[profile]\nregion = no\n[profile a b]\nregion = no\n",
        );
        assert_eq!(file.profile_names().collect::<Vec<_>>(), ["x"]);
        assert_eq!(
            file.profile("x").and_then(|p| p.get("region")),
            Some("prefixed")
        );
        let only_bare = parse("[x]\nregion = bare\n");
        assert!(only_bare.profile("x").is_none());
    }

    #[test]
    fn duplicate_sections_merge_and_later_keys_win() {
        let file =
            parse("[profile a]\nregion = 1\noutput = json\n[profile b]\n[profile a]\nregion = 2\n");
        let a = file.profile("a").expect("a");
        assert_eq!(
            (a.get("region"), a.get("output")),
            (Some("2"), Some("json"))
        );
        let file = parse("[profile a]\nregion = 1\nREGION = 2\n");
        assert_eq!(file.profile("a").and_then(|p| p.get("region")), Some("2"));
    }

    #[test]
    fn sso_sessions_and_services_are_their_own_sections() {
        let file = parse(concat!(
            "[profile dev]\n",
            "sso_session = corp\n",
            "services = local\n",
            "[sso-session corp]\n",
            "sso_start_url = https://corp.awsapps.com/start#/\n",
            "sso_region = us-east-1\n",
            "sso_registration_scopes = sso:account:access\n",
            "[services local]\n",
            "sso_oidc =\n",
            "  endpoint_url = http://127.0.0.1:9000\n",
            "  # a comment inside\n",
            "\n",
            "  Other_Key = v ; comment\n",
            "s3 =\n",
            "  endpoint_url = http://127.0.0.1:9001\n",
            "region = nope\n",
        ));
        assert_eq!(file.sso_session_names().collect::<Vec<_>>(), ["corp"]);
        let corp = file.sso_session("corp").expect("corp");
        assert_eq!(
            corp.get("sso_start_url"),
            Some("https://corp.awsapps.com/start#/"),
            "`#` not after whitespace is part of the value"
        );
        assert!(file.profile("corp").is_none() && file.sso_session("dev").is_none());
        let local = file.services("local").expect("local");
        assert_eq!(
            local.sub("sso_oidc", "endpoint_url"),
            Some("http://127.0.0.1:9000")
        );
        assert_eq!(local.sub("SSO_OIDC", "other_key"), Some("v"));
        assert_eq!(
            local.sub("s3", "endpoint_url"),
            Some("http://127.0.0.1:9001")
        );
        assert_eq!(local.get("region"), Some("nope"));
        assert_eq!(local.sub("region", "x"), None);
        assert_eq!(local.sub("sso_oidc", "missing"), None);
        assert_eq!(
            local.get("sso_oidc"),
            Some("endpoint_url = http://127.0.0.1:9000\nOther_Key = v ; comment")
        );
    }

    #[test]
    fn comments_full_line_and_inline() {
        let file = parse(concat!(
            "# leading comment\n",
            "; another\n",
            "[profile a] # a comment after the header\n",
            "region = us-west-2 # inline\n",
            "output = json;not a comment\n",
            "url = http://x/#frag ;inline\n",
            "tab = v\t# tab before\n",
            "  # an indented comment is not a continuation\n",
            "[profile b];no space needed after a header\n",
            "empty = # only a comment\n",
        ));
        let a = file.profile("a").expect("a");
        assert_eq!(a.get("region"), Some("us-west-2"));
        assert_eq!(a.get("output"), Some("json;not a comment"));
        assert_eq!(a.get("url"), Some("http://x/#frag"));
        assert_eq!(a.get("tab"), Some("v"));
        assert_eq!(file.profile("b").and_then(|b| b.get("empty")), Some(""));
    }

    #[test]
    fn indented_lines_continue_a_value() {
        let file = parse(
            "[profile a]\ncredential_process = /bin/tool\n  --flag # kept\n\t--other\nregion = x\n",
        );
        let a = file.profile("a").expect("a");
        assert_eq!(
            a.get("credential_process"),
            Some("/bin/tool\n--flag # kept\n--other")
        );
        assert_eq!(a.sub("credential_process", "anything"), None);
        assert_eq!(a.get("region"), Some("x"));
    }

    #[test]
    fn crlf_and_a_byte_order_mark_are_accepted() {
        let file = parse("\u{feff}[profile a]\r\nregion = r\r\ns3 =\r\n  k = v\r\n");
        let a = file.profile("a").expect("a");
        assert_eq!((a.get("region"), a.sub("s3", "k")), (Some("r"), Some("v")));
    }

    #[test]
    fn every_error_names_the_file_and_line() {
        let cases: &[(&str, usize, &str)] = &[
            ("region = x\n", 1, "before any section"),
            ("# c\n\n  indented = x\n", 3, "before any section"),
            (
                "[profile a]\nregion = x\njust words\n",
                3,
                "expected `key = value`",
            ),
            ("[profile a]\n\n[profile b\n", 3, "not closed"),
            ("[profile a] junk\n", 1, "after a section header"),
            ("[profile a]\n  orphan = 1\n", 2, "continues no property"),
            ("[profile a]\n= value\n", 2, "no name"),
            (
                "[profile a]\ns3 =\n  not a pair\n",
                3,
                "expected `key = value`",
            ),
            ("[profile a]\ns3 =\n  = v\n", 3, "no name"),
        ];
        for (text, line, what) in cases {
            let error = parse_error(text);
            assert_eq!(error.line(), Some(*line), "{text:?}: {error}");
            assert_eq!(error.path(), Path::new("/home/u/.aws/config"));
            let shown = error.to_string();
            assert!(
                shown.contains("/home/u/.aws/config") && shown.contains(&format!("line {line}")),
                "{shown}"
            );
            assert!(shown.contains(what), "{text:?}: {shown}");
        }
    }

    #[test]
    fn errors_never_quote_the_line() {
        let error = parse_error("[profile a]\naws_secret_access_key wJalrXUtnFEMI\n");
        assert!(!error.to_string().contains("wJalr"), "{error}");
        assert!(!format!("{error:?}").contains("wJalr"), "{error:?}");
    }

    #[test]
    fn debug_redacts_secret_values() {
        let file = parse(concat!(
            "[profile a]\n",
            "region = us-east-1\n",
            "aws_secret_access_key = wJalrXUtnFEMI\n",
            "aws_session_token = FwoGZXIvYXdz\n",
            "nested =\n",
            "  client_secret = s3cr3t\n",
            "  endpoint_url = http://visible\n",
        ));
        let shown = format!("{file:?}");
        for secret in ["wJalr", "FwoGZ", "s3cr3t"] {
            assert!(!shown.contains(secret), "{shown}");
        }
        assert!(
            shown.contains("us-east-1") && shown.contains("http://visible"),
            "{shown}"
        );
    }

    #[test]
    fn no_input_panics() {
        let pieces = [
            "[",
            "]",
            "[profile a]",
            "[default]",
            "=",
            "k",
            " ",
            "\t",
            "\n",
            "\r\n",
            "#",
            ";",
            "é",
            "\u{feff}",
            "s3 =",
            "v",
            "[services",
            "[sso-session s]",
        ];
        let mut text = String::new();
        let mut seed: u32 = 7;
        for _ in 0..20_000 {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            text.push_str(pieces[(seed >> 16) as usize % pieces.len()]);
            if (seed >> 8) & 63 == 0 {
                let _ = ProfileFile::parse(&text, "fuzz");
                text.clear();
            }
        }
        let _ = ProfileFile::parse(&text, "fuzz");
    }

    #[test]
    fn the_environment_selects_the_profile() {
        assert_eq!(selected_profile(&vars(&[])), "default");
        assert_eq!(
            selected_profile(&vars(&[("AWS_DEFAULT_PROFILE", "old")])),
            "old"
        );
        assert_eq!(
            selected_profile(&vars(&[
                ("AWS_DEFAULT_PROFILE", "old"),
                ("AWS_PROFILE", "dev")
            ])),
            "dev"
        );
        assert_eq!(
            selected_profile(&vars(&[
                ("AWS_DEFAULT_PROFILE", "old"),
                ("AWS_PROFILE", " ")
            ])),
            "old"
        );
    }

    #[test]
    fn the_home_directory_comes_from_home_then_windows_variables() {
        assert_eq!(home_dir(&vars(&[])), None);
        assert_eq!(
            home_dir(&vars(&[("HOME", "/h"), ("USERPROFILE", "C:\\u")])),
            Some(PathBuf::from("/h"))
        );
        assert_eq!(
            home_dir(&vars(&[("HOME", ""), ("USERPROFILE", "C:\\u")])),
            Some(PathBuf::from("C:\\u"))
        );
        assert_eq!(
            home_dir(&vars(&[("HOMEDRIVE", "D:"), ("HOMEPATH", "\\Users\\me")])),
            Some(PathBuf::from("D:\\Users\\me"))
        );
        assert_eq!(home_dir(&vars(&[("HOMEDRIVE", "D:")])), None);
    }

    /// A directory of its own under the system temporary directory.
    pub(crate) fn scratch_dir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("sdk-runtime-profile-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("scratch directory");
        dir
    }

    #[test]
    fn the_environment_chooses_the_file() {
        let dir = scratch_dir("choose");
        std::fs::create_dir_all(dir.join(".aws")).expect("mkdir");
        std::fs::write(dir.join(".aws/config"), "[profile home]\nregion = h\n").expect("write");
        std::fs::write(dir.join("other"), "[profile other]\nregion = o\n").expect("write");
        let home = dir.to_str().expect("utf-8 path");

        let file = ProfileFile::load(&vars(&[("HOME", home)])).expect("loads");
        assert_eq!(
            file.profile("home").and_then(|p| p.get("region")),
            Some("h")
        );

        let other = dir.join("other");
        let other = other.to_str().expect("utf-8 path");
        let file =
            ProfileFile::load(&vars(&[("HOME", home), ("AWS_CONFIG_FILE", other)])).expect("loads");
        assert!(file.profile("home").is_none());
        assert_eq!(
            file.profile("other").and_then(|p| p.get("region")),
            Some("o")
        );

        let file = ProfileFile::load(&vars(&[("HOME", home), ("AWS_CONFIG_FILE", "~/other")]))
            .expect("`~` is the home directory");
        assert!(file.profile("other").is_some());

        let file = ProfileFile::load(&vars(&[("USERPROFILE", home)])).expect("USERPROFILE is home");
        assert!(file.profile("home").is_some());

        let missing = dir.join("missing");
        let file = ProfileFile::load(&vars(&[(
            "AWS_CONFIG_FILE",
            missing.to_str().expect("utf-8 path"),
        )]))
        .expect("a missing file is an empty file");
        assert_eq!(file.profile_names().count(), 0);
        let file = ProfileFile::load(&vars(&[])).expect("no home: an empty file");
        assert_eq!(file.profile_names().count(), 0);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn unreadable_and_unparsable_files_are_errors_naming_the_path() {
        let dir = scratch_dir("unreadable");
        let path = dir.to_str().expect("utf-8 path");
        let error = ProfileFile::load(&vars(&[("AWS_CONFIG_FILE", path)]))
            .expect_err("a directory is not a file");
        assert_eq!(error.line(), None);
        assert!(error.to_string().contains(path), "{error}");
        assert!(std::error::Error::source(&error).is_some());

        let bad = dir.join("bad");
        std::fs::write(&bad, "[profile a]\nregion = x\n[oops\n").expect("write");
        let bad = bad.to_str().expect("utf-8 path");
        let error = ProfileFile::load(&vars(&[("AWS_CONFIG_FILE", bad)])).expect_err("unclosed");
        assert_eq!(
            error.to_string(),
            format!("AWS config file {bad} line 3: a section header `[` is not closed by `]`")
        );

        let binary = dir.join("binary");
        std::fs::write(&binary, b"[profile a]\nregion = \xff\n").expect("write");
        let error = ProfileFile::load(&vars(&[(
            "AWS_CONFIG_FILE",
            binary.to_str().expect("utf-8 path"),
        )]))
        .expect_err("not UTF-8");
        assert_eq!(error.line(), Some(2), "{error}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
