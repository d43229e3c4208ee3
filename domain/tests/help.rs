//! The customer service center on SQLite and PostgreSQL: its six pages and the FAQ come with
//! the shop in both languages; the FAQ is found by Chinese and English words; editors' changes
//! are checked, stamped and audit-logged; hostile Markdown is stored as typed and shown inert.

use domain::content::help::{self, FaqText, PageText, STANDARD_PAGES};
use domain::locale::Lang;
use domain::staff::accounts::{self, NewStaff};
use domain::staff::audit::Actor;
use domain::staff::Role;
use domain::testing::each_database;
use domain::{Db, DomainError};

#[path = "help/edits.rs"]
mod edits;

async fn editor(db: &Db) -> Actor {
    let form = NewStaff {
        email: "editor@shop.cn".into(),
        name: "Xu".into(),
        password: "a long enough secret".into(),
        roles: vec![Role::Editor],
    };
    let id = accounts::add(db, &Actor::shop(), &form)
        .await
        .expect("editor added");
    Actor {
        staff: Some(id),
        address: "198.51.100.7".into(),
    }
}

/// The help center's audit rows: (action, subject, staff id, before, after), oldest first.
async fn audited(db: &Db) -> Vec<(String, String, Option<i64>, String, String)> {
    sqlx::query_as(
        "SELECT action, subject, staff_id, COALESCE(before_json, ''), COALESCE(after_json, '') \
         FROM audit_log WHERE action LIKE 'help.%' ORDER BY id",
    )
    .fetch_all(db.pool())
    .await
    .expect("audit log")
}

fn refusal<T: std::fmt::Debug>(result: Result<T, DomainError>) -> (&'static str, &'static str) {
    match result {
        Err(DomainError::Invalid { field, rule }) => (field, rule),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

fn has_han(text: &str) -> bool {
    text.chars().any(domain::search::text::is_han)
}

fn page_text(title: &str, body: &str) -> PageText {
    PageText {
        title_zh: format!("{title}（中文）"),
        title_en: title.into(),
        body_zh: format!("{body}（中文）"),
        body_en: body.into(),
    }
}

fn faq_text(question: &str, answer: &str) -> FaqText {
    FaqText {
        question_zh: format!("{question}？"),
        question_en: question.into(),
        answer_zh: format!("{answer}。"),
        answer_en: answer.into(),
    }
}

#[tokio::test]
async fn the_pages_and_faq_come_with_the_shop_in_both_languages() {
    each_database(|db| async move {
        let pages = help::pages(&db).await.expect("pages");
        let slugs: Vec<&str> = pages.iter().map(|p| p.slug.as_str()).collect();
        assert_eq!(slugs, STANDARD_PAGES);
        for page in &pages {
            assert!(
                has_han(&page.title.zh) && has_han(&page.body.zh),
                "{}",
                page.slug
            );
            assert!(
                !has_han(&page.title.en) && !has_han(&page.body.en),
                "{}",
                page.slug
            );
            assert!(page.body.zh.chars().count() > 200 && page.body.en.len() > 400);
            for lang in [Lang::ZhCn, Lang::En] {
                let source = page.body.get(lang);
                let html = page.shown(lang).html.into_string();
                // Every link in the shop's own text is one the renderer keeps.
                let links = source.matches("](").count() + source.matches("<service@").count();
                assert_eq!(html.matches("<a href=").count(), links, "{}", page.slug);
                assert!(html.contains("<h2>") && !html.contains("&lt;"), "{html}");
            }
        }
        let menu = help::menu(&db, Lang::ZhCn).await.expect("menu");
        assert_eq!(menu[2].slug, "returns");
        assert_eq!(menu[2].title, "退换货政策");
        let menu = help::menu(&db, Lang::En).await.expect("menu");
        assert_eq!(menu[4].title, "Delivery fees and times");

        // What the pages say is what the shop does.
        let text = |slug: &'static str, lang| {
            let db = db.clone();
            async move {
                let page = help::page(&db, slug).await.expect("read").expect("page");
                page.body.get(lang).to_string()
            }
        };
        let delivery = text("delivery", Lang::En).await;
        for fact in ["¥12", "¥20", "¥30", "¥60", "¥299"] {
            assert!(delivery.contains(fact), "{fact}");
        }
        let paying = text("payment-methods", Lang::ZhCn).await;
        for fact in [
            "货到付款",
            "银行转账",
            "银行卡",
            "48 小时",
            "30 分钟",
            "沙箱",
        ] {
            assert!(paying.contains(fact), "{fact}");
        }
        assert!(text("returns", Lang::En)
            .await
            .contains("7 days of delivery"));
        let returns = help::shown_page(&db, "returns", Lang::ZhCn)
            .await
            .expect("read")
            .expect("page");
        assert!(returns
            .html
            .as_str()
            .contains("<a href=\"/orders/lookup\">"));
        assert!(returns
            .html
            .as_str()
            .contains("<a href=\"mailto:service@emporium.example\">"));

        for missing in ["faq", "Returns", "../admin", "", "returns/x"] {
            assert!(help::page(&db, missing).await.expect("read").is_none());
        }

        let faqs = help::faqs(&db).await.expect("faqs");
        assert!((10..=12).contains(&faqs.len()), "{}", faqs.len());
        for faq in &faqs {
            assert!(has_han(&faq.question.zh) && has_han(&faq.answer.zh));
            assert!(!has_han(&faq.question.en) && !has_han(&faq.answer.en));
            assert!(faq.question.zh.ends_with('？') && faq.question.en.ends_with('?'));
        }
        let shown = help::shown_faqs(&db, Lang::En).await.expect("shown");
        assert_eq!(shown.len(), faqs.len());
        assert_eq!(shown[0].question, faqs[0].question.en);
        assert!(shown[0].answer.as_str().starts_with("<p>"));
    })
    .await;
}

#[tokio::test]
async fn the_faq_is_found_by_chinese_and_english_words() {
    each_database(|db| async move {
        let questions = |typed: &'static str, lang: Lang| {
            let db = db.clone();
            async move {
                let hits = help::search_faqs(&db, typed).await.expect("search");
                hits.iter()
                    .map(|f| f.question.get(lang).to_string())
                    .collect::<Vec<_>>()
            }
        };
        let all = help::faqs(&db).await.expect("faqs").len();

        let hits = questions("退货", Lang::ZhCn).await;
        assert!(
            hits.contains(&"定制商品可以退货吗？".to_string()),
            "{hits:?}"
        );
        assert_eq!(
            hits[0], "定制商品可以退货吗？",
            "a match in the question comes first"
        );
        assert!(hits.len() > 1 && hits.len() < all, "{hits:?}");

        let hits = questions("运费", Lang::ZhCn).await;
        assert_eq!(hits[0], "运费是多少？");

        let hits = questions("Hong Kong", Lang::En).await;
        assert_eq!(hits[0], "Do you deliver to Hong Kong, Macau and Taiwan?");
        assert!(
            hits.contains(&"How much is delivery?".to_string()),
            "found in the answer"
        );
        assert_eq!(questions("ＨＯＮＧ ｋｏｎｇ", Lang::En).await, hits);

        let hits = questions("cancelled", Lang::En).await;
        assert_eq!(hits[0], "Can I cancel my order?", "cancelled → cancel");
        assert!(hits.contains(&"Why was my order cancelled automatically?".to_string()));

        // Both languages, in one search; the last word may be unfinished.
        let hits = questions("量体 guid", Lang::En).await;
        assert_eq!(hits, ["How does made-to-measure work?"]);

        assert!(questions("xylophone", Lang::En).await.is_empty());
        assert!(questions("火箭", Lang::ZhCn).await.is_empty());
        assert_eq!(questions("  ！？ ", Lang::En).await.len(), all);

        // Markdown is not searched as text: link addresses are not words of the answer.
        assert!(questions("orders lookup", Lang::En).await.is_empty());
    })
    .await;
}

#[tokio::test]
async fn hostile_markdown_is_stored_as_typed_and_shown_inert() {
    each_database(|db| async move {
        let who = editor(&db).await;
        let hostile = "# Offer\n\n<script>alert(1)</script>\n\n[win](JaVaScRiPt:alert(1)) \
                       <img src=x onerror=alert(1)> [x](&#106;avascript:alert(1)) \
                       ![p](data:image/svg+xml;base64,PHN2Zz4=) <iframe src=\"//evil.example\">";
        let text = PageText {
            body_en: hostile.into(),
            ..page_text("Offer", "x")
        };
        let page = help::update_page(&db, &who, "delivery", &text)
            .await
            .expect("updated");
        assert_eq!(page.body.en, hostile, "the source is kept as typed");
        let shown = help::shown_page(&db, "delivery", Lang::En)
            .await
            .expect("read")
            .expect("page");
        let html = shown.html.as_str().to_ascii_lowercase();
        for bad in [
            "<script",
            "<img",
            "<iframe",
            "javascript:alert(1)\"",
            "href=\"javascript",
            "href=\"data",
            "<a ",
        ] {
            assert!(!html.contains(bad), "{bad} in {html}");
        }
        assert!(
            html.contains("&lt;script&gt;") && html.contains("<h1>offer</h1>"),
            "{html}"
        );

        let faq = FaqText {
            answer_zh: hostile.into(),
            ..faq_text("Q", "A")
        };
        let added = help::create_faq(&db, &who, &faq).await.expect("added");
        let shown = added.shown(Lang::ZhCn).answer.into_string();
        assert!(
            !shown.contains("<script") && !shown.contains("<a "),
            "{shown}"
        );
    })
    .await;
}
