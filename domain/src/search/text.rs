//! Text into search tokens, the same way for what is indexed and for what shoppers type, so both
//! databases match alike: words of Latin letters and digits (lower-cased, full-width folded, with
//! their English stem), and runs of Chinese characters as single characters and pairs (Chinese has
//! no spaces between words, so any two neighbouring characters may be a word).

use rust_stemmers::{Algorithm, Stemmer};
use std::sync::OnceLock;

/// One piece of text as the search engine sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// A Latin word or number, lower-cased (`shirts`, `t-shirt` → `tshirt`, `2027`).
    Word(String),
    /// A run of Chinese characters (`衬衫`).
    Han(String),
}

pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2EBEF)
}

/// Full-width Latin letters, digits and signs as their ASCII forms, everything lower-cased.
pub fn fold(text: &str) -> String {
    text.chars()
        .map(|c| match c as u32 {
            0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            0x3000 => ' ',
            _ => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The words and Chinese runs of `text`, in order. A hyphen or apostrophe inside a word joins
/// its parts (`T-shirt` → `tshirt`, `men's` → `mens`); every other sign separates.
pub fn pieces(text: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut han = String::new();
    let chars: Vec<char> = fold(text).chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_alphanumeric() || (c.is_alphanumeric() && !is_han(c) && !c.is_ascii()) {
            flush_han(&mut han, &mut out);
            word.push(c);
        } else if is_han(c) {
            flush_word(&mut word, &mut out);
            han.push(c);
        } else if (c == '-' || c == '\'' || c == '’')
            && !word.is_empty()
            && chars
                .get(i + 1)
                .is_some_and(|n| n.is_alphanumeric() && !is_han(*n))
        {
            // joined: the word goes on
        } else {
            flush_word(&mut word, &mut out);
            flush_han(&mut han, &mut out);
        }
    }
    flush_word(&mut word, &mut out);
    flush_han(&mut han, &mut out);
    out
}

fn flush_word(word: &mut String, out: &mut Vec<Piece>) {
    if !word.is_empty() {
        out.push(Piece::Word(std::mem::take(word)));
    }
}

fn flush_han(han: &mut String, out: &mut Vec<Piece>) {
    if !han.is_empty() {
        out.push(Piece::Han(std::mem::take(han)));
    }
}

/// The English stem of a word (`shirts` → `shirt`, `tailored` → `tailor`); numbers and words
/// of other scripts stay as they are.
pub fn stem(word: &str) -> String {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    if word.len() < 3 || !word.chars().all(|c| c.is_ascii_lowercase()) {
        return word.to_string();
    }
    STEMMER
        .get_or_init(|| Stemmer::create(Algorithm::English))
        .stem(word)
        .into_owned()
}

/// The characters and neighbouring pairs of a Chinese run: `衬衫领` → 衬 衬衫 衫 衫领 领.
pub fn han_grams(run: &str) -> Vec<String> {
    let chars: Vec<char> = run.chars().collect();
    let mut out = Vec::with_capacity(chars.len() * 2);
    for (i, c) in chars.iter().enumerate() {
        out.push(c.to_string());
        if let Some(next) = chars.get(i + 1) {
            out.push(format!("{c}{next}"));
        }
    }
    out
}

/// What is indexed for `text`: each word and its stem, each Chinese character and pair,
/// separated by spaces (the databases split on spaces only).
pub fn index_tokens(text: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    for piece in pieces(text) {
        match piece {
            Piece::Word(w) => {
                let s = stem(&w);
                if s != w {
                    out.push(s);
                }
                out.push(w);
            }
            Piece::Han(run) => out.extend(han_grams(&run)),
        }
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_chinese_runs_are_told_apart() {
        assert_eq!(
            pieces("Lanting 商务衬衫, T-Shirt！ＡＢＣ"),
            vec![
                Piece::Word("lanting".into()),
                Piece::Han("商务衬衫".into()),
                Piece::Word("tshirt".into()),
                Piece::Word("abc".into()),
            ]
        );
        assert_eq!(
            pieces("T恤"),
            vec![Piece::Word("t".into()), Piece::Han("恤".into())]
        );
        assert_eq!(pieces("-- ' \"*NEAR(:"), vec![Piece::Word("near".into())]);
        assert!(pieces("🙂\u{0}\u{7}").is_empty());
    }

    #[test]
    fn indexed_text_holds_stems_and_pairs() {
        assert_eq!(index_tokens("Shirts"), "shirt shirts");
        assert_eq!(index_tokens("衬衫领"), "衬 衬衫 衫 衫领 领");
        assert_eq!(stem("tailored"), "tailor");
        assert_eq!(stem("38"), "38");
    }
}
