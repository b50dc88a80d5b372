//! Model documentation (HTML, as AWS writes it, or plain text) to rustdoc Markdown.
//!
//! The output must never make `cargo doc -D warnings` or doctests fail, whatever
//! the model says: tags are turned into Markdown or dropped, stray `<`, `>`, `[`
//! and `]` are escaped (they would read as HTML tags or intra-doc links), bare
//! URLs are wrapped in `<…>`, and lines never start indented (an indented block
//! is a code block, which rustdoc would compile as a doctest).

/// Converts one documentation string to Markdown lines joined by `\n`.
pub fn to_markdown(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    let mut link: Option<String> = None;
    let mut in_pre = false;
    while !rest.is_empty() {
        let Some(start) = rest.find('<') else {
            push_text(&mut out, rest, in_pre);
            break;
        };
        push_text(&mut out, &rest[..start], in_pre);
        let after = &rest[start..];
        let Some(end) = after.find('>') else {
            push_text(&mut out, after, in_pre);
            break;
        };
        let tag = &after[1..end];
        if !looks_like_tag(tag) {
            push_text(&mut out, &after[..1], in_pre);
            rest = &after[1..];
            continue;
        }
        rest = &after[end + 1..];
        let closing = tag.starts_with('/');
        let name = tag_name(tag);
        match (name.as_str(), closing) {
            // A paragraph that opens a list item stays on the bullet's line.
            ("p", false) if out.ends_with("- ") => {}
            ("p" | "div" | "ul" | "ol" | "dl", _) => out.push_str("\n\n"),
            ("br", _) => out.push('\n'),
            ("li", false) => out.push_str("\n- "),
            ("dt", false) => out.push_str("\n\n"),
            ("dd", false) => out.push_str("\n\n"),
            ("code", _) if !in_pre => out.push('`'),
            ("b" | "strong", _) if !in_pre => out.push_str("**"),
            ("i" | "em", _) if !in_pre => out.push('*'),
            ("pre", false) => {
                in_pre = true;
                out.push_str("\n\n```text\n");
            }
            ("pre", true) => {
                in_pre = false;
                out.push_str("\n```\n\n");
            }
            ("a", false) => {
                link = attribute(tag, "href");
                if link.is_some() {
                    out.push('[');
                }
            }
            ("a", true) => {
                if let Some(href) = link.take() {
                    out.push_str("](");
                    out.push_str(&href.replace(['(', ')', ' '], ""));
                    out.push(')');
                }
            }
            _ => {}
        }
    }
    tidy(&out)
}

/// A `<...>` that is an HTML tag rather than text such as `a < b > c` or `<Region>`.
fn looks_like_tag(inner: &str) -> bool {
    const TAGS: &[&str] = &[
        "p",
        "div",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "br",
        "code",
        "b",
        "strong",
        "i",
        "em",
        "pre",
        "a",
        "note",
        "important",
        "para",
        "fullname",
        "span",
        "u",
        "sup",
        "sub",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "tr",
        "td",
        "th",
        "tbody",
        "thead",
    ];
    TAGS.contains(&tag_name(inner).as_str())
}

/// The lower-case element name of what stands between `<` and `>` (`/a href=..` → `a`).
fn tag_name(inner: &str) -> String {
    inner
        .trim_start_matches('/')
        .split(|c: char| c.is_whitespace() || c == '/')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!("{name}="))? + name.len() + 1;
    let value = &tag[at..];
    let quote = value.chars().next()?;
    if quote == '"' || quote == '\'' {
        let inner = &value[1..];
        inner.find(quote).map(|end| inner[..end].to_owned())
    } else {
        Some(value.split_whitespace().next()?.to_owned())
    }
}

fn push_text(out: &mut String, text: &str, in_pre: bool) {
    let text = decode_entities(text);
    if in_pre {
        // Inside a fence only a fence could break out; keep everything else verbatim.
        out.push_str(&text.replace("```", "'''"));
        return;
    }
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '[' => out.push_str("\\["),
            ']' => out.push_str("\\]"),
            '`' => out.push('\''),
            '\t' => out.push(' '),
            _ => out.push(c),
        }
    }
}

fn decode_entities(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

/// Trims lines, collapses blank runs, and wraps bare URLs outside fences.
fn tidy(text: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut in_fence = false;
    for raw in text.lines() {
        if raw.trim_start().starts_with("```") {
            in_fence = !in_fence;
            lines.push(raw.trim().to_owned());
            continue;
        }
        if in_fence {
            lines.push(raw.trim_end().to_owned());
            continue;
        }
        let line = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() && lines.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        // A line that continues a list item is indented under it (two spaces:
        // four would start a code block).
        let continues_item = !line.is_empty()
            && !line.starts_with("- ")
            && lines
                .last()
                .is_some_and(|l| l.starts_with("- ") || (l.starts_with("  ") && !l.is_empty()));
        let line = wrap_bare_urls(&line);
        // The model's HTML broke the line before something that would start a
        // Markdown block (`* * *` in a cron expression): it continues the line before.
        if starts_block(&line) {
            if let Some(previous) = lines
                .last_mut()
                .filter(|l| !l.is_empty() && !l.starts_with("```"))
            {
                previous.push(' ');
                previous.push_str(&line);
                continue;
            }
        }
        lines.push(if continues_item {
            format!("  {line}")
        } else {
            line
        });
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    let mut out = Vec::with_capacity(lines.len());
    let mut in_fence = false;
    for line in lines {
        if line.starts_with("```") {
            in_fence = !in_fence;
        }
        if in_fence || line.starts_with("```") {
            out.push(line);
        } else {
            let from = out.len();
            wrap(&line, &mut out);
            for wrapped in &mut out[from..] {
                escape_block_marker(wrapped);
            }
        }
    }
    out.join("\n")
}

/// Whether `text` starts like a Markdown block other than a `- ` list item:
/// `*`, `+`, `#`, or a number followed by `.` or `)`.
fn starts_block(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    text.starts_with(['*', '+', '#']) || (digits > 0 && text[digits..].starts_with(['.', ')']))
}

/// A line of running text that happens to start like a Markdown block (`* `,
/// `+ `, `# `, `1. `: the model's HTML broke a line there, or wrapping did)
/// would become a list or heading; a backslash keeps it text. `- ` is left
/// alone: it is how list items are written.
fn escape_block_marker(line: &mut String) {
    let indent = line.len() - line.trim_start().len();
    let rest = &line[indent..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let marker = if rest.starts_with(['*', '+', '#']) {
        Some(indent)
    } else if digits > 0 && rest[digits..].starts_with(['.', ')']) {
        Some(indent + digits)
    } else {
        None
    };
    if let Some(at) = marker {
        line.insert(at, '\\');
    }
}

/// Greedy word wrap at [`WIDTH`]; a wrapped list item's later lines are indented
/// under its text.
fn wrap(line: &str, out: &mut Vec<String>) {
    const WIDTH: usize = 96;
    let (first_indent, text) = match line.strip_prefix("  ") {
        Some(rest) => ("  ", rest),
        None => ("", line),
    };
    let indent = if line.starts_with("- ") {
        "  "
    } else {
        first_indent
    };
    let mut current = first_indent.to_owned();
    let mut empty = true;
    for word in text.split(' ') {
        // Never wrap before a word that would start a Markdown block (a lone
        // `-` there would be a list item).
        if !empty && current.len() + 1 + word.len() > WIDTH && !starts_block(word) && word != "-" {
            out.push(std::mem::replace(&mut current, indent.to_owned()));
        } else if !empty {
            current.push(' ');
        }
        current.push_str(word);
        empty = false;
    }
    out.push(current);
}

fn wrap_bare_urls(line: &str) -> String {
    line.split(' ')
        .map(|word| {
            let is_url = word.starts_with("http://") || word.starts_with("https://");
            if is_url {
                let url = word.trim_end_matches(['.', ',', ';', ':']);
                format!("<{url}>{}", &word[url.len()..])
            } else {
                word.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::to_markdown;

    #[test]
    fn converts_common_aws_html() {
        let html = "<p>Creates a <code>Token</code> for <a href=\"https://example.com/x\">the user</a>.</p><ul><li><p>One</p></li><li>Two</li></ul>";
        assert_eq!(
            to_markdown(html),
            "Creates a `Token` for [the user](https://example.com/x).\n\n- One\n\n- Two"
        );
    }

    #[test]
    fn escapes_what_rustdoc_would_misread() {
        assert_eq!(
            to_markdown("Use List<String> and [brackets] or a < b"),
            "Use List&lt;String&gt; and \\[brackets\\] or a &lt; b"
        );
        assert_eq!(
            to_markdown("See https://example.com."),
            "See <https://example.com>."
        );
        // Indentation would start a code block, i.e. a doctest.
        assert_eq!(to_markdown("line\n        indented"), "line\nindented");
        // Long lines wrap; a list item's later lines stay inside the item.
        let long = format!("<ul><li>{}</li></ul>", "word ".repeat(30));
        let wrapped = to_markdown(&long);
        assert!(wrapped.lines().all(|l| l.len() <= 96), "{wrapped}");
        assert!(
            wrapped.lines().skip(1).all(|l| l.starts_with("  word")),
            "{wrapped}"
        );
        // A list item's second line stays inside the item.
        assert_eq!(to_markdown("<ul><li>one\ntwo</li></ul>"), "- one\n  two");
    }

    #[test]
    fn running_text_never_starts_a_markdown_block() {
        let markdown = to_markdown(
            "<p>are <code> 15 * ?\n * * *</code> and\n 1. not a list\n # nor a heading</p>",
        );
        assert!(
            markdown
                .lines()
                .all(|l| !l.starts_with("* ") && !l.starts_with("1. ") && !l.starts_with("# ")),
            "{markdown}"
        );
        assert!(
            markdown.contains("`15 * ? * * *`") || markdown.contains("` 15 * ? * * *`"),
            "{markdown}"
        );
        assert!(
            markdown.contains("and 1. not a list # nor a heading"),
            "{markdown}"
        );
        // A paragraph that itself starts like a block is escaped.
        assert_eq!(to_markdown("<p>* not a bullet</p>"), "\\* not a bullet");
    }

    #[test]
    fn keeps_preformatted_text_in_a_text_fence() {
        assert_eq!(
            to_markdown("<pre>{\n  \"a\": 1\n}</pre>"),
            "```text\n{\n  \"a\": 1\n}\n```"
        );
    }
}
