//! The page's Content-Security-Policy: scripts only from this server or
//! carrying this response's nonce, nothing from any other host.

/// Gives this response a fresh nonce (used by Leptos' inline hydration
/// script) and sends the policy that names it.
pub fn provide_content_security_policy() {
    #[cfg(feature = "ssr")]
    {
        use leptos::prelude::*;
        let nonce = leptos::nonce::Nonce::new();
        if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
            let policy = policy(&nonce);
            if let Ok(value) = http::HeaderValue::from_str(&policy) {
                response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
            }
        }
        provide_context(nonce);
    }
}

/// The policy for a page whose inline scripts carry `nonce`.
pub fn policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; connect-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}
