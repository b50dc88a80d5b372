// @generated from tests/fixtures/shape_types.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::client::SdkError;
use sdk_runtime::json;
use crate::operation::echo::{EchoError, EchoInput, EchoOutput};
use crate::operation::echo::builders::EchoInputBuilder;
/// Builds and sends a `Echo` request; see [`Client::echo`](crate::Client::echo).
#[derive(Clone, Debug)]
pub struct EchoFluentBuilder {
    handle: sdk_runtime::client::Handle,
    pub(crate) inner: EchoInputBuilder,
}
impl EchoFluentBuilder {
    pub(crate) fn new(handle: sdk_runtime::client::Handle) -> Self {
        Self {
            handle,
            inner: EchoInput::builder(),
        }
    }
    /// The input built so far.
    pub fn as_input(&self) -> &EchoInputBuilder {
        &self.inner
    }
    /// Sends the `Echo` request and reads its response.
    pub async fn send(self) -> Result<EchoOutput, SdkError<EchoError>> {
        let request = {
            let input = &self.inner.build().map_err(SdkError::construction_failure)?;
            let path_and_query = "/echo";
            let headers = Vec::new();
            let body: Vec<u8> = json::to_vec(input);
            sdk_runtime::client::OperationRequest {
                operation: "Echo",
                method: sdk_runtime::http::Method::POST,
                path_and_query: path_and_query.into(),
                headers,
                body: body.into(),
                content_type: "application/json",
                idempotent: false,
                signed: false,
                host_prefix: None,
            }
        };
        let raw = self.handle.invoke(request).await?;
        if !(200..300).contains(&raw.status()) {
            let error = EchoError::from_response(&raw);
            return Err(
                SdkError::ServiceError(
                    sdk_runtime::client::ServiceError::new(error, raw),
                ),
            );
        }
        match json::from_body::<EchoOutput>(raw.body()) {
            Ok(mut output) => {
                output._request_id = raw.request_id().map(str::to_owned);
                Ok(output)
            }
            Err(error) => {
                Err(
                    SdkError::ResponseError(
                        sdk_runtime::client::ResponseError::new(error, raw),
                    ),
                )
            }
        }
    }
    /// The `blob` member.
    pub fn blob(mut self, input: impl Into<crate::primitives::Blob>) -> Self {
        self.inner.blob = Some(input.into());
        self
    }
    /// Sets `blob`, or clears it with `None`.
    pub fn set_blob(mut self, input: Option<crate::primitives::Blob>) -> Self {
        self.inner.blob = input;
        self
    }
    /// The value set for `blob`, if any.
    pub fn get_blob(&self) -> &Option<crate::primitives::Blob> {
        &self.inner.blob
    }
    /// The `flag` member.
    pub fn flag(mut self, input: bool) -> Self {
        self.inner.flag = Some(input);
        self
    }
    /// Sets `flag`, or clears it with `None`.
    pub fn set_flag(mut self, input: Option<bool>) -> Self {
        self.inner.flag = input;
        self
    }
    /// The value set for `flag`, if any.
    pub fn get_flag(&self) -> &Option<bool> {
        &self.inner.flag
    }
    /// The `text` member.
    pub fn text(mut self, input: impl Into<String>) -> Self {
        self.inner.text = Some(input.into());
        self
    }
    /// Sets `text`, or clears it with `None`.
    pub fn set_text(mut self, input: Option<String>) -> Self {
        self.inner.text = input;
        self
    }
    /// The value set for `text`, if any.
    pub fn get_text(&self) -> &Option<String> {
        &self.inner.text
    }
    /// The `tiny` member.
    pub fn tiny(mut self, input: i8) -> Self {
        self.inner.tiny = Some(input);
        self
    }
    /// Sets `tiny`, or clears it with `None`.
    pub fn set_tiny(mut self, input: Option<i8>) -> Self {
        self.inner.tiny = input;
        self
    }
    /// The value set for `tiny`, if any.
    pub fn get_tiny(&self) -> &Option<i8> {
        &self.inner.tiny
    }
    /// The `small` member.
    pub fn small(mut self, input: i16) -> Self {
        self.inner.small = Some(input);
        self
    }
    /// Sets `small`, or clears it with `None`.
    pub fn set_small(mut self, input: Option<i16>) -> Self {
        self.inner.small = input;
        self
    }
    /// The value set for `small`, if any.
    pub fn get_small(&self) -> &Option<i16> {
        &self.inner.small
    }
    /// The `count` member.
    pub fn count(mut self, input: i32) -> Self {
        self.inner.count = Some(input);
        self
    }
    /// Sets `count`, or clears it with `None`.
    pub fn set_count(mut self, input: Option<i32>) -> Self {
        self.inner.count = input;
        self
    }
    /// The value set for `count`, if any.
    pub fn get_count(&self) -> &Option<i32> {
        &self.inner.count
    }
    /// The `big` member.
    pub fn big(mut self, input: i64) -> Self {
        self.inner.big = Some(input);
        self
    }
    /// Sets `big`, or clears it with `None`.
    pub fn set_big(mut self, input: Option<i64>) -> Self {
        self.inner.big = input;
        self
    }
    /// The value set for `big`, if any.
    pub fn get_big(&self) -> &Option<i64> {
        &self.inner.big
    }
    /// The `ratio` member.
    pub fn ratio(mut self, input: f32) -> Self {
        self.inner.ratio = Some(input);
        self
    }
    /// Sets `ratio`, or clears it with `None`.
    pub fn set_ratio(mut self, input: Option<f32>) -> Self {
        self.inner.ratio = input;
        self
    }
    /// The value set for `ratio`, if any.
    pub fn get_ratio(&self) -> &Option<f32> {
        &self.inner.ratio
    }
    /// The `precise` member.
    pub fn precise(mut self, input: f64) -> Self {
        self.inner.precise = Some(input);
        self
    }
    /// Sets `precise`, or clears it with `None`.
    pub fn set_precise(mut self, input: Option<f64>) -> Self {
        self.inner.precise = input;
        self
    }
    /// The value set for `precise`, if any.
    pub fn get_precise(&self) -> &Option<f64> {
        &self.inner.precise
    }
    /// The `huge` member.
    pub fn huge(mut self, input: impl Into<crate::primitives::BigInteger>) -> Self {
        self.inner.huge = Some(input.into());
        self
    }
    /// Sets `huge`, or clears it with `None`.
    pub fn set_huge(mut self, input: Option<crate::primitives::BigInteger>) -> Self {
        self.inner.huge = input;
        self
    }
    /// The value set for `huge`, if any.
    pub fn get_huge(&self) -> &Option<crate::primitives::BigInteger> {
        &self.inner.huge
    }
    /// The `exact` member.
    pub fn exact(mut self, input: impl Into<crate::primitives::BigDecimal>) -> Self {
        self.inner.exact = Some(input.into());
        self
    }
    /// Sets `exact`, or clears it with `None`.
    pub fn set_exact(mut self, input: Option<crate::primitives::BigDecimal>) -> Self {
        self.inner.exact = input;
        self
    }
    /// The value set for `exact`, if any.
    pub fn get_exact(&self) -> &Option<crate::primitives::BigDecimal> {
        &self.inner.exact
    }
    /// The `epoch` member.
    pub fn epoch(mut self, input: impl Into<crate::primitives::DateTime>) -> Self {
        self.inner.epoch = Some(input.into());
        self
    }
    /// Sets `epoch`, or clears it with `None`.
    pub fn set_epoch(mut self, input: Option<crate::primitives::DateTime>) -> Self {
        self.inner.epoch = input;
        self
    }
    /// The value set for `epoch`, if any.
    pub fn get_epoch(&self) -> &Option<crate::primitives::DateTime> {
        &self.inner.epoch
    }
    /// An RFC 3339 time.
    pub fn iso_time(mut self, input: impl Into<crate::primitives::DateTime>) -> Self {
        self.inner.iso_time = Some(input.into());
        self
    }
    /// Sets `iso_time`, or clears it with `None`.
    pub fn set_iso_time(mut self, input: Option<crate::primitives::DateTime>) -> Self {
        self.inner.iso_time = input;
        self
    }
    /// The value set for `iso_time`, if any.
    pub fn get_iso_time(&self) -> &Option<crate::primitives::DateTime> {
        &self.inner.iso_time
    }
    /// The `httpTime` member.
    pub fn http_time(mut self, input: impl Into<crate::primitives::DateTime>) -> Self {
        self.inner.http_time = Some(input.into());
        self
    }
    /// Sets `http_time`, or clears it with `None`.
    pub fn set_http_time(mut self, input: Option<crate::primitives::DateTime>) -> Self {
        self.inner.http_time = input;
        self
    }
    /// The value set for `http_time`, if any.
    pub fn get_http_time(&self) -> &Option<crate::primitives::DateTime> {
        &self.inner.http_time
    }
    /// The `anything` member.
    pub fn anything(mut self, input: impl Into<crate::primitives::Document>) -> Self {
        self.inner.anything = Some(input.into());
        self
    }
    /// Sets `anything`, or clears it with `None`.
    pub fn set_anything(mut self, input: Option<crate::primitives::Document>) -> Self {
        self.inner.anything = input;
        self
    }
    /// The value set for `anything`, if any.
    pub fn get_anything(&self) -> &Option<crate::primitives::Document> {
        &self.inner.anything
    }
    /// A color.
    pub fn color(mut self, input: impl Into<crate::types::Color>) -> Self {
        self.inner.color = Some(input.into());
        self
    }
    /// Sets `color`, or clears it with `None`.
    pub fn set_color(mut self, input: Option<crate::types::Color>) -> Self {
        self.inner.color = input;
        self
    }
    /// The value set for `color`, if any.
    pub fn get_color(&self) -> &Option<crate::types::Color> {
        &self.inner.color
    }
    /// An int enum, read as a number.
    pub fn level(mut self, input: i32) -> Self {
        self.inner.level = Some(input);
        self
    }
    /// Sets `level`, or clears it with `None`.
    pub fn set_level(mut self, input: Option<i32>) -> Self {
        self.inner.level = input;
        self
    }
    /// The value set for `level`, if any.
    pub fn get_level(&self) -> &Option<i32> {
        &self.inner.level
    }
    /// The `names` member.
    pub fn names(mut self, input: impl Into<String>) -> Self {
        self.inner.names.get_or_insert_with(Vec::new).push(input.into());
        self
    }
    /// Sets `names`, or clears it with `None`.
    pub fn set_names(mut self, input: Option<Vec<String>>) -> Self {
        self.inner.names = input;
        self
    }
    /// The value set for `names`, if any.
    pub fn get_names(&self) -> &Option<Vec<String>> {
        &self.inner.names
    }
    /// The `maybeNames` member.
    pub fn maybe_names(mut self, input: impl Into<Option<String>>) -> Self {
        self.inner.maybe_names.get_or_insert_with(Vec::new).push(input.into());
        self
    }
    /// Sets `maybe_names`, or clears it with `None`.
    pub fn set_maybe_names(mut self, input: Option<Vec<Option<String>>>) -> Self {
        self.inner.maybe_names = input;
        self
    }
    /// The value set for `maybe_names`, if any.
    pub fn get_maybe_names(&self) -> &Option<Vec<Option<String>>> {
        &self.inner.maybe_names
    }
    /// Names that may not repeat ('@uniqueItems', checked by the dispatcher).
    pub fn unique_names(mut self, input: impl Into<String>) -> Self {
        self.inner.unique_names.get_or_insert_with(Vec::new).push(input.into());
        self
    }
    /// Sets `unique_names`, or clears it with `None`.
    pub fn set_unique_names(mut self, input: Option<Vec<String>>) -> Self {
        self.inner.unique_names = input;
        self
    }
    /// The value set for `unique_names`, if any.
    pub fn get_unique_names(&self) -> &Option<Vec<String>> {
        &self.inner.unique_names
    }
    /// The `labels` member.
    pub fn labels(
        mut self,
        key: impl Into<String>,
        value: impl Into<crate::types::Nested>,
    ) -> Self {
        self.inner
            .labels
            .get_or_insert_with(std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets `labels`, or clears it with `None`.
    pub fn set_labels(
        mut self,
        input: Option<std::collections::HashMap<String, crate::types::Nested>>,
    ) -> Self {
        self.inner.labels = input;
        self
    }
    /// The value set for `labels`, if any.
    pub fn get_labels(
        &self,
    ) -> &Option<std::collections::HashMap<String, crate::types::Nested>> {
        &self.inner.labels
    }
    /// The `maybeLabels` member.
    pub fn maybe_labels(
        mut self,
        key: impl Into<String>,
        value: impl Into<Option<i32>>,
    ) -> Self {
        self.inner
            .maybe_labels
            .get_or_insert_with(std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets `maybe_labels`, or clears it with `None`.
    pub fn set_maybe_labels(
        mut self,
        input: Option<std::collections::HashMap<String, Option<i32>>>,
    ) -> Self {
        self.inner.maybe_labels = input;
        self
    }
    /// The value set for `maybe_labels`, if any.
    pub fn get_maybe_labels(
        &self,
    ) -> &Option<std::collections::HashMap<String, Option<i32>>> {
        &self.inner.maybe_labels
    }
    /// A structure inside others.
    pub fn nested(mut self, input: impl Into<crate::types::Nested>) -> Self {
        self.inner.nested = Some(input.into());
        self
    }
    /// Sets `nested`, or clears it with `None`.
    pub fn set_nested(mut self, input: Option<crate::types::Nested>) -> Self {
        self.inner.nested = input;
        self
    }
    /// The value set for `nested`, if any.
    pub fn get_nested(&self) -> &Option<crate::types::Nested> {
        &self.inner.nested
    }
    /// A union.
    pub fn choice(mut self, input: impl Into<crate::types::Choice>) -> Self {
        self.inner.choice = Some(input.into());
        self
    }
    /// Sets `choice`, or clears it with `None`.
    pub fn set_choice(mut self, input: Option<crate::types::Choice>) -> Self {
        self.inner.choice = input;
        self
    }
    /// The value set for `choice`, if any.
    pub fn get_choice(&self) -> &Option<crate::types::Choice> {
        &self.inner.choice
    }
    /// The `renamed` member.
    pub fn renamed(mut self, input: impl Into<String>) -> Self {
        self.inner.renamed = Some(input.into());
        self
    }
    /// Sets `renamed`, or clears it with `None`.
    pub fn set_renamed(mut self, input: Option<String>) -> Self {
        self.inner.renamed = input;
        self
    }
    /// The value set for `renamed`, if any.
    pub fn get_renamed(&self) -> &Option<String> {
        &self.inner.renamed
    }
    /// The `required` member.
    pub fn required(mut self, input: impl Into<String>) -> Self {
        self.inner.required = Some(input.into());
        self
    }
    /// Sets `required`, or clears it with `None`.
    pub fn set_required(mut self, input: Option<String>) -> Self {
        self.inner.required = input;
        self
    }
    /// The value set for `required`, if any.
    pub fn get_required(&self) -> &Option<String> {
        &self.inner.required
    }
    /// The `withDefault` member.
    pub fn with_default(mut self, input: i32) -> Self {
        self.inner.with_default = Some(input);
        self
    }
    /// Sets `with_default`, or clears it with `None`.
    pub fn set_with_default(mut self, input: Option<i32>) -> Self {
        self.inner.with_default = input;
        self
    }
    /// The value set for `with_default`, if any.
    pub fn get_with_default(&self) -> &Option<i32> {
        &self.inner.with_default
    }
    /// A color.
    pub fn default_color(mut self, input: impl Into<crate::types::Color>) -> Self {
        self.inner.default_color = Some(input.into());
        self
    }
    /// Sets `default_color`, or clears it with `None`.
    pub fn set_default_color(mut self, input: Option<crate::types::Color>) -> Self {
        self.inner.default_color = input;
        self
    }
    /// The value set for `default_color`, if any.
    pub fn get_default_color(&self) -> &Option<crate::types::Color> {
        &self.inner.default_color
    }
    /// A count.
    pub fn no_default(mut self, input: i32) -> Self {
        self.inner.no_default = Some(input);
        self
    }
    /// Sets `no_default`, or clears it with `None`.
    pub fn set_no_default(mut self, input: Option<i32>) -> Self {
        self.inner.no_default = input;
        self
    }
    /// The value set for `no_default`, if any.
    pub fn get_no_default(&self) -> &Option<i32> {
        &self.inner.no_default
    }
}
