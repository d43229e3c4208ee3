//! The catalog's own Latin words with how many products use each, for telling a misspelling
//! from a word the shop knows and for finding what was meant (one edit away: a letter left out,
//! added, changed, or two neighbours swapped).

use std::collections::HashMap;

/// Words shorter than this are never corrected (too many neighbours to guess from).
const MIN_CORRECTED_LEN: usize = 4;

/// Corrections offered for one word at most.
const MAX_CORRECTIONS: usize = 3;

#[derive(Clone, Debug, Default)]
pub struct Vocabulary {
    documents: HashMap<String, i64>,
    /// The same words in order, for prefix look-ups.
    sorted: Vec<String>,
}

impl Vocabulary {
    /// Words with the number of products using each.
    pub fn new(words: Vec<(String, i64)>) -> Vocabulary {
        let mut sorted: Vec<String> = words.iter().map(|(w, _)| w.clone()).collect();
        sorted.sort();
        Vocabulary {
            documents: words.into_iter().collect(),
            sorted,
        }
    }

    pub fn len(&self) -> usize {
        self.sorted.len()
    }

    pub fn is_empty(&self) -> bool {
        self.sorted.is_empty()
    }

    pub fn knows(&self, word: &str) -> bool {
        self.documents.contains_key(word)
    }

    /// Whether some known word starts with `prefix`.
    pub fn has_prefix(&self, prefix: &str) -> bool {
        let at = self.sorted.partition_point(|w| w.as_str() < prefix);
        self.sorted.get(at).is_some_and(|w| w.starts_with(prefix))
    }

    /// Known words one edit away from `word`, the most used first; none for short words,
    /// numbers and words the shop knows.
    pub fn corrections(&self, word: &str) -> Vec<String> {
        if word.chars().count() < MIN_CORRECTED_LEN
            || !word.chars().all(|c| c.is_ascii_lowercase())
            || self.knows(word)
        {
            return Vec::new();
        }
        let mut found: Vec<(&String, i64)> = edits(word)
            .into_iter()
            .filter_map(|e| self.documents.get_key_value(&e).map(|(w, n)| (w, *n)))
            .collect();
        found.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        found.dedup_by(|a, b| a.0 == b.0);
        found
            .into_iter()
            .take(MAX_CORRECTIONS)
            .map(|(w, _)| w.clone())
            .collect()
    }
}

/// Every string one edit from `word` (lower-case ASCII letters).
fn edits(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let letters = 'a'..='z';
    let mut out = Vec::new();
    for i in 0..=chars.len() {
        for c in letters.clone() {
            let mut inserted = chars.clone();
            inserted.insert(i, c);
            out.push(inserted.into_iter().collect());
        }
        if i < chars.len() {
            let mut deleted = chars.clone();
            deleted.remove(i);
            out.push(deleted.into_iter().collect());
            for c in letters.clone() {
                if c != chars[i] {
                    let mut changed = chars.clone();
                    changed[i] = c;
                    out.push(changed.into_iter().collect());
                }
            }
        }
        if i + 1 < chars.len() {
            let mut swapped = chars.clone();
            swapped.swap(i, i + 1);
            out.push(swapped.into_iter().collect());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit_finds_the_word_meant() {
        let v = Vocabulary::new(vec![
            ("trousers".into(), 30),
            ("blazer".into(), 12),
            ("blazers".into(), 3),
            ("linen".into(), 8),
        ]);
        assert_eq!(v.corrections("trosuers"), vec!["trousers"], "swapped");
        assert_eq!(v.corrections("blazr"), vec!["blazer"], "left out");
        assert_eq!(
            v.corrections("blazerr"),
            vec!["blazer", "blazers"],
            "added; most used first"
        );
        assert_eq!(v.corrections("linan"), vec!["linen"], "changed");
        assert!(v.corrections("linen").is_empty(), "known");
        assert!(v.corrections("lin").is_empty(), "too short");
        assert!(v.corrections("zzzzzz").is_empty(), "nothing near");
        assert!(v.has_prefix("blaz") && !v.has_prefix("blaze-"));
    }
}
