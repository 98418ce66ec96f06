//! The one way Senim's interface speaks a language: Fluent messages in
//! `app/locales/<code>.ftl`, chosen by the `/{lang}/` prefix of the URL.
//! Adding a language is adding a file and a row to `Lang`'s table.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::LazyLock;
use unic_langid::LanguageIdentifier;

pub use vocabulary::Lang;

fn source(lang: Lang) -> &'static str {
    lang.messages()
}

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<Vec<Bundle>> = LazyLock::new(|| Lang::ALL.map(build_bundle).into());

fn build_bundle(lang: Lang) -> Bundle {
    let id: LanguageIdentifier = lang.code().parse().expect("language codes are valid");
    let resource = FluentResource::try_new(source(lang).to_string())
        .unwrap_or_else(|(_, errors)| panic!("{}.ftl does not parse: {errors:?}", lang.code()));
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks would end up inside attributes and URLs.
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .unwrap_or_else(|errors| panic!("{}.ftl repeats a message: {errors:?}", lang.code()));
    bundle
}

fn bundle(lang: Lang) -> &'static Bundle {
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    &BUNDLES[index]
}

/// The message `key` in `lang`; the key itself if it is missing (a test
/// makes sure none is).
pub fn tr(lang: Lang, key: &str) -> String {
    format(lang, key, None)
}

/// The message `key` with named arguments, e.g. `[("km", 2.5.into())]`.
pub fn tr_args(lang: Lang, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    format(lang, key, Some(&fluent_args))
}

fn format(lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        return key.to_string();
    };
    let mut errors = vec![];
    bundle
        .format_pattern(pattern, args, &mut errors)
        .into_owned()
}

/// An ISO date (`2026-11-23`) as people write it in `lang`: "23 ноября
/// 2026", "2026 ж. 23 қараша", "23 November 2026". Anything else is shown
/// as given.
pub fn format_date(lang: Lang, iso: &str) -> String {
    let mut parts = iso.splitn(3, '-').map(str::parse::<u32>);
    let (Some(Ok(year)), Some(Ok(month @ 1..=12)), Some(Ok(day))) =
        (parts.next(), parts.next(), parts.next())
    else {
        return iso.to_string();
    };
    tr_args(
        lang,
        "date-long",
        &[
            ("day", day.to_string().into()),
            ("month", tr(lang, &format!("month-{month}")).into()),
            ("year", year.to_string().into()),
        ],
    )
}

/// The message ids a language defines.
pub fn keys(lang: Lang) -> Vec<String> {
    let resource = FluentResource::try_new(source(lang).to_string()).unwrap_or_else(|(r, _)| r);
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_language_has_every_key() {
        let all: BTreeSet<String> = Lang::ALL.iter().flat_map(|l| keys(*l)).collect();
        for lang in Lang::ALL {
            let have: BTreeSet<String> = keys(lang).into_iter().collect();
            let missing: Vec<_> = all.difference(&have).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
        }
    }

    /// Every label the pages build from a code (`status-noshow`,
    /// `portal-role-admin`, …), for every code of every code list.
    fn code_labels() -> Vec<String> {
        use vocabulary::forms::Column;
        use vocabulary::{
            BookingStatus, Kind, Precision, ReportProblem, Role, Service, SpokenLang,
        };
        fn all<T: Copy>(codes: &[T], key: fn(T) -> String) -> Vec<String> {
            codes.iter().map(|c| key(*c)).collect()
        }
        [
            all(Kind::ALL, Kind::label_key),
            all(Service::ALL, Service::label_key),
            all(SpokenLang::ALL, SpokenLang::label_key),
            all(ReportProblem::ALL, ReportProblem::label_key),
            all(Precision::ALL, Precision::label_key),
            all(BookingStatus::ALL, BookingStatus::label_key),
            // A mark's button, for each status a booking can be marked as.
            BookingStatus::ALL
                .iter()
                .filter(|s| !BookingStatus::sources_of(**s).is_empty())
                .map(|s| s.mark_key())
                .collect(),
            all(Role::ALL, Role::label_key),
            all(Column::ALL, Column::label_key),
            ["week", "month"]
                .map(|p| format!("portal-ind-by-{p}"))
                .to_vec(),
        ]
        .concat()
    }

    #[test]
    fn every_code_has_its_label_in_every_language() {
        let labels = code_labels();
        for lang in Lang::ALL {
            let have: BTreeSet<String> = keys(lang).into_iter().collect();
            let missing: Vec<_> = labels.iter().filter(|key| !have.contains(*key)).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
        }
    }

    #[test]
    fn every_message_formats_without_errors() {
        for lang in Lang::ALL {
            let bundle = bundle(lang);
            for key in keys(lang) {
                let message = bundle.get_message(&key).expect("listed key exists");
                let pattern = message.value().expect("every message has a value");
                let mut args = FluentArgs::new();
                for name in [
                    "km", "place", "count", "date", "source", "value", "day", "month", "year",
                    "name", "role", "org", "lat", "lon",
                ] {
                    args.set(name, FluentValue::from(2));
                }
                let mut errors = vec![];
                bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{}: {key}: {errors:?}", lang.code());
            }
        }
    }

    #[test]
    fn plural_rules_follow_the_language() {
        let sites = |lang, n: i64| tr_args(lang, "results-near-you", &[("count", n.into())]);
        assert_ne!(sites(Lang::Ru, 1), sites(Lang::Ru, 5));
        assert_ne!(sites(Lang::En, 1), sites(Lang::En, 2));
    }

    #[test]
    fn dates_are_written_the_way_each_language_writes_them() {
        assert_eq!(format_date(Lang::Ru, "2026-11-23"), "23 ноября 2026");
        assert_eq!(format_date(Lang::Kk, "2026-03-01"), "2026 ж. 1 наурыз");
        assert_eq!(format_date(Lang::En, "2026-12-05"), "5 December 2026");
        assert_eq!(format_date(Lang::Uz, "2026-11-23"), "23-noyabr, 2026");
        assert_eq!(format_date(Lang::Ky, "2026-11-23"), "2026-жылдын 23-ноябры");
        assert_eq!(format_date(Lang::Tg, "2026-11-23"), "23 ноябри 2026");
        assert_eq!(format_date(Lang::En, "not a date"), "not a date");
    }
}
