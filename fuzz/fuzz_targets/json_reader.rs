//! The runtime's JSON reader into every generated type: any bytes are read or
//! refused with an error, never a panic; and whatever is read writes back to
//! JSON that reads again as the same value (compared through its JSON, since
//! maps have no order and NaN is not equal to itself).
#![no_main]

use libfuzzer_sys::fuzz_target;
use sdk_runtime::json::{self, DeserializeJson, SerializeJson};

fn round_trip<T: DeserializeJson + SerializeJson>(data: &[u8]) {
    round_trip_if::<T>(data, |_| true);
}

/// Round-trips what `data` reads as when `sendable` says it can be written.
fn round_trip_if<T: DeserializeJson + SerializeJson>(data: &[u8], sendable: fn(&T) -> bool) {
    let Ok(value) = json::from_slice::<T>(data) else {
        return;
    };
    if !sendable(&value) {
        return;
    }
    let written = json::to_string(&value);
    let reread = match json::from_str::<T>(&written) {
        Ok(reread) => reread,
        Err(error) => panic!(
            "{}: own output does not read back ({error}): {written}",
            std::any::type_name::<T>()
        ),
    };
    let rewritten = json::to_string(&reread);
    let tree = |text: &str| serde_json::from_str::<serde_json::Value>(text).expect("own output");
    assert_eq!(
        tree(&written),
        tree(&rewritten),
        "{}: writing what was read back changes it",
        std::any::type_name::<T>()
    );
}

fuzz_target!(|data: &[u8]| {
    let _ = json::from_body::<sdk_runtime::Document>(data);
    // The reader accepts exactly the documents serde_json does, but for how
    // deep they nest (the two limits differ by a level).
    if !data.iter().all(u8::is_ascii_whitespace) {
        let ours = json::from_slice::<sdk_runtime::Document>(data);
        let theirs = serde_json::from_slice::<serde_json::Value>(data);
        let too_deep = ours
            .as_ref()
            .is_err_and(|e| e.message().starts_with("nested"))
            || theirs
                .as_ref()
                .is_err_and(|e| e.to_string().contains("recursion limit"));
        assert!(
            too_deep || ours.is_ok() == theirs.is_ok(),
            "the reader says {ours:?}, serde_json {theirs:?}"
        );
    }

    use sso_oidc::operation::{
        create_token::{CreateTokenInput, CreateTokenOutput},
        create_token_with_iam::{CreateTokenWithIamInput, CreateTokenWithIamOutput},
        register_client::{RegisterClientInput, RegisterClientOutput},
        start_device_authorization::{
            StartDeviceAuthorizationInput, StartDeviceAuthorizationOutput,
        },
    };
    use sso_oidc::types::error as e;
    round_trip::<CreateTokenInput>(data);
    round_trip::<CreateTokenOutput>(data);
    round_trip::<CreateTokenWithIamInput>(data);
    round_trip::<CreateTokenWithIamOutput>(data);
    round_trip::<RegisterClientInput>(data);
    round_trip::<RegisterClientOutput>(data);
    round_trip::<StartDeviceAuthorizationInput>(data);
    round_trip::<StartDeviceAuthorizationOutput>(data);
    round_trip::<e::AccessDeniedException>(data);
    round_trip::<e::InvalidRequestException>(data);
    round_trip::<e::InvalidRequestRegionException>(data);
    round_trip::<e::SlowDownException>(data);

    use shape_types_sdk::operation::echo::{EchoInput, EchoOutput};
    use shape_types_sdk::types::{Choice, Color, EchoInputCopy, Nested};
    // A union member this crate does not know writes `{}`, which is no union at
    // all: documented ("it cannot be sent back"), so such values are not round-tripped.
    round_trip_if::<EchoInput>(data, |input| {
        !input.choice().is_some_and(Choice::is_unknown)
    });
    round_trip::<EchoOutput>(data);
    round_trip::<EchoInputCopy>(data);
    round_trip::<Nested>(data);
    round_trip::<Color>(data);
    round_trip_if::<Choice>(data, |choice| !choice.is_unknown());
});
