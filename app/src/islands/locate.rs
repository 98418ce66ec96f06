use leptos::prelude::*;

/// "Use my location": asks the browser for the position, rounds it to two
/// decimals (about 1 km) on the device and opens the search for it. Without
/// JavaScript the button is never shown; the place field does the job.
#[island]
pub fn LocateMe(
    lang: String,
    filters: Vec<(String, String)>,
    label: String,
    failed: String,
) -> impl IntoView {
    let (available, set_available) = signal(false);
    let (error, set_error) = signal(None::<String>);
    Effect::new(move |_| set_available.set(true));

    let locate = move |_| {
        #[cfg(feature = "hydrate")]
        locate_and_go(lang.clone(), filters.clone(), failed.clone(), set_error);
        #[cfg(not(feature = "hydrate"))]
        let _ = (&lang, &filters, &failed, set_error);
    };

    view! {
        <div class="locate" hidden=move || !available.get()>
            <button type="button" class="secondary" on:click=locate>{label}</button>
            <p class="error" role="alert">{move || error.get()}</p>
        </div>
    }
}

#[cfg(feature = "hydrate")]
fn locate_and_go(
    lang: String,
    filters: Vec<(String, String)>,
    failed: String,
    set_error: WriteSignal<Option<String>>,
) {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;

    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(geolocation) = window.navigator().geolocation() else {
        set_error.set(Some(failed));
        return;
    };
    let on_position = Closure::once_into_js(move |position: web_sys::Position| {
        let coords = position.coords();
        let round = |x: f64| (x * 100.0).round() / 100.0;
        let mut url = format!(
            "/{lang}?lat={:.2}&lon={:.2}",
            round(coords.latitude()),
            round(coords.longitude())
        );
        for (key, value) in filters {
            url.push_str(&format!(
                "&{}={}",
                crate::url::encode_component(&key),
                crate::url::encode_component(&value)
            ));
        }
        if let Some(window) = web_sys::window() {
            let _ = window.location().set_href(&url);
        }
    });
    let on_error = Closure::once_into_js(move |_: web_sys::PositionError| {
        set_error.set(Some(failed));
    });
    let _ = geolocation.get_current_position_with_error_callback(
        on_position.unchecked_ref(),
        Some(on_error.unchecked_ref()),
    );
}
