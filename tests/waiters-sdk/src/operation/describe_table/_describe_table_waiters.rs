// @generated from tests/fixtures/waiters.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(deprecated)]
impl crate::Client {
    /// Waits until `DescribeTable` says so: see [`NameMatchesWaiter`].
    pub fn wait_until_name_matches(&self) -> NameMatchesWaiter {
        NameMatchesWaiter {
            inner: self.describe_table(),
            min_delay: std::time::Duration::from_secs(2u64),
            max_delay: std::time::Duration::from_secs(120u64),
            max_wait: std::time::Duration::from_secs(300),
            sleep: sdk_runtime::waiters::tokio_sleep(),
        }
    }
}
/// Waits until the table answers under the name asked for.
///
/// Sends `DescribeTable` until an acceptor of the model's `NameMatches` waiter decides, waiting between attempts from 2 s doubling up to 120 s (random within that), for at most `max_wait` (default 300 s) in all.
#[derive(Clone)]
#[allow(deprecated)]
pub struct NameMatchesWaiter {
    inner: crate::operation::describe_table::builders::DescribeTableFluentBuilder,
    min_delay: std::time::Duration,
    max_delay: std::time::Duration,
    max_wait: std::time::Duration,
    sleep: sdk_runtime::waiters::Sleep,
}
#[allow(deprecated)]
impl std::fmt::Debug for NameMatchesWaiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(NameMatchesWaiter))
            .field("input", self.inner.as_input())
            .field("min_delay", &self.min_delay)
            .field("max_delay", &self.max_delay)
            .field("max_wait", &self.max_wait)
            .finish_non_exhaustive()
    }
}
#[allow(deprecated)]
impl NameMatchesWaiter {
    /// How long to wait in all before giving up with `MaxWaitExceeded` (default 300 s).
    pub fn max_wait(mut self, max_wait: std::time::Duration) -> Self {
        self.max_wait = max_wait;
        self
    }
    /// The least delay between attempts (the model's, unless set).
    pub fn min_delay(mut self, min_delay: std::time::Duration) -> Self {
        self.min_delay = min_delay;
        self
    }
    /// The most delay between attempts (the model's, unless set).
    pub fn max_delay(mut self, max_delay: std::time::Duration) -> Self {
        self.max_delay = max_delay;
        self
    }
    /// How to sleep between attempts (default `tokio::time::sleep`); tests
    /// pass one that records the delays and returns at once.
    pub fn sleep_impl(mut self, sleep: sdk_runtime::waiters::Sleep) -> Self {
        self.sleep = sleep;
        self
    }
    /// Sends the operation until an acceptor says success (the output it
    /// matched) or failure, an error matches no acceptor, or the maximum wait passes.
    pub async fn send(
        self,
    ) -> Result<
        crate::operation::describe_table::DescribeTableOutput,
        sdk_runtime::waiters::WaiterError<
            crate::operation::describe_table::DescribeTableOutput,
            crate::operation::describe_table::DescribeTableError,
        >,
    > {
        use sdk_runtime::waiters as w;
        let config = w::WaiterConfig {
            min_delay: self.min_delay,
            max_delay: self.max_delay,
            max_wait: self.max_wait,
            sleep: self.sleep,
        };
        let input = self
            .inner
            .as_input()
            .clone()
            .build()
            .map_err(|e| sdk_runtime::waiters::WaiterError::Operation(
                sdk_runtime::client::SdkError::construction_failure(e),
            ))?;
        let builder = self.inner;
        let last = w::wait(
                config,
                || builder.clone().send(),
                |
                    result: &Result<
                        crate::operation::describe_table::DescribeTableOutput,
                        sdk_runtime::client::SdkError<
                            crate::operation::describe_table::DescribeTableError,
                        >,
                    >|
                {
                    if matches!(
                        result, Ok(output) if w::Comparator::BooleanEquals.matches(&
                        w::or(w::not(& w::cmp(w::CmpOp::Eq, & output.table.as_ref().map(|
                        v | & v.name).map_or(w::Value::Null, | v | w::Value::from(v
                        .as_str())), & w::Value::from(input.name.as_str()))), ||
                        w::cmp(w::CmpOp::Eq, & output.table.as_ref().and_then(| v | v
                        .status.as_ref()).map_or(w::Value::Null, | v | w::Value::from(v
                        .as_str())), & w::Value::from("FAILED"))), "true")
                    ) {
                        return Some(w::AcceptorState::Failure);
                    }
                    if matches!(
                        result, Ok(output) if w::Comparator::AnyStringEquals.matches(&
                        output.table.as_ref().and_then(| v | v.tags.as_ref())
                        .map_or(w::Value::Null, | v | w::Value::List(v.iter().map(| v |
                        w::Value::from(v.as_str())).collect())), "ok")
                    ) {
                        return Some(w::AcceptorState::Success);
                    }
                    None
                },
            )
            .await?;
        last.map_err(w::WaiterError::Operation)
    }
    /// The `name` member.
    pub fn name(mut self, input: impl Into<String>) -> Self {
        self.inner.inner.name = Some(input.into());
        self
    }
    /// Sets `name`, or clears it with `None`.
    pub fn set_name(mut self, input: Option<String>) -> Self {
        self.inner.inner.name = input;
        self
    }
    /// The value set for `name`, if any.
    pub fn get_name(&self) -> &Option<String> {
        &self.inner.inner.name
    }
}
#[allow(deprecated)]
impl crate::Client {
    /// Waits until `DescribeTable` says so: see [`NoReplicasWaiter`].
    pub fn wait_until_no_replicas(&self) -> NoReplicasWaiter {
        NoReplicasWaiter {
            inner: self.describe_table(),
            min_delay: std::time::Duration::from_secs(2u64),
            max_delay: std::time::Duration::from_secs(120u64),
            max_wait: std::time::Duration::from_secs(300),
            sleep: sdk_runtime::waiters::tokio_sleep(),
        }
    }
}
/// Waits until the table has no replicas (an absent table has none to count: JMESPath's `length(null)` matches nothing).
///
/// Sends `DescribeTable` until an acceptor of the model's `NoReplicas` waiter decides, waiting between attempts from 2 s doubling up to 120 s (random within that), for at most `max_wait` (default 300 s) in all.
#[derive(Clone)]
#[allow(deprecated)]
pub struct NoReplicasWaiter {
    inner: crate::operation::describe_table::builders::DescribeTableFluentBuilder,
    min_delay: std::time::Duration,
    max_delay: std::time::Duration,
    max_wait: std::time::Duration,
    sleep: sdk_runtime::waiters::Sleep,
}
#[allow(deprecated)]
impl std::fmt::Debug for NoReplicasWaiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(NoReplicasWaiter))
            .field("input", self.inner.as_input())
            .field("min_delay", &self.min_delay)
            .field("max_delay", &self.max_delay)
            .field("max_wait", &self.max_wait)
            .finish_non_exhaustive()
    }
}
#[allow(deprecated)]
impl NoReplicasWaiter {
    /// How long to wait in all before giving up with `MaxWaitExceeded` (default 300 s).
    pub fn max_wait(mut self, max_wait: std::time::Duration) -> Self {
        self.max_wait = max_wait;
        self
    }
    /// The least delay between attempts (the model's, unless set).
    pub fn min_delay(mut self, min_delay: std::time::Duration) -> Self {
        self.min_delay = min_delay;
        self
    }
    /// The most delay between attempts (the model's, unless set).
    pub fn max_delay(mut self, max_delay: std::time::Duration) -> Self {
        self.max_delay = max_delay;
        self
    }
    /// How to sleep between attempts (default `tokio::time::sleep`); tests
    /// pass one that records the delays and returns at once.
    pub fn sleep_impl(mut self, sleep: sdk_runtime::waiters::Sleep) -> Self {
        self.sleep = sleep;
        self
    }
    /// Sends the operation until an acceptor says success (the output it
    /// matched) or failure, an error matches no acceptor, or the maximum wait passes.
    pub async fn send(
        self,
    ) -> Result<
        crate::operation::describe_table::DescribeTableOutput,
        sdk_runtime::waiters::WaiterError<
            crate::operation::describe_table::DescribeTableOutput,
            crate::operation::describe_table::DescribeTableError,
        >,
    > {
        use sdk_runtime::waiters as w;
        let config = w::WaiterConfig {
            min_delay: self.min_delay,
            max_delay: self.max_delay,
            max_wait: self.max_wait,
            sleep: self.sleep,
        };
        let builder = self.inner;
        let last = w::wait(
                config,
                || builder.clone().send(),
                |
                    result: &Result<
                        crate::operation::describe_table::DescribeTableOutput,
                        sdk_runtime::client::SdkError<
                            crate::operation::describe_table::DescribeTableError,
                        >,
                    >|
                {
                    if matches!(
                        result, Ok(output) if w::Comparator::BooleanEquals.matches(&
                        w::cmp(w::CmpOp::Eq, & output.table.as_ref().and_then(| v | v
                        .replicas.as_ref()).map_or(w::Value::Null, | v |
                        w::Value::Number(v.len() as f64)), & w::Value::Number(0f64)),
                        "true")
                    ) {
                        return Some(w::AcceptorState::Success);
                    }
                    None
                },
            )
            .await?;
        last.map_err(w::WaiterError::Operation)
    }
    /// The `name` member.
    pub fn name(mut self, input: impl Into<String>) -> Self {
        self.inner.inner.name = Some(input.into());
        self
    }
    /// Sets `name`, or clears it with `None`.
    pub fn set_name(mut self, input: Option<String>) -> Self {
        self.inner.inner.name = input;
        self
    }
    /// The value set for `name`, if any.
    pub fn get_name(&self) -> &Option<String> {
        &self.inner.inner.name
    }
}
#[allow(deprecated)]
impl crate::Client {
    /// Waits until `DescribeTable` says so: see [`ReplicasReadyWaiter`].
    pub fn wait_until_replicas_ready(&self) -> ReplicasReadyWaiter {
        ReplicasReadyWaiter {
            inner: self.describe_table(),
            min_delay: std::time::Duration::from_secs(2u64),
            max_delay: std::time::Duration::from_secs(120u64),
            max_wait: std::time::Duration::from_secs(300),
            sleep: sdk_runtime::waiters::tokio_sleep(),
        }
    }
}
/// Waits on `DescribeTable`.
///
/// Sends `DescribeTable` until an acceptor of the model's `ReplicasReady` waiter decides, waiting between attempts from 2 s doubling up to 120 s (random within that), for at most `max_wait` (default 300 s) in all.
#[derive(Clone)]
#[allow(deprecated)]
pub struct ReplicasReadyWaiter {
    inner: crate::operation::describe_table::builders::DescribeTableFluentBuilder,
    min_delay: std::time::Duration,
    max_delay: std::time::Duration,
    max_wait: std::time::Duration,
    sleep: sdk_runtime::waiters::Sleep,
}
#[allow(deprecated)]
impl std::fmt::Debug for ReplicasReadyWaiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(ReplicasReadyWaiter))
            .field("input", self.inner.as_input())
            .field("min_delay", &self.min_delay)
            .field("max_delay", &self.max_delay)
            .field("max_wait", &self.max_wait)
            .finish_non_exhaustive()
    }
}
#[allow(deprecated)]
impl ReplicasReadyWaiter {
    /// How long to wait in all before giving up with `MaxWaitExceeded` (default 300 s).
    pub fn max_wait(mut self, max_wait: std::time::Duration) -> Self {
        self.max_wait = max_wait;
        self
    }
    /// The least delay between attempts (the model's, unless set).
    pub fn min_delay(mut self, min_delay: std::time::Duration) -> Self {
        self.min_delay = min_delay;
        self
    }
    /// The most delay between attempts (the model's, unless set).
    pub fn max_delay(mut self, max_delay: std::time::Duration) -> Self {
        self.max_delay = max_delay;
        self
    }
    /// How to sleep between attempts (default `tokio::time::sleep`); tests
    /// pass one that records the delays and returns at once.
    pub fn sleep_impl(mut self, sleep: sdk_runtime::waiters::Sleep) -> Self {
        self.sleep = sleep;
        self
    }
    /// Sends the operation until an acceptor says success (the output it
    /// matched) or failure, an error matches no acceptor, or the maximum wait passes.
    pub async fn send(
        self,
    ) -> Result<
        crate::operation::describe_table::DescribeTableOutput,
        sdk_runtime::waiters::WaiterError<
            crate::operation::describe_table::DescribeTableOutput,
            crate::operation::describe_table::DescribeTableError,
        >,
    > {
        use sdk_runtime::waiters as w;
        let config = w::WaiterConfig {
            min_delay: self.min_delay,
            max_delay: self.max_delay,
            max_wait: self.max_wait,
            sleep: self.sleep,
        };
        let builder = self.inner;
        let last = w::wait(
                config,
                || builder.clone().send(),
                |
                    result: &Result<
                        crate::operation::describe_table::DescribeTableOutput,
                        sdk_runtime::client::SdkError<
                            crate::operation::describe_table::DescribeTableError,
                        >,
                    >|
                {
                    if matches!(
                        result, Ok(output) if w::Comparator::AnyStringEquals.matches(&
                        output.table.as_ref().and_then(| v | v.replicas.as_ref())
                        .map_or(w::Value::Null, | v | w::Value::List(v.iter()
                        .filter_map(| v | v.status.as_ref()).map(| v | w::Value::from(v
                        .as_str())).collect())), "FAILED")
                    ) {
                        return Some(w::AcceptorState::Failure);
                    }
                    if matches!(
                        result, Ok(output) if w::Comparator::BooleanEquals.matches(&
                        w::and(w::cmp(w::CmpOp::Eq, & output.table.as_ref().and_then(| v
                        | v.ready.as_ref()).map_or(w::Value::Null, | v | w::Value::Bool(*
                        v)), & w::Value::Bool(true)), || w::cmp(w::CmpOp::Gt, & output
                        .table.as_ref().and_then(| v | v.replicas.as_ref())
                        .map_or(w::Value::Null, | v | w::Value::Number(v.len() as f64)),
                        & w::Value::Number(0f64))), "true")
                    ) {
                        return Some(w::AcceptorState::Success);
                    }
                    if matches!(
                        result, Ok(output) if w::Comparator::AllStringEquals.matches(&
                        output.table.as_ref().and_then(| v | v.replicas.as_ref())
                        .map_or(w::Value::Null, | v | w::Value::List(v.iter()
                        .filter_map(| v | v.status.as_ref()).map(| v | w::Value::from(v
                        .as_str())).collect())), "READY")
                    ) {
                        return Some(w::AcceptorState::Success);
                    }
                    None
                },
            )
            .await?;
        last.map_err(w::WaiterError::Operation)
    }
    /// The `name` member.
    pub fn name(mut self, input: impl Into<String>) -> Self {
        self.inner.inner.name = Some(input.into());
        self
    }
    /// Sets `name`, or clears it with `None`.
    pub fn set_name(mut self, input: Option<String>) -> Self {
        self.inner.inner.name = input;
        self
    }
    /// The value set for `name`, if any.
    pub fn get_name(&self) -> &Option<String> {
        &self.inner.inner.name
    }
}
#[allow(deprecated)]
impl crate::Client {
    /// Waits until `DescribeTable` says so: see [`TableExistsWaiter`].
    pub fn wait_until_table_exists(&self) -> TableExistsWaiter {
        TableExistsWaiter {
            inner: self.describe_table(),
            min_delay: std::time::Duration::from_secs(5u64),
            max_delay: std::time::Duration::from_secs(40u64),
            max_wait: std::time::Duration::from_secs(300),
            sleep: sdk_runtime::waiters::tokio_sleep(),
        }
    }
}
/// Waits until the table is active.
///
/// Sends `DescribeTable` until an acceptor of the model's `TableExists` waiter decides, waiting between attempts from 5 s doubling up to 40 s (random within that), for at most `max_wait` (default 300 s) in all.
#[derive(Clone)]
#[allow(deprecated)]
pub struct TableExistsWaiter {
    inner: crate::operation::describe_table::builders::DescribeTableFluentBuilder,
    min_delay: std::time::Duration,
    max_delay: std::time::Duration,
    max_wait: std::time::Duration,
    sleep: sdk_runtime::waiters::Sleep,
}
#[allow(deprecated)]
impl std::fmt::Debug for TableExistsWaiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(TableExistsWaiter))
            .field("input", self.inner.as_input())
            .field("min_delay", &self.min_delay)
            .field("max_delay", &self.max_delay)
            .field("max_wait", &self.max_wait)
            .finish_non_exhaustive()
    }
}
#[allow(deprecated)]
impl TableExistsWaiter {
    /// How long to wait in all before giving up with `MaxWaitExceeded` (default 300 s).
    pub fn max_wait(mut self, max_wait: std::time::Duration) -> Self {
        self.max_wait = max_wait;
        self
    }
    /// The least delay between attempts (the model's, unless set).
    pub fn min_delay(mut self, min_delay: std::time::Duration) -> Self {
        self.min_delay = min_delay;
        self
    }
    /// The most delay between attempts (the model's, unless set).
    pub fn max_delay(mut self, max_delay: std::time::Duration) -> Self {
        self.max_delay = max_delay;
        self
    }
    /// How to sleep between attempts (default `tokio::time::sleep`); tests
    /// pass one that records the delays and returns at once.
    pub fn sleep_impl(mut self, sleep: sdk_runtime::waiters::Sleep) -> Self {
        self.sleep = sleep;
        self
    }
    /// Sends the operation until an acceptor says success (the output it
    /// matched) or failure, an error matches no acceptor, or the maximum wait passes.
    pub async fn send(
        self,
    ) -> Result<
        crate::operation::describe_table::DescribeTableOutput,
        sdk_runtime::waiters::WaiterError<
            crate::operation::describe_table::DescribeTableOutput,
            crate::operation::describe_table::DescribeTableError,
        >,
    > {
        use sdk_runtime::waiters as w;
        let config = w::WaiterConfig {
            min_delay: self.min_delay,
            max_delay: self.max_delay,
            max_wait: self.max_wait,
            sleep: self.sleep,
        };
        let builder = self.inner;
        let last = w::wait(
                config,
                || builder.clone().send(),
                |
                    result: &Result<
                        crate::operation::describe_table::DescribeTableOutput,
                        sdk_runtime::client::SdkError<
                            crate::operation::describe_table::DescribeTableError,
                        >,
                    >|
                {
                    if matches!(
                        result, Ok(output) if w::Comparator::StringEquals.matches(&
                        output.table.as_ref().and_then(| v | v.status.as_ref())
                        .map_or(w::Value::Null, | v | w::Value::from(v.as_str())),
                        "ACTIVE")
                    ) {
                        return Some(w::AcceptorState::Success);
                    }
                    if matches!(
                        result, Ok(output) if w::Comparator::StringEquals.matches(&
                        output.table.as_ref().and_then(| v | v.status.as_ref())
                        .map_or(w::Value::Null, | v | w::Value::from(v.as_str())),
                        "FAILED")
                    ) {
                        return Some(w::AcceptorState::Failure);
                    }
                    if matches!(result, Err(e) if e.code() == Some("ResourceNotFound")) {
                        return Some(w::AcceptorState::Retry);
                    }
                    None
                },
            )
            .await?;
        last.map_err(w::WaiterError::Operation)
    }
    /// The `name` member.
    pub fn name(mut self, input: impl Into<String>) -> Self {
        self.inner.inner.name = Some(input.into());
        self
    }
    /// Sets `name`, or clears it with `None`.
    pub fn set_name(mut self, input: Option<String>) -> Self {
        self.inner.inner.name = input;
        self
    }
    /// The value set for `name`, if any.
    pub fn get_name(&self) -> &Option<String> {
        &self.inner.inner.name
    }
}
#[allow(deprecated)]
impl crate::Client {
    /// Waits until `DescribeTable` says so: see [`TableNotExistsWaiter`].
    #[deprecated(note = "The model deprecates this waiter.")]
    pub fn wait_until_table_not_exists(&self) -> TableNotExistsWaiter {
        TableNotExistsWaiter {
            inner: self.describe_table(),
            min_delay: std::time::Duration::from_secs(2u64),
            max_delay: std::time::Duration::from_secs(120u64),
            max_wait: std::time::Duration::from_secs(300),
            sleep: sdk_runtime::waiters::tokio_sleep(),
        }
    }
}
/// Waits until the table is gone.
///
/// Sends `DescribeTable` until an acceptor of the model's `TableNotExists` waiter decides, waiting between attempts from 2 s doubling up to 120 s (random within that), for at most `max_wait` (default 300 s) in all.
#[derive(Clone)]
#[allow(deprecated)]
pub struct TableNotExistsWaiter {
    inner: crate::operation::describe_table::builders::DescribeTableFluentBuilder,
    min_delay: std::time::Duration,
    max_delay: std::time::Duration,
    max_wait: std::time::Duration,
    sleep: sdk_runtime::waiters::Sleep,
}
#[allow(deprecated)]
impl std::fmt::Debug for TableNotExistsWaiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(TableNotExistsWaiter))
            .field("input", self.inner.as_input())
            .field("min_delay", &self.min_delay)
            .field("max_delay", &self.max_delay)
            .field("max_wait", &self.max_wait)
            .finish_non_exhaustive()
    }
}
#[allow(deprecated)]
impl TableNotExistsWaiter {
    /// How long to wait in all before giving up with `MaxWaitExceeded` (default 300 s).
    pub fn max_wait(mut self, max_wait: std::time::Duration) -> Self {
        self.max_wait = max_wait;
        self
    }
    /// The least delay between attempts (the model's, unless set).
    pub fn min_delay(mut self, min_delay: std::time::Duration) -> Self {
        self.min_delay = min_delay;
        self
    }
    /// The most delay between attempts (the model's, unless set).
    pub fn max_delay(mut self, max_delay: std::time::Duration) -> Self {
        self.max_delay = max_delay;
        self
    }
    /// How to sleep between attempts (default `tokio::time::sleep`); tests
    /// pass one that records the delays and returns at once.
    pub fn sleep_impl(mut self, sleep: sdk_runtime::waiters::Sleep) -> Self {
        self.sleep = sleep;
        self
    }
    /// Sends the operation until an acceptor says success or failure, an error
    /// matches no acceptor, or the maximum wait passes. Success is the result
    /// the success acceptor matched: an output, or the error it names.
    pub async fn send(
        self,
    ) -> Result<
        Result<
            crate::operation::describe_table::DescribeTableOutput,
            sdk_runtime::client::SdkError<
                crate::operation::describe_table::DescribeTableError,
            >,
        >,
        sdk_runtime::waiters::WaiterError<
            crate::operation::describe_table::DescribeTableOutput,
            crate::operation::describe_table::DescribeTableError,
        >,
    > {
        use sdk_runtime::waiters as w;
        let config = w::WaiterConfig {
            min_delay: self.min_delay,
            max_delay: self.max_delay,
            max_wait: self.max_wait,
            sleep: self.sleep,
        };
        let builder = self.inner;
        let last = w::wait(
                config,
                || builder.clone().send(),
                |
                    result: &Result<
                        crate::operation::describe_table::DescribeTableOutput,
                        sdk_runtime::client::SdkError<
                            crate::operation::describe_table::DescribeTableError,
                        >,
                    >|
                {
                    if matches!(result, Err(e) if e.code() == Some("ResourceNotFound")) {
                        return Some(w::AcceptorState::Success);
                    }
                    if result.is_ok() {
                        return Some(w::AcceptorState::Retry);
                    }
                    None
                },
            )
            .await?;
        Ok(last)
    }
    /// The `name` member.
    pub fn name(mut self, input: impl Into<String>) -> Self {
        self.inner.inner.name = Some(input.into());
        self
    }
    /// Sets `name`, or clears it with `None`.
    pub fn set_name(mut self, input: Option<String>) -> Self {
        self.inner.inner.name = input;
        self
    }
    /// The value set for `name`, if any.
    pub fn get_name(&self) -> &Option<String> {
        &self.inner.inner.name
    }
}
