//! The generator's model parser and resolver (`codegen::resolve`) on any text,
//! and the whole pipeline (`codegen::generate`) on the models that resolve:
//! every model is turned into code or refused with diagnostics, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if codegen::resolve(text, None).is_ok() {
        let options = codegen::GenerateOptions {
            crate_name: "fuzzed".to_owned(),
            model_label: "fuzz input".to_owned(),
            runtime_path: "../runtime".to_owned(),
            standalone: false,
            service: None,
            regenerate: "the fuzz target".to_owned(),
        };
        // A model that resolves must generate: an internal error here is the
        // generator's own (code that does not parse), never the model's.
        if let Err(codegen::GenerateError::Internal(message)) = codegen::generate(text, &options) {
            panic!("a resolved model generated invalid code: {message}");
        }
    }
});
