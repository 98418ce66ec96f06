//! The portal's tables: a caption, a heading a column, then the rows.

use crate::components::t;
use leptos::prelude::*;

/// A table of class `week {kind}` captioned by the message `caption`, with
/// one column a message key in `headings` and `rows` as its body.
pub fn portal_table<const N: usize, V: IntoView>(
    kind: &str,
    caption: &str,
    headings: [&str; N],
    rows: V,
) -> impl IntoView + use<N, V> {
    view! {
        <table class=format!("week {kind}")>
            <caption>{t(caption)}</caption>
            <thead>
                <tr>{headings.map(|key| view! { <th scope="col">{t(key)}</th> })}</tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
