//! Settlements as the pages show them: in the page's language, with their
//! other spellings for the place picker.

use crate::domain::index::gazetteer::Place;
use crate::state::AppState;
use app::i18n::Lang;
use app::model::PlaceOption;

/// A settlement's name in `lang` (sites store the English name).
pub fn city_name(app: &AppState, city: &str, lang: Lang) -> String {
    app.gazetteer
        .find(city)
        .map_or_else(|| city.to_string(), |place| place.name(lang).to_string())
}

/// A settlement as the place picker offers it.
pub fn place_option(place: &Place, lang: Lang) -> PlaceOption {
    let name = place.name(lang).to_string();
    let mut other_names: Vec<String> = Lang::ALL
        .into_iter()
        .filter(|other| other.names_in() == *other)
        .map(|other| place.name(other).to_string())
        .filter(|other| *other != name)
        .collect();
    other_names.dedup();
    PlaceOption {
        name,
        region: place.region(lang).to_string(),
        other_names,
    }
}
