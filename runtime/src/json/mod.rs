//! The JSON form of Smithy data used by the restJson1 and awsJson protocols.
//!
//! Timestamps default to epoch seconds, blobs are base64, non-finite floats are
//! the strings `NaN`, `Infinity` and `-Infinity`, absent members are omitted,
//! unknown members are ignored, and `null` in a dense list or map is dropped.
//! Generated types implement [`SerializeJson`] and [`DeserializeJson`];
//! [`to_string`] and [`from_slice`] are the entry points. Reading goes from the
//! text straight into the typed values through a [`Reader`], with no tree between.

mod path;
mod read;
mod reader;
mod write;

pub use path::JsonPath;
pub use read::{
    from_body, from_payload, from_slice, from_str, read_document, read_timestamp, DeserializeError,
    DeserializeJson,
};
pub use reader::{Kind, Reader, MAX_DEPTH};
pub use write::{to_string, to_vec, write_string, EmptyObject, ObjectWriter, SerializeJson};
