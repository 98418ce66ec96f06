//! Site kinds, services, spoken languages and location precision: enums
//! with a stable code used in URLs, CSV files, the JSON API and
//! translation keys.

use serde::{Deserialize, Serialize};

/// Declares an enum whose variants have a stable code, used in URLs, CSV
/// files, the JSON API and translation keys. Serde writes and reads the
/// code itself (`noshow`, not a case conversion of `NoShow`), and `LABEL`
/// is the prefix of its translation keys (`{LABEL}-{code}`).
macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident ($label:literal) { $($(#[$vmeta:meta])* $variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        // The OpenAPI document reads the enum-wide rule (utoipa does not see
        // a rename passed through this macro); serde reads each variant's
        // own code, which wins (`tests/open_data` checks every answer
        // against the document).
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vmeta])* #[serde(rename = $code)] $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The prefix of this enum's translation keys.
            pub const LABEL: &'static str = $label;

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }

            /// The translation key of this value's label, `{LABEL}-{code}`.
            pub fn label_key(self) -> String {
                format!("{}-{}", $label, self.code())
            }
        }
    };
}

pub(crate) use code_enum;

code_enum!(
    /// What kind of place a site is (`online`: reached online, not at a
    /// place; its location is where it is run from).
    Kind ("kind") {
        AidsCentre = "aids_centre",
        FriendlyCabinet = "friendly_cabinet",
        TrustPoint = "trust_point",
        OstSite = "ost_site",
        Ngo = "ngo",
        Mobile = "mobile",
        Online = "online",
    }
);

code_enum!(
    /// A service a site can offer (PRODUCT.md, "Domain facts").
    Service ("service") {
        HivRapidTest = "hiv_rapid_test",
        HivSelfTest = "hiv_self_test",
        HivSelfTestOnline = "hiv_self_test_online",
        StiTesting = "sti_testing",
        StiTreatment = "sti_treatment",
        Gynaecology = "gynaecology",
        Prep = "prep",
        Pep = "pep",
        Art = "art",
        Ost = "ost",
        Condoms = "condoms",
        NeedlesSyringes = "needles_syringes",
        Legal = "legal",
        Psychological = "psychological",
        ViolenceSupport = "violence_support",
    }
);

code_enum!(
    /// A language a site's staff speak (ISO 639-1).
    SpokenLang ("language") {
        Ru = "ru",
        Kk = "kk",
        En = "en",
        Uz = "uz",
        Ky = "ky",
        Tg = "tg",
    }
);

code_enum!(
    /// What a visitor says is wrong with a listed site ("Something wrong
    /// here?").
    ReportProblem ("report-problem") {
        Closed = "closed",
        Moved = "moved",
        Hours = "hours",
        Phone = "phone",
        Other = "other",
    }
);

code_enum!(
    /// How precisely a site's location is known.
    Precision ("portal-profile-precision") {
        Street = "street",
        City = "city",
    }
);

/// A service a site offers and whether it is free.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ServiceOffer {
    pub service: Service,
    pub free: bool,
}
