//! Cycles of structures and unions, broken by boxing.

use super::*;

/// Boxes every member that closes a cycle of structures and unions, so the
/// emitted types have a finite size. Lists and maps already put their
/// elements on the heap, so edges through them do not count.
pub(super) fn box_cycles(service: &mut Service) {
    let direct = |t: &TypeRef| match t {
        TypeRef::Named(id) => Some(id.clone()),
        _ => None,
    };
    let mut edges: BTreeMap<ShapeId, BTreeSet<ShapeId>> = BTreeMap::new();
    for (id, def) in &service.types {
        let targets: BTreeSet<ShapeId> = match def {
            TypeDef::Structure(s) => s.members.iter().filter_map(|m| direct(&m.target)).collect(),
            TypeDef::Union(u) => u
                .variants
                .iter()
                .filter_map(|v| v.target.as_ref().and_then(direct))
                .collect(),
            TypeDef::Enum(_) => BTreeSet::new(),
        };
        edges.insert(id.clone(), targets);
    }
    let reaches = |from: &ShapeId, to: &ShapeId| -> bool {
        let mut stack = vec![from.clone()];
        let mut seen = BTreeSet::new();
        while let Some(node) = stack.pop() {
            if &node == to {
                return true;
            }
            if seen.insert(node.clone()) {
                stack.extend(edges.get(&node).into_iter().flatten().cloned());
            }
        }
        false
    };
    let mut to_box: BTreeSet<(ShapeId, String)> = BTreeSet::new();
    for (id, targets) in &edges {
        for target in targets {
            if reaches(target, id) {
                to_box.insert((id.clone(), target.to_string()));
            }
        }
    }
    for (id, def) in service.types.iter_mut() {
        let boxed = |t: &TypeRef| {
            direct(t).is_some_and(|target| to_box.contains(&(id.clone(), target.to_string())))
        };
        match def {
            TypeDef::Structure(s) => s
                .members
                .iter_mut()
                .for_each(|m| m.boxed = boxed(&m.target)),
            TypeDef::Union(u) => u
                .variants
                .iter_mut()
                .for_each(|v| v.boxed = v.target.as_ref().is_some_and(boxed)),
            TypeDef::Enum(_) => {}
        }
    }
}
