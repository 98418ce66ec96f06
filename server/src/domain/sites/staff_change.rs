//! A change by a site's own staff to where and how to reach it (address,
//! coordinates, phone): what it was before, until the region's
//! coordinator confirms or undoes it, and how long the public page says
//! "changed by the site's staff".

use super::site::SiteRecord;
use chrono::NaiveDate;
use std::collections::BTreeMap;
use vocabulary::forms::Column;

/// The columns a staff change of which waits for a coordinator's review:
/// the ones a hijacked account would change to send people elsewhere.
pub const REVIEWED_COLUMNS: [Column; 5] = [
    Column::Address,
    Column::Lat,
    Column::Lon,
    Column::Precision,
    Column::Phone,
];

/// How long the public page says "changed by the site's staff on …"
/// instead of "confirmed by the site's staff".
///
/// # Units
/// Days.
pub const SHOWN_DAYS: i64 = 14;

/// Each reviewed column's value before the first change not yet reviewed,
/// by the column's code (as stored).
pub type Previous = BTreeMap<String, String>;

/// `previous` with the reviewed columns that change from `before` to
/// `after` added (a column already in `previous` keeps its older value),
/// or `None` when no reviewed column changes.
pub fn merged(
    previous: Option<Previous>,
    before: &SiteRecord,
    after: &SiteRecord,
) -> Option<Previous> {
    let changed: Vec<Column> = REVIEWED_COLUMNS
        .into_iter()
        .filter(|column| before.value(*column) != after.value(*column))
        .collect();
    if changed.is_empty() {
        return None;
    }
    let mut merged = previous.unwrap_or_default();
    for column in changed {
        merged
            .entry(column.code().to_string())
            .or_insert_with(|| before.value(column).to_string());
    }
    Some(merged)
}

/// `current` with the reviewed columns put back as `previous` holds them.
pub fn restored(current: &SiteRecord, previous: &Previous) -> SiteRecord {
    let mut record = current.clone();
    for (code, value) in previous {
        if let Some(column) = Column::from_code(code).filter(|c| REVIEWED_COLUMNS.contains(c)) {
            record.set(column, value.clone());
        }
    }
    record
}

/// "column: before → now" for each column of `previous`.
pub fn lines(current: &SiteRecord, previous: &Previous) -> Vec<String> {
    previous
        .iter()
        .map(|(column, before)| {
            let now = Column::from_code(column).map_or("", |c| current.value(c));
            format!("{column}: {before} → {now}")
        })
        .collect()
}

/// Whether a page shown on `today` still says the site was changed by its
/// staff on `changed_on`.
pub fn is_shown(changed_on: NaiveDate, today: NaiveDate) -> bool {
    (today - changed_on).num_days() < SHOWN_DAYS
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sites::site_record::tests::record;

    #[test]
    fn the_first_value_before_review_is_kept() {
        let first = record();
        let mut second = first.clone();
        second.phone = "+7 700 000 00 01".into();
        second.name_en = "Renamed".into();
        let previous = merged(None, &first, &second).unwrap();
        assert_eq!(previous.len(), 1, "names are not reviewed: {previous:?}");
        let mut third = second.clone();
        third.phone = "+7 700 000 00 02".into();
        third.lat = "42.91".into();
        let previous = merged(Some(previous), &second, &third).unwrap();
        assert_eq!(previous["phone"], "", "the phone before the first change");
        assert_eq!(previous["lat"], first.lat);
        assert!(merged(None, &third, &third).is_none());
        let back = restored(&third, &previous);
        assert_eq!(
            (back.phone.as_str(), back.lat.as_str()),
            ("", first.lat.as_str())
        );
        assert_eq!(back.name_en, "Renamed", "only reviewed columns go back");
        assert_eq!(lines(&third, &previous).len(), 2);
    }

    #[test]
    fn the_change_is_shown_for_two_weeks() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
        assert!(is_shown(day(1), day(1)));
        assert!(is_shown(day(1), day(14)));
        assert!(!is_shown(day(1), day(15)));
    }
}
