//! The shop's two content languages and how stored bilingual text is picked.

use serde::{Deserialize, Serialize};

/// A language the shop speaks. Content is stored in both.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    ZhCn,
    En,
}

impl Lang {
    /// The BCP 47 tag used in `<html lang>`, cookies and URLs.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::ZhCn => "zh-CN",
            Lang::En => "en",
        }
    }

    /// Parses a tag loosely (`zh`, `zh-cn`, `zh-Hans`, `en-GB` …); unknown tags give `None`.
    pub fn parse(tag: &str) -> Option<Lang> {
        let lower = tag.trim().to_ascii_lowercase();
        if lower.starts_with("zh") {
            Some(Lang::ZhCn)
        } else if lower.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// Picks the text for this language from a zh/en pair, falling back to the other one if empty.
    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::ZhCn if !zh.is_empty() => zh,
            Lang::En if !en.is_empty() => en,
            Lang::ZhCn => en,
            Lang::En => zh,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_loose_tags() {
        assert_eq!(Lang::parse("zh-Hans-CN"), Some(Lang::ZhCn));
        assert_eq!(Lang::parse("EN-gb"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::parse(""), None);
    }

    #[test]
    fn picks_with_fallback() {
        assert_eq!(Lang::En.pick("衬衫", "Shirt"), "Shirt");
        assert_eq!(Lang::En.pick("衬衫", ""), "衬衫");
        assert_eq!(Lang::ZhCn.pick("", "Shirt"), "Shirt");
    }
}

/// A piece of shop content stored in both languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bilingual {
    pub zh: String,
    pub en: String,
}

impl Bilingual {
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Self {
        Bilingual {
            zh: zh.into(),
            en: en.into(),
        }
    }

    /// The text in `lang`, or the other language when this one is empty.
    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.zh, &self.en)
    }
}
