use leptos::prelude::*;

/// With JavaScript, forms that post (booking, find, cancel) are sent in the
/// background and the server's answer replaces this block: no full page
/// reload, and still nothing in the URL. The server renders the answer the
/// same way it does for a plain form post, so there is one way of doing it.
/// Forms marked `data-full-page` (the staff portal's) are left alone.
#[island]
pub fn FormEnhancer(children: Children) -> impl IntoView {
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        #[cfg(feature = "hydrate")]
        enhance::submit(event);
        #[cfg(not(feature = "hydrate"))]
        let _ = event;
    };
    view! { <div id="enhanced" on:submit=on_submit>{children()}</div> }
}

#[cfg(feature = "hydrate")]
mod enhance {
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{
        DomParser, FormData, HtmlFormElement, RequestInit, Response, SupportedType, UrlSearchParams,
    };

    pub fn submit(event: leptos::ev::SubmitEvent) {
        let Some(form) = event
            .target()
            .and_then(|t| t.dyn_into::<HtmlFormElement>().ok())
        else {
            return;
        };
        // Sign-in and the staff forms answer with redirects and cookies:
        // they stay plain posts.
        if form.method().to_lowercase() != "post" || form.has_attribute("data-full-page") {
            return;
        }
        event.prevent_default();
        if let Some(button) = event.submitter() {
            let _ = button.set_attribute("disabled", "");
        }
        leptos::task::spawn_local(async move {
            if send(&form).await.is_err() {
                // Fall back to the plain post.
                let _ = form.submit();
            }
        });
    }

    async fn send(form: &HtmlFormElement) -> Result<(), JsValue> {
        let window = web_sys::window().ok_or(JsValue::NULL)?;
        let data = FormData::new_with_form(form)?;
        let body = UrlSearchParams::new_with_str_sequence_sequence(&data)?;
        let init = RequestInit::new();
        init.set_method("POST");
        init.set_body(&body);
        // The attribute, not `form.action`, which a field named "action" would shadow.
        let action = form.get_attribute("action").ok_or(JsValue::NULL)?;
        let response: Response = JsFuture::from(window.fetch_with_str_and_init(&action, &init))
            .await?
            .dyn_into()?;
        let html = JsFuture::from(response.text()?)
            .await?
            .as_string()
            .ok_or(JsValue::NULL)?;
        let answer = DomParser::new()?.parse_from_string(&html, SupportedType::TextHtml)?;
        let fresh = answer.get_element_by_id("enhanced").ok_or(JsValue::NULL)?;
        let document = window.document().ok_or(JsValue::NULL)?;
        let block = document
            .get_element_by_id("enhanced")
            .ok_or(JsValue::NULL)?;
        block.set_inner_html(&fresh.inner_html());
        // Screen readers and keyboards start again at the new heading.
        if let Some(heading) = block.query_selector("h1")? {
            let _ = heading.set_attribute("tabindex", "-1");
            if let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>() {
                let _ = heading.focus();
            }
        }
        Ok(())
    }
}
