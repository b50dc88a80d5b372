//! The optional on-disk store: registrations and refresh tokens in a redb
//! database, so clients and sessions survive a restart. Device codes,
//! authorization codes and access tokens are short-lived and stay in memory.

use crate::oidc::Registration;
use redb::{Database, ReadableTable, TableDefinition};
use serde_json::{json, Value};
use std::path::Path;

const CLIENTS: TableDefinition<&str, &str> = TableDefinition::new("clients");
const REFRESH_TOKENS: TableDefinition<&str, &str> = TableDefinition::new("refresh_tokens");

/// Why the store could not be opened, read or written.
#[derive(Debug)]
pub struct StoreError(String);

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

/// A refresh token's grant as stored: the client and its scopes.
pub(crate) type StoredRefresh = (String, Vec<String>);

/// What a database held when opened.
pub(crate) type Loaded = (Vec<Registration>, Vec<(String, StoredRefresh)>);

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
    /// Opens the database at `path`, creating it when absent.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let db = Database::create(path)?;
        let tx = db.begin_write()?;
        tx.open_table(CLIENTS)?;
        tx.open_table(REFRESH_TOKENS)?;
        tx.commit()?;
        Ok(Self { db })
    }

    /// Everything stored. A row that does not parse is reported, not skipped.
    pub(crate) fn load(&self) -> Result<Loaded, StoreError> {
        let tx = self.db.begin_read()?;
        let mut clients = Vec::new();
        for row in tx.open_table(CLIENTS)?.iter()? {
            let (key, value) = row?;
            let registration = registration_from_json(value.value()).ok_or_else(|| {
                StoreError(format!(
                    "client `{}` is stored in a form this version cannot read",
                    key.value()
                ))
            })?;
            clients.push(registration);
        }
        let mut refresh = Vec::new();
        for row in tx.open_table(REFRESH_TOKENS)?.iter()? {
            let (key, value) = row?;
            let grant: Value = serde_json::from_str(value.value())
                .map_err(|e| StoreError(format!("a refresh token row does not parse: {e}")))?;
            let client = grant["clientId"].as_str().unwrap_or_default().to_owned();
            refresh.push((key.value().to_owned(), (client, strings(&grant["scopes"]))));
        }
        Ok((clients, refresh))
    }

    pub(crate) fn put_client(&self, registration: &Registration) -> Result<(), StoreError> {
        let value = json!({
            "clientId": registration.client_id,
            "clientSecret": registration.client_secret,
            "clientName": registration.client_name,
            "scopes": registration.scopes,
            "redirectUris": registration.redirect_uris,
            "grantTypes": registration.grant_types,
            "issuedAt": registration.issued_at,
            "expiresAt": registration.expires_at,
        })
        .to_string();
        let tx = self.db.begin_write()?;
        tx.open_table(CLIENTS)?
            .insert(registration.client_id.as_str(), value.as_str())?;
        tx.commit()?;
        Ok(())
    }

    /// Records `issued` and forgets `spent` in one transaction, so a crash
    /// cannot leave both or neither.
    pub(crate) fn rotate_refresh(
        &self,
        spent: Option<&str>,
        issued: (&str, &str, &[String]),
    ) -> Result<(), StoreError> {
        let (token, client_id, scopes) = issued;
        let value = json!({"clientId": client_id, "scopes": scopes}).to_string();
        let tx = self.db.begin_write()?;
        {
            let mut table = tx.open_table(REFRESH_TOKENS)?;
            if let Some(spent) = spent {
                table.remove(spent)?;
            }
            table.insert(token, value.as_str())?;
        }
        tx.commit()?;
        Ok(())
    }
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

fn registration_from_json(text: &str) -> Option<Registration> {
    let value: Value = serde_json::from_str(text).ok()?;
    Some(Registration {
        client_id: value["clientId"].as_str()?.to_owned(),
        client_secret: value["clientSecret"].as_str()?.to_owned(),
        client_name: value["clientName"].as_str()?.to_owned(),
        scopes: strings(&value["scopes"]),
        redirect_uris: strings(&value["redirectUris"]),
        grant_types: strings(&value["grantTypes"]),
        issued_at: value["issuedAt"].as_u64()?,
        expires_at: value["expiresAt"].as_u64()?,
    })
}
