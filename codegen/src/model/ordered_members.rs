//! Members in model order.
//!
//! Members keep the order the model lists them in, which is the order users read
//! in the API reference; serde_json's map would sort them, so they are read as a
//! list of pairs instead.

use super::Member;
use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use std::fmt;

/// Members in model order.
#[derive(Debug, Clone, Default)]
pub struct OrderedMembers(pub Vec<(String, Member)>);

impl<'de> Deserialize<'de> for OrderedMembers {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MembersVisitor;
        impl<'de> Visitor<'de> for MembersVisitor {
            type Value = OrderedMembers;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of members")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut members = Vec::new();
                while let Some((name, member)) = map.next_entry::<String, Member>()? {
                    members.push((name, member));
                }
                Ok(OrderedMembers(members))
            }
        }
        deserializer.deserialize_map(MembersVisitor)
    }
}
