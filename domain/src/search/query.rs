//! What a shopper typed, as a query both databases run alike: every part of it must match (a word,
//! a Chinese run, a synonym group), and each part may match in several ways (the word's stem, a
//! prefix of the last word, a correction of a misspelling, another phrase of its synonym group).
//! Tokens hold only letters and digits, so nothing typed can reach the engines' query syntax.

use super::text::{han_grams, pieces, stem, Piece};
use super::typo::Vocabulary;

/// Characters of a query looked at; the rest is ignored.
pub const MAX_QUERY_CHARS: usize = 100;

/// One token to match, whole or as a prefix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Term {
    Exact(String),
    Prefix(String),
}

/// One part of a query: any of its alternatives (each a set of terms that must all match).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    pub alternatives: Vec<Vec<Term>>,
}

/// A query ready for the engines, with the shopper's words as understood.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub parts: Vec<Part>,
    /// The query with each misspelled word replaced by its likeliest correction, when any was.
    pub corrected: Option<String>,
    /// Words and Chinese runs of the query, for highlighting matches.
    pub highlights: Vec<String>,
}

impl Query {
    pub fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }

    /// The same query with any one part enough (for "nearest matches" when nothing matches all).
    pub fn any_part(&self) -> Query {
        let alternatives: Vec<Vec<Term>> = self
            .parts
            .iter()
            .flat_map(|p| p.alternatives.iter().cloned())
            .collect();
        Query {
            parts: if alternatives.is_empty() {
                Vec::new()
            } else {
                vec![Part { alternatives }]
            },
            corrected: None,
            highlights: self.highlights.clone(),
        }
    }

    /// The SQLite FTS5 expression: `("衬衫" OR "衬衣") AND ("shirt" OR "shi"*)`.
    pub fn fts5(&self) -> String {
        self.render(" AND ", " OR ", |t| match t {
            Term::Exact(w) => format!("\"{w}\""),
            Term::Prefix(w) => format!("\"{w}\"*"),
        })
    }

    /// The PostgreSQL `tsquery`: `('衬衫' | '衬衣') & ('shirt' | 'shi':*)`.
    pub fn tsquery(&self) -> String {
        self.render(" & ", " | ", |t| match t {
            Term::Exact(w) => format!("'{w}'"),
            Term::Prefix(w) => format!("'{w}':*"),
        })
    }

    fn render(&self, and: &str, or: &str, term: impl Fn(&Term) -> String) -> String {
        self.parts
            .iter()
            .map(|part| {
                let alternatives: Vec<String> = part
                    .alternatives
                    .iter()
                    .map(|terms| {
                        let inner: Vec<String> = terms.iter().map(&term).collect();
                        format!("({})", inner.join(and))
                    })
                    .collect();
                format!("({})", alternatives.join(or))
            })
            .collect::<Vec<_>>()
            .join(and)
    }
}

/// Phrases that mean the same (`衬衫`, `衬衣`), each already split into pieces.
#[derive(Clone, Debug, Default)]
pub struct Synonyms {
    groups: Vec<Vec<Vec<Piece>>>,
}

impl Synonyms {
    /// Groups of phrases, e.g. `[["衬衫", "衬衣"], ["T恤", "T-shirt"]]`.
    pub fn new(groups: &[Vec<String>]) -> Synonyms {
        Synonyms {
            groups: groups
                .iter()
                .map(|g| {
                    g.iter()
                        .map(|p| pieces(p))
                        .filter(|p| !p.is_empty())
                        .collect::<Vec<_>>()
                })
                .filter(|g: &Vec<Vec<Piece>>| g.len() > 1)
                .collect(),
        }
    }
}

/// A piece of the query, or a synonym group found in it.
enum Segment {
    Piece(Piece),
    Group(usize),
}

/// Reads what a shopper typed.
pub fn parse(typed: &str, synonyms: &Synonyms, vocabulary: &Vocabulary) -> Query {
    let typed: String = typed.chars().take(MAX_QUERY_CHARS).collect();
    let open_end = !typed.ends_with(char::is_whitespace);
    let found = pieces(&typed);
    let highlights = found
        .iter()
        .map(|p| match p {
            Piece::Word(w) | Piece::Han(w) => w.clone(),
        })
        .collect();
    let segments = find_synonyms(found, synonyms);
    let last = segments.len().saturating_sub(1);
    let mut parts = Vec::new();
    let mut corrected_words: Vec<String> = Vec::new();
    let mut any_correction = false;
    for (i, segment) in segments.iter().enumerate() {
        match segment {
            Segment::Group(g) => {
                let alternatives = synonyms.groups[*g]
                    .iter()
                    .map(|p| phrase_terms(p))
                    .collect();
                parts.push(Part { alternatives });
                corrected_words.push(phrase_text(&synonyms.groups[*g][0]));
            }
            Segment::Piece(Piece::Han(run)) => {
                parts.push(Part {
                    alternatives: vec![han_terms(run)],
                });
                corrected_words.push(run.clone());
            }
            Segment::Piece(Piece::Word(word)) => {
                let mut alternatives = vec![vec![Term::Exact(stem(word))]];
                let as_prefix = i == last && open_end && word.len() >= 2;
                if as_prefix {
                    alternatives.push(vec![Term::Prefix(word.clone())]);
                }
                let known = vocabulary.knows(word) || (as_prefix && vocabulary.has_prefix(word));
                let corrections = if known {
                    Vec::new()
                } else {
                    vocabulary.corrections(word)
                };
                for c in &corrections {
                    alternatives.push(vec![Term::Exact(stem(c))]);
                }
                match corrections.first() {
                    Some(best) => {
                        any_correction = true;
                        corrected_words.push(best.clone());
                    }
                    None => corrected_words.push(word.clone()),
                }
                alternatives.dedup();
                parts.push(Part { alternatives });
            }
        }
    }
    Query {
        parts,
        corrected: any_correction.then(|| corrected_words.join(" ")),
        highlights,
    }
}

fn phrase_text(phrase: &[Piece]) -> String {
    phrase
        .iter()
        .map(|p| match p {
            Piece::Word(w) | Piece::Han(w) => w.as_str(),
        })
        .collect::<Vec<_>>()
        .join("")
}

/// Terms that all match when a phrase matches.
fn phrase_terms(phrase: &[Piece]) -> Vec<Term> {
    phrase
        .iter()
        .flat_map(|p| match p {
            Piece::Word(w) => vec![Term::Exact(stem(w))],
            Piece::Han(run) => han_terms(run),
        })
        .collect()
}

/// A Chinese run matches through its pairs (or its one character).
fn han_terms(run: &str) -> Vec<Term> {
    let grams = han_grams(run);
    if grams.len() == 1 {
        return vec![Term::Exact(grams[0].clone())];
    }
    grams
        .into_iter()
        .filter(|g| g.chars().count() == 2)
        .map(Term::Exact)
        .collect()
}

/// Splits the query's pieces around the synonym phrases found in them.
fn find_synonyms(found: Vec<Piece>, synonyms: &Synonyms) -> Vec<Segment> {
    let mut queue: Vec<Piece> = found;
    let mut out = Vec::new();
    let mut i = 0;
    'pieces: while i < queue.len() {
        for (g, group) in synonyms.groups.iter().enumerate() {
            for phrase in group {
                if let Some((before, after, used)) = match_at(&queue[i..], phrase) {
                    if let Some(b) = before {
                        out.push(Segment::Piece(Piece::Han(b)));
                    }
                    out.push(Segment::Group(g));
                    let rest_at = i + used;
                    let mut rest: Vec<Piece> = after.into_iter().map(Piece::Han).collect();
                    rest.extend(queue.drain(rest_at..));
                    queue.truncate(i);
                    queue.extend(rest);
                    continue 'pieces;
                }
            }
        }
        out.push(Segment::Piece(queue[i].clone()));
        i += 1;
    }
    out
}

/// Whether `phrase` matches at the start of `query`: the Chinese left before it in the first
/// piece, the Chinese left after it in the last piece, and how many pieces it took.
fn match_at(query: &[Piece], phrase: &[Piece]) -> Option<(Option<String>, Option<String>, usize)> {
    let n = phrase.len();
    if query.len() < n || n == 0 {
        return None;
    }
    let nonempty = |s: &str| (!s.is_empty()).then(|| s.to_string());
    if n == 1 {
        return match (&query[0], &phrase[0]) {
            (Piece::Word(q), Piece::Word(p)) if q == p => Some((None, None, 1)),
            (Piece::Han(q), Piece::Han(p)) => {
                let at = q.find(p.as_str())?;
                Some((nonempty(&q[..at]), nonempty(&q[at + p.len()..]), 1))
            }
            _ => None,
        };
    }
    let mut before = None;
    let mut after = None;
    for (k, (q, p)) in query.iter().zip(phrase).enumerate() {
        match (q, p) {
            (Piece::Word(q), Piece::Word(p)) if q == p => {}
            (Piece::Han(q), Piece::Han(p)) if k == 0 && q.ends_with(p.as_str()) => {
                before = nonempty(&q[..q.len() - p.len()]);
            }
            (Piece::Han(q), Piece::Han(p)) if k == n - 1 && q.starts_with(p.as_str()) => {
                after = nonempty(&q[p.len()..]);
            }
            (Piece::Han(q), Piece::Han(p)) if q == p => {}
            _ => return None,
        }
    }
    Some((before, after, n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn synonyms() -> Synonyms {
        Synonyms::new(&[
            vec!["衬衫".into(), "衬衣".into()],
            vec!["T恤".into(), "T-shirt".into()],
        ])
    }

    fn vocabulary() -> Vocabulary {
        Vocabulary::new(vec![
            ("shirt".into(), 50),
            ("shirts".into(), 40),
            ("oxford".into(), 9),
        ])
    }

    #[test]
    fn words_match_by_stem_and_the_last_one_as_a_prefix() {
        let q = parse("Oxford shirts", &synonyms(), &vocabulary());
        assert_eq!(q.fts5(), r#"(("oxford")) AND (("shirt") OR ("shirts"*))"#);
        assert_eq!(q.tsquery(), "(('oxford')) & (('shirt') | ('shirts':*))");
        let q = parse("oxford shirts ", &synonyms(), &vocabulary());
        assert_eq!(q.fts5(), r#"(("oxford")) AND (("shirt"))"#);
    }

    #[test]
    fn chinese_matches_by_pairs_and_synonyms_by_any_phrase() {
        let q = parse("商务衬衫 ", &synonyms(), &vocabulary());
        assert_eq!(
            q.fts5(),
            r#"(("商务")) AND (("衬衫") OR ("衬衣"))"#,
            "the run is split around the synonym"
        );
        let q = parse("白色T恤", &synonyms(), &vocabulary());
        assert_eq!(q.fts5(), r#"(("白色")) AND (("t" AND "恤") OR ("tshirt"))"#);
        let q = parse("衫", &synonyms(), &vocabulary());
        assert_eq!(q.fts5(), r#"(("衫"))"#);
    }

    #[test]
    fn a_misspelled_word_is_corrected() {
        let q = parse("oxfrod shirt ", &synonyms(), &vocabulary());
        assert_eq!(q.corrected.as_deref(), Some("oxford shirt"));
        assert!(q.fts5().contains(r#"("oxford")"#), "{}", q.fts5());
        assert_eq!(parse("oxford", &synonyms(), &vocabulary()).corrected, None);
        assert_eq!(
            parse("shi", &synonyms(), &vocabulary()).corrected,
            None,
            "a prefix"
        );
    }

    #[test]
    fn any_part_is_enough_for_nearest_matches() {
        let q = parse("oxford 衬衫 ", &synonyms(), &vocabulary()).any_part();
        assert_eq!(q.fts5(), r#"(("oxford") OR ("衬衫") OR ("衬衣"))"#);
        assert!(parse("", &synonyms(), &vocabulary()).any_part().is_empty());
    }

    #[test]
    fn hostile_text_cannot_reach_the_query_syntax() {
        for typed in [
            "\"",
            "*",
            "NEAR(",
            "-",
            ":",
            "' OR 1=1 --",
            "a\"b*c(d)",
            "🙂",
            "\u{0}",
            "",
        ] {
            let q = parse(typed, &synonyms(), &vocabulary());
            for t in q.parts.iter().flat_map(|p| p.alternatives.iter().flatten()) {
                let (Term::Exact(w) | Term::Prefix(w)) = t;
                assert!(w.chars().all(char::is_alphanumeric), "{typed:?} → {w:?}");
            }
        }
    }
}
