// @generated from tests/fixtures/shape_types.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
use sdk_runtime::json;
/// Input holding one member of every shape type.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct EchoInput {
    /// The `blob` member.
    pub blob: Option<crate::primitives::Blob>,
    /// The `flag` member.
    pub flag: Option<bool>,
    /// The `text` member.
    pub text: Option<String>,
    /// The `tiny` member.
    pub tiny: Option<i8>,
    /// The `small` member.
    pub small: Option<i16>,
    /// The `count` member.
    pub count: Option<i32>,
    /// The `big` member.
    pub big: Option<i64>,
    /// The `ratio` member.
    pub ratio: Option<f32>,
    /// The `precise` member.
    pub precise: Option<f64>,
    /// The `huge` member.
    pub huge: Option<crate::primitives::BigInteger>,
    /// The `exact` member.
    pub exact: Option<crate::primitives::BigDecimal>,
    /// The `epoch` member.
    pub epoch: Option<crate::primitives::DateTime>,
    /// An RFC 3339 time.
    pub iso_time: Option<crate::primitives::DateTime>,
    /// The `httpTime` member.
    pub http_time: Option<crate::primitives::DateTime>,
    /// The `anything` member.
    pub anything: Option<crate::primitives::Document>,
    /// A color.
    pub color: Option<crate::types::Color>,
    /// An int enum, read as a number.
    pub level: Option<i32>,
    /// The `names` member.
    pub names: Option<Vec<String>>,
    /// The `maybeNames` member.
    pub maybe_names: Option<Vec<Option<String>>>,
    /// Names that may not repeat ('@uniqueItems', checked by the dispatcher).
    pub unique_names: Option<Vec<String>>,
    /// The `labels` member.
    pub labels: Option<std::collections::HashMap<String, crate::types::Nested>>,
    /// The `maybeLabels` member.
    pub maybe_labels: Option<std::collections::HashMap<String, Option<i32>>>,
    /// A structure inside others.
    pub nested: Option<crate::types::Nested>,
    /// A union.
    pub choice: Option<crate::types::Choice>,
    /// The `renamed` member.
    pub renamed: Option<String>,
    /// The `required` member.
    pub required: String,
    /// The `withDefault` member.
    pub with_default: i32,
    /// A color.
    pub default_color: crate::types::Color,
    /// A count.
    pub no_default: Option<i32>,
}
impl EchoInput {
    /// The `blob` member.
    pub fn blob(&self) -> Option<&crate::primitives::Blob> {
        self.blob.as_ref()
    }
    /// The `flag` member.
    pub fn flag(&self) -> Option<bool> {
        self.flag
    }
    /// The `text` member.
    pub fn text(&self) -> Option<&str> {
        self.text.as_deref()
    }
    /// The `tiny` member.
    pub fn tiny(&self) -> Option<i8> {
        self.tiny
    }
    /// The `small` member.
    pub fn small(&self) -> Option<i16> {
        self.small
    }
    /// The `count` member.
    pub fn count(&self) -> Option<i32> {
        self.count
    }
    /// The `big` member.
    pub fn big(&self) -> Option<i64> {
        self.big
    }
    /// The `ratio` member.
    pub fn ratio(&self) -> Option<f32> {
        self.ratio
    }
    /// The `precise` member.
    pub fn precise(&self) -> Option<f64> {
        self.precise
    }
    /// The `huge` member.
    pub fn huge(&self) -> Option<&crate::primitives::BigInteger> {
        self.huge.as_ref()
    }
    /// The `exact` member.
    pub fn exact(&self) -> Option<&crate::primitives::BigDecimal> {
        self.exact.as_ref()
    }
    /// The `epoch` member.
    pub fn epoch(&self) -> Option<&crate::primitives::DateTime> {
        self.epoch.as_ref()
    }
    /// An RFC 3339 time.
    pub fn iso_time(&self) -> Option<&crate::primitives::DateTime> {
        self.iso_time.as_ref()
    }
    /// The `httpTime` member.
    pub fn http_time(&self) -> Option<&crate::primitives::DateTime> {
        self.http_time.as_ref()
    }
    /// The `anything` member.
    pub fn anything(&self) -> Option<&crate::primitives::Document> {
        self.anything.as_ref()
    }
    /// A color.
    pub fn color(&self) -> Option<&crate::types::Color> {
        self.color.as_ref()
    }
    /// An int enum, read as a number.
    pub fn level(&self) -> Option<i32> {
        self.level
    }
    /// The `names` member.
    pub fn names(&self) -> &[String] {
        self.names.as_deref().unwrap_or_default()
    }
    /// The `maybeNames` member.
    pub fn maybe_names(&self) -> &[Option<String>] {
        self.maybe_names.as_deref().unwrap_or_default()
    }
    /// Names that may not repeat ('@uniqueItems', checked by the dispatcher).
    pub fn unique_names(&self) -> &[String] {
        self.unique_names.as_deref().unwrap_or_default()
    }
    /// The `labels` member.
    pub fn labels(
        &self,
    ) -> Option<&std::collections::HashMap<String, crate::types::Nested>> {
        self.labels.as_ref()
    }
    /// The `maybeLabels` member.
    pub fn maybe_labels(
        &self,
    ) -> Option<&std::collections::HashMap<String, Option<i32>>> {
        self.maybe_labels.as_ref()
    }
    /// A structure inside others.
    pub fn nested(&self) -> Option<&crate::types::Nested> {
        self.nested.as_ref()
    }
    /// A union.
    pub fn choice(&self) -> Option<&crate::types::Choice> {
        self.choice.as_ref()
    }
    /// The `renamed` member.
    pub fn renamed(&self) -> Option<&str> {
        self.renamed.as_deref()
    }
    /// The `required` member.
    pub fn required(&self) -> &str {
        &self.required
    }
    /// The `withDefault` member.
    pub fn with_default(&self) -> i32 {
        self.with_default
    }
    /// A color.
    pub fn default_color(&self) -> &crate::types::Color {
        &self.default_color
    }
    /// A count.
    pub fn no_default(&self) -> Option<i32> {
        self.no_default
    }
    /// Starts building a [`EchoInput`].
    pub fn builder() -> EchoInputBuilder {
        EchoInputBuilder::default()
    }
}
/// A builder for [`EchoInput`].
#[derive(Clone, Default, PartialEq, Debug)]
pub struct EchoInputBuilder {
    pub(crate) blob: Option<crate::primitives::Blob>,
    pub(crate) flag: Option<bool>,
    pub(crate) text: Option<String>,
    pub(crate) tiny: Option<i8>,
    pub(crate) small: Option<i16>,
    pub(crate) count: Option<i32>,
    pub(crate) big: Option<i64>,
    pub(crate) ratio: Option<f32>,
    pub(crate) precise: Option<f64>,
    pub(crate) huge: Option<crate::primitives::BigInteger>,
    pub(crate) exact: Option<crate::primitives::BigDecimal>,
    pub(crate) epoch: Option<crate::primitives::DateTime>,
    pub(crate) iso_time: Option<crate::primitives::DateTime>,
    pub(crate) http_time: Option<crate::primitives::DateTime>,
    pub(crate) anything: Option<crate::primitives::Document>,
    pub(crate) color: Option<crate::types::Color>,
    pub(crate) level: Option<i32>,
    pub(crate) names: Option<Vec<String>>,
    pub(crate) maybe_names: Option<Vec<Option<String>>>,
    pub(crate) unique_names: Option<Vec<String>>,
    pub(crate) labels: Option<std::collections::HashMap<String, crate::types::Nested>>,
    pub(crate) maybe_labels: Option<std::collections::HashMap<String, Option<i32>>>,
    pub(crate) nested: Option<crate::types::Nested>,
    pub(crate) choice: Option<crate::types::Choice>,
    pub(crate) renamed: Option<String>,
    pub(crate) required: Option<String>,
    pub(crate) with_default: Option<i32>,
    pub(crate) default_color: Option<crate::types::Color>,
    pub(crate) no_default: Option<i32>,
}
impl EchoInputBuilder {
    /// The `blob` member.
    pub fn blob(mut self, input: impl Into<crate::primitives::Blob>) -> Self {
        self.blob = Some(input.into());
        self
    }
    /// Sets `blob`, or clears it with `None`; see [`Self::blob`].
    pub fn set_blob(mut self, input: Option<crate::primitives::Blob>) -> Self {
        self.blob = input;
        self
    }
    /// The value set for `blob`, if any; see [`Self::blob`].
    pub fn get_blob(&self) -> &Option<crate::primitives::Blob> {
        &self.blob
    }
    /// The `flag` member.
    pub fn flag(mut self, input: bool) -> Self {
        self.flag = Some(input);
        self
    }
    /// Sets `flag`, or clears it with `None`; see [`Self::flag`].
    pub fn set_flag(mut self, input: Option<bool>) -> Self {
        self.flag = input;
        self
    }
    /// The value set for `flag`, if any; see [`Self::flag`].
    pub fn get_flag(&self) -> &Option<bool> {
        &self.flag
    }
    /// The `text` member.
    pub fn text(mut self, input: impl Into<String>) -> Self {
        self.text = Some(input.into());
        self
    }
    /// Sets `text`, or clears it with `None`; see [`Self::text`].
    pub fn set_text(mut self, input: Option<String>) -> Self {
        self.text = input;
        self
    }
    /// The value set for `text`, if any; see [`Self::text`].
    pub fn get_text(&self) -> &Option<String> {
        &self.text
    }
    /// The `tiny` member.
    pub fn tiny(mut self, input: i8) -> Self {
        self.tiny = Some(input);
        self
    }
    /// Sets `tiny`, or clears it with `None`; see [`Self::tiny`].
    pub fn set_tiny(mut self, input: Option<i8>) -> Self {
        self.tiny = input;
        self
    }
    /// The value set for `tiny`, if any; see [`Self::tiny`].
    pub fn get_tiny(&self) -> &Option<i8> {
        &self.tiny
    }
    /// The `small` member.
    pub fn small(mut self, input: i16) -> Self {
        self.small = Some(input);
        self
    }
    /// Sets `small`, or clears it with `None`; see [`Self::small`].
    pub fn set_small(mut self, input: Option<i16>) -> Self {
        self.small = input;
        self
    }
    /// The value set for `small`, if any; see [`Self::small`].
    pub fn get_small(&self) -> &Option<i16> {
        &self.small
    }
    /// The `count` member.
    pub fn count(mut self, input: i32) -> Self {
        self.count = Some(input);
        self
    }
    /// Sets `count`, or clears it with `None`; see [`Self::count`].
    pub fn set_count(mut self, input: Option<i32>) -> Self {
        self.count = input;
        self
    }
    /// The value set for `count`, if any; see [`Self::count`].
    pub fn get_count(&self) -> &Option<i32> {
        &self.count
    }
    /// The `big` member.
    pub fn big(mut self, input: i64) -> Self {
        self.big = Some(input);
        self
    }
    /// Sets `big`, or clears it with `None`; see [`Self::big`].
    pub fn set_big(mut self, input: Option<i64>) -> Self {
        self.big = input;
        self
    }
    /// The value set for `big`, if any; see [`Self::big`].
    pub fn get_big(&self) -> &Option<i64> {
        &self.big
    }
    /// The `ratio` member.
    pub fn ratio(mut self, input: f32) -> Self {
        self.ratio = Some(input);
        self
    }
    /// Sets `ratio`, or clears it with `None`; see [`Self::ratio`].
    pub fn set_ratio(mut self, input: Option<f32>) -> Self {
        self.ratio = input;
        self
    }
    /// The value set for `ratio`, if any; see [`Self::ratio`].
    pub fn get_ratio(&self) -> &Option<f32> {
        &self.ratio
    }
    /// The `precise` member.
    pub fn precise(mut self, input: f64) -> Self {
        self.precise = Some(input);
        self
    }
    /// Sets `precise`, or clears it with `None`; see [`Self::precise`].
    pub fn set_precise(mut self, input: Option<f64>) -> Self {
        self.precise = input;
        self
    }
    /// The value set for `precise`, if any; see [`Self::precise`].
    pub fn get_precise(&self) -> &Option<f64> {
        &self.precise
    }
    /// The `huge` member.
    pub fn huge(mut self, input: impl Into<crate::primitives::BigInteger>) -> Self {
        self.huge = Some(input.into());
        self
    }
    /// Sets `huge`, or clears it with `None`; see [`Self::huge`].
    pub fn set_huge(mut self, input: Option<crate::primitives::BigInteger>) -> Self {
        self.huge = input;
        self
    }
    /// The value set for `huge`, if any; see [`Self::huge`].
    pub fn get_huge(&self) -> &Option<crate::primitives::BigInteger> {
        &self.huge
    }
    /// The `exact` member.
    pub fn exact(mut self, input: impl Into<crate::primitives::BigDecimal>) -> Self {
        self.exact = Some(input.into());
        self
    }
    /// Sets `exact`, or clears it with `None`; see [`Self::exact`].
    pub fn set_exact(mut self, input: Option<crate::primitives::BigDecimal>) -> Self {
        self.exact = input;
        self
    }
    /// The value set for `exact`, if any; see [`Self::exact`].
    pub fn get_exact(&self) -> &Option<crate::primitives::BigDecimal> {
        &self.exact
    }
    /// The `epoch` member.
    pub fn epoch(mut self, input: impl Into<crate::primitives::DateTime>) -> Self {
        self.epoch = Some(input.into());
        self
    }
    /// Sets `epoch`, or clears it with `None`; see [`Self::epoch`].
    pub fn set_epoch(mut self, input: Option<crate::primitives::DateTime>) -> Self {
        self.epoch = input;
        self
    }
    /// The value set for `epoch`, if any; see [`Self::epoch`].
    pub fn get_epoch(&self) -> &Option<crate::primitives::DateTime> {
        &self.epoch
    }
    /// An RFC 3339 time.
    pub fn iso_time(mut self, input: impl Into<crate::primitives::DateTime>) -> Self {
        self.iso_time = Some(input.into());
        self
    }
    /// Sets `iso_time`, or clears it with `None`; see [`Self::iso_time`].
    pub fn set_iso_time(mut self, input: Option<crate::primitives::DateTime>) -> Self {
        self.iso_time = input;
        self
    }
    /// The value set for `iso_time`, if any; see [`Self::iso_time`].
    pub fn get_iso_time(&self) -> &Option<crate::primitives::DateTime> {
        &self.iso_time
    }
    /// The `httpTime` member.
    pub fn http_time(mut self, input: impl Into<crate::primitives::DateTime>) -> Self {
        self.http_time = Some(input.into());
        self
    }
    /// Sets `http_time`, or clears it with `None`; see [`Self::http_time`].
    pub fn set_http_time(mut self, input: Option<crate::primitives::DateTime>) -> Self {
        self.http_time = input;
        self
    }
    /// The value set for `http_time`, if any; see [`Self::http_time`].
    pub fn get_http_time(&self) -> &Option<crate::primitives::DateTime> {
        &self.http_time
    }
    /// The `anything` member.
    pub fn anything(mut self, input: impl Into<crate::primitives::Document>) -> Self {
        self.anything = Some(input.into());
        self
    }
    /// Sets `anything`, or clears it with `None`; see [`Self::anything`].
    pub fn set_anything(mut self, input: Option<crate::primitives::Document>) -> Self {
        self.anything = input;
        self
    }
    /// The value set for `anything`, if any; see [`Self::anything`].
    pub fn get_anything(&self) -> &Option<crate::primitives::Document> {
        &self.anything
    }
    /// A color.
    pub fn color(mut self, input: impl Into<crate::types::Color>) -> Self {
        self.color = Some(input.into());
        self
    }
    /// Sets `color`, or clears it with `None`; see [`Self::color`].
    pub fn set_color(mut self, input: Option<crate::types::Color>) -> Self {
        self.color = input;
        self
    }
    /// The value set for `color`, if any; see [`Self::color`].
    pub fn get_color(&self) -> &Option<crate::types::Color> {
        &self.color
    }
    /// An int enum, read as a number.
    pub fn level(mut self, input: i32) -> Self {
        self.level = Some(input);
        self
    }
    /// Sets `level`, or clears it with `None`; see [`Self::level`].
    pub fn set_level(mut self, input: Option<i32>) -> Self {
        self.level = input;
        self
    }
    /// The value set for `level`, if any; see [`Self::level`].
    pub fn get_level(&self) -> &Option<i32> {
        &self.level
    }
    /// Appends one item to `names`; call it once per item.
    ///
    /// The `names` member.
    pub fn names(mut self, input: impl Into<String>) -> Self {
        self.names.get_or_insert_with(Vec::new).push(input.into());
        self
    }
    /// Sets `names`, or clears it with `None`; see [`Self::names`].
    pub fn set_names(mut self, input: Option<Vec<String>>) -> Self {
        self.names = input;
        self
    }
    /// The value set for `names`, if any; see [`Self::names`].
    pub fn get_names(&self) -> &Option<Vec<String>> {
        &self.names
    }
    /// Appends one item to `maybe_names`; call it once per item.
    ///
    /// The `maybeNames` member.
    pub fn maybe_names(mut self, input: impl Into<Option<String>>) -> Self {
        self.maybe_names.get_or_insert_with(Vec::new).push(input.into());
        self
    }
    /// Sets `maybe_names`, or clears it with `None`; see [`Self::maybe_names`].
    pub fn set_maybe_names(mut self, input: Option<Vec<Option<String>>>) -> Self {
        self.maybe_names = input;
        self
    }
    /// The value set for `maybe_names`, if any; see [`Self::maybe_names`].
    pub fn get_maybe_names(&self) -> &Option<Vec<Option<String>>> {
        &self.maybe_names
    }
    /// Appends one item to `unique_names`; call it once per item.
    ///
    /// Names that may not repeat ('@uniqueItems', checked by the dispatcher).
    pub fn unique_names(mut self, input: impl Into<String>) -> Self {
        self.unique_names.get_or_insert_with(Vec::new).push(input.into());
        self
    }
    /// Sets `unique_names`, or clears it with `None`; see [`Self::unique_names`].
    pub fn set_unique_names(mut self, input: Option<Vec<String>>) -> Self {
        self.unique_names = input;
        self
    }
    /// The value set for `unique_names`, if any; see [`Self::unique_names`].
    pub fn get_unique_names(&self) -> &Option<Vec<String>> {
        &self.unique_names
    }
    /// Inserts one entry into `labels`; call it once per entry.
    ///
    /// The `labels` member.
    pub fn labels(
        mut self,
        key: impl Into<String>,
        value: impl Into<crate::types::Nested>,
    ) -> Self {
        self.labels
            .get_or_insert_with(std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets `labels`, or clears it with `None`; see [`Self::labels`].
    pub fn set_labels(
        mut self,
        input: Option<std::collections::HashMap<String, crate::types::Nested>>,
    ) -> Self {
        self.labels = input;
        self
    }
    /// The value set for `labels`, if any; see [`Self::labels`].
    pub fn get_labels(
        &self,
    ) -> &Option<std::collections::HashMap<String, crate::types::Nested>> {
        &self.labels
    }
    /// Inserts one entry into `maybe_labels`; call it once per entry.
    ///
    /// The `maybeLabels` member.
    pub fn maybe_labels(
        mut self,
        key: impl Into<String>,
        value: impl Into<Option<i32>>,
    ) -> Self {
        self.maybe_labels
            .get_or_insert_with(std::collections::HashMap::new)
            .insert(key.into(), value.into());
        self
    }
    /// Sets `maybe_labels`, or clears it with `None`; see [`Self::maybe_labels`].
    pub fn set_maybe_labels(
        mut self,
        input: Option<std::collections::HashMap<String, Option<i32>>>,
    ) -> Self {
        self.maybe_labels = input;
        self
    }
    /// The value set for `maybe_labels`, if any; see [`Self::maybe_labels`].
    pub fn get_maybe_labels(
        &self,
    ) -> &Option<std::collections::HashMap<String, Option<i32>>> {
        &self.maybe_labels
    }
    /// A structure inside others.
    pub fn nested(mut self, input: impl Into<crate::types::Nested>) -> Self {
        self.nested = Some(input.into());
        self
    }
    /// Sets `nested`, or clears it with `None`; see [`Self::nested`].
    pub fn set_nested(mut self, input: Option<crate::types::Nested>) -> Self {
        self.nested = input;
        self
    }
    /// The value set for `nested`, if any; see [`Self::nested`].
    pub fn get_nested(&self) -> &Option<crate::types::Nested> {
        &self.nested
    }
    /// A union.
    pub fn choice(mut self, input: impl Into<crate::types::Choice>) -> Self {
        self.choice = Some(input.into());
        self
    }
    /// Sets `choice`, or clears it with `None`; see [`Self::choice`].
    pub fn set_choice(mut self, input: Option<crate::types::Choice>) -> Self {
        self.choice = input;
        self
    }
    /// The value set for `choice`, if any; see [`Self::choice`].
    pub fn get_choice(&self) -> &Option<crate::types::Choice> {
        &self.choice
    }
    /// The `renamed` member.
    pub fn renamed(mut self, input: impl Into<String>) -> Self {
        self.renamed = Some(input.into());
        self
    }
    /// Sets `renamed`, or clears it with `None`; see [`Self::renamed`].
    pub fn set_renamed(mut self, input: Option<String>) -> Self {
        self.renamed = input;
        self
    }
    /// The value set for `renamed`, if any; see [`Self::renamed`].
    pub fn get_renamed(&self) -> &Option<String> {
        &self.renamed
    }
    /// The `required` member.
    pub fn required(mut self, input: impl Into<String>) -> Self {
        self.required = Some(input.into());
        self
    }
    /// Sets `required`, or clears it with `None`; see [`Self::required`].
    pub fn set_required(mut self, input: Option<String>) -> Self {
        self.required = input;
        self
    }
    /// The value set for `required`, if any; see [`Self::required`].
    pub fn get_required(&self) -> &Option<String> {
        &self.required
    }
    /// The `withDefault` member.
    pub fn with_default(mut self, input: i32) -> Self {
        self.with_default = Some(input);
        self
    }
    /// Sets `with_default`, or clears it with `None`; see [`Self::with_default`].
    pub fn set_with_default(mut self, input: Option<i32>) -> Self {
        self.with_default = input;
        self
    }
    /// The value set for `with_default`, if any; see [`Self::with_default`].
    pub fn get_with_default(&self) -> &Option<i32> {
        &self.with_default
    }
    /// A color.
    pub fn default_color(mut self, input: impl Into<crate::types::Color>) -> Self {
        self.default_color = Some(input.into());
        self
    }
    /// Sets `default_color`, or clears it with `None`; see [`Self::default_color`].
    pub fn set_default_color(mut self, input: Option<crate::types::Color>) -> Self {
        self.default_color = input;
        self
    }
    /// The value set for `default_color`, if any; see [`Self::default_color`].
    pub fn get_default_color(&self) -> &Option<crate::types::Color> {
        &self.default_color
    }
    /// A count.
    pub fn no_default(mut self, input: i32) -> Self {
        self.no_default = Some(input);
        self
    }
    /// Sets `no_default`, or clears it with `None`; see [`Self::no_default`].
    pub fn set_no_default(mut self, input: Option<i32>) -> Self {
        self.no_default = input;
        self
    }
    /// The value set for `no_default`, if any; see [`Self::no_default`].
    pub fn get_no_default(&self) -> &Option<i32> {
        &self.no_default
    }
    /// Builds the [`EchoInput`], or returns a [`BuildError`](crate::error::BuildError) naming every required member that was not set (`required`).
    pub fn build(self) -> Result<EchoInput, sdk_runtime::error::BuildError> {
        let mut missing = sdk_runtime::error::MissingMembers::new("EchoInput");
        let required = missing.check(self.required, "required");
        let Some(required) = required else {
            return Err(missing.into_error());
        };
        Ok(EchoInput {
            blob: self.blob,
            flag: self.flag,
            text: self.text,
            tiny: self.tiny,
            small: self.small,
            count: self.count,
            big: self.big,
            ratio: self.ratio,
            precise: self.precise,
            huge: self.huge,
            exact: self.exact,
            epoch: self.epoch,
            iso_time: self.iso_time,
            http_time: self.http_time,
            anything: self.anything,
            color: self.color,
            level: self.level,
            names: self.names,
            maybe_names: self.maybe_names,
            unique_names: self.unique_names,
            labels: self.labels,
            maybe_labels: self.maybe_labels,
            nested: self.nested,
            choice: self.choice,
            renamed: self.renamed,
            required,
            with_default: self.with_default.unwrap_or(7),
            default_color: self.default_color.unwrap_or_else(|| "red".into()),
            no_default: self.no_default,
        })
    }
}
impl json::SerializeJson for EchoInput {
    fn write_json(&self, out: &mut String) {
        let mut object = json::ObjectWriter::new(out);
        if let Some(value) = &self.blob {
            object.plain_member("blob", value);
        }
        if let Some(value) = &self.flag {
            object.plain_member("flag", value);
        }
        if let Some(value) = &self.text {
            object.plain_member("text", value);
        }
        if let Some(value) = &self.tiny {
            object.plain_member("tiny", value);
        }
        if let Some(value) = &self.small {
            object.plain_member("small", value);
        }
        if let Some(value) = &self.count {
            object.plain_member("count", value);
        }
        if let Some(value) = &self.big {
            object.plain_member("big", value);
        }
        if let Some(value) = &self.ratio {
            object.plain_member("ratio", value);
        }
        if let Some(value) = &self.precise {
            object.plain_member("precise", value);
        }
        if let Some(value) = &self.huge {
            object.plain_member("huge", value);
        }
        if let Some(value) = &self.exact {
            object.plain_member("exact", value);
        }
        if let Some(value) = &self.epoch {
            object.plain_member("epoch", value);
        }
        if let Some(value) = &self.iso_time {
            object
                .plain_timestamp_member(
                    "isoTime",
                    value,
                    sdk_runtime::TimestampFormat::DateTime,
                );
        }
        if let Some(value) = &self.http_time {
            object
                .plain_timestamp_member(
                    "httpTime",
                    value,
                    sdk_runtime::TimestampFormat::HttpDate,
                );
        }
        if let Some(value) = &self.anything {
            object.plain_member("anything", value);
        }
        if let Some(value) = &self.color {
            object.plain_member("color", value);
        }
        if let Some(value) = &self.level {
            object.plain_member("level", value);
        }
        if let Some(value) = &self.names {
            object.plain_member("names", value);
        }
        if let Some(value) = &self.maybe_names {
            object.plain_member("maybeNames", value);
        }
        if let Some(value) = &self.unique_names {
            object.plain_member("uniqueNames", value);
        }
        if let Some(value) = &self.labels {
            object.plain_member("labels", value);
        }
        if let Some(value) = &self.maybe_labels {
            object.plain_member("maybeLabels", value);
        }
        if let Some(value) = &self.nested {
            object.plain_member("nested", value);
        }
        if let Some(value) = &self.choice {
            object.plain_member("choice", value);
        }
        if let Some(value) = &self.renamed {
            object.plain_member("Renamed-On-Wire", value);
        }
        let value = &self.required;
        object.plain_member("required", value);
        let value = &self.with_default;
        object.plain_member("withDefault", value);
        let value = &self.default_color;
        object.plain_member("defaultColor", value);
        if let Some(value) = &self.no_default {
            object.plain_member("noDefault", value);
        }
        object.finish();
    }
}
impl EchoInputBuilder {
    /// Sets the members found in the JSON object next in `reader`
    /// (at `path`); keys this version does not know are skipped.
    pub(crate) fn read_json_members(
        &mut self,
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<(), json::DeserializeError> {
        let builder = self;
        reader.begin_object(path)?;
        while let Some(key) = reader.next_key(path)? {
            let path = path.key(&key);
            match key.as_ref() {
                "blob" => builder.blob = json::DeserializeJson::read_json(reader, &path)?,
                "flag" => builder.flag = json::DeserializeJson::read_json(reader, &path)?,
                "text" => builder.text = json::DeserializeJson::read_json(reader, &path)?,
                "tiny" => builder.tiny = json::DeserializeJson::read_json(reader, &path)?,
                "small" => {
                    builder.small = json::DeserializeJson::read_json(reader, &path)?;
                }
                "count" => {
                    builder.count = json::DeserializeJson::read_json(reader, &path)?;
                }
                "big" => builder.big = json::DeserializeJson::read_json(reader, &path)?,
                "ratio" => {
                    builder.ratio = json::DeserializeJson::read_json(reader, &path)?;
                }
                "precise" => {
                    builder.precise = json::DeserializeJson::read_json(reader, &path)?;
                }
                "huge" => builder.huge = json::DeserializeJson::read_json(reader, &path)?,
                "exact" => {
                    builder.exact = json::DeserializeJson::read_json(reader, &path)?;
                }
                "epoch" => {
                    builder.epoch = json::DeserializeJson::read_json(reader, &path)?;
                }
                "isoTime" => {
                    builder.iso_time = if reader.read_null(&path)? {
                        None
                    } else {
                        Some(
                            json::read_timestamp(
                                reader,
                                &path,
                                sdk_runtime::TimestampFormat::DateTime,
                            )?,
                        )
                    };
                }
                "httpTime" => {
                    builder.http_time = if reader.read_null(&path)? {
                        None
                    } else {
                        Some(
                            json::read_timestamp(
                                reader,
                                &path,
                                sdk_runtime::TimestampFormat::HttpDate,
                            )?,
                        )
                    };
                }
                "anything" => {
                    builder.anything = json::DeserializeJson::read_json(reader, &path)?;
                }
                "color" => {
                    builder.color = json::DeserializeJson::read_json(reader, &path)?;
                }
                "level" => {
                    builder.level = json::DeserializeJson::read_json(reader, &path)?;
                }
                "names" => {
                    builder.names = json::DeserializeJson::read_json(reader, &path)?;
                }
                "maybeNames" => {
                    builder.maybe_names = json::DeserializeJson::read_json(
                        reader,
                        &path,
                    )?;
                }
                "uniqueNames" => {
                    builder.unique_names = json::DeserializeJson::read_json(
                        reader,
                        &path,
                    )?;
                }
                "labels" => {
                    builder.labels = json::DeserializeJson::read_json(reader, &path)?;
                }
                "maybeLabels" => {
                    builder.maybe_labels = json::DeserializeJson::read_json(
                        reader,
                        &path,
                    )?;
                }
                "nested" => {
                    builder.nested = json::DeserializeJson::read_json(reader, &path)?;
                }
                "choice" => {
                    builder.choice = json::DeserializeJson::read_json(reader, &path)?;
                }
                "Renamed-On-Wire" => {
                    builder.renamed = json::DeserializeJson::read_json(reader, &path)?;
                }
                "required" => {
                    builder.required = json::DeserializeJson::read_json(reader, &path)?;
                }
                "withDefault" => {
                    builder.with_default = json::DeserializeJson::read_json(
                        reader,
                        &path,
                    )?;
                }
                "defaultColor" => {
                    builder.default_color = json::DeserializeJson::read_json(
                        reader,
                        &path,
                    )?;
                }
                "noDefault" => {
                    builder.no_default = json::DeserializeJson::read_json(reader, &path)?;
                }
                _ => reader.skip(&path)?,
            }
        }
        Ok(())
    }
}
impl json::DeserializeJson for EchoInput {
    fn read_json(
        reader: &mut json::Reader<'_>,
        path: &json::JsonPath<'_>,
    ) -> Result<Self, json::DeserializeError> {
        let mut builder = Self::builder();
        builder.read_json_members(reader, path)?;
        builder.build().map_err(|error| json::DeserializeError::build(path, error))
    }
}
