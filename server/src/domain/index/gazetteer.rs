//! Settlements of Kazakhstan (GeoNames, CC BY 4.0; `data/kz_places.csv`), for
//! "I am in Taraz" instead of sharing a position.

use super::latlon::LatLon;
use serde::Deserialize;
use std::collections::HashMap;
use vocabulary::Lang;

#[derive(Clone, Debug)]
pub struct Place {
    pub name_en: String,
    pub name_ru: String,
    pub name_kk: String,
    pub region_en: String,
    pub region_ru: String,
    pub region_kk: String,
    pub location: LatLon,
    pub population: u64,
    /// Every known spelling, folded for matching (see [`fold`]).
    spellings: Vec<String>,
}

impl Place {
    pub fn name(&self, lang: Lang) -> &str {
        match lang.names_in() {
            Lang::Kk => &self.name_kk,
            Lang::En => &self.name_en,
            _ => &self.name_ru,
        }
    }

    pub fn region(&self, lang: Lang) -> &str {
        match lang.names_in() {
            Lang::Kk => &self.region_kk,
            Lang::En => &self.region_en,
            _ => &self.region_ru,
        }
    }
}

#[derive(Deserialize)]
struct Row {
    name: String,
    names_kk_likely: String,
    names_cyrillic_plain: String,
    lat: f64,
    lon: f64,
    population: u64,
    region_en: String,
    region_ru: String,
    region_kk: String,
}

pub struct Gazetteer {
    /// Largest first.
    places: Vec<Place>,
    /// Each folded spelling's largest place (a position in `places`).
    by_spelling: HashMap<String, usize>,
}

/// The settlements shipped with Senim (`data/kz_places.csv`), read once.
pub fn kazakhstan() -> &'static Gazetteer {
    static SHIPPED: std::sync::LazyLock<Gazetteer> = std::sync::LazyLock::new(|| {
        Gazetteer::from_csv(include_str!("../../../../data/kz_places.csv"))
            .expect("the shipped gazetteer is valid (its unit tests read it)")
    });
    &SHIPPED
}

impl Gazetteer {
    pub fn from_csv(text: &str) -> Result<Gazetteer, String> {
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let mut places = vec![];
        for row in reader.deserialize::<Row>() {
            let row = row.map_err(|e| format!("gazetteer: {e}"))?;
            let location = LatLon::new(row.lat, row.lon)
                .map_err(|e| format!("gazetteer: {}: {e}", row.name))?;
            let cyrillic: Vec<&str> = split(&row.names_cyrillic_plain);
            let kazakh: Vec<&str> = split(&row.names_kk_likely);
            let name_ru = closest_to(&row.name, &cyrillic)
                .unwrap_or(&row.name)
                .to_string();
            let name_kk = closest_to(&row.name, &kazakh)
                .unwrap_or(&name_ru)
                .to_string();
            let spellings = std::iter::once(row.name.as_str())
                .chain(cyrillic.iter().copied())
                .chain(kazakh.iter().copied())
                .map(fold)
                .collect();
            places.push(Place {
                name_en: row.name,
                name_ru,
                name_kk,
                region_en: row.region_en,
                region_ru: row.region_ru,
                region_kk: row.region_kk,
                location,
                population: row.population,
                spellings,
            });
        }
        places.sort_by_key(|p| std::cmp::Reverse(p.population));
        let mut by_spelling = HashMap::new();
        for (position, place) in places.iter().enumerate() {
            for spelling in &place.spellings {
                by_spelling.entry(spelling.clone()).or_insert(position);
            }
        }
        Ok(Gazetteer {
            places,
            by_spelling,
        })
    }

    /// The largest settlement spelled exactly `name` (case and Kazakh or
    /// Russian letter variants aside).
    pub fn find(&self, name: &str) -> Option<&Place> {
        let position = self.by_spelling.get(&fold(name))?;
        Some(&self.places[*position])
    }

    /// The region (its English name) of the settlement called `name`.
    pub fn region_of(&self, name: &str) -> Option<&str> {
        self.find(name).map(|place| place.region_en.as_str())
    }

    /// Every region's English name, sorted.
    pub fn regions(&self) -> Vec<&str> {
        let mut regions: Vec<&str> = self.places.iter().map(|p| p.region_en.as_str()).collect();
        regions.sort_unstable();
        regions.dedup();
        regions
    }

    /// Every region: its English name (what accounts store) and its name
    /// in `lang`, sorted by the latter.
    pub fn regions_in(&self, lang: Lang) -> Vec<(String, String)> {
        let mut regions: Vec<(String, String)> = self
            .regions()
            .into_iter()
            .filter_map(|en| {
                let place = self.places.iter().find(|p| p.region_en == en)?;
                Some((en.to_string(), place.region(lang).to_string()))
            })
            .collect();
        regions.sort_by(|a, b| a.1.cmp(&b.1));
        regions
    }

    /// Settlements with a spelling that starts with `prefix`, largest first.
    pub fn starting_with(&self, prefix: &str, limit: usize) -> Vec<&Place> {
        let wanted = fold(prefix);
        if wanted.is_empty() {
            return vec![];
        }
        self.places
            .iter()
            .filter(|p| p.spellings.iter().any(|s| s.starts_with(&wanted)))
            .take(limit)
            .collect()
    }

    /// Every settlement, largest first.
    pub fn all(&self) -> &[Place] {
        &self.places
    }

    pub fn len(&self) -> usize {
        self.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }
}

fn split(names: &str) -> Vec<&str> {
    names
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// Lower case, with Kazakh letters and ё folded to their nearest Russian
/// ones, so "Қостанай", "костанай" and "Костанай" match.
fn fold(text: &str) -> String {
    text.trim()
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'ә' => 'а',
            'ғ' => 'г',
            'қ' => 'к',
            'ң' => 'н',
            'ө' => 'о',
            'ұ' | 'ү' => 'у',
            'һ' => 'х',
            'і' => 'и',
            'ё' => 'е',
            '-' => ' ',
            other => other,
        })
        .collect()
}

/// Of several Cyrillic spellings, the one that reads most like the English
/// name: GeoNames lists the current name among historic ones, unmarked.
fn closest_to<'a>(english: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let target = english.to_lowercase();
    candidates
        .iter()
        .min_by_key(|c| edit_distance(&transliterate(c), &target))
        .copied()
}

fn transliterate(cyrillic: &str) -> String {
    fold(cyrillic)
        .chars()
        .map(|c| match c {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'д' => "d",
            'е' => "e",
            'ж' => "zh",
            'з' => "z",
            'и' => "i",
            'й' => "y",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "kh",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ы' => "y",
            'э' => "e",
            'ю' => "yu",
            'я' => "ya",
            'ь' | 'ъ' => "",
            ' ' => "-",
            _ => "?",
        })
        .collect()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gazetteer() -> Gazetteer {
        Gazetteer::from_csv(include_str!("../../../../data/kz_places.csv")).unwrap()
    }

    #[test]
    fn taraz_is_found_in_any_script() {
        let gazetteer = gazetteer();
        for spelling in ["Taraz", "taraz", "Тараз", " ТАРАЗ "] {
            assert_eq!(
                gazetteer.find(spelling).map(|p| p.name_en.as_str()),
                Some("Taraz")
            );
        }
        assert_eq!(
            gazetteer.find("Қостанай").map(|p| p.name_en.as_str()),
            Some("Kostanay")
        );
        assert!(gazetteer.find("Atlantis").is_none());
    }

    #[test]
    fn current_names_are_preferred_over_historic_ones() {
        let gazetteer = gazetteer();
        let almaty = gazetteer.find("Almaty").unwrap();
        assert_eq!(almaty.name_ru, "Алматы");
        assert_eq!(gazetteer.find("Aktobe").unwrap().name_kk, "Ақтөбе");
        assert_eq!(gazetteer.find("Semey").unwrap().name_ru, "Семей");
    }

    #[test]
    fn prefixes_suggest_the_largest_places_first() {
        let gazetteer = gazetteer();
        assert_eq!(gazetteer.len(), 351);
        let found = gazetteer.starting_with("ка", 3);
        assert_eq!(found[0].name_en, "Karagandy");
    }
}
