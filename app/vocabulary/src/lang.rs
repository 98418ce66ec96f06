//! The languages Senim's interface is written in. Adding one is adding its
//! `app/locales/<code>.ftl` and one row to the table below.

use serde::{Deserialize, Serialize};

macro_rules! languages {
    ($($variant:ident $code:literal $endonym:literal $decimal:literal $names:ident,)+) => {
        /// A language the interface is written in.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
        pub enum Lang {
            #[default]
            $($variant,)+
        }

        impl Lang {
            /// Every language, in the switcher's order (the first is the default).
            pub const ALL: [Lang; [$($code),+].len()] = [$(Lang::$variant,)+];

            pub fn code(self) -> &'static str {
                match self {
                    $(Lang::$variant => $code,)+
                }
            }

            /// The language's own name, for the switcher.
            pub fn endonym(self) -> &'static str {
                match self {
                    $(Lang::$variant => $endonym,)+
                }
            }

            /// How the language writes the decimal point ("2,5 km").
            pub fn decimal_separator(self) -> char {
                match self {
                    $(Lang::$variant => $decimal,)+
                }
            }

            /// The language site and place names are shown in: their own
            /// when the directory has them (Russian, Kazakh, English),
            /// Russian otherwise, marked as such on the page.
            pub fn names_in(self) -> Lang {
                match self {
                    $(Lang::$variant => Lang::$names,)+
                }
            }

            /// The interface's messages in Fluent.
            pub fn messages(self) -> &'static str {
                match self {
                    $(Lang::$variant => include_str!(concat!("../../locales/", $code, ".ftl")),)+
                }
            }
        }
    };
}

// variant, code (BCP 47), own name, decimal separator, names shown in
languages! {
    Ru "ru" "Русский" ',' Ru,
    Kk "kk" "Қазақша" ',' Kk,
    En "en" "English" '.' En,
    Uz "uz" "Oʻzbekcha" ',' Ru,
    Ky "ky" "Кыргызча" ',' Ru,
    Tg "tg" "Тоҷикӣ" ',' Ru,
}

impl Lang {
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }
}
