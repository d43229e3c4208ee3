//! The demo shop's guestbook: a few questions shoppers asked on different boards, each with the
//! shop's public answer, so a new shop shows what the guestbook is for. Seeded once, on the first
//! start, after the administrator exists (answers are signed by a staff account).

use crate::db::Db;
use crate::error::DomainResult;
use crate::guestbook::posting::{fingerprint, search_tokens};
use crate::ids::StaffId;

const HOUR: i64 = 3_600;

struct DemoPost {
    board: &'static str,
    name: &'static str,
    language: &'static str,
    title: &'static str,
    body: &'static str,
    answer: &'static str,
    pinned: bool,
    hours_ago: i64,
}

const POSTS: &[DemoPost] = &[
    DemoPost {
        board: "delivery",
        name: "赵同学",
        language: "zh-CN",
        title: "定制西服多久可以发货？",
        body: "选了量体定制的西服，从下单到发货一般要多久？现货衬衫和它一起买会分开发吗？",
        answer: "量体师会在 1 个工作日内联系您预约量体，量体完成后 15 个工作日内制作完成并发货。\
                 同一订单里的现货商品会和定制商品一起发出；想先收到衬衫，可以分开下单。",
        pinned: true,
        hours_ago: 24 * 20,
    },
    DemoPost {
        board: "products",
        name: "Emma",
        language: "en",
        title: "Does the wool overcoat run large?",
        body: "I am usually a medium. Should I size down for a Ready-to-Wear overcoat? \
               I like to wear a thick jumper under it.",
        answer: "Our outerwear is cut with room for a jumper, so your usual size should be right. \
                 If it is not, you can exchange it for another size within 7 days of delivery.",
        pinned: false,
        hours_ago: 24 * 6 + 3,
    },
    DemoPost {
        board: "payment",
        name: "小林",
        language: "zh-CN",
        title: "货到付款需要额外付费吗？",
        body: "想问一下选择货到付款要不要手续费？什么时候发货？",
        answer: "货到付款不收手续费，订单提交后即确认，按现货时效在 48 小时内发货，\
                 签收时向快递员付款即可。",
        pinned: false,
        hours_ago: 24 * 4 + 7,
    },
    DemoPost {
        board: "orders",
        name: "王先生",
        language: "zh-CN",
        title: "没有注册也能查订单吗",
        body: "我是用游客身份下的单，忘了保存订单页面，还能查到吗？",
        answer: "可以的。在“订单查询”页面输入订单号和下单时填写的邮箱或手机号码，\
                 就能看到付款、发货和运单号。订单号也在确认邮件里。",
        pinned: false,
        hours_ago: 24 * 2 + 5,
    },
    DemoPost {
        board: "search",
        name: "Li Wei",
        language: "en",
        title: "Searching in English and Chinese",
        body: "Can I search for products in English? Typing \"linen shirt\" worked for me, \
               great job.",
        answer: "Thank you! Search understands both languages and common synonyms, \
                 so 衬衫 and \"shirt\" find the same products.",
        pinned: false,
        hours_ago: 30,
    },
    DemoPost {
        board: "services",
        name: "陈女士",
        language: "zh-CN",
        title: "在哪里可以量体？",
        body: "我在上海，定制系列要去哪里量体？需要收费吗？",
        answer: "上海和广州的门店都提供免费量体，选购“量体定制”尺码后量体师会主动联系您预约。\
                 不方便到店的话，量体师会指导您自己测量。",
        pinned: false,
        hours_ago: 9,
    },
];

/// Adds the demo posts and the shop's answers, signed by `staff`, unless the guestbook already
/// has posts. The number of posts added.
pub async fn demo_posts(db: &Db, staff: StaffId, now: i64) -> DomainResult<usize> {
    let mut tx = db.begin_write().await?;
    let existing: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM guestbook_posts")
        .fetch_one(tx.conn())
        .await?;
    if existing > 0 {
        tx.rollback().await?;
        return Ok(0);
    }
    for post in POSTS {
        let posted = now - post.hours_ago * HOUR;
        let tokens = search_tokens(post.title, post.body);
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO guestbook_posts (board_id, name, title, body, language, status, pinned, \
             fingerprint, search_tokens, created_at, moderated_at, moderated_by) \
             SELECT id, $1, $2, $3, $4, 'visible', $5, $6, $7, $8, $9, $10 \
             FROM guestbook_boards WHERE code = $11 RETURNING id",
        )
        .bind(post.name)
        .bind(post.title)
        .bind(post.body)
        .bind(post.language)
        .bind(i64::from(post.pinned))
        .bind(fingerprint(post.body))
        .bind(&tokens)
        .bind(posted)
        .bind(posted + HOUR)
        .bind(staff.0)
        .bind(post.board)
        .fetch_one(tx.conn())
        .await?;
        sqlx::query(
            "INSERT INTO guestbook_replies (post_id, staff_id, body, created_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(staff.0)
        .bind(post.answer)
        .bind(posted + 2 * HOUR)
        .execute(tx.conn())
        .await?;
    }
    tx.commit().await?;
    Ok(POSTS.len())
}
