//! `--output json|text|table` and `--query`, shaped as the AWS CLI shapes them.
//!
//! - `json`: indented four spaces, as the AWS CLI's `json.dump(indent=4)`;
//!   an empty result (`null`, `{}`, `[]`, `""`, `false`, `0`) prints nothing,
//!   as there.
//! - `text`: the AWS CLI's `text.py`: a dictionary's scalar values on one
//!   tab-separated line in key order, nested values after it on lines of their
//!   own, prefixed with their key in upper case.
//! - `table`: boxed sections titled by the operation and by nested keys, a
//!   dictionary's scalars as one header row and one value row.

use std::fmt::Write as _;

use serde_json::Value;

/// The output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Indented JSON.
    Json,
    /// Tab-separated text.
    Text,
    /// A boxed table.
    Table,
}

impl Format {
    /// The names `--output` accepts.
    pub const NAMES: [&'static str; 3] = ["json", "text", "table"];

    /// The format named `name`.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "json" => Some(Format::Json),
            "text" => Some(Format::Text),
            "table" => Some(Format::Table),
            _ => None,
        }
    }
}

/// A compiled `--query` expression.
pub struct Query(jmespath::Expression<'static>);

impl std::fmt::Debug for Query {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Query({})", self.0)
    }
}

impl Query {
    /// Compiles `expression`; the error says where it is wrong.
    pub fn compile(expression: &str) -> Result<Self, String> {
        jmespath::compile(expression)
            .map(Query)
            .map_err(|error| format!("Bad value for --query {expression}: {error}"))
    }

    /// Applies the expression to `value`.
    pub fn search(&self, value: &Value) -> Result<Value, String> {
        let data = jmespath::Variable::from_serializable(value)
            .map_err(|error| format!("cannot apply --query: {error}"))?;
        let found = self
            .0
            .search(data)
            .map_err(|error| format!("cannot apply --query: {error}"))?;
        serde_json::to_value(&*found).map_err(|error| format!("cannot apply --query: {error}"))
    }
}

/// `value` in `format`, ready to print (ends with a newline unless empty).
/// `title` is the operation's name, the table's heading; `width` the
/// terminal's, past which a table lists a dictionary's members one per row.
pub fn render(value: &Value, format: Format, title: &str, width: usize) -> String {
    match format {
        Format::Json => json(value),
        Format::Text => text(value),
        Format::Table => table(value, title, width),
    }
}

fn falsy(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Bool(b) => !b,
        Value::Number(n) => n.as_f64() == Some(0.0),
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
    }
}

/// Indented with four spaces, as the AWS CLI prints JSON.
pub fn json(value: &Value) -> String {
    if falsy(value) {
        return String::new();
    }
    let mut out = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, formatter);
    // Serializing a Value into memory cannot fail.
    if serde::Serialize::serialize(value, &mut serializer).is_err() {
        return String::new();
    }
    let mut out = String::from_utf8(out).unwrap_or_default();
    out.push('\n');
    out
}

/// A scalar as Python's `str()` shows it, which is what the AWS CLI prints.
fn scalar(value: &Value) -> String {
    match value {
        Value::Null => "None".to_owned(),
        Value::Bool(true) => "True".to_owned(),
        Value::Bool(false) => "False".to_owned(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        // Not reached: callers pass scalars only.
        other => other.to_string(),
    }
}

fn is_scalar(value: &Value) -> bool {
    !matches!(value, Value::Array(_) | Value::Object(_))
}

/// The AWS CLI's `--output text`.
pub fn text(value: &Value) -> String {
    let mut out = String::new();
    format_text(value, &mut out, None, None);
    out
}

fn format_text(value: &Value, out: &mut String, identifier: Option<&str>, keys: Option<&[String]>) {
    match value {
        Value::Object(map) => {
            let mut scalars = Vec::new();
            let mut nested: Vec<(&str, &Value)> = Vec::new();
            match keys {
                None => {
                    let mut entries: Vec<_> = map.iter().collect();
                    entries.sort_by(|a, b| a.0.cmp(b.0));
                    for (key, value) in entries {
                        if is_scalar(value) {
                            scalars.push(scalar(value));
                        } else {
                            nested.push((key, value));
                        }
                    }
                }
                Some(keys) => {
                    for key in keys {
                        scalars.push(map.get(key).map(scalar).unwrap_or_default());
                    }
                    let mut rest: Vec<_> =
                        map.iter().filter(|(key, _)| !keys.contains(key)).collect();
                    rest.sort_by(|a, b| a.0.cmp(b.0));
                    nested.extend(rest.into_iter().map(|(k, v)| (k.as_str(), v)));
                }
            }
            if !scalars.is_empty() {
                if let Some(identifier) = identifier {
                    scalars.insert(0, identifier.to_uppercase());
                }
                out.push_str(&scalars.join("\t"));
                out.push('\n');
            }
            for (key, value) in nested {
                format_text(value, out, Some(key), None);
            }
        }
        Value::Array(items) => {
            if items.is_empty() {
                return;
            }
            if items.iter().any(Value::is_object) {
                let mut keys: Vec<String> = items
                    .iter()
                    .filter_map(Value::as_object)
                    .flat_map(|map| {
                        map.iter()
                            .filter(|(_, v)| is_scalar(v))
                            .map(|(k, _)| k.clone())
                    })
                    .collect();
                keys.sort();
                keys.dedup();
                for item in items {
                    format_text(item, out, identifier, Some(&keys));
                }
            } else if items.iter().any(Value::is_array) {
                let scalars: Vec<&Value> = items.iter().filter(|v| is_scalar(v)).collect();
                if !scalars.is_empty() {
                    scalar_list(&scalars, identifier, out);
                }
                for item in items.iter().filter(|v| !is_scalar(v)) {
                    format_text(item, out, identifier, None);
                }
            } else {
                let scalars: Vec<&Value> = items.iter().collect();
                scalar_list(&scalars, identifier, out);
            }
        }
        other => {
            out.push_str(&scalar(other));
            out.push('\n');
        }
    }
}

fn scalar_list(items: &[&Value], identifier: Option<&str>, out: &mut String) {
    match identifier {
        Some(identifier) => {
            for item in items {
                let _ = writeln!(out, "{}\t{}", identifier.to_uppercase(), scalar(item));
            }
        }
        None => {
            let line: Vec<String> = items.iter().map(|v| scalar(v)).collect();
            out.push_str(&line.join("\t"));
            out.push('\n');
        }
    }
}

/// One titled section of a table: an optional header row, then rows.
struct Section {
    title: Option<String>,
    indent: usize,
    header: Option<Vec<String>>,
    rows: Vec<Vec<String>>,
}

/// The AWS CLI's `--output table`, in its plain (uncoloured) style. A
/// dictionary whose members do not fit side by side in `width` columns is
/// listed one member per row.
pub fn table(value: &Value, title: &str, width: usize) -> String {
    let mut sections = Vec::new();
    build_table(value, Some(title), 0, width, &mut sections);
    render_sections(&sections)
}

fn new_section(sections: &mut Vec<Section>, title: Option<&str>, indent: usize) {
    sections.push(Section {
        title: title.map(str::to_owned),
        indent,
        header: None,
        rows: Vec::new(),
    });
}

fn add_row(sections: &mut Vec<Section>, row: Vec<String>) {
    if sections.is_empty() {
        new_section(sections, None, 0);
    }
    if let Some(section) = sections.last_mut() {
        section.rows.push(row);
    }
}

fn add_header(sections: &mut Vec<Section>, header: Vec<String>) {
    // A second header in one section starts a new one, as the AWS CLI does.
    if sections
        .last()
        .is_none_or(|s| s.header.is_some() || !s.rows.is_empty())
    {
        let indent = sections.last().map_or(0, |s| s.indent);
        new_section(sections, None, indent);
    }
    if let Some(section) = sections.last_mut() {
        section.header = Some(header);
    }
}

fn build_table(
    value: &Value,
    title: Option<&str>,
    indent: usize,
    width: usize,
    sections: &mut Vec<Section>,
) {
    if falsy(value) {
        return;
    }
    if title.is_some() {
        new_section(sections, title, indent);
    }
    match value {
        Value::Array(items) if items.first().is_some_and(Value::is_object) => {
            let mut headers: Vec<String> = Vec::new();
            let mut more: Vec<String> = Vec::new();
            for map in items.iter().filter_map(Value::as_object) {
                for (key, value) in map {
                    let list = if is_scalar(value) {
                        &mut headers
                    } else {
                        &mut more
                    };
                    if !list.contains(key) {
                        list.push(key.clone());
                    }
                }
            }
            headers.sort();
            more.sort();
            add_header(sections, headers.clone());
            for (i, item) in items.iter().enumerate() {
                let Some(map) = item.as_object() else {
                    add_row(sections, vec![cell(item)]);
                    continue;
                };
                if i > 0 && !more.is_empty() {
                    new_section(sections, title, indent);
                    add_header(sections, headers.clone());
                }
                add_row(
                    sections,
                    headers
                        .iter()
                        .map(|h| map.get(h).map(cell).unwrap_or_default())
                        .collect(),
                );
                for key in &more {
                    if let Some(value) = map.get(key) {
                        build_table(value, Some(key), indent + 1, width, sections);
                    }
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                match item {
                    Value::Array(inner) if inner.iter().all(is_scalar) => {
                        add_row(sections, inner.iter().map(cell).collect());
                    }
                    item if is_scalar(item) => add_row(sections, vec![cell(item)]),
                    item => build_table(item, None, indent, width, sections),
                }
            }
        }
        Value::Object(map) => {
            let mut headers: Vec<&String> = map.keys().filter(|k| is_scalar(&map[*k])).collect();
            let mut more: Vec<&String> = map.keys().filter(|k| !is_scalar(&map[*k])).collect();
            headers.sort();
            more.sort();
            let side_by_side: usize = headers
                .iter()
                .map(|h| h.chars().count().max(cell(&map[*h]).chars().count()) + 5)
                .sum::<usize>()
                + 1
                + indent * 2;
            if headers.len() == 1 || side_by_side > width {
                for header in &headers {
                    add_row(sections, vec![(*header).clone(), cell(&map[*header])]);
                }
            } else if !headers.is_empty() {
                add_header(sections, headers.iter().map(|h| (*h).clone()).collect());
                add_row(sections, headers.iter().map(|h| cell(&map[*h])).collect());
            }
            for key in more {
                build_table(&map[key], Some(key), indent + 1, width, sections);
            }
        }
        other => add_row(sections, vec![cell(other)]),
    }
}

fn cell(value: &Value) -> String {
    if is_scalar(value) {
        scalar(value)
    } else {
        value.to_string()
    }
}

fn render_sections(sections: &[Section]) -> String {
    let sections: Vec<&Section> = sections
        .iter()
        .filter(|s| s.title.is_some() || !s.rows.is_empty() || s.header.is_some())
        .collect();
    if sections.is_empty() {
        return String::new();
    }
    // Every section is as wide as the widest, less its indent.
    let natural = |s: &Section| -> usize {
        let columns = s
            .rows
            .iter()
            .map(Vec::len)
            .chain(s.header.as_ref().map(Vec::len))
            .max()
            .unwrap_or(0);
        let widths = column_widths(s, columns);
        let cells: usize = widths.iter().map(|w| w + 4).sum::<usize>() + columns.saturating_sub(1);
        let title = s.title.as_ref().map_or(0, |t| t.chars().count() + 4);
        cells.max(title) + 2 + s.indent * 2
    };
    let total = sections.iter().map(|s| natural(s)).max().unwrap_or(0);
    let mut out = String::new();
    for section in sections {
        let pad = " ".repeat(section.indent * 2);
        let inner = total - section.indent * 2 - 2;
        if let Some(title) = &section.title {
            let _ = writeln!(out, "{pad}{}", "-".repeat(inner + 2));
            let _ = writeln!(out, "{pad}|{}|", center(title, inner));
        }
        let columns = section
            .rows
            .iter()
            .map(Vec::len)
            .chain(section.header.as_ref().map(Vec::len))
            .max()
            .unwrap_or(0);
        if columns == 0 {
            continue;
        }
        let widths = spread(column_widths(section, columns), inner);
        let border = {
            let parts: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
            format!("{pad}+{}+", parts.join("+"))
        };
        let line = |cells: &[String], centered: bool| -> String {
            let parts: Vec<String> = widths
                .iter()
                .enumerate()
                .map(|(i, w)| {
                    let text = cells.get(i).map_or("", String::as_str);
                    if centered {
                        center(text, *w)
                    } else {
                        format!("  {text:<width$}", width = w.saturating_sub(2))
                    }
                })
                .collect();
            format!("{pad}|{}|", parts.join("|"))
        };
        let _ = writeln!(out, "{border}");
        if let Some(header) = &section.header {
            let _ = writeln!(out, "{}", line(header, true));
            let _ = writeln!(out, "{border}");
        }
        for row in &section.rows {
            let _ = writeln!(out, "{}", line(row, false));
        }
        let _ = writeln!(out, "{border}");
    }
    out
}

fn column_widths(section: &Section, columns: usize) -> Vec<usize> {
    let mut widths = vec![0; columns];
    for row in section.rows.iter().chain(section.header.iter()) {
        for (i, text) in row.iter().enumerate() {
            widths[i] = widths[i].max(text.chars().count());
        }
    }
    widths
}

/// Column widths (content plus two spaces each side) stretched to fill `inner`
/// characters between the outer bars.
fn spread(content: Vec<usize>, inner: usize) -> Vec<usize> {
    let columns = content.len();
    let mut widths: Vec<usize> = content.iter().map(|w| w + 4).collect();
    let used: usize = widths.iter().sum::<usize>() + columns.saturating_sub(1);
    let mut spare = inner.saturating_sub(used);
    let mut i = 0;
    while spare > 0 && columns > 0 {
        widths[i % columns] += 1;
        spare -= 1;
        i += 1;
    }
    widths
}

fn center(text: &str, width: usize) -> String {
    let len = text.chars().count();
    if len >= width {
        return text.to_owned();
    }
    let left = (width - len) / 2;
    format!(
        "{}{text}{}",
        " ".repeat(left),
        " ".repeat(width - len - left)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn json_is_indented_four_spaces_and_empty_results_print_nothing() {
        assert_eq!(
            json(&json!({"a": [1, "x"]})),
            "{\n    \"a\": [\n        1,\n        \"x\"\n    ]\n}\n"
        );
        for empty in [json!(null), json!({}), json!([]), json!(""), json!(false)] {
            assert_eq!(json(&empty), "", "{empty}");
        }
    }

    #[test]
    fn text_follows_the_aws_cli() {
        let value = json!({
            "clientId": "id",
            "expiresIn": 600,
            "scopes": ["a", "b"],
            "nested": {"x": true, "y": null},
            "items": [{"k": 1, "sub": [2]}, {"k": 3, "other": "o"}],
        });
        assert_eq!(
            text(&value),
            "id\t600\n\
             ITEMS\t1\t\n\
             SUB\t2\n\
             ITEMS\t3\to\n\
             NESTED\tTrue\tNone\n\
             SCOPES\ta\n\
             SCOPES\tb\n"
        );
        assert_eq!(text(&json!(["a", "b"])), "a\tb\n");
        assert_eq!(text(&json!("plain")), "plain\n");
    }

    #[test]
    fn tables_are_boxed_with_a_title() {
        let out = table(
            &json!({"clientId": "abc", "expiresIn": 5}),
            "RegisterClient",
            80,
        );
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines[0].chars().all(|c| c == '-'), "{out}");
        assert!(lines[1].contains("RegisterClient"), "{out}");
        assert!(
            lines
                .iter()
                .any(|l| l.contains("clientId") && l.contains("expiresIn")),
            "{out}"
        );
        assert!(
            lines.iter().any(|l| l.contains("abc") && l.contains('5')),
            "{out}"
        );
        let width = lines[0].len();
        assert!(lines.iter().all(|l| l.chars().count() == width), "{out}");
        let narrow = table(
            &json!({"clientId": "abc", "expiresIn": 5}),
            "RegisterClient",
            20,
        );
        assert!(
            narrow
                .lines()
                .any(|l| l.contains("clientId") && l.contains("abc")),
            "one member per row when they do not fit side by side:\n{narrow}"
        );
    }

    #[test]
    fn queries_select_and_bad_ones_are_refused() {
        let query = Query::compile("scopes[0]").expect("a valid expression");
        assert_eq!(
            query
                .search(&json!({"scopes": ["x", "y"]}))
                .expect("applies"),
            json!("x")
        );
        let error = Query::compile("scopes[").expect_err("an invalid expression");
        assert!(
            error.starts_with("Bad value for --query scopes["),
            "{error}"
        );
    }
}
