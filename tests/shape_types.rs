//! The wire JSON of every Smithy shape type, through a generated crate: the
//! `shape_types` fixture, checked in as `tests/shape-types-sdk` so its
//! (de)serialization runs here rather than only compiling.

use shape_types_sdk::json;
use shape_types_sdk::operation::echo::EchoInput;
use shape_types_sdk::primitives::{Blob, DateTime, Document};
use shape_types_sdk::types::{Choice, Color, Nested};

/// A document as the protocol writes it: every member set once.
const EVERYTHING: &str = r#"{
    "blob": "aGVsbG8=",
    "flag": true,
    "text": "plain",
    "tiny": -8,
    "small": 1600,
    "count": 32,
    "big": 9007199254740993,
    "ratio": "NaN",
    "precise": "-Infinity",
    "huge": 12345678901234,
    "exact": 1.25,
    "epoch": 1700000000.5,
    "isoTime": "2023-11-14T22:13:20Z",
    "httpTime": "Tue, 14 Nov 2023 22:13:20 GMT",
    "anything": {"free": ["form", 1, null, true]},
    "color": "dark-blue",
    "level": 2,
    "names": ["a", "b"],
    "maybeNames": ["a", null],
    "labels": {"k": {"id": "n1", "tags": ["x"]}},
    "maybeLabels": {"some": 1, "none": null},
    "nested": {"id": "n2"},
    "choice": {"when": "2023-11-14T22:13:20Z"},
    "Renamed-On-Wire": "by jsonName",
    "required": "here",
    "withDefault": 3,
    "defaultColor": "red",
    "noDefault": 4
}"#;

#[test]
fn every_shape_type_reads_from_its_wire_form() {
    let input: EchoInput = json::from_str(EVERYTHING).expect("valid document");
    assert_eq!(input.blob(), Some(&Blob::new("hello")));
    assert_eq!(input.flag(), Some(true));
    assert_eq!(
        (input.tiny(), input.small(), input.count()),
        (Some(-8), Some(1600), Some(32))
    );
    assert_eq!(input.big(), Some(9_007_199_254_740_993));
    assert!(input.ratio().is_some_and(f32::is_nan));
    assert_eq!(input.precise(), Some(f64::NEG_INFINITY));
    assert_eq!(input.huge().map(|h| h.as_str()), Some("12345678901234"));
    assert_eq!(input.exact().map(|e| e.as_str()), Some("1.25"));
    assert_eq!(
        input.epoch(),
        Some(&DateTime::from_millis(1_700_000_000_500))
    );
    assert_eq!(input.iso_time(), Some(&DateTime::from_secs(1_700_000_000)));
    assert_eq!(input.http_time(), Some(&DateTime::from_secs(1_700_000_000)));
    assert!(matches!(input.anything(), Some(Document::Object(map)) if map.contains_key("free")));
    assert_eq!(input.color(), Some(&Color::DarkBlue));
    assert_eq!(input.level(), Some(2));
    assert_eq!(input.names(), ["a", "b"]);
    assert_eq!(input.maybe_names(), [Some("a".to_owned()), None]);
    assert_eq!(
        input.labels().and_then(|l| l.get("k")).map(Nested::id),
        Some("n1")
    );
    assert_eq!(
        input.maybe_labels().map(|m| m.len()),
        Some(2),
        "sparse maps keep nulls"
    );
    assert_eq!(
        input.choice(),
        Some(&Choice::When(DateTime::from_secs(1_700_000_000)))
    );
    assert_eq!(input.renamed(), Some("by jsonName"));
    assert_eq!(input.required(), "here");
    assert_eq!(input.with_default(), 3);
    assert_eq!(input.no_default(), Some(4));
}

#[test]
fn every_shape_type_writes_its_wire_form_and_reads_back() {
    let input: EchoInput = json::from_str(EVERYTHING).expect("valid document");
    let written = json::to_string(&input);
    let reread: EchoInput = json::from_str(&written).expect("own output parses");
    // NaN is never equal to itself, so the typed values are compared through their JSON.
    assert!(reread.ratio().is_some_and(f32::is_nan));
    let value: serde_json::Value = serde_json::from_str(&written).expect("valid JSON");
    let again: serde_json::Value =
        serde_json::from_str(&json::to_string(&reread)).expect("valid JSON");
    let original: serde_json::Value = serde_json::from_str(EVERYTHING).expect("valid JSON");
    assert_eq!(value, original, "writing reproduces the document read");
    assert_eq!(again, original);
    assert_eq!(
        value["Renamed-On-Wire"], "by jsonName",
        "jsonName is the wire key"
    );
    assert_eq!(
        value["isoTime"], "2023-11-14T22:13:20Z",
        "@timestampFormat date-time"
    );
    assert_eq!(
        value["httpTime"], "Tue, 14 Nov 2023 22:13:20 GMT",
        "@timestampFormat http-date"
    );
    assert_eq!(
        value["epoch"], 1_700_000_000.5,
        "timestamps default to epoch seconds"
    );
    assert_eq!(value["blob"], "aGVsbG8=", "blobs are base64");
    assert_eq!(value["ratio"], "NaN");
    assert_eq!(value["maybeNames"], serde_json::json!(["a", null]));
    assert_eq!(
        value["choice"],
        serde_json::json!({"when": "2023-11-14T22:13:20Z"})
    );
}

#[test]
fn defaults_fill_absent_members_and_absent_options_stay_absent() {
    let input = EchoInput::builder()
        .required("r")
        .build()
        .expect("only `required` is required");
    assert_eq!(input.with_default(), 7);
    assert_eq!(input.default_color(), &Color::Red);
    assert_eq!(
        input.no_default(),
        None,
        "@default(null) removes the target's default"
    );
    assert_eq!(input.names(), [] as [String; 0]);
    let value: serde_json::Value = serde_json::from_str(&json::to_string(&input)).expect("valid");
    assert_eq!(
        value,
        serde_json::json!({"required": "r", "withDefault": 7, "defaultColor": "red"}),
        "absent optional members are not written; defaults are"
    );
    let error = EchoInput::builder()
        .build()
        .expect_err("`required` missing");
    assert_eq!(error.missing_members(), ["required"]);
}

#[test]
fn unions_read_exactly_one_member() {
    assert_eq!(
        json::from_str::<Choice>(r#"{"nothing": {}}"#),
        Ok(Choice::Nothing)
    );
    assert_eq!(
        json::from_str::<Choice>(r#"{"text": null, "number": 5}"#),
        Ok(Choice::Number(5))
    );
    assert!(json::from_str::<Choice>(r#"{"brandNew": 1}"#).is_ok_and(|c| c.is_unknown()));
    let two = json::from_str::<Choice>(r#"{"text": "a", "number": 5}"#).expect_err("two members");
    assert!(two.to_string().contains("exactly one"), "{two}");
    assert!(json::from_str::<Choice>("{}").is_err());
    assert_eq!(json::to_string(&Choice::Nothing), r#"{"nothing":{}}"#);
}

#[test]
fn wrong_types_name_the_member_path() {
    let error = json::from_str::<EchoInput>(r#"{"required": "r", "labels": {"k": {"id": 5}}}"#)
        .expect_err("id is a string");
    assert_eq!(error.path(), "$.labels.k.id");
    let error =
        json::from_str::<EchoInput>(r#"{"required": "r", "tiny": 300}"#).expect_err("out of range");
    assert!(
        error.to_string().contains("$.tiny") && error.to_string().contains("i8"),
        "{error}"
    );
    let error = json::from_str::<EchoInput>(r#"{"required": "r", "isoTime": 5}"#)
        .expect_err("not a string");
    assert!(error.to_string().contains("RFC 3339"), "{error}");
}
