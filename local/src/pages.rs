//! The pages a person uses, which the real service serves elsewhere (the
//! AWS access portal): the device approval page at `/device`, the
//! authorization page at `/authorize`, and `/_local/approve`, an API that
//! approves or denies a user code so tests need no browser.

use crate::oidc::Oidc;
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

fn html(status: StatusCode, title: &str, body: &str) -> Response {
    let page = format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>\
         <style>body{{font-family:sans-serif;max-width:32em;margin:3em auto}}\
         code{{font-size:1.6em;letter-spacing:.1em}}button{{font-size:1em;margin-right:1em}}</style>\
         </head><body><h1>{title}</h1>\n{body}\n</body></html>\n",
        title = escape(title)
    );
    let mut response = http::Response::new(ResponseBody::new(Bytes::from(page)));
    *response.status_mut() = status;
    response.headers_mut().insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("text/html; charset=utf-8"),
    );
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
pub async fn device(oidc: &Oidc, request: http::Request<impl RequestBody>) -> Response {
    let post = request.method() == Method::POST;
    let foreign = cross_site(request.headers(), &oidc.settings().base_url);
    let fields = match form_fields(request).await {
        Ok(fields) => fields,
        Err(response) => return response,
    };
    let user_code = field(&fields, "user_code").map(str::to_ascii_uppercase);
    if post {
        let Some(user_code) = user_code else {
            return html(StatusCode::BAD_REQUEST, "Sign in", "<p>Enter a code.</p>");
        };
        if let Some(refused) = forged(oidc, foreign, &fields, &["device", &user_code]) {
            return refused;
        }
        let approve = field(&fields, "action") == Some("approve");
        return if oidc.decide(&user_code, approve) {
            let what = if approve { "approved" } else { "denied" };
            html(
                StatusCode::OK,
                "Done",
                &format!(
                    "<p>Sign-in <code>{}</code> {what}. You can close this window.</p>",
                    escape(&user_code)
                ),
            )
        } else {
            html(
                StatusCode::NOT_FOUND,
                "Unknown code",
                "<p>No sign-in is waiting for this code. It may have expired or been used.</p>\
                 <p><a href=\"/device\">Try another code</a></p>",
            )
        };
    }
    match user_code {
        Some(code) if oidc.is_pending(&code) => html(
            StatusCode::OK,
            "Approve sign-in",
            &format!(
                "<p>An application asks to sign in with this code:</p><p><code>{code}</code></p>\
                 <form method=\"post\" action=\"/device\">\
                 <input type=\"hidden\" name=\"user_code\" value=\"{code}\">\
                 <input type=\"hidden\" name=\"form_token\" value=\"{token}\">\
                 <button name=\"action\" value=\"approve\">Approve</button>\
                 <button name=\"action\" value=\"deny\">Deny</button></form>",
                token = oidc.form_token(&["device", &code]),
                code = escape(&code),
            ),
        ),
        _ => html(
            StatusCode::OK,
            "Sign in",
            "<form method=\"get\" action=\"/device\"><label>Code shown by the application: \
             <input name=\"user_code\" autocomplete=\"off\" autofocus></label> \
             <button>Next</button></form>",
        ),
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
    if let Err(refusal) = oidc.check_redirect(client_id, redirect_uri) {
        return cannot_authorize(&refusal);
    }
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
        return html(
            StatusCode::OK,
            "Authorize application",
            &format!(
                "<p>Client <code>{}</code> asks for: {}</p>\
                 <form method=\"post\" action=\"/authorize\">{hidden}\
                 <input type=\"hidden\" name=\"form_token\" value=\"{}\">\
                 <button name=\"action\" value=\"approve\">Allow</button>\
                 <button name=\"action\" value=\"deny\">Deny</button></form>",
                escape(client_id),
                escape(&scopes.join(", ")),
                oidc.form_token(&subject),
            ),
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

fn cannot_authorize(refusal: &crate::oidc::Refusal) -> Response {
    html(
        StatusCode::BAD_REQUEST,
        "Cannot authorize",
        &format!(
            "<p>{}: {}</p>",
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
