//! The JSON form of Smithy data used by the restJson1 and awsJson protocols.
//!
//! Timestamps default to epoch seconds, blobs are base64, non-finite floats are
//! the strings `NaN`, `Infinity` and `-Infinity`, absent members are omitted,
//! unknown members are ignored, and `null` in a dense list or map is dropped.
//! Generated types implement [`SerializeJson`] and [`DeserializeJson`];
//! [`to_string`] and [`from_slice`] are the entry points.

mod path;
mod read;
mod value;
mod write;

pub use path::JsonPath;
pub use read::{
    expect_object, from_body, from_slice, from_str, members, parse, read_timestamp,
    DeserializeError, DeserializeJson,
};
pub use value::Value;
pub use write::{to_string, to_vec, write_string, EmptyObject, ObjectWriter, SerializeJson};
