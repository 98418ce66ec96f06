use leptos::prelude::*;

/// "Alert someone I trust" on Help now. Without JavaScript: an `sms:` link
/// with the message and no number (the person picks the recipient in their
/// SMS app). With it: a number saved on this phone only, and the location
/// rounded to about 100 m if they ask, both put into the same link. Nothing
/// of it ever reaches the server.
#[island]
pub fn TrustedAlert(words: Vec<(String, String)>) -> impl IntoView {
    let word = {
        let words = words.clone();
        move |key: &str| {
            words
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, w)| w.clone())
                .unwrap_or_default()
        }
    };
    let (scripted, set_scripted) = signal(false);
    let (saved, set_saved) = signal(String::new());
    let (typed, set_typed) = signal(String::new());
    let (near, set_near) = signal(None::<(f64, f64)>);
    let (status, set_status) = signal(None::<String>);
    Effect::new(move |_| {
        set_scripted.set(true);
        let number = storage::load();
        set_typed.set(number.clone());
        set_saved.set(number);
    });
    let (plain, located) = (word("alert-message"), word("alert-message-location"));
    let href = move || {
        let message = match near.get() {
            Some((lat, lon)) => located
                .replace("{lat}", &format!("{lat:.3}"))
                .replace("{lon}", &format!("{lon:.3}")),
            None => plain.clone(),
        };
        sms_link(&saved.get(), &message)
    };
    let save = {
        let (saved_text, bad) = (word("alert-saved"), word("alert-bad-number"));
        move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            match phone_number(&typed.get()) {
                Some(number) => {
                    storage::save(&number);
                    set_saved.set(number);
                    set_status.set(Some(saved_text.clone()));
                }
                None => set_status.set(Some(bad.clone())),
            }
        }
    };
    let forget = move |_| {
        storage::forget();
        set_saved.set(String::new());
        set_typed.set(String::new());
        set_status.set(None);
    };
    let locate = {
        let (added, failed) = (word("alert-location-added"), word("alert-location-failed"));
        move |_| locate_rounded(set_near, set_status, added.clone(), failed.clone())
    };
    view! {
        <section class="alert" aria-labelledby="alert-title">
            <h2 id="alert-title">{word("alert-title")}</h2>
            <p>{word("alert-lead")}</p>
            <a class="call" id="alert-sms" href=href>{word("alert-send")}</a>
            <div class="alert-setup" hidden=move || !scripted.get()>
                <p>{word("alert-lead-saved")}</p>
                <form class="trusted" on:submit=save>
                    <label for="trusted-number">{word("alert-number-label")}</label>
                    <input
                        id="trusted-number"
                        type="tel"
                        inputmode="tel"
                        autocomplete="off"
                        prop:value=move || typed.get()
                        on:input=move |event| set_typed.set(event_target_value(&event))
                    />
                    <button type="submit" class="secondary">{word("alert-save")}</button>
                    <button type="button" class="secondary" id="trusted-forget" on:click=forget>
                        {word("alert-forget")}
                    </button>
                </form>
                <button type="button" class="secondary" id="alert-location" on:click=locate>
                    {word("alert-location")}
                </button>
                <p role="status" id="alert-status">{move || status.get()}</p>
            </div>
        </section>
    }
}

/// A typed phone number, kept as digits with an optional leading `+`;
/// `None` unless it has 3 to 15 digits and nothing but spaces, dashes,
/// dots and brackets around them.
pub fn phone_number(typed: &str) -> Option<String> {
    let typed = typed.trim();
    let (plus, rest) = match typed.strip_prefix('+') {
        Some(rest) => ("+", rest),
        None => ("", typed),
    };
    if !rest
        .chars()
        .all(|c| c.is_ascii_digit() || " -.()".contains(c))
    {
        return None;
    }
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    (3..=15)
        .contains(&digits.len())
        .then(|| format!("{plus}{digits}"))
}

/// An `sms:` link to `number` (none: the SMS app asks) with `message`.
pub fn sms_link(number: &str, message: &str) -> String {
    format!(
        "sms:{number}?body={}",
        crate::url::encode_component(message)
    )
}

/// The trusted number lives in this browser's storage only, never sent
/// anywhere; quick exit (`quick-exit.js`) removes it.
#[cfg(feature = "hydrate")]
mod storage {
    const STORAGE_KEY: &str = "senim-trusted-number";

    fn local() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }

    pub fn load() -> String {
        local()
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
            .unwrap_or_default()
    }

    pub fn save(number: &str) {
        if let Some(storage) = local() {
            let _ = storage.set_item(STORAGE_KEY, number);
        }
    }

    pub fn forget() {
        if let Some(storage) = local() {
            let _ = storage.remove_item(STORAGE_KEY);
        }
    }
}

#[cfg(not(feature = "hydrate"))]
mod storage {
    pub fn load() -> String {
        String::new()
    }
    pub fn save(_: &str) {}
    pub fn forget() {}
}

/// Asks the browser for the position and keeps it rounded to three decimals
/// (about 100 m), on the device only.
fn locate_rounded(
    set_near: WriteSignal<Option<(f64, f64)>>,
    set_status: WriteSignal<Option<String>>,
    added: String,
    failed: String,
) {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        use wasm_bindgen::closure::Closure;
        let Some(geolocation) = web_sys::window().and_then(|w| w.navigator().geolocation().ok())
        else {
            set_status.set(Some(failed));
            return;
        };
        let on_position = Closure::once_into_js(move |position: web_sys::Position| {
            let coords = position.coords();
            let round = |x: f64| (x * 1000.0).round() / 1000.0;
            set_near.set(Some((round(coords.latitude()), round(coords.longitude()))));
            set_status.set(Some(added));
        });
        let on_error = Closure::once_into_js(move |_: web_sys::PositionError| {
            set_status.set(Some(failed));
        });
        let _ = geolocation.get_current_position_with_error_callback(
            on_position.unchecked_ref(),
            Some(on_error.unchecked_ref()),
        );
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (set_near, set_status, added, failed);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_kept_as_digits_and_nonsense_refused() {
        assert_eq!(
            phone_number(" +7 (701) 234-56-78 "),
            Some("+77012345678".into())
        );
        assert_eq!(phone_number("112"), Some("112".into()));
        assert_eq!(phone_number("12"), None);
        assert_eq!(phone_number("call me"), None);
        assert_eq!(phone_number("+7 701 ?"), None);
        assert_eq!(phone_number("1234567890123456"), None);
    }

    #[test]
    fn the_link_carries_the_number_and_the_message() {
        assert_eq!(
            sms_link("+77012345678", "Help me"),
            "sms:+77012345678?body=Help%20me"
        );
        assert_eq!(sms_link("", "Help"), "sms:?body=Help");
    }
}
