//! Searching the FAQ as a shopper types, in either language. The FAQ is a few dozen questions,
//! so it is matched here rather than indexed: the words typed and the FAQ's text (question and
//! answer, both languages, without Markdown) are cut into the product search's tokens
//! ([`crate::search::text`]), so full-width letters, case and English endings (`returns`,
//! `returned`) do not matter, the last word may be unfinished, and a run of Chinese
//! characters matches when its characters and neighbouring pairs all occur (`退货` finds
//! `无理由退货`). Every part typed must match; questions that match in their question come
//! before those that match only in their answer.

use super::{faqs, Faq};
use crate::content::markdown::plain_text;
use crate::db::Db;
use crate::error::DomainResult;
use crate::search::text::{han_grams, pieces, stem, Piece};
use std::collections::HashSet;

/// Characters of a search looked at; the rest is ignored.
const MAX_QUERY_CHARS: usize = 100;

/// The questions matching `typed`, in the FAQ's order with matches in the question first;
/// every question when nothing searchable was typed.
pub async fn search_faqs(db: &Db, typed: &str) -> DomainResult<Vec<Faq>> {
    let all = faqs(db).await?;
    let wanted = Wanted::parse(typed);
    if wanted.is_empty() {
        return Ok(all);
    }
    let mut hits: Vec<(bool, Faq)> = all
        .into_iter()
        .filter_map(|faq| {
            let question = Tokens::of(&format!("{} {}", faq.question.zh, faq.question.en));
            if wanted.found_in(&question) {
                return Some((true, faq));
            }
            let answers = format!(
                "{} {}",
                plain_text(&faq.answer.zh),
                plain_text(&faq.answer.en)
            );
            let everything = question.with(&Tokens::of(&answers));
            wanted.found_in(&everything).then_some((false, faq))
        })
        .collect();
    // A stable sort keeps the FAQ's order within each group.
    hits.sort_by_key(|(in_question, _)| !in_question);
    Ok(hits.into_iter().map(|(_, faq)| faq).collect())
}

/// The tokens of a text: its words with their stems, its Chinese characters and pairs.
struct Tokens(HashSet<String>);

impl Tokens {
    fn of(text: &str) -> Tokens {
        let mut set = HashSet::new();
        for piece in pieces(text) {
            match piece {
                Piece::Word(w) => {
                    set.insert(stem(&w));
                    set.insert(w);
                }
                Piece::Han(run) => set.extend(han_grams(&run)),
            }
        }
        Tokens(set)
    }

    fn with(mut self, other: &Tokens) -> Tokens {
        self.0.extend(other.0.iter().cloned());
        self
    }
}

/// What was typed, as parts that must each match.
struct Wanted {
    parts: Vec<Piece>,
}

impl Wanted {
    fn parse(typed: &str) -> Wanted {
        let typed: String = typed.chars().take(MAX_QUERY_CHARS).collect();
        Wanted {
            parts: pieces(&typed),
        }
    }

    fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }

    fn found_in(&self, tokens: &Tokens) -> bool {
        let last = self.parts.len().saturating_sub(1);
        self.parts.iter().enumerate().all(|(i, part)| match part {
            Piece::Word(w) => {
                tokens.0.contains(w)
                    || tokens.0.contains(&stem(w))
                    // The word being typed may be unfinished.
                    || (i == last && tokens.0.iter().any(|t| t.starts_with(w.as_str())))
            }
            Piece::Han(run) => han_grams(run).iter().all(|g| tokens.0.contains(g)),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(typed: &str, text: &str) -> bool {
        Wanted::parse(typed).found_in(&Tokens::of(text))
    }

    #[test]
    fn words_match_whatever_their_case_width_and_ending() {
        let text = "Returns within 7 days of delivery, no reason needed.";
        assert!(found("RETURN", text));
        assert!(found("returned", text));
        assert!(found("ｒｅｔｕｒｎｓ ７", text));
        assert!(found("deliv", text), "an unfinished last word");
        assert!(
            !found("deliv days", text),
            "only the last word may be unfinished"
        );
        assert!(!found("refund", text));
        assert!(!found("returns refund", text), "every word must match");
    }

    #[test]
    fn chinese_runs_match_by_characters_and_pairs() {
        let text = "签收后 7 天内可以无理由退货。";
        assert!(found("退货", text));
        assert!(found("无理由", text));
        assert!(found("退", text));
        assert!(!found("换货", text));
        assert!(found("退货 7", text));
    }
}
