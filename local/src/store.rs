//! The optional on-disk store: registrations and refresh tokens in a redb
//! database, so clients and sessions survive a restart. Device codes,
//! authorization codes and access tokens are short-lived and stay in memory.
//!
//! The file is created readable by its owner only (mode 0600), and holds no
//! secret that works: client secrets and refresh tokens are kept as their
//! SHA-256 digests, enough to check one presented after a restart and useless
//! to whoever copies the file. Rows that have expired are dropped when the
//! store is opened.

use crate::oidc::{Client, Digest, RefreshGrant};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use redb::{Database, ReadableTable, TableDefinition, TableHandle};
use serde_json::{json, Value};
use std::path::Path;
use std::sync::Arc;

/// Registrations by client id; the secret as its digest.
const CLIENTS: TableDefinition<&str, &str> = TableDefinition::new("clients_v2");
/// Refresh grants by the digest of the token.
const REFRESH_TOKENS: TableDefinition<&str, &str> = TableDefinition::new("refresh_tokens_v2");
/// The tables of the first version, which held secrets and tokens in clear:
/// converted and deleted when found.
const OLD_CLIENTS: TableDefinition<&str, &str> = TableDefinition::new("clients");
const OLD_REFRESH_TOKENS: TableDefinition<&str, &str> = TableDefinition::new("refresh_tokens");

/// How long a refresh token moved from the first version's table lasts: that
/// version kept no expiry, so it gets a full lifetime from the move.
const MIGRATED_REFRESH_LIFETIME: u64 = 90 * 24 * 3600;

/// Why the store could not be opened, read or written.
#[derive(Debug)]
pub struct StoreError(String);

impl StoreError {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        Self(message.into())
    }
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the service's database: {}", self.0)
    }
}

impl std::error::Error for StoreError {}

impl<E: Into<redb::Error>> From<E> for StoreError {
    fn from(error: E) -> Self {
        StoreError(error.into().to_string())
    }
}

/// What a database held when opened, expired rows left out.
pub(crate) struct Loaded {
    /// Registrations by client id.
    pub(crate) clients: Vec<(String, Client)>,
    /// Refresh grants: token digest, grant, expiry in seconds since the epoch.
    pub(crate) refresh_tokens: Vec<(Digest, RefreshGrant, u64)>,
}

/// A redb database file.
pub struct Store {
    db: Database,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").finish_non_exhaustive()
    }
}

impl Store {
    /// Opens the database at `path`, creating it (mode 0600) when absent and
    /// narrowing an existing file's permissions to its owner.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        owner_only(path).map_err(|e| {
            StoreError(format!(
                "cannot create {} for its owner only: {e}",
                path.display()
            ))
        })?;
        let db = Database::create(path)?;
        let tx = db.begin_write()?;
        tx.open_table(CLIENTS)?;
        tx.open_table(REFRESH_TOKENS)?;
        tx.commit()?;
        let store = Self { db };
        store.migrate()?;
        Ok(store)
    }

    /// Moves rows of the first version's tables into the current ones,
    /// hashing the secrets and tokens they held in clear, and deletes the old
    /// tables, in one transaction.
    fn migrate(&self) -> Result<(), StoreError> {
        let tx = self.db.begin_write()?;
        let old_tables: Vec<String> = tx.list_tables()?.map(|t| t.name().to_owned()).collect();
        if !old_tables
            .iter()
            .any(|name| name == "clients" || name == "refresh_tokens")
        {
            return Ok(());
        }
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or_default();
        {
            let old = tx.open_table(OLD_CLIENTS)?;
            let mut new = tx.open_table(CLIENTS)?;
            for row in old.iter()? {
                let (key, value) = row?;
                let mut value: Value = serde_json::from_str(value.value())
                    .map_err(|_| StoreError(format!("client `{}` does not parse", key.value())))?;
                let secret = value["clientSecret"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned();
                if let Some(object) = value.as_object_mut() {
                    object.remove("clientSecret");
                    object.insert(
                        "secretSha256".to_owned(),
                        encode(&crate::oidc::digest(&secret)).into(),
                    );
                }
                new.insert(key.value(), value.to_string().as_str())?;
            }
        }
        {
            let old = tx.open_table(OLD_REFRESH_TOKENS)?;
            let mut new = tx.open_table(REFRESH_TOKENS)?;
            for row in old.iter()? {
                let (key, value) = row?;
                let mut value: Value = serde_json::from_str(value.value())
                    .map_err(|_| StoreError::new("a refresh token row does not parse"))?;
                if let Some(object) = value.as_object_mut() {
                    object.insert(
                        "expiresAt".to_owned(),
                        (now + MIGRATED_REFRESH_LIFETIME).into(),
                    );
                }
                let digest = encode(&crate::oidc::digest(key.value()));
                new.insert(digest.as_str(), value.to_string().as_str())?;
            }
        }
        tx.delete_table(OLD_CLIENTS)?;
        tx.delete_table(OLD_REFRESH_TOKENS)?;
        tx.commit()?;
        Ok(())
    }

    /// Everything stored that has not expired by `now` (seconds since the
    /// epoch); expired rows are deleted. A row that does not parse is
    /// reported, not skipped.
    pub(crate) fn load(&self, now: u64) -> Result<Loaded, StoreError> {
        let tx = self.db.begin_write()?;
        let mut loaded = Loaded {
            clients: Vec::new(),
            refresh_tokens: Vec::new(),
        };
        {
            let mut table = tx.open_table(CLIENTS)?;
            let mut expired = Vec::new();
            for row in table.iter()? {
                let (key, value) = row?;
                let client = client_from_json(value.value()).ok_or_else(|| {
                    StoreError(format!(
                        "client `{}` is stored in a form this version cannot read",
                        key.value()
                    ))
                })?;
                if client.expires_at <= now {
                    expired.push(key.value().to_owned());
                } else {
                    loaded.clients.push((key.value().to_owned(), client));
                }
            }
            for key in expired {
                table.remove(key.as_str())?;
            }
        }
        {
            let mut table = tx.open_table(REFRESH_TOKENS)?;
            let mut expired = Vec::new();
            for row in table.iter()? {
                let (key, value) = row?;
                let (grant, expires_at) = refresh_from_json(value.value())
                    .ok_or_else(|| StoreError::new("a refresh token row does not parse"))?;
                let digest = decode(key.value())
                    .ok_or_else(|| StoreError::new("a refresh token key is not a digest"))?;
                if expires_at <= now {
                    expired.push(key.value().to_owned());
                } else {
                    loaded.refresh_tokens.push((digest, grant, expires_at));
                }
            }
            for key in expired {
                table.remove(key.as_str())?;
            }
        }
        tx.commit()?;
        Ok(loaded)
    }

    pub(crate) fn put_client(&self, client_id: &str, client: &Client) -> Result<(), StoreError> {
        let value = json!({
            "secretSha256": encode(&client.secret_digest),
            "clientName": &*client.name,
            "scopes": &*client.scopes,
            "redirectUris": &*client.redirect_uris,
            "grantTypes": &*client.grant_types,
            "issuedAt": client.issued_at,
            "expiresAt": client.expires_at,
        })
        .to_string();
        let tx = self.db.begin_write()?;
        tx.open_table(CLIENTS)?.insert(client_id, value.as_str())?;
        tx.commit()?;
        Ok(())
    }

    /// Records `issued` (token digest, grant, expiry) and forgets `spent` in
    /// one transaction, so a crash cannot leave both or neither.
    pub(crate) fn rotate_refresh(
        &self,
        spent: Option<&Digest>,
        issued: (&Digest, &RefreshGrant, u64),
    ) -> Result<(), StoreError> {
        let (digest, grant, expires_at) = issued;
        let value = json!({
            "clientId": &*grant.client_id,
            "scopes": grant.scopes,
            "expiresAt": expires_at,
        })
        .to_string();
        let tx = self.db.begin_write()?;
        {
            let mut table = tx.open_table(REFRESH_TOKENS)?;
            if let Some(spent) = spent {
                table.remove(encode(spent).as_str())?;
            }
            table.insert(encode(digest).as_str(), value.as_str())?;
        }
        tx.commit()?;
        Ok(())
    }
}

/// Creates `path` with mode 0600 when absent, and takes group and other
/// permissions off an existing file, before redb opens it.
fn owner_only(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt as _, PermissionsExt as _};
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(path)?;
        let mode = file.metadata()?.permissions().mode();
        if mode & 0o077 != 0 {
            file.set_permissions(std::fs::Permissions::from_mode(mode & 0o700))?;
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

fn encode(digest: &Digest) -> String {
    URL_SAFE_NO_PAD.encode(digest)
}

fn decode(text: &str) -> Option<Digest> {
    URL_SAFE_NO_PAD.decode(text).ok()?.try_into().ok()
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

fn boxed_strings(value: &Value) -> Box<[Box<str>]> {
    strings(value)
        .into_iter()
        .map(String::into_boxed_str)
        .collect()
}

fn client_from_json(text: &str) -> Option<Client> {
    let value: Value = serde_json::from_str(text).ok()?;
    Some(Client {
        secret_digest: decode(value["secretSha256"].as_str()?)?,
        name: value["clientName"].as_str()?.into(),
        scopes: boxed_strings(&value["scopes"]),
        redirect_uris: boxed_strings(&value["redirectUris"]),
        grant_types: boxed_strings(&value["grantTypes"]),
        issued_at: value["issuedAt"].as_u64()?,
        expires_at: value["expiresAt"].as_u64()?,
    })
}

fn refresh_from_json(text: &str) -> Option<(RefreshGrant, u64)> {
    let value: Value = serde_json::from_str(text).ok()?;
    let grant = RefreshGrant {
        client_id: Arc::from(value["clientId"].as_str()?),
        scopes: strings(&value["scopes"]),
    };
    Some((grant, value["expiresAt"].as_u64()?))
}
