//! The pages a person uses, which the real service serves elsewhere (the
//! AWS access portal): the device approval page at `/device`, the
//! authorization page at `/authorize`, and `/_local/approve`, an API that
//! approves or denies a user code so tests need no browser.

use crate::oidc::{normalize_user_code, CodeProblem, Oidc, PendingSignIn};
use bytes::Bytes;
use http::{Method, StatusCode};
use sdk_runtime::server::{Body, ResponseBody};

/// What the pages read request bodies from: hyper's `Incoming` when served,
/// any body in tests and fuzzing.
pub trait RequestBody:
    Body<Data = Bytes, Error: Into<Box<dyn std::error::Error + Send + Sync>>>
{
}

impl<B> RequestBody for B where
    B: Body<Data = Bytes, Error: Into<Box<dyn std::error::Error + Send + Sync>>>
{
}

type Response = http::Response<ResponseBody>;

/// Forms and the approve API are small; anything bigger is not ours.
const FORM_LIMIT: usize = 16 * 1024;

/// The pages' stylesheet, served at [`STYLESHEET_PATH`]: a file of its own so
/// the pages' `Content-Security-Policy` allows no inline style or script.
const STYLESHEET: &str = "\
*{box-sizing:border-box}\
html{-webkit-text-size-adjust:100%}\
body{margin:0;padding:2rem 1rem;font:16px/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;\
color:#16191f;background:#f2f3f3}\
main{max-width:34rem;margin:0 auto;padding:1.5rem;background:#fff;border:1px solid #d5dbdb;\
border-radius:8px}\
h1{font-size:1.5rem;line-height:1.25;margin:0 0 1rem}\
p,dd,li,label{overflow-wrap:anywhere}\
code,.code{font-family:ui-monospace,\"SFMono-Regular\",Menlo,Consolas,monospace}\
.code{display:inline-block;font-size:1.75rem;font-weight:600;letter-spacing:.12em;\
padding:.25rem .75rem;background:#f2f3f3;border:1px solid #d5dbdb;border-radius:6px}\
dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.35rem 1rem;margin:1rem 0}\
dt{font-weight:600;color:#545b64}\
dd{margin:0;min-width:0}\
dd ul{margin:0;padding:0;list-style:none}\
.alert{margin:0 0 1rem;padding:.75rem 1rem;border-left:4px solid #d13212;background:#fdf3f1;\
color:#7d1d0b}\
.outcome{padding:.75rem 1rem;border-left:4px solid #1d8102;background:#f2f8f0}\
.outcome.denied{border-color:#545b64;background:#f2f3f3}\
.hint{color:#545b64;font-size:.95rem}\
label{display:block;font-weight:600;margin-bottom:.35rem}\
input{font:inherit;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:1.25rem;\
letter-spacing:.08em;text-transform:uppercase;width:100%;max-width:16rem;min-height:44px;\
padding:.4rem .75rem;border:1px solid #879596;border-radius:6px}\
input[aria-invalid=true]{border-color:#d13212}\
input::placeholder{color:#879596;text-transform:none}\
.actions{display:flex;flex-wrap:wrap;gap:.75rem;margin-top:1.25rem}\
button{font:inherit;font-weight:600;min-height:44px;min-width:7rem;padding:.5rem 1.25rem;\
border-radius:6px;cursor:pointer}\
.primary{color:#fff;background:#0b5fb3;border:1px solid #0b5fb3}\
.primary:hover{background:#084a8c}\
.secondary{color:#16191f;background:#fff;border:1px solid #545b64}\
.secondary:hover{background:#f2f3f3}\
button:focus-visible,input:focus-visible,a:focus-visible{outline:3px solid #ff9900;outline-offset:2px}\
@media (max-width:30rem){body{padding:1rem .75rem}main{padding:1rem}\
dl{grid-template-columns:minmax(0,1fr)}dd{margin-bottom:.5rem}}\
";

/// Where the pages' stylesheet is served.
pub(crate) const STYLESHEET_PATH: &str = "/_local/pages.css";

/// `GET /_local/pages.css`: the pages' stylesheet.
pub fn stylesheet() -> Response {
    let mut response =
        http::Response::new(ResponseBody::new(Bytes::from_static(STYLESHEET.as_bytes())));
    let headers = response.headers_mut();
    headers.insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("text/css; charset=utf-8"),
    );
    headers.insert(
        http::header::CACHE_CONTROL,
        http::HeaderValue::from_static("max-age=600"),
    );
    headers.insert(
        http::header::X_CONTENT_TYPE_OPTIONS,
        http::HeaderValue::from_static("nosniff"),
    );
    response
}

/// A page whose forms post to this service only.
fn html(status: StatusCode, title: &str, body: &str) -> Response {
    html_with(status, title, body, Some(""))
}

/// A page, with the headers every page gets: no framing by any site (CSP
/// `frame-ancestors 'none'` and `X-Frame-Options: DENY`), no script at all,
/// styles from [`STYLESHEET_PATH`] only, no caching (forms carry tokens), no
/// referrer to other sites (URLs carry codes). Forms may be sent to this
/// service and, after its redirect, to `form_targets` (space-separated
/// origins; browsers hold a redirect after a form to `form-action` too);
/// `None` leaves form targets unrestricted, for a redirect target that
/// cannot be named in the policy.
fn html_with(status: StatusCode, title: &str, body: &str, form_targets: Option<&str>) -> Response {
    let page = format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><link rel=\"stylesheet\" href=\"{STYLESHEET_PATH}\">\
         </head><body><main>\n<h1>{title}</h1>\n{body}\n</main></body></html>\n",
        title = escape(title)
    );
    let mut policy = String::from(
        "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; \
         frame-ancestors 'none'",
    );
    if let Some(targets) = form_targets {
        policy.push_str("; form-action 'self'");
        if !targets.is_empty() {
            policy.push(' ');
            policy.push_str(targets);
        }
    }
    let mut response = http::Response::new(ResponseBody::new(Bytes::from(page)));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    let fixed = [
        (http::header::CONTENT_TYPE, "text/html; charset=utf-8"),
        (http::header::X_FRAME_OPTIONS, "DENY"),
        (http::header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        // Not `no-referrer`: with it a browser sends `Origin: null` on the
        // forms' POSTs, which the cross-site check rightly refuses.
        (http::header::REFERRER_POLICY, "same-origin"),
        (http::header::CACHE_CONTROL, "no-store"),
    ];
    for (name, value) in fixed {
        headers.insert(name, http::HeaderValue::from_static(value));
    }
    // The targets are origins checked by `redirect::origin`: always a valid
    // header value; should one not be, the page still goes out with the
    // policy that allows no form target but this service.
    let value = http::HeaderValue::from_str(&policy).unwrap_or_else(|_| {
        http::HeaderValue::from_static(
            "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; \
             frame-ancestors 'none'; form-action 'self'",
        )
    });
    headers.insert(http::header::CONTENT_SECURITY_POLICY, value);
    response
}

fn redirect(location: &str) -> Response {
    let mut response = http::Response::new(ResponseBody::default());
    *response.status_mut() = StatusCode::FOUND;
    if let Ok(value) = http::HeaderValue::from_str(location) {
        response.headers_mut().insert(http::header::LOCATION, value);
    }
    response
}

fn json(status: StatusCode, body: serde_json::Value) -> Response {
    let mut response = http::Response::new(ResponseBody::new(Bytes::from(body.to_string())));
    *response.status_mut() = status;
    response.headers_mut().insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("application/json"),
    );
    response
}

/// Escapes text for HTML element content and attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The query string and (for POST) the form body, as one list of pairs.
async fn form_fields(
    request: http::Request<impl RequestBody>,
) -> Result<Vec<(String, String)>, Response> {
    let (parts, body) = request.into_parts();
    let mut fields: Vec<(String, String)> =
        form_urlencoded::parse(parts.uri.query().unwrap_or_default().as_bytes())
            .into_owned()
            .collect();
    if parts.method == Method::POST {
        let body = sdk_runtime::server::read_body(body, &parts.headers, FORM_LIMIT)
            .await
            .map_err(|e| {
                html(
                    StatusCode::BAD_REQUEST,
                    "Bad request",
                    &escape(&e.to_string()),
                )
            })?;
        fields.extend(form_urlencoded::parse(&body).into_owned());
    }
    Ok(fields)
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .filter(|v| !v.is_empty())
}

/// Whether a browser tells us the request was made by a page of another
/// site: `Sec-Fetch-Site` other than same-origin (or none, typed by the
/// user), or an `Origin` that is neither the service's own address nor the
/// loopback host the request was sent to. A request without either header
/// (curl, an SDK, a test) is not a browser's and passes.
fn cross_site(headers: &http::HeaderMap, base_url: &str) -> bool {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if header("sec-fetch-site").is_some_and(|site| site != "same-origin" && site != "none") {
        return true;
    }
    let Some(origin) = headers.get(http::header::ORIGIN) else {
        return false;
    };
    let Ok(origin) = origin.to_str() else {
        return true;
    };
    if origin == base_url {
        return false;
    }
    // Reached as localhost or [::1] instead of the address in base_url; a
    // foreign host name (DNS rebinding) is not loopback and stays refused.
    let own = header("host").map(|host| format!("http://{host}"));
    !(own.as_deref() == Some(origin) && crate::redirect::is_loopback_http(origin))
}

/// The refusal of a form submission that did not come from this service's
/// own page: sent from another site, or without the token the page gave for
/// `subject`. `None` when the submission is genuine.
fn forged(
    oidc: &Oidc,
    foreign: bool,
    fields: &[(String, String)],
    subject: &[&str],
) -> Option<Response> {
    if foreign {
        return Some(forbidden(
            "Sign-ins are approved from this service's own pages only.",
        ));
    }
    let token = field(fields, "form_token").unwrap_or_default();
    (!oidc.check_form_token(subject, token)).then(|| {
        forbidden(
            "This form did not come from this service, or the service has restarted \
             since it was shown. Start the sign-in again.",
        )
    })
}

fn forbidden(message: &str) -> Response {
    html(
        StatusCode::FORBIDDEN,
        "Request refused",
        &format!("<p>{}</p>", escape(message)),
    )
}

/// `/device`: enter or confirm a user code, then approve or deny it. The
/// confirmation form carries a token bound to its code, and a submission from
/// another site is refused, so a page the user visits cannot approve a code
/// it knows.
///
/// A code is taken in any case, with or without its dash. A wrong, expired or
/// used code brings back the entry form with a message saying which, and the
/// code as typed.
pub async fn device(oidc: &Oidc, request: http::Request<impl RequestBody>) -> Response {
    let post = request.method() == Method::POST;
    let foreign = cross_site(request.headers(), &oidc.settings().base_url);
    let fields = match form_fields(request).await {
        Ok(fields) => fields,
        Err(response) => return response,
    };
    let typed = field(&fields, "user_code");
    if !post {
        return match typed {
            None => code_form(StatusCode::OK, "", None),
            Some(typed) => match oidc.pending_sign_in(typed) {
                Ok(sign_in) => confirm_page(oidc, &sign_in),
                Err(problem) => code_form(problem_status(problem), typed, Some(problem)),
            },
        };
    }
    let Some(typed) = typed else {
        return code_form(StatusCode::BAD_REQUEST, "", None);
    };
    let user_code = normalize_user_code(typed);
    if let Some(refused) = forged(oidc, foreign, &fields, &["device", &user_code]) {
        return refused;
    }
    let approve = match field(&fields, "action") {
        Some("approve") => true,
        Some("deny") => false,
        _ => {
            return html(
                StatusCode::BAD_REQUEST,
                "Bad request",
                "<p>Choose Approve or Deny.</p>",
            )
        }
    };
    match oidc.decide_sign_in(&user_code, approve) {
        Ok(()) if approve => html(
            StatusCode::OK,
            "Sign-in approved",
            &format!(
                "<p class=\"outcome\" role=\"status\">You approved the sign-in with code \
                 <code>{}</code>.</p><p>Return to your terminal: the application finishes \
                 signing in by itself. You can close this window.</p>",
                escape(&user_code)
            ),
        ),
        Ok(()) => html(
            StatusCode::OK,
            "Sign-in denied",
            &format!(
                "<p class=\"outcome denied\" role=\"status\">You denied the sign-in with code \
                 <code>{}</code>. The application gets no access.</p>\
                 <p>You can close this window.</p>",
                escape(&user_code)
            ),
        ),
        Err(problem) => code_form(problem_status(problem), typed, Some(problem)),
    }
}

fn problem_status(problem: CodeProblem) -> StatusCode {
    match problem {
        CodeProblem::Unknown => StatusCode::NOT_FOUND,
        CodeProblem::Expired => StatusCode::GONE,
        CodeProblem::Used => StatusCode::CONFLICT,
    }
}

fn problem_message(problem: CodeProblem) -> &'static str {
    match problem {
        CodeProblem::Unknown => {
            "That code is not right: no sign-in is waiting for it. Check it against the code \
             shown in your terminal and try again."
        }
        CodeProblem::Expired => {
            "That code has expired. Start the sign-in again in your terminal to get a new code."
        }
        CodeProblem::Used => {
            "That code was already used: its sign-in was approved or denied. To sign in again, \
             start a new sign-in in your terminal."
        }
    }
}

/// The code entry form, with what was typed and, after a failed attempt, why.
fn code_form(status: StatusCode, typed: &str, problem: Option<CodeProblem>) -> Response {
    let (alert, invalid) = match problem {
        Some(problem) => (
            format!(
                "<p class=\"alert\" id=\"code-error\" role=\"alert\">{}</p>",
                problem_message(problem)
            ),
            " aria-invalid=\"true\" aria-describedby=\"code-error\"",
        ),
        None => (String::new(), ""),
    };
    html(
        status,
        "Sign in",
        &format!(
            "{alert}<form method=\"get\" action=\"/device\">\
             <label for=\"user_code\">Code shown by the application</label>\
             <input id=\"user_code\" name=\"user_code\" value=\"{typed}\" placeholder=\"XXXX-XXXX\" \
             autocomplete=\"off\" autocapitalize=\"characters\" spellcheck=\"false\" \
             maxlength=\"64\" required autofocus{invalid}>\
             <div class=\"actions\"><button class=\"primary\">Next</button></div></form>",
            typed = escape(typed),
        ),
    )
}

/// What a sign-in is for, then Approve (the primary action) or Deny.
fn confirm_page(oidc: &Oidc, sign_in: &PendingSignIn) -> Response {
    let code = escape(&sign_in.user_code);
    let name = if sign_in.client_name.is_empty() {
        "(no name)".to_owned()
    } else {
        escape(&sign_in.client_name)
    };
    html(
        StatusCode::OK,
        "Approve sign-in",
        &format!(
            "<p>Check that this code matches the one in your terminal:</p>\
             <p><span class=\"code\" id=\"user-code\">{code}</span></p>\
             <dl><dt>Application</dt><dd id=\"client-name\">{name}</dd>\
             <dt>Access</dt><dd id=\"scopes\">{scopes}</dd>\
             <dt>Start URL</dt><dd id=\"start-url\">{start_url}</dd>\
             <dt>Expires in</dt><dd id=\"time-left\">{left}</dd></dl>\
             <p class=\"hint\">Approve only if you started this sign-in yourself.</p>\
             <form method=\"post\" action=\"/device\">\
             <input type=\"hidden\" name=\"user_code\" value=\"{code}\">\
             <input type=\"hidden\" name=\"form_token\" value=\"{token}\">\
             <div class=\"actions\">\
             <button class=\"primary\" name=\"action\" value=\"approve\">Approve</button>\
             <button class=\"secondary\" name=\"action\" value=\"deny\">Deny</button>\
             </div></form>",
            scopes = scope_list(&sign_in.scopes),
            start_url = escape(&sign_in.start_url),
            left = time_left(sign_in.expires_in),
            token = oidc.form_token(&["device", &sign_in.user_code]),
        ),
    )
}

fn scope_list(scopes: &[String]) -> String {
    if scopes.is_empty() {
        return "No scopes named".to_owned();
    }
    let items: String = scopes
        .iter()
        .map(|s| format!("<li><code>{}</code></li>", escape(s)))
        .collect();
    format!("<ul>{items}</ul>")
}

/// `9 min 05 s`, or `42 s` under a minute.
fn time_left(left: std::time::Duration) -> String {
    let secs = left.as_secs();
    match (secs / 60, secs % 60) {
        (0, s) => format!("{s} s"),
        (m, s) => format!("{m} min {s:02} s"),
    }
}

/// `/authorize`: the authorization code grant with PKCE. GET shows the
/// request; POST with `action=approve` redirects back with a code.
///
/// Nothing is shown or redirected until the client is known and the redirect
/// URI is one it registered: an unknown client or URI gets an error page here,
/// never a redirect (no open redirect). The consent form carries a token bound
/// to what it asks, and a submission from another site is refused.
pub async fn authorize(oidc: &Oidc, request: http::Request<impl RequestBody>) -> Response {
    let post = request.method() == Method::POST;
    let foreign = cross_site(request.headers(), &oidc.settings().base_url);
    let fields = match form_fields(request).await {
        Ok(fields) => fields,
        Err(response) => return response,
    };
    let (Some(client_id), Some(redirect_uri)) =
        (field(&fields, "client_id"), field(&fields, "redirect_uri"))
    else {
        return html(
            StatusCode::BAD_REQUEST,
            "Bad request",
            "<p>client_id and redirect_uri are required.</p>",
        );
    };
    if field(&fields, "response_type").is_some_and(|t| t != "code") {
        return html(
            StatusCode::BAD_REQUEST,
            "Bad request",
            "<p>Only response_type=code is supported.</p>",
        );
    }
    let client_name = match oidc.check_redirect(client_id, redirect_uri) {
        Ok(name) => name,
        Err(refusal) => return cannot_authorize(&refusal),
    };
    let scopes: Vec<String> = fields
        .iter()
        .filter(|(k, _)| k == "scopes" || k == "scope")
        .flat_map(|(_, v)| {
            v.split([' ', ','])
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        })
        .collect();
    let state = field(&fields, "state");
    let challenge = field(&fields, "code_challenge").unwrap_or_default();
    let method = field(&fields, "code_challenge_method").unwrap_or("plain");
    let joined_scopes = scopes.join(" ");
    let subject = [
        "authorize",
        client_id,
        redirect_uri,
        challenge,
        method,
        &joined_scopes,
        state.unwrap_or_default(),
    ];
    if !post {
        let hidden: String = fields
            .iter()
            .filter(|(k, _)| k != "action" && k != "form_token")
            .map(|(k, v)| {
                format!(
                    "<input type=\"hidden\" name=\"{}\" value=\"{}\">",
                    escape(k),
                    escape(v)
                )
            })
            .collect();
        let target = crate::redirect::origin(redirect_uri);
        let host = target
            .as_deref()
            .map(|o| o.split_once("://").map_or(o, |(_, host)| host))
            .unwrap_or(redirect_uri);
        let here = if crate::redirect::is_loopback_http(redirect_uri) {
            " (an application on this computer)"
        } else {
            ""
        };
        let name = escape(&client_name);
        return html_with(
            StatusCode::OK,
            "Authorize application",
            &format!(
                "<p><strong id=\"client-name\">{name}</strong> asks to sign in with your \
                 identity.</p>\
                 <dl><dt>Application</dt><dd>{name}</dd>\
                 <dt>Client ID</dt><dd><code>{id}</code></dd>\
                 <dt>Access</dt><dd id=\"scopes\">{scopes}</dd>\
                 <dt>Then goes to</dt><dd id=\"redirect-host\"><code>{host}</code>{here}</dd></dl>\
                 <p class=\"hint\">Allow only if you started this sign-in yourself.</p>\
                 <form method=\"post\" action=\"/authorize\">{hidden}\
                 <input type=\"hidden\" name=\"form_token\" value=\"{token}\">\
                 <div class=\"actions\">\
                 <button class=\"primary\" name=\"action\" value=\"approve\">Allow</button>\
                 <button class=\"secondary\" name=\"action\" value=\"deny\">Deny</button>\
                 </div></form>",
                id = escape(client_id),
                scopes = scope_list(&scopes),
                host = escape(host),
                token = oidc.form_token(&subject),
            ),
            // The answer to this form redirects there: a browser holds a
            // redirect after a form to the page's form-action too.
            target.as_deref(),
        );
    }
    if let Some(refused) = forged(oidc, foreign, &fields, &subject) {
        return refused;
    }
    // The client and redirect URI were checked above: sending the browser
    // back there, with a code or an error, is what the client asked for.
    let back = |pairs: &[(&str, &str)]| {
        let mut query = form_urlencoded::Serializer::new(String::new());
        for (k, v) in pairs {
            query.append_pair(k, v);
        }
        if let Some(state) = state {
            query.append_pair("state", state);
        }
        let separator = if redirect_uri.contains('?') { '&' } else { '?' };
        redirect(&format!("{redirect_uri}{separator}{}", query.finish()))
    };
    if field(&fields, "action") != Some("approve") {
        return back(&[("error", "access_denied")]);
    }
    match oidc.authorize(client_id, redirect_uri, scopes, challenge, method) {
        Ok(code) => back(&[("code", &code)]),
        // Never redirect to a URI that was not checked: show the problem here.
        Err(refusal) => cannot_authorize(&refusal),
    }
}

/// The error page of `/authorize`: no consent form and no redirect.
fn cannot_authorize(refusal: &crate::oidc::Refusal) -> Response {
    use crate::oidc::RefusalKind;
    let what = match refusal.kind {
        RefusalKind::InvalidClient => {
            "This application is not registered with this service, or its registration has \
             expired."
        }
        RefusalKind::InvalidRedirectUri => {
            "This application asked to send you to an address it did not register, so the \
             sign-in was stopped here."
        }
        RefusalKind::UnauthorizedClient => {
            "This application is not registered for this kind of sign-in."
        }
        _ => "The application's sign-in request cannot be completed.",
    };
    html(
        StatusCode::BAD_REQUEST,
        "Cannot sign in",
        &format!(
            "<p class=\"alert\" role=\"alert\">{what}</p>\
             <p class=\"hint\">Details for the application's developer: <code>{}</code>: {}</p>",
            refusal.kind.oauth_code(),
            escape(&refusal.description)
        ),
    )
}

/// `POST /_local/approve` with `{"userCode": "…", "approve": true}` (approve
/// defaults to true): decides a device sign-in without the page.
///
/// Only `application/json` is accepted, which a page of another site cannot
/// send without a CORS preflight this service never grants, and a request a
/// browser marks as coming from another site is refused outright.
pub async fn approve_api(oidc: &Oidc, request: http::Request<impl RequestBody>) -> Response {
    let (parts, body) = request.into_parts();
    if cross_site(&parts.headers, &oidc.settings().base_url) {
        return json(
            StatusCode::FORBIDDEN,
            serde_json::json!({"message": "requests from another site's pages are refused"}),
        );
    }
    if sdk_runtime::server::check_media_type(&parts.headers, "application/json").is_err() {
        return json(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            serde_json::json!({"message": "the body must be application/json"}),
        );
    }
    let body = match sdk_runtime::server::read_body(body, &parts.headers, FORM_LIMIT).await {
        Ok(body) => body,
        Err(error) => return error.into_response(),
    };
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(&body) else {
        return json(
            StatusCode::BAD_REQUEST,
            serde_json::json!({"message": "the body must be JSON: {\"userCode\": \"XXXX-XXXX\"}"}),
        );
    };
    let Some(user_code) = value["userCode"].as_str() else {
        return json(
            StatusCode::BAD_REQUEST,
            serde_json::json!({"message": "userCode (a string) is required"}),
        );
    };
    let approve = value["approve"].as_bool().unwrap_or(true);
    if oidc.decide(user_code, approve) {
        json(
            StatusCode::OK,
            serde_json::json!({"userCode": user_code, "approved": approve}),
        )
    } else {
        json(
            StatusCode::NOT_FOUND,
            serde_json::json!({"message": "no sign-in is waiting for this user code"}),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn html_is_escaped() {
        assert_eq!(
            escape("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }
}
