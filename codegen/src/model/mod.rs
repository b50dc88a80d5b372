//! Stage 1, *parse*: a serde mirror of the Smithy JSON AST 2.0.
//!
//! This stage only reads JSON; it does not judge whether the model makes sense.
//! Shape types stay strings here so that an unknown type becomes a diagnostic
//! naming the shape in the *resolve* stage rather than an opaque serde error.
//! Trait values are kept as raw JSON by trait id; a trait present with a `null`
//! value (notably `@default(null)`) stays present.

mod ordered_members;
mod shape_id;
pub mod traits;

pub use ordered_members::OrderedMembers;
pub use shape_id::{ShapeId, PRELUDE_NAMESPACE};
pub use traits::{id, TraitsExt};

use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// Trait values by trait shape id, exactly as written in the model.
pub type Traits = BTreeMap<String, Value>;

/// A whole JSON AST document.
#[derive(Debug, Clone, Deserialize)]
pub struct Model {
    /// The `smithy` version string, `"2.0"` for the models we read.
    pub smithy: String,
    /// Free-form model metadata.
    #[serde(default)]
    pub metadata: BTreeMap<String, Value>,
    /// Every shape by absolute shape id.
    #[serde(default)]
    pub shapes: BTreeMap<String, Shape>,
}

/// A reference to another shape: `{ "target": "ns#Name" }`.
#[derive(Debug, Clone, Deserialize)]
pub struct Reference {
    /// The absolute id of the shape referred to.
    pub target: String,
}

/// A member of an aggregate shape.
#[derive(Debug, Clone, Deserialize)]
pub struct Member {
    /// The absolute id of the member's target shape.
    pub target: String,
    /// Traits applied to the member itself.
    #[serde(default)]
    pub traits: Traits,
}

/// One shape, with every field any shape type may carry.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Shape {
    /// The shape type (`structure`, `string`, `operation`…), checked when resolving.
    #[serde(rename = "type")]
    pub kind: String,
    /// Traits applied to the shape.
    #[serde(default)]
    pub traits: Traits,
    /// Members of structures, unions, enums and intEnums, in model order.
    #[serde(default)]
    pub members: Option<OrderedMembers>,
    /// The member of a list.
    pub member: Option<Member>,
    /// The key of a map.
    pub key: Option<Member>,
    /// The value of a map.
    pub value: Option<Member>,
    /// Mixins applied to the shape (not supported: models must be flattened).
    #[serde(default)]
    pub mixins: Vec<Reference>,
    /// A service's version.
    pub version: Option<String>,
    /// Operations bound to a service or resource.
    #[serde(default)]
    pub operations: Vec<Reference>,
    /// Resources bound to a service or resource.
    #[serde(default)]
    pub resources: Vec<Reference>,
    /// Collection operations of a resource.
    #[serde(default)]
    pub collection_operations: Vec<Reference>,
    /// Lifecycle operations of a resource.
    pub create: Option<Reference>,
    /// Lifecycle operation of a resource.
    pub put: Option<Reference>,
    /// Lifecycle operation of a resource.
    pub read: Option<Reference>,
    /// Lifecycle operation of a resource.
    pub update: Option<Reference>,
    /// Lifecycle operation of a resource.
    pub delete: Option<Reference>,
    /// Lifecycle operation of a resource.
    pub list: Option<Reference>,
    /// An operation's input structure.
    pub input: Option<Reference>,
    /// An operation's output structure.
    pub output: Option<Reference>,
    /// Errors an operation (or every operation of a service) can return.
    #[serde(default)]
    pub errors: Vec<Reference>,
}

impl Model {
    /// Parses a JSON AST document.
    pub fn from_json(text: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(text)
    }
}
