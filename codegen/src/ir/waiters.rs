//! `smithy.waiters#waitable`: each waiter's acceptors, with their JMESPath
//! paths parsed and resolved against the operation's input and output types,
//! so the emitter writes typed field reads and the runtime only compares.
//!
//! The JMESPath supported is the subset the AWS waiters use: field access
//! (`a.b`), flatten projections (`a[].b`, `a[].b[]`), `length(x)`, the
//! comparisons `==` `!=` `<` `<=` `>` `>=`, `&&`, `||`, `!`, parentheses, and
//! literals (`` `0` ``, `` `true` ``, `'text'`). A path naming a member the
//! shape does not have, a comparator the spec does not define or a
//! `booleanEquals` expecting neither `true` nor `false` is an error; a valid
//! path outside the subset (or ending at a structure or map) leaves the waiter
//! out, listed in the crate's docs, rather than emitting a waiter that could be wrong.

use super::{PathStep, Service, Structure, TypeDef, TypeRef};
use crate::diagnostics::Diagnostics;
use crate::model::{Shape, ShapeId};
use crate::naming::snake;
use serde_json::Value;
use std::collections::BTreeMap;

use crate::model::id;

/// One waiter of an operation.
#[derive(Debug, Clone)]
pub struct Waiter {
    /// The name in the model (`ThingReady`).
    pub name: String,
    /// `wait_until_thing_ready`.
    pub method_name: String,
    /// The waiter's documentation.
    pub docs: Option<String>,
    /// Seconds, at least 1 (default 2).
    pub min_delay: u64,
    /// Seconds, at least `min_delay` (default 120).
    pub max_delay: u64,
    /// Whether the model deprecates the waiter.
    pub deprecated: bool,
    /// In the model's order: the first that matches decides.
    pub acceptors: Vec<Acceptor>,
}

/// A state and when it applies.
#[derive(Debug, Clone)]
pub struct Acceptor {
    /// What the waiter does when the matcher matches.
    pub state: WaiterState,
    /// When the acceptor applies.
    pub matcher: Matcher,
}

/// An acceptor's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaiterState {
    /// Stop: done.
    Success,
    /// Stop: the state waited for cannot come.
    Failure,
    /// Try again.
    Retry,
}

/// An acceptor's matcher.
#[derive(Debug, Clone)]
pub enum Matcher {
    /// A path over the output (`output`), or over `{input, output}` (`inputOutput`).
    Path {
        /// Whether the path reads `{input, output}` rather than the output.
        input_output: bool,
        /// The path as the model writes it.
        text: String,
        /// The path, resolved.
        expr: PathExpr,
        /// The comparator's operand.
        expected: String,
        /// How the value is compared with `expected`.
        comparator: Comparator,
    },
    /// `success: true` matches any output, `false` any error.
    Success(bool),
    /// An error with this code (the shape's name).
    ErrorType(String),
}

/// The comparators the waiters spec defines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparator {
    /// `stringEquals`
    StringEquals,
    /// `booleanEquals`
    BooleanEquals,
    /// `allStringEquals`
    AllStringEquals,
    /// `anyStringEquals`
    AnyStringEquals,
}

/// A resolved JMESPath expression.
#[derive(Debug, Clone)]
pub enum PathExpr {
    /// Field reads and flattens from the input or output.
    Path {
        /// Where the path starts.
        root: PathRoot,
        /// The steps, in order.
        segs: Vec<PathSeg>,
        /// The type read at the end (per element after a flatten): a string,
        /// boolean, number, enum, or a list of those.
        leaf: TypeRef,
    },
    /// A literal: a string, number, boolean or null.
    Literal(Value),
    /// `length(x)`
    Length(Box<PathExpr>),
    /// `length(path)` where the path reads what the waiter cannot compare but can
    /// count: a projection of anything, or a list or map.
    Count {
        /// Where the path starts.
        root: PathRoot,
        /// The steps, in order.
        segs: Vec<PathSeg>,
        /// The type read at the end.
        leaf: TypeRef,
    },
    /// `a op b`, `op` one of `==` `!=` `<` `<=` `>` `>=`.
    Cmp(&'static str, Box<PathExpr>, Box<PathExpr>),
    /// `a && b`
    And(Box<PathExpr>, Box<PathExpr>),
    /// `a || b`
    Or(Box<PathExpr>, Box<PathExpr>),
    /// `!a`
    Not(Box<PathExpr>),
}

/// Where a path starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathRoot {
    /// The operation's input (`input.` of an `inputOutput` path).
    Input,
    /// The operation's output.
    Output,
}

/// One step of a path.
#[derive(Debug, Clone)]
pub enum PathSeg {
    /// A structure member.
    Field(PathStep),
    /// `[]` on a list: what follows applies to each element.
    Flatten {
        /// Whether the list is `@sparse` (elements are `Option<_>`).
        sparse: bool,
    },
}

/// Fills `Operation::waiters`; records what cannot be generated.
pub(super) fn resolve(
    service: &mut Service,
    shapes: &BTreeMap<ShapeId, &Shape>,
    diagnostics: &mut Diagnostics,
) {
    let mut resolved = Vec::new();
    for (index, op) in service.operations.iter().enumerate() {
        let Some(waitable) = shapes.get(&op.id).and_then(|s| s.traits.get(id::WAITABLE)) else {
            continue;
        };
        let Some(waitable) = waitable.as_object() else {
            diagnostics.error(&op.id, "`@waitable` must be an object of waiters");
            continue;
        };
        let mut waiters = Vec::new();
        for (name, def) in waitable {
            match waiter(service, &op.input, &op.output, name, def) {
                Ok(waiter) => waiters.push(waiter),
                Err(Problem::Invalid(why)) => {
                    diagnostics.error(&op.id, format!("`@waitable` waiter `{name}`: {why}"))
                }
                Err(Problem::Unsupported(why)) => {
                    service
                        .omitted_waiters
                        .push((op.id.clone(), name.clone(), why));
                }
            }
        }
        resolved.push((index, waiters));
    }
    for (index, waiters) in resolved {
        service.operations[index].waiters = waiters;
    }
}

enum Problem {
    Invalid(String),
    Unsupported(String),
}

fn invalid<T>(why: impl Into<String>) -> Result<T, Problem> {
    Err(Problem::Invalid(why.into()))
}

fn unsupported<T>(why: impl Into<String>) -> Result<T, Problem> {
    Err(Problem::Unsupported(why.into()))
}

fn waiter(
    service: &Service,
    input: &Structure,
    output: &Structure,
    name: &str,
    def: &Value,
) -> Result<Waiter, Problem> {
    let delay = |key: &str, default: u64| match def.get(key) {
        None => Ok(default),
        Some(v) => v.as_u64().filter(|&v| v >= 1).ok_or_else(|| {
            Problem::Invalid(format!(
                "`{key}` must be a whole number of seconds, at least 1"
            ))
        }),
    };
    let min_delay = delay("minDelay", 2)?;
    let max_delay = delay("maxDelay", 120)?;
    if max_delay < min_delay {
        return invalid(format!(
            "`maxDelay` ({max_delay}) is below `minDelay` ({min_delay})"
        ));
    }
    let Some(list) = def
        .get("acceptors")
        .and_then(Value::as_array)
        .filter(|a| !a.is_empty())
    else {
        return invalid("needs at least one acceptor");
    };
    let mut acceptors = Vec::new();
    for (i, acceptor) in list.iter().enumerate() {
        let at = |why: String| format!("acceptor {}: {why}", i + 1);
        let wrap = |p: Problem| match p {
            Problem::Invalid(why) => Problem::Invalid(at(why)),
            Problem::Unsupported(why) => Problem::Unsupported(at(why)),
        };
        let state = match acceptor.get("state").and_then(Value::as_str) {
            Some("success") => WaiterState::Success,
            Some("failure") => WaiterState::Failure,
            Some("retry") => WaiterState::Retry,
            other => return invalid(at(format!("unknown state {other:?}"))),
        };
        let matcher = matcher(service, input, output, acceptor.get("matcher")).map_err(wrap)?;
        acceptors.push(Acceptor { state, matcher });
    }
    Ok(Waiter {
        name: name.to_owned(),
        method_name: format!("wait_until_{}", snake(name)),
        docs: def
            .get("documentation")
            .and_then(Value::as_str)
            .map(str::to_owned),
        min_delay,
        max_delay,
        deprecated: def
            .get("deprecated")
            .and_then(Value::as_bool)
            .unwrap_or(false),
        acceptors,
    })
}

fn matcher(
    service: &Service,
    input: &Structure,
    output: &Structure,
    matcher: Option<&Value>,
) -> Result<Matcher, Problem> {
    let Some(object) = matcher.and_then(Value::as_object).filter(|o| o.len() == 1) else {
        return invalid("the matcher must have exactly one member");
    };
    let (kind, body) = object.iter().next().expect("one member");
    match kind.as_str() {
        "success" => match body.as_bool() {
            Some(b) => Ok(Matcher::Success(b)),
            None => invalid("`success` must be a boolean"),
        },
        "errorType" => match body.as_str() {
            // An absolute shape id names the shape; the code is its name.
            Some(code) => Ok(Matcher::ErrorType(
                code.rsplit('#').next().unwrap_or(code).to_owned(),
            )),
            None => invalid("`errorType` must be a string"),
        },
        "output" | "inputOutput" => {
            let input_output = kind == "inputOutput";
            let field = |key: &str| {
                body.get(key)
                    .and_then(Value::as_str)
                    .ok_or_else(|| Problem::Invalid(format!("`{kind}` needs a string `{key}`")))
            };
            let (text, expected) = (field("path")?, field("expected")?);
            let comparator = match field("comparator")? {
                "stringEquals" => Comparator::StringEquals,
                "booleanEquals" => Comparator::BooleanEquals,
                "allStringEquals" => Comparator::AllStringEquals,
                "anyStringEquals" => Comparator::AnyStringEquals,
                other => return invalid(format!("unknown comparator `{other}`")),
            };
            if comparator == Comparator::BooleanEquals && !matches!(expected, "true" | "false") {
                return invalid(format!(
                    "`booleanEquals` expects `true` or `false`, not `{expected}`"
                ));
            }
            let tokens =
                lex(text).map_err(|why| Problem::Unsupported(format!("path {text:?}: {why}")))?;
            let mut parser = Parser { tokens, at: 0 };
            let ast = parser
                .or()
                .and_then(|ast| match parser.tokens.get(parser.at) {
                    None => Ok(ast),
                    Some(t) => Err(format!("unexpected {t:?}")),
                })
                .map_err(|why| Problem::Unsupported(format!("path {text:?}: {why}")))?;
            let roots = Roots {
                service,
                input,
                output,
                input_output,
            };
            let expr = roots.resolve(ast).map_err(|p| match p {
                Problem::Invalid(why) => Problem::Invalid(format!("path {text:?}: {why}")),
                Problem::Unsupported(why) => Problem::Unsupported(format!("path {text:?}: {why}")),
            })?;
            Ok(Matcher::Path {
                input_output,
                text: text.to_owned(),
                expr,
                expected: expected.to_owned(),
                comparator,
            })
        }
        other => invalid(format!("unknown matcher `{other}`")),
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Ident(String),
    Dot,
    Flatten,
    LParen,
    RParen,
    Op(&'static str),
    And,
    Or,
    Not,
    Literal(Value),
}

fn lex(text: &str) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, c)| c);
        let token = match c {
            ' ' | '\t' | '\n' => continue,
            '.' => Token::Dot,
            '(' => Token::LParen,
            ')' => Token::RParen,
            '[' if next == Some(']') => {
                chars.next();
                Token::Flatten
            }
            '&' if next == Some('&') => {
                chars.next();
                Token::And
            }
            '|' if next == Some('|') => {
                chars.next();
                Token::Or
            }
            '=' if next == Some('=') => {
                chars.next();
                Token::Op("==")
            }
            '!' if next == Some('=') => {
                chars.next();
                Token::Op("!=")
            }
            '!' => Token::Not,
            '<' | '>' => {
                if next == Some('=') {
                    chars.next();
                    Token::Op(if c == '<' { "<=" } else { ">=" })
                } else {
                    Token::Op(if c == '<' { "<" } else { ">" })
                }
            }
            '`' => {
                let rest = &text[i + 1..];
                let end = rest.find('`').ok_or("an unclosed literal")?;
                let literal = &rest[..end];
                if literal.contains('\\') {
                    return Err("an escaped literal".to_owned());
                }
                let value: Value = serde_json::from_str(literal.trim())
                    .map_err(|_| format!("the literal `{literal}` is not JSON"))?;
                if value.is_array() || value.is_object() {
                    return Err(format!("the literal `{literal}` is a list or object"));
                }
                for _ in 0..literal.chars().count() + 1 {
                    chars.next();
                }
                Token::Literal(value)
            }
            '\'' => {
                let rest = &text[i + 1..];
                let end = rest.find('\'').ok_or("an unclosed string")?;
                let literal = &rest[..end];
                if literal.contains('\\') {
                    return Err("an escaped string".to_owned());
                }
                for _ in 0..literal.chars().count() + 1 {
                    chars.next();
                }
                Token::Literal(Value::String(literal.to_owned()))
            }
            c if c.is_ascii_alphabetic() || c == '_' => {
                let mut name = c.to_string();
                while let Some(&(_, c)) = chars
                    .peek()
                    .filter(|(_, c)| c.is_ascii_alphanumeric() || *c == '_')
                {
                    name.push(c);
                    chars.next();
                }
                Token::Ident(name)
            }
            other => return Err(format!("`{other}` is not supported")),
        };
        tokens.push(token);
    }
    Ok(tokens)
}

/// The parsed, unresolved expression.
#[derive(Debug)]
enum Ast {
    /// `a.b[].c`: names and `None` for each `[]`.
    Path(Vec<Option<String>>),
    Literal(Value),
    Length(Box<Ast>),
    Cmp(&'static str, Box<Ast>, Box<Ast>),
    And(Box<Ast>, Box<Ast>),
    Or(Box<Ast>, Box<Ast>),
    Not(Box<Ast>),
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn eat(&mut self, token: &Token) -> bool {
        let hit = self.peek() == Some(token);
        self.at += usize::from(hit);
        hit
    }

    fn or(&mut self) -> Result<Ast, String> {
        let mut left = self.and()?;
        while self.eat(&Token::Or) {
            left = Ast::Or(Box::new(left), Box::new(self.and()?));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Ast, String> {
        let mut left = self.cmp()?;
        while self.eat(&Token::And) {
            left = Ast::And(Box::new(left), Box::new(self.cmp()?));
        }
        Ok(left)
    }

    fn cmp(&mut self) -> Result<Ast, String> {
        let left = self.unary()?;
        if let Some(Token::Op(op)) = self.peek() {
            let op = *op;
            self.at += 1;
            return Ok(Ast::Cmp(op, Box::new(left), Box::new(self.unary()?)));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Ast, String> {
        if self.eat(&Token::Not) {
            return Ok(Ast::Not(Box::new(self.unary()?)));
        }
        self.primary()
    }

    fn primary(&mut self) -> Result<Ast, String> {
        match self.peek().cloned() {
            Some(Token::LParen) => {
                self.at += 1;
                let inner = self.or()?;
                if !self.eat(&Token::RParen) {
                    return Err("a missing `)`".to_owned());
                }
                Ok(inner)
            }
            Some(Token::Literal(v)) => {
                self.at += 1;
                Ok(Ast::Literal(v))
            }
            Some(Token::Ident(name)) if self.tokens.get(self.at + 1) == Some(&Token::LParen) => {
                if name != "length" {
                    return Err(format!("the function `{name}`"));
                }
                self.at += 2;
                let arg = self.or()?;
                if !self.eat(&Token::RParen) {
                    return Err("a missing `)`".to_owned());
                }
                Ok(Ast::Length(Box::new(arg)))
            }
            Some(Token::Ident(name)) => {
                self.at += 1;
                let mut segs = vec![Some(name)];
                loop {
                    if self.eat(&Token::Flatten) {
                        segs.push(None);
                    } else if self.peek() == Some(&Token::Dot) {
                        self.at += 1;
                        match self.peek().cloned() {
                            Some(Token::Ident(name)) => {
                                self.at += 1;
                                segs.push(Some(name));
                            }
                            other => return Err(format!("`.` followed by {other:?}")),
                        }
                    } else {
                        return Ok(Ast::Path(segs));
                    }
                }
            }
            other => Err(format!("unexpected {other:?}")),
        }
    }
}

struct Roots<'a> {
    service: &'a Service,
    input: &'a Structure,
    output: &'a Structure,
    input_output: bool,
}

impl Roots<'_> {
    fn resolve(&self, ast: Ast) -> Result<PathExpr, Problem> {
        let boxed = |a: Ast| self.resolve(a).map(Box::new);
        Ok(match ast {
            Ast::Literal(v) => PathExpr::Literal(v),
            Ast::Length(a) => match *a {
                Ast::Path(names) => match self.path(names, true)? {
                    path @ PathExpr::Path { .. } => PathExpr::Length(Box::new(path)),
                    count => count,
                },
                a => PathExpr::Length(boxed(a)?),
            },
            Ast::Cmp(op, a, b) => PathExpr::Cmp(op, boxed(*a)?, boxed(*b)?),
            Ast::And(a, b) => PathExpr::And(boxed(*a)?, boxed(*b)?),
            Ast::Or(a, b) => PathExpr::Or(boxed(*a)?, boxed(*b)?),
            Ast::Not(a) => PathExpr::Not(boxed(*a)?),
            Ast::Path(names) => self.path(names, false)?,
        })
    }

    /// The path `names`; under `length(..)` (`counted`), one that only counts.
    fn path(&self, names: Vec<Option<String>>, counted: bool) -> Result<PathExpr, Problem> {
        let mut names = names.into_iter();
        let (root, structure) = if self.input_output {
            match names.next().flatten().as_deref() {
                Some("input") => (PathRoot::Input, self.input),
                Some("output") => (PathRoot::Output, self.output),
                _ => return invalid("an `inputOutput` path starts with `input` or `output`"),
            }
        } else {
            (PathRoot::Output, self.output)
        };
        // `None` while at the root structure; else the type reached.
        let mut current: Option<TypeRef> = None;
        let mut segs = Vec::new();
        for name in names {
            let structure = match &current {
                None => Some(structure),
                Some(TypeRef::Named(id)) => match self.service.types.get(id) {
                    Some(TypeDef::Structure(s)) => Some(s),
                    _ => None,
                },
                _ => None,
            };
            match name {
                Some(name) => {
                    let Some(structure) = structure else {
                        return unsupported(format!(
                            "`{name}` is read from a value that is not a structure"
                        ));
                    };
                    let Some(member) = structure.members.iter().find(|m| m.name == name) else {
                        return invalid(format!("`{}` has no member `{name}`", structure.id));
                    };
                    segs.push(PathSeg::Field(PathStep {
                        field_name: member.field_name.clone(),
                        optional: member.optional,
                        boxed: member.boxed,
                    }));
                    current = Some(member.target.clone());
                }
                None => match &current {
                    Some(TypeRef::List { member, .. })
                        if matches!(**member, TypeRef::List { .. }) =>
                    {
                        // JMESPath merges the inner lists; the emitter does not.
                        return unsupported("`[]` on a list of lists");
                    }
                    Some(TypeRef::List { member, sparse }) => {
                        segs.push(PathSeg::Flatten { sparse: *sparse });
                        current = Some((**member).clone());
                    }
                    _ => return unsupported("`[]` on a value that is not a list"),
                },
            }
        }
        let Some(leaf) = current else {
            return unsupported("the whole input or output is not a value the waiter can compare");
        };
        if !self.comparable(&leaf, true) {
            let projected = segs.iter().any(|s| matches!(s, PathSeg::Flatten { .. }));
            let countable = matches!(leaf, TypeRef::List { .. } | TypeRef::Map { .. });
            if counted && (projected || countable) {
                return Ok(PathExpr::Count { root, segs, leaf });
            }
            return unsupported(
                "the path ends at a structure, union, map or other value the waiter cannot compare",
            );
        }
        Ok(PathExpr::Path { root, segs, leaf })
    }

    fn comparable(&self, t: &TypeRef, list_ok: bool) -> bool {
        match t {
            TypeRef::String
            | TypeRef::Boolean
            | TypeRef::Byte
            | TypeRef::Short
            | TypeRef::Integer
            | TypeRef::Long
            | TypeRef::Float
            | TypeRef::Double => true,
            TypeRef::Named(id) => matches!(self.service.types.get(id), Some(TypeDef::Enum(_))),
            TypeRef::List { member, .. } => list_ok && self.comparable(member, false),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Matcher, PathExpr, PathSeg};
    use crate::ir::Service;

    fn resolve(waitable: &str) -> Result<Service, crate::GenerateError> {
        let model = format!(
            r#"{{"smithy": "2.0", "shapes": {{
            "a#S": {{"type": "service", "operations": [{{"target": "a#Get"}}],
                "traits": {{"aws.protocols#restJson1": {{}}}}}},
            "a#Get": {{"type": "operation", "input": {{"target": "a#In"}}, "output": {{"target": "a#Out"}},
                "traits": {{"smithy.api#http": {{"method": "POST", "uri": "/"}},
                    "smithy.waiters#waitable": {waitable}}}}},
            "a#In": {{"type": "structure", "members": {{"id": {{"target": "smithy.api#String"}}}}}},
            "a#Out": {{"type": "structure", "members": {{
                "items": {{"target": "a#Items"}},
                "state": {{"target": "smithy.api#String"}}}}}},
            "a#Items": {{"type": "list", "member": {{"target": "a#Item"}}}},
            "a#Item": {{"type": "structure", "members": {{"state": {{"target": "smithy.api#String"}}}}}}
        }}}}"#
        );
        crate::resolve(&model, None)
    }

    fn one(path: &str, comparator: &str, expected: &str) -> String {
        format!(
            r#"{{"Ready": {{"acceptors": [{{"state": "success", "matcher": {{"output":
                {{"path": "{path}", "expected": "{expected}", "comparator": "{comparator}"}}}}}}]}}}}"#
        )
    }

    #[test]
    fn projections_and_length_resolve_to_typed_steps() {
        let service = resolve(&one("items[].state", "allStringEquals", "OK")).expect("resolves");
        let waiter = &service.operations[0].waiters[0];
        assert_eq!(waiter.method_name, "wait_until_ready");
        assert_eq!((waiter.min_delay, waiter.max_delay), (2, 120));
        let Matcher::Path {
            expr: PathExpr::Path { segs, .. },
            ..
        } = &waiter.acceptors[0].matcher
        else {
            panic!("a path")
        };
        assert!(matches!(
            segs.as_slice(),
            [
                PathSeg::Field(_),
                PathSeg::Flatten { sparse: false },
                PathSeg::Field(_)
            ]
        ));

        let service = resolve(&one(
            "length(items[]) > `0` && !(state == 'x')",
            "booleanEquals",
            "true",
        ))
        .expect("resolves");
        let Matcher::Path { expr, .. } = &service.operations[0].waiters[0].acceptors[0].matcher
        else {
            panic!("a path")
        };
        let PathExpr::And(left, right) = expr else {
            panic!("&& at the top: {expr:?}")
        };
        assert!(
            matches!(&**left, PathExpr::Cmp(">", count, _) if matches!(**count, PathExpr::Count { .. }))
        );
        assert!(matches!(&**right, PathExpr::Not(_)));
    }

    #[test]
    fn a_path_outside_the_subset_leaves_the_waiter_out_with_the_reason() {
        for path in [
            "items[?state == 'x']",
            "items[0].state",
            "items",
            "sort(items)",
        ] {
            let service = resolve(&one(path, "stringEquals", "x")).expect("resolves");
            assert!(service.operations[0].waiters.is_empty(), "{path}");
            let (op, waiter, why) = &service.omitted_waiters[0];
            assert_eq!(
                (op.to_string().as_str(), waiter.as_str()),
                ("a#Get", "Ready")
            );
            assert!(why.contains(path), "{why}");
        }
    }

    #[test]
    fn a_broken_waiter_is_an_error_naming_the_operation_and_the_waiter() {
        for (waitable, expect) in [
            (one("missing", "stringEquals", "x"), "has no member `missing`"),
            (one("state", "booleanEquals", "yes"), "`booleanEquals` expects"),
            (one("state", "numberEquals", "1"), "unknown comparator"),
            (r#"{"Ready": {"minDelay": 10, "maxDelay": 5, "acceptors": [{"state": "success", "matcher": {"success": true}}]}}"#.to_owned(), "below `minDelay`"),
        ] {
            let Err(crate::GenerateError::Model(diagnostics)) = resolve(&waitable) else {
                panic!("refused: {waitable}")
            };
            let text = diagnostics.items()[0].to_string();
            assert!(text.starts_with("a#Get: `@waitable` waiter `Ready`"), "{text}");
            assert!(text.contains(expect), "{text}");
        }
    }
}
