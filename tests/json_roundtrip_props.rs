//! Properties of the protocol JSON of every generated type, on random values:
//! what the writer writes, the reader reads back as the same value, and the
//! reader does what `sdk_runtime::json` and the generated code document with
//! what this version does not know — unknown members are skipped, unknown enum
//! values are kept (and written back as received), a union member it does not
//! know reads as `Unknown` and writes as `{}` ("it cannot be sent back").
//!
//! Covered: every structure, error and enum of `sso-oidc`, and the every-shape
//! fixture crate (structures, lists and sparse lists, maps and sparse maps, a
//! union, an enum, an intEnum, timestamps in the three formats, blobs,
//! documents, big numbers, floats with NaN and infinities).

use proptest::collection::{hash_map, vec};
use proptest::option;
use proptest::prelude::*;
use sdk_runtime::json::{self, DeserializeJson, SerializeJson};
use sdk_runtime::{BigDecimal, BigInteger, Blob, DateTime, Document, Number};
use std::collections::HashMap;
use std::fmt::Debug;

fn config() -> ProptestConfig {
    // Enough cases to meet the edges of every strategy, few enough that the
    // file runs in a couple of seconds. Failures are not saved to files: a
    // failing case prints its shrunk input.
    ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(256)
    }
}

/// Any text, control characters, quotes, backslashes and astral characters
/// included, biased towards the characters the writer escapes.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "[\"\\\\\u{0}-\u{1f}a\u{7f}é😀]{0,12}",]
}

fn texts() -> impl Strategy<Value = Option<Vec<String>>> {
    option::of(vec(text(), 0..4))
}

/// Writes `value`, reads it back and checks it is the same value; returns the
/// text written.
fn round_trip<T>(value: &T) -> Result<String, TestCaseError>
where
    T: SerializeJson + DeserializeJson + PartialEq + Debug,
{
    let written = json::to_string(value);
    let read = json::from_str::<T>(&written)
        .map_err(|error| TestCaseError::fail(format!("{error} reading {written}")))?;
    prop_assert_eq!(&read, value, "written as {}", written);
    Ok(written)
}

/// Any finite double: normal, subnormal or zero, either sign. Each must come
/// back exactly (serde_json's `float_roundtrip` parser; without it some read
/// back an ulp off, `8305496740168471.0` as `8305496740168470.0`).
fn finite_f64() -> impl Strategy<Value = f64> {
    prop::num::f64::NORMAL | prop::num::f64::SUBNORMAL | prop::num::f64::ZERO
}

/// The same for `f32`.
fn finite_f32() -> impl Strategy<Value = f32> {
    prop::num::f32::NORMAL | prop::num::f32::SUBNORMAL | prop::num::f32::ZERO
}

/// A JSON value of any kind, for unknown members.
fn any_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        finite_f64().prop_map(serde_json::Value::from),
        text().prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..4).prop_map(serde_json::Value::from),
            hash_map("[a-z]{1,6}", inner, 0..4)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

/// `written` (an object) with `extra` members added under keys `known` does
/// not hold, and checks that it still reads as `value`: unknown members are
/// skipped, whatever their value.
fn reads_past_unknown_members<T>(
    value: &T,
    written: &str,
    known: &[&str],
    extra: &HashMap<String, serde_json::Value>,
) -> Result<(), TestCaseError>
where
    T: DeserializeJson + PartialEq + Debug,
{
    let mut object: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(written).expect("the writer writes JSON");
    for (key, extra) in extra {
        let key = format!("unknown_{key}");
        prop_assume!(!known.contains(&key.as_str()));
        object.insert(key, extra.clone());
    }
    let text = serde_json::Value::Object(object).to_string();
    let read = json::from_str::<T>(&text)
        .map_err(|error| TestCaseError::fail(format!("{error} reading {text}")))?;
    prop_assert_eq!(&read, value);
    Ok(())
}

fn unknown_members() -> impl Strategy<Value = HashMap<String, serde_json::Value>> {
    hash_map("[a-zA-Z_]{1,8}", any_json(), 1..4)
}

mod sso_oidc_types {
    use super::*;
    use sso_oidc::operation::create_token::{CreateTokenInput, CreateTokenOutput};
    use sso_oidc::operation::create_token_with_iam::{
        CreateTokenWithIamInput, CreateTokenWithIamOutput,
    };
    use sso_oidc::operation::register_client::{RegisterClientInput, RegisterClientOutput};
    use sso_oidc::operation::start_device_authorization::{
        StartDeviceAuthorizationInput, StartDeviceAuthorizationOutput,
    };
    use sso_oidc::types::error::*;
    use sso_oidc::types::{
        AccessDeniedExceptionReason, AwsAdditionalDetails, InvalidRequestExceptionReason,
    };

    fn s() -> impl Strategy<Value = Option<String>> {
        option::of(text())
    }

    prop_compose! {
        fn register_input()(name in text(), kind in text(), scopes in texts(), uris in texts(),
                            grants in texts(), issuer in s(), arn in s()) -> RegisterClientInput {
            RegisterClientInput::builder().client_name(name).client_type(kind).set_scopes(scopes)
                .set_redirect_uris(uris).set_grant_types(grants).set_issuer_url(issuer)
                .set_entitled_application_arn(arn).build().expect("required members set")
        }
    }

    prop_compose! {
        fn register_output()(id in s(), secret in s(), issued in any::<i64>(),
                             expires in any::<i64>(), auth in s(), token in s()) -> RegisterClientOutput {
            RegisterClientOutput::builder().set_client_id(id).set_client_secret(secret)
                .client_id_issued_at(issued).client_secret_expires_at(expires)
                .set_authorization_endpoint(auth).set_token_endpoint(token).build()
        }
    }

    prop_compose! {
        fn device_input()(id in text(), secret in text(), url in text()) -> StartDeviceAuthorizationInput {
            StartDeviceAuthorizationInput::builder().client_id(id).client_secret(secret)
                .start_url(url).build().expect("required members set")
        }
    }

    prop_compose! {
        fn device_output()(code in s(), user in s(), uri in s(), complete in s(),
                           expires in any::<i32>(), interval in any::<i32>()) -> StartDeviceAuthorizationOutput {
            StartDeviceAuthorizationOutput::builder().set_device_code(code).set_user_code(user)
                .set_verification_uri(uri).set_verification_uri_complete(complete)
                .expires_in(expires).interval(interval).build()
        }
    }

    prop_compose! {
        fn token_input()(id in text(), secret in text(), grant in text(), device in s(), code in s(),
                         refresh in s(), scope in texts(), redirect in s(), verifier in s()) -> CreateTokenInput {
            CreateTokenInput::builder().client_id(id).client_secret(secret).grant_type(grant)
                .set_device_code(device).set_code(code).set_refresh_token(refresh).set_scope(scope)
                .set_redirect_uri(redirect).set_code_verifier(verifier).build()
                .expect("required members set")
        }
    }

    prop_compose! {
        fn token_output()(access in s(), kind in s(), expires in any::<i32>(), refresh in s(),
                          id in s()) -> CreateTokenOutput {
            CreateTokenOutput::builder().set_access_token(access).set_token_type(kind)
                .expires_in(expires).set_refresh_token(refresh).set_id_token(id).build()
        }
    }

    prop_compose! {
        fn iam_input()(strings in vec(s(), 9), id in text(), grant in text(), scope in texts())
            -> CreateTokenWithIamInput {
            let mut strings = strings.into_iter();
            let mut next = move || strings.next().expect("nine strings");
            CreateTokenWithIamInput::builder().client_id(id).grant_type(grant).set_scope(scope)
                .set_code(next()).set_refresh_token(next()).set_assertion(next())
                .set_redirect_uri(next()).set_subject_token(next()).set_subject_token_type(next())
                .set_requested_token_type(next()).set_code_verifier(next()).build()
                .expect("required members set")
        }
    }

    prop_compose! {
        fn iam_output()(strings in vec(s(), 5), expires in any::<i32>(), scope in texts(),
                        details in option::of(s())) -> CreateTokenWithIamOutput {
            let mut strings = strings.into_iter();
            let mut next = move || strings.next().expect("five strings");
            CreateTokenWithIamOutput::builder().set_access_token(next()).set_token_type(next())
                .expires_in(expires).set_refresh_token(next()).set_id_token(next())
                .set_issued_token_type(next()).set_scope(scope)
                .set_aws_additional_details(details.map(|context| {
                    AwsAdditionalDetails::builder().set_identity_context(context).build()
                }))
                .build()
        }
    }

    /// A known value or any other string (kept as `Unknown`).
    fn enum_text(known: &'static [&'static str]) -> impl Strategy<Value = String> {
        prop_oneof![
            proptest::sample::select(known).prop_map(str::to_owned),
            text()
        ]
    }

    proptest! {
        #![proptest_config(config())]

        #[test]
        fn operation_inputs_and_outputs(
            a in register_input(), b in register_output(), c in device_input(),
            d in device_output(), e in token_input(), f in token_output(), g in iam_input(),
            h in iam_output(), extra in unknown_members(),
        ) {
            let written = round_trip(&a)?;
            reads_past_unknown_members(&a, &written, &[], &extra)?;
            round_trip(&b)?;
            round_trip(&c)?;
            round_trip(&d)?;
            let written = round_trip(&e)?;
            reads_past_unknown_members(&e, &written, &[], &extra)?;
            round_trip(&f)?;
            round_trip(&g)?;
            let written = round_trip(&h)?;
            reads_past_unknown_members(&h, &written, &[], &extra)?;
        }

        #[test]
        fn errors_with_known_and_unknown_reasons(
            error in s(), description in s(), endpoint in s(), region in s(),
            denied in option::of(enum_text(AccessDeniedExceptionReason::values())),
            invalid in option::of(enum_text(InvalidRequestExceptionReason::values())),
            extra in unknown_members(),
        ) {
            let denied = denied.map(|reason| AccessDeniedExceptionReason::from(reason.as_str()));
            let access = AccessDeniedException::builder().set_error(error.clone())
                .set_reason(denied.clone()).set_error_description(description.clone()).build();
            let written = round_trip(&access)?;
            reads_past_unknown_members(&access, &written, &[], &extra)?;
            // An unknown reason is kept as received and written back unchanged.
            if let Some(reason) = &denied {
                let value: serde_json::Value = serde_json::from_str(&written).expect("JSON");
                prop_assert_eq!(value["reason"].as_str(), Some(reason.as_str()));
                let named = AccessDeniedExceptionReason::values().contains(&reason.as_str());
                prop_assert_eq!(matches!(reason, AccessDeniedExceptionReason::Unknown(_)), !named);
            }
            let invalid = invalid.map(InvalidRequestExceptionReason::from);
            round_trip(&InvalidRequestException::builder().set_error(error.clone())
                .set_reason(invalid).set_error_description(description.clone()).build())?;
            round_trip(&InvalidRequestRegionException::builder().set_error(error.clone())
                .set_error_description(description.clone()).set_endpoint(endpoint)
                .set_region(region).build())?;
            macro_rules! plain_errors {
                ($($error:ident),*) => {$(
                    round_trip(&$error::builder().set_error(error.clone())
                        .set_error_description(description.clone()).build())?;
                )*};
            }
            plain_errors!(AuthorizationPendingException, ExpiredTokenException,
                InternalServerException, InvalidClientException, InvalidClientMetadataException,
                InvalidGrantException, InvalidRedirectUriException, InvalidScopeException,
                SlowDownException, UnauthorizedClientException, UnsupportedGrantTypeException);
        }
    }
}

mod shape_types {
    use super::*;
    use shape_types_sdk::operation::echo::{EchoInput, EchoOutput};
    use shape_types_sdk::types::{Choice, Color, EchoInputCopy, Nested};

    /// Every key the reader of `EchoInput` knows.
    const ECHO_KEYS: &[&str] = &[
        "blob",
        "flag",
        "text",
        "tiny",
        "small",
        "count",
        "big",
        "ratio",
        "precise",
        "huge",
        "exact",
        "epoch",
        "isoTime",
        "httpTime",
        "anything",
        "color",
        "level",
        "names",
        "maybeNames",
        "labels",
        "maybeLabels",
        "nested",
        "choice",
        "Renamed-On-Wire",
        "required",
        "withDefault",
        "defaultColor",
        "noDefault",
    ];

    /// Instants an RFC 3339 text can hold (years 0 to 9999), to the nanosecond.
    fn rfc3339_instant() -> impl Strategy<Value = DateTime> {
        (-62_167_219_200i64..253_402_300_800, 0u32..1_000_000_000)
            .prop_map(|(s, n)| DateTime::from_secs_and_nanos(s, n).expect("nanos below 1 s"))
    }

    /// Instants an HTTP date can hold (1970 to 9999), to the second.
    fn http_date_instant() -> impl Strategy<Value = DateTime> {
        (0i64..253_402_300_800).prop_map(DateTime::from_secs)
    }

    /// Epoch seconds to the millisecond over ±2^53 / 10 ms (±28,000 years),
    /// before 1970 included: well inside the range where a double holds every
    /// millisecond, as a reader that goes through `f64` needs.
    fn epoch_instant() -> impl Strategy<Value = DateTime> {
        prop_oneof![
            (-(1i64 << 53) / 10..(1i64 << 53) / 10).prop_map(DateTime::from_millis),
            any::<i64>().prop_map(DateTime::from_secs),
        ]
    }

    fn document() -> impl Strategy<Value = Document> {
        let leaf = prop_oneof![
            Just(Document::Null),
            any::<bool>().prop_map(Document::Bool),
            any::<u64>().prop_map(|n| Document::Number(Number::PosInt(n))),
            (i64::MIN..0).prop_map(|n| Document::Number(Number::NegInt(n))),
            finite_f64().prop_map(|f| Document::Number(Number::Float(f))),
            text().prop_map(Document::String),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                vec(inner.clone(), 0..4).prop_map(Document::Array),
                hash_map(text(), inner, 0..4).prop_map(Document::Object),
            ]
        })
    }

    fn nested() -> impl Strategy<Value = Nested> {
        (text(), texts()).prop_map(|(id, tags)| {
            Nested::builder()
                .id(id)
                .set_tags(tags)
                .build()
                .expect("id set")
        })
    }

    fn color() -> impl Strategy<Value = Color> {
        prop_oneof![
            proptest::sample::select(Color::values()).prop_map(Color::from),
            text().prop_map(Color::from),
        ]
    }

    fn choice() -> impl Strategy<Value = Choice> {
        prop_oneof![
            text().prop_map(Choice::Text),
            any::<i32>().prop_map(Choice::Number),
            nested().prop_map(Choice::Nested),
            Just(Choice::Nothing),
            rfc3339_instant().prop_map(Choice::When),
        ]
    }

    /// Whole numbers of 64 bits: the reader's numbers are 64-bit values, so a
    /// longer one comes back rounded through an f64.
    fn big_integer() -> impl Strategy<Value = BigInteger> {
        prop_oneof![
            any::<i64>().prop_map(|n| n.to_string()),
            any::<u64>().prop_map(|n| n.to_string()),
        ]
        .prop_map(|text| text.parse().expect("an integer"))
    }

    /// Decimals `m / 10^k` (|m| < 2^53, k ≤ 22) in their shortest plain text
    /// (`0`, `0.1`, `-12.5`): the reader reads numbers as 64-bit values and
    /// writes that text, so `0.0` or `1.50` would come back as `0` and `1.5`,
    /// and longer digit strings rounded.
    fn big_decimal() -> impl Strategy<Value = BigDecimal> {
        (-(1i64 << 53) / 10..(1i64 << 53) / 10, 0i32..=22).prop_map(|(m, k)| {
            let value = m as f64 / 10f64.powi(k);
            value.to_string().parse().expect("a decimal")
        })
    }

    prop_compose! {
        fn scalars()(blob in option::of(vec(any::<u8>(), 0..24)), flag in option::of(any::<bool>()),
                     text in option::of(text()), tiny in option::of(any::<i8>()),
                     small in option::of(any::<i16>()), count in option::of(any::<i32>()),
                     big in option::of(any::<i64>()),
                     ratio in option::of(prop_oneof![finite_f32(), Just(f32::INFINITY)]),
                     precise in option::of(prop_oneof![finite_f64(), Just(f64::NEG_INFINITY)]),
                     huge in option::of(big_integer()), exact in option::of(big_decimal()))
            -> shape_types_sdk::operation::echo::builders::EchoInputBuilder {
            EchoInput::builder().set_blob(blob.map(Blob::new)).set_flag(flag).set_text(text)
                .set_tiny(tiny).set_small(small).set_count(count).set_big(big).set_ratio(ratio)
                .set_precise(precise).set_huge(huge).set_exact(exact)
        }
    }

    /// The members that are not scalars (boxed: one strategy of all of them at
    /// once overflows the stack of a debug build).
    fn echo_input() -> BoxedStrategy<EchoInput> {
        let times = (
            option::of(epoch_instant()),
            option::of(rfc3339_instant()),
            option::of(http_date_instant()),
            // `Some(Document::Null)` writes `null`, which reads as an absent
            // member: on the wire the two are one.
            option::of(document().prop_filter("not null", |d| *d != Document::Null)),
        )
            .boxed();
        let collections = (
            texts(),
            option::of(vec(option::of(text()), 0..4)),
            option::of(hash_map(text(), nested(), 0..3)),
            option::of(hash_map(text(), option::of(any::<i32>()), 0..3)),
        )
            .boxed();
        let others = (
            (option::of(color()), option::of(any::<i32>())),
            (
                option::of(nested()),
                option::of(choice()),
                option::of(text()),
                text(),
            ),
            (
                option::of(any::<i32>()),
                option::of(color()),
                option::of(any::<i32>()),
            ),
        )
            .boxed();
        (scalars().boxed(), times, collections, others)
            .prop_map(|(builder, times, collections, others)| {
                let (epoch, iso, http, anything) = times;
                let (names, maybe_names, labels, maybe_labels) = collections;
                let ((color, level), (nested, choice, renamed, required), defaults) = others;
                let (with_default, default_color, no_default) = defaults;
                builder
                    .set_epoch(epoch)
                    .set_iso_time(iso)
                    .set_http_time(http)
                    .set_anything(anything)
                    .set_color(color)
                    .set_level(level)
                    .set_names(names)
                    .set_maybe_names(maybe_names)
                    .set_labels(labels)
                    .set_maybe_labels(maybe_labels)
                    .set_nested(nested)
                    .set_choice(choice)
                    .set_renamed(renamed)
                    .required(required)
                    .set_with_default(with_default)
                    .set_default_color(default_color)
                    .set_no_default(no_default)
                    .build()
                    .expect("required set")
            })
            .boxed()
    }

    proptest! {
        #![proptest_config(config())]

        #[test]
        fn every_shape_type_round_trips(input in echo_input(), extra in unknown_members()) {
            let written = round_trip(&input)?;
            reads_past_unknown_members(&input, &written, ECHO_KEYS, &extra)?;
        }

        #[test]
        fn outputs_unions_and_nested_structures_round_trip(
            text in option::of(text()), when in option::of(rfc3339_instant()),
            choice in choice(), nested in nested(), extra in unknown_members(),
        ) {
            let copy = EchoInputCopy::builder().set_text(text).set_when(when).build();
            round_trip(&copy)?;
            round_trip(&EchoOutput::builder().echoed(copy).build())?;
            let written = round_trip(&choice)?;
            // An unknown member beside the known one is a second member: refused.
            for (key, extra) in &extra {
                let mut object: serde_json::Map<String, serde_json::Value> =
                    serde_json::from_str(&written).expect("JSON");
                prop_assume!(!extra.is_null());
                object.insert(format!("unknown_{key}"), extra.clone());
                let two = serde_json::Value::Object(object).to_string();
                let error = json::from_str::<Choice>(&two).expect_err("two members");
                prop_assert!(error.to_string().contains("exactly one"), "{}", error);
            }
            let written = round_trip(&nested)?;
            reads_past_unknown_members(&nested, &written, &["id", "tags"], &extra)?;
        }

        #[test]
        fn unknown_union_members_read_as_unknown_and_write_as_an_empty_object(
            key in "[a-z]{1,8}", value in any_json(),
        ) {
            prop_assume!(!["text", "number", "nested", "nothing", "when"].contains(&key.as_str()));
            prop_assume!(!value.is_null());
            let document = serde_json::json!({ key: value }).to_string();
            let read = json::from_str::<Choice>(&document).expect("one member");
            prop_assert!(read.is_unknown());
            prop_assert_eq!(json::to_string(&read), "{}");
            prop_assert!(json::from_str::<Choice>("{}").is_err(), "`{{}}` is no union");
        }

        #[test]
        fn enum_values_known_or_not_are_kept_as_received(value in text()) {
            let color = Color::from(value.as_str());
            prop_assert_eq!(color.as_str(), value.as_str());
            prop_assert_eq!(
                matches!(color, Color::Unknown(_)),
                !Color::values().contains(&value.as_str())
            );
            let written = round_trip(&color)?;
            prop_assert_eq!(json::from_str::<String>(&written).expect("a string"), value);
        }

        #[test]
        fn non_finite_and_nan_floats_are_strings(
            ratio in prop_oneof![Just(f32::NAN), Just(f32::INFINITY), Just(f32::NEG_INFINITY)],
            precise in prop_oneof![Just(f64::NAN), Just(f64::INFINITY), Just(f64::NEG_INFINITY)],
        ) {
            let input = EchoInput::builder().required("r").ratio(ratio).precise(precise)
                .build().expect("required set");
            let written = json::to_string(&input);
            let value: serde_json::Value = serde_json::from_str(&written).expect("JSON");
            prop_assert!(value["ratio"].is_string() && value["precise"].is_string());
            let read = json::from_str::<EchoInput>(&written).expect("reads back");
            let (r, p) = (read.ratio().expect("set"), read.precise().expect("set"));
            prop_assert!(r.is_nan() == ratio.is_nan() && (r.is_nan() || r == ratio));
            prop_assert!(p.is_nan() == precise.is_nan() && (p.is_nan() || p == precise));
        }

        #[test]
        fn timestamps_keep_what_their_format_can_say(
            seconds in -(1i64 << 40)..(1i64 << 40), nanos in 0u32..1_000_000_000,
        ) {
            let instant = DateTime::from_secs_and_nanos(seconds, nanos).expect("nanos below 1 s");
            let input = EchoInput::builder().required("r").epoch(instant).build().expect("set");
            let read = json::from_str::<EchoInput>(&json::to_string(&input)).expect("reads");
            // Epoch seconds carry milliseconds: the instant rounded down to its millisecond.
            let millis = i64::from(nanos / 1_000_000);
            prop_assert_eq!(read.epoch(), Some(&DateTime::from_millis(seconds * 1000 + millis)));
        }

        #[test]
        fn null_members_read_as_absent_and_dense_lists_drop_null(
            required in text(), names in vec(option::of(text()), 0..5),
        ) {
            let sparse = serde_json::Value::from(names.clone());
            let document = serde_json::json!({
                "required": required, "text": null, "isoTime": null, "nested": null,
                "names": sparse, "maybeNames": sparse,
            });
            let read = json::from_str::<EchoInput>(&document.to_string()).expect("reads");
            prop_assert_eq!(read.text(), None);
            prop_assert_eq!(read.iso_time(), None);
            prop_assert_eq!(read.nested(), None);
            let dense: Vec<String> = names.iter().flatten().cloned().collect();
            prop_assert_eq!(read.names(), dense.as_slice());
            prop_assert_eq!(read.maybe_names(), names.as_slice());
        }
    }

    #[test]
    fn big_numbers_keep_their_text_within_64_bits() {
        for text in ["0", "-9223372036854775808", "18446744073709551615"] {
            let huge = text.parse::<BigInteger>().expect("an integer");
            let input = EchoInput::builder()
                .required("r")
                .huge(huge)
                .build()
                .expect("set");
            let read = json::from_str::<EchoInput>(&json::to_string(&input)).expect("reads");
            assert_eq!(read.huge().map(BigInteger::as_str), Some(text));
        }
    }
}

/// Found by the `json_reader` fuzz target: without serde_json's
/// `float_roundtrip`, `267e300` read as 2.6700000000000006e302, which wrote
/// and read back as 2.670000000000001e302.
#[test]
fn a_double_read_from_the_wire_writes_back_unchanged() {
    let read: Document = json::from_str(r#"[267e300, 8305496740168471.0]"#).expect("reads");
    let written = json::to_string(&read);
    let reread: Document = json::from_str(&written).expect("reads back");
    assert_eq!(reread, read, "written as {written}");
    assert_eq!(json::to_string(&reread), written);
    let Document::Array(items) = &read else {
        panic!("an array: {read:?}");
    };
    assert_eq!(items[0], Document::Number(Number::Float(267e300)));
    assert_eq!(
        items[1],
        Document::Number(Number::Float(8_305_496_740_168_471.0))
    );
}
