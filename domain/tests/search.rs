//! The search engine's relevance suite: fixed queries (Chinese, English, mixed, prefixes,
//! misspellings, synonyms, attribute words) over the demo shop, each with what its top results
//! must be, run on SQLite and on PostgreSQL alike.

mod common;

use common::{demo, info, Info};
use domain::search;
use domain::testing::each_database;

/// What each of the top results must be.
#[derive(Clone, Copy, Debug)]
enum Want {
    /// The Chinese or English name contains this (case-insensitive).
    Name(&'static str),
    Brand(&'static str),
    /// The small class's English name contains this.
    Class(&'static str),
    Series(&'static str),
    /// One of the product's attribute values (English) is this.
    Attribute(&'static str),
    Both(&'static Want, &'static Want),
    /// Any of the two.
    Either(&'static Want, &'static Want),
}

struct Case {
    typed: &'static str,
    /// How many top results are checked (they must exist).
    top: usize,
    want: Want,
}

const fn case(typed: &'static str, top: usize, want: Want) -> Case {
    Case { typed, top, want }
}

use Want::*;

/// Blue by its colour, or by the brand named after indigo dye (蓝染).
const BLUE: &Want = &Either(
    &Attribute("Light Blue"),
    &Either(&Attribute("Indigo"), &Brand("Lanran")),
);

const CASES: &[Case] = &[
    // Chinese: whole words, substrings of names, one- and two-character queries
    case("衬衫", 5, Name("衬衫")),
    case("牛仔裤", 3, Class("Jeans")),
    case("领带", 2, Class("Ties")),
    case("腰带", 2, Class("Belts")),
    case("围巾", 1, Class("Scarves")),
    case("大衣", 3, Name("大衣")),
    case("风衣", 2, Name("风衣")),
    case("夹克", 3, Name("夹克")),
    case("连衣裙", 3, Class("Dresses")),
    case("半身裙", 3, Class("Skirts")),
    case("毛衣", 3, Name("毛衣")),
    case("马甲", 2, Class("Waistcoats")),
    case("西裤", 3, Class("Trousers")),
    case("真丝", 5, Either(&Name("真丝"), &Attribute("Silk"))),
    case("羊绒", 3, Either(&Name("羊绒"), &Attribute("Cashmere"))),
    case("澜庭", 5, Brand("Lanting")),
    case("墨裁", 5, Brand("Mocai")),
    case("切斯特菲尔德", 2, Name("Chesterfield")),
    case("菲尔德", 2, Name("Chesterfield")),
    case("三件套", 2, Class("Three-piece")),
    case("纽扣领", 1, Name("Button-down")),
    case("裙", 5, Name("裙")),
    case("藏青", 5, Attribute("Navy")),
    // Synonyms
    case("衬衣", 5, Name("衬衫")),
    case("西服", 3, Either(&Name("西服"), &Name("西装"))),
    case("T恤", 3, Class("T-shirts")),
    case("tee", 3, Class("T-shirts")),
    case("pants", 3, Name("Trousers")),
    // Colour words as typed: no product's colour is literally "蓝色" or "灰色"
    case("蓝色 牛仔裤", 2, Both(&Class("Jeans"), BLUE)),
    case("blue jeans", 2, Both(&Class("Jeans"), BLUE)),
    case(
        "灰色",
        3,
        Either(
            &Attribute("Light Grey"),
            &Either(&Attribute("Charcoal"), &Name("灰")),
        ),
    ),
    // English: words and stems
    case("shirt", 5, Name("shirt")),
    case("shirts", 5, Name("shirt")),
    case("jeans", 3, Class("Jeans")),
    case("tie", 2, Class("Ties")),
    case("belt", 2, Class("Belts")),
    case("scarf", 1, Class("Scarves")),
    case("trench", 2, Name("Trench")),
    case("chesterfield", 2, Name("Chesterfield")),
    case(
        "cashmere",
        3,
        Either(&Name("Cashmere"), &Attribute("Cashmere")),
    ),
    case("linen", 5, Either(&Name("Linen"), &Attribute("Linen"))),
    case("lanting", 5, Brand("Lanting")),
    case("heming", 2, Brand("Heming")),
    case("harrington", 1, Name("Harrington")),
    case("bomber jacket", 2, Name("Bomber")),
    case("denim jacket", 2, Class("Denim Jackets")),
    case("three-piece suit", 2, Class("Three-piece")),
    case("tweed", 3, Either(&Name("Tweed"), &Attribute("Tweed"))),
    case("midi", 3, Name("Midi")),
    case("waistcoats", 1, Class("Waistcoats")),
    case("tailored", 5, Series("Tailored")),
    case("NAVY", 5, Attribute("Navy")),
    // Prefixes of the last word, as while typing
    case(
        "cashm",
        3,
        Either(&Name("Cashmere"), &Attribute("Cashmere")),
    ),
    case("harr", 1, Name("Harrington")),
    case("chester", 2, Name("Chesterfield")),
    case("pol", 3, Class("Polo")),
    case("silk sc", 1, Both(&Name("Silk"), &Class("Scarves"))),
    // Misspellings (one edit)
    case(
        "cashmre",
        3,
        Either(&Name("Cashmere"), &Attribute("Cashmere")),
    ),
    case("trosuers", 3, Name("Trousers")),
    case("harrignton", 1, Name("Harrington")),
    case("flanel shirt", 2, Both(&Name("Flannel"), &Name("Shirt"))),
    case("jaket", 3, Name("Jacket")),
    // Mixed Chinese and English
    case("Lanting 衬衫", 3, Both(&Brand("Lanting"), &Name("衬衫"))),
    case("羊毛 coat", 2, Both(&Name("羊毛"), &Name("Coat"))),
    case("silk 领带", 1, Both(&Name("Silk"), &Class("Ties"))),
    case("Polo衫", 3, Class("Polo")),
    case("ＬＩＮＥＮ", 3, Either(&Name("Linen"), &Attribute("Linen"))),
];

fn satisfies(info: &Info, want: &Want) -> bool {
    match want {
        Name(s) => info.names.contains(&s.to_lowercase()),
        Brand(s) => info.brand.contains(s),
        Class(s) => info.class.contains(s),
        Series(s) => info.series.contains(s),
        Attribute(s) => info.attributes.iter().any(|a| a == s),
        Both(a, b) => satisfies(info, a) && satisfies(info, b),
        Either(a, b) => satisfies(info, a) || satisfies(info, b),
    }
}

#[tokio::test]
async fn fixed_queries_find_what_they_should_on_both_databases() {
    assert!(CASES.len() >= 50);
    each_database(|db| async move {
        demo(&db).await;
        let mut failures = Vec::new();
        for case in CASES {
            let found = search::search(&db, case.typed).await.expect("search");
            if found.hits.len() < case.top {
                failures.push(format!("{:?}: {} results", case.typed, found.hits.len()));
                continue;
            }
            for (rank, hit) in found.hits.iter().take(case.top).enumerate() {
                let info = info(&db, hit.id).await;
                if !satisfies(&info, &case.want) {
                    failures.push(format!(
                        "{:?} #{}: {} / {} / {} — wanted {:?}",
                        case.typed,
                        rank + 1,
                        info.names,
                        info.brand,
                        info.class,
                        case.want
                    ));
                }
            }
        }
        assert!(
            failures.is_empty(),
            "{:?}:\n{}",
            db.dialect(),
            failures.join("\n")
        );
    })
    .await;
}

#[tokio::test]
async fn misspellings_say_what_was_meant_and_nonsense_finds_nothing() {
    each_database(|db| async move {
        demo(&db).await;
        let found = search::search(&db, "harrignton jacket")
            .await
            .expect("search");
        assert_eq!(found.query.corrected.as_deref(), Some("harrington jacket"));
        let found = search::search(&db, "harrington jacket")
            .await
            .expect("search");
        assert_eq!(found.query.corrected, None);
        let found = search::search(&db, "zzqxv").await.expect("search");
        assert!(found.hits.is_empty());
        assert!(search::search(&db, "")
            .await
            .expect("empty")
            .hits
            .is_empty());
    })
    .await;
}

#[tokio::test]
async fn hostile_input_finds_something_or_nothing_but_never_fails() {
    each_database(|db| async move {
        demo(&db).await;
        let long = "衬衫 shirt ".repeat(1000);
        let hostile = [
            "",
            " ",
            "\"",
            "*",
            "NEAR(",
            "NEAR(a b)",
            "-",
            ":",
            "a:b",
            "^",
            "'",
            "''",
            "\\",
            "' OR 1=1 --",
            "\"; DROP TABLE products; --",
            "%",
            "_",
            "(((",
            ")",
            "AND",
            "OR NOT",
            "🙂👔",
            "\u{0}\u{7}\u{1b}",
            "\u{202e}shirt",
            "衬衫*",
            "shirt\"*",
            long.as_str(),
        ];
        for typed in hostile {
            let found = search::search(&db, typed).await;
            assert!(found.is_ok(), "{typed:?}: {found:?}");
            let found = found.expect("checked");
            assert!(
                search::nearest(&db, &found.query).await.is_ok(),
                "{typed:?} nearest"
            );
        }
        let found = search::search(&db, &long).await.expect("long");
        assert!(
            !found.hits.is_empty(),
            "a long query still searches its first words"
        );
    })
    .await;
}

/// Random text mixing words, CJK, query syntax, emoji and control characters.
fn random_typing(cases: usize) -> Vec<String> {
    use proptest::prelude::*;
    use proptest::strategy::ValueTree;
    use proptest::test_runner::{Config, TestRunner};
    let piece = prop_oneof![
        "[a-zA-Z]{1,9}",
        "[\"*:()^+\\-'%_\\\\{}\\[\\].,;!?&|<>=~`@#$/]{1,3}",
        "[衬衫衣牛仔裤西装大羊毛领带白蓝色修身]{1,4}",
        "(AND|OR|NOT|NEAR|near|and)",
        "[ \t\n]{1,2}",
        any::<char>().prop_map(String::from),
        "[\u{1F300}-\u{1F64F}\u{200B}-\u{200F}\u{202A}-\u{202E}]",
    ];
    let typing = proptest::collection::vec(piece, 0..14).prop_map(|p| p.concat());
    let mut runner = TestRunner::new(Config {
        cases: cases as u32,
        ..Config::default()
    });
    (0..cases)
        .map(|_| typing.new_tree(&mut runner).expect("a value").current())
        .collect()
}

#[tokio::test]
async fn any_typing_searches_suggests_and_never_fails() {
    let typings = random_typing(150);
    each_database(move |db| {
        let typings = typings.clone();
        async move {
            demo(&db).await;
            for typed in &typings {
                let found = search::search(&db, typed).await;
                assert!(found.is_ok(), "search {typed:?}: {found:?}");
                let found = found.expect("checked");
                let near = search::nearest(&db, &found.query).await;
                assert!(near.is_ok(), "nearest {typed:?}: {near:?}");
                let suggested = search::suggest(&db, typed).await;
                assert!(suggested.is_ok(), "suggest {typed:?}: {suggested:?}");
                assert!(found.hits.len() as i64 <= search::MAX_RANKED);
            }
        }
    })
    .await;
}
