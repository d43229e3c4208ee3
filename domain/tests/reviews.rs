//! Product reviews on SQLite and PostgreSQL: only a member whose order of the product was
//! delivered may review it, once; stars and text are checked by field; photos are decoded by
//! content and stored resized; helpful votes count once per member; moderation moves the
//! product's rating and summary; the list sorts newest or most helpful first.

mod common;

use common::demo;
use common::reviewing::{
    buy, conflict, deliver, files_under, member, picture, product_of, refusal, text,
};
use common::shopping::stocked;
use domain::ids::MemberId;
use domain::reviews::moderation::{self, Decision};
use domain::reviews::{self, NewReview, ReviewStatus, Sort};
use domain::staff::audit::Actor;
use domain::testing::each_database;
use domain::{Db, DomainError};

#[tokio::test]
async fn only_buyers_of_a_delivered_item_review_it_once_with_checked_photos() {
    each_database(|db| async move {
        demo(&db).await;
        let media = tempfile::tempdir().expect("media");
        let (sku, _) = stocked(&db, 5).await;
        let product = product_of(&db, sku).await;
        let now = domain::time::now();
        let (ann, bo, cy) = (
            member(&db, "ann@example.com", "王小明").await,
            member(&db, "bo@example.com", "Bo").await,
            member(&db, "cy@example.com", "Cy").await,
        );
        let post = |who: MemberId, form: NewReview, uploads: Vec<Vec<u8>>| {
            let (db, dir) = (db.clone(), media.path().to_path_buf());
            async move { reviews::post(&db, &dir, who, product, &form, uploads, now).await }
        };
        // Cy never bought it; Bo's order is not delivered yet.
        assert_eq!(
            conflict(post(cy, text(5, "Lovely shirt"), vec![]).await),
            "not_bought"
        );
        let bo_order = buy(&db, bo, sku, "review-key-000000000001").await;
        assert_eq!(
            conflict(post(bo, text(5, "Lovely shirt"), vec![]).await),
            "not_delivered"
        );
        let ann_order = buy(&db, ann, sku, "review-key-000000000002").await;
        deliver(&db, &ann_order).await;
        assert!(matches!(
            reviews::eligibility(&db, ann, product)
                .await
                .expect("eligibility"),
            reviews::writing::Eligibility::May { .. }
        ));
        // Bad input is refused by field and stores nothing.
        assert_eq!(
            refusal(post(ann, text(0, "Lovely shirt"), vec![]).await),
            ("stars", "range")
        );
        assert_eq!(
            refusal(post(ann, text(6, "Lovely shirt"), vec![]).await),
            ("stars", "range")
        );
        assert_eq!(
            refusal(post(ann, text(5, "ok"), vec![]).await),
            ("body", "too_short")
        );
        let fake = b"I am a text file named photo.jpg".to_vec();
        assert_eq!(
            refusal(post(ann, text(5, "Lovely shirt"), vec![fake]).await),
            ("photos", "not_an_image")
        );
        let png = picture(1_600, 800, image::ImageFormat::Png);
        let too_many = vec![png.clone(); reviews::photos::PHOTOS_MAX + 1];
        assert_eq!(
            refusal(post(ann, text(5, "Lovely shirt"), too_many).await),
            ("photos", "too_many")
        );
        assert_eq!(
            files_under(media.path()).await,
            0,
            "nothing written for refused reviews"
        );
        let summary = reviews::summary(&db, product).await.expect("summary");
        assert_eq!((summary.count, summary.histogram), (0, None));

        // Ann's review with a PNG and a JPEG photo.
        let jpeg = picture(300, 600, image::ImageFormat::Jpeg);
        let id = post(
            ann,
            text(4, "  合身，面料好 <b>bold</b>  "),
            vec![png, jpeg],
        )
        .await
        .expect("reviewed");
        assert_eq!(
            conflict(post(ann, text(5, "Again!"), vec![]).await),
            "already_reviewed"
        );
        let (list, more) = reviews::list(&db, product, Sort::Newest, Some(ann), 1)
            .await
            .expect("list");
        assert!(!more);
        let review = &list[0];
        assert_eq!((review.id, review.stars, review.own), (id, 4, true));
        assert_eq!(
            review.body, "合身，面料好 <b>bold</b>",
            "stored as typed, trimmed"
        );
        assert_eq!(review.author, "王**");
        assert_eq!(review.photos.len(), 2);
        let sizes = [(1_200, 600, 240, 120), (300, 600, 120, 240)]; // never enlarged
        for (photo, (w, h, tw, th)) in review.photos.iter().zip(sizes) {
            assert_eq!((photo.width, photo.height), (w, h));
            let shown = image::open(media.path().join(&photo.photo_path)).expect("display file");
            assert_eq!((shown.width() as i64, shown.height() as i64), (w, h));
            let thumb = image::open(media.path().join(&photo.thumb_path)).expect("thumbnail");
            assert_eq!((thumb.width(), thumb.height()), (tw, th));
            assert!(photo.photo_path.starts_with("reviews/") && photo.photo_path.ends_with(".jpg"));
        }
        let summary = reviews::summary(&db, product).await.expect("summary");
        assert_eq!((summary.count, summary.average), (1, 400));
        assert_eq!(summary.histogram, Some([0, 1, 0, 0, 0]));
        // Once Bo's order arrives, Bo may review too.
        deliver(&db, &bo_order).await;
        post(bo, text(2, "Too tight for me"), vec![])
            .await
            .expect("reviewed");
        let summary = reviews::summary(&db, product).await.expect("summary");
        assert_eq!((summary.count, summary.average), (2, 300));
        assert_eq!(summary.histogram, Some([0, 1, 0, 1, 0]));
    })
    .await;
}

#[tokio::test]
async fn helpful_votes_count_once_and_sort_the_list_and_moderation_moves_the_rating() {
    each_database(|db| async move {
        demo(&db).await;
        let media = tempfile::tempdir().expect("media");
        let (sku, _) = stocked(&db, 5).await;
        let product = product_of(&db, sku).await;
        let mut authors = Vec::new();
        for (i, (email, name)) in [
            ("a@example.com", "Ann"),
            ("b@example.com", "Bo"),
            ("c@example.com", "Cy"),
        ]
        .into_iter()
        .enumerate()
        {
            let who = member(&db, email, name).await;
            let number = buy(&db, who, sku, &format!("review-vote-00000000000{i}")).await;
            deliver(&db, &number).await;
            authors.push(who);
        }
        let (ann, bo, cy) = (authors[0], authors[1], authors[2]);
        let t0 = domain::time::now();
        let first = reviews::post(
            &db,
            media.path(),
            ann,
            product,
            &text(5, "First and best"),
            vec![],
            t0,
        )
        .await
        .expect("reviewed");
        let second = reviews::post(
            &db,
            media.path(),
            bo,
            product,
            &text(3, "Second, so-so"),
            vec![],
            t0 + 60,
        )
        .await
        .expect("reviewed");
        // Newest first: Bo's; Cy finds Ann's helpful (twice counts once), Bo too.
        let order_of = |list: Vec<reviews::Review>| list.iter().map(|r| r.id).collect::<Vec<_>>();
        let newest = reviews::list(&db, product, Sort::Newest, None, 1)
            .await
            .expect("list")
            .0;
        assert_eq!(order_of(newest), vec![second, first]);
        assert_eq!(
            reviews::vote_helpful(&db, cy, first, t0)
                .await
                .expect("vote"),
            1
        );
        assert_eq!(
            reviews::vote_helpful(&db, cy, first, t0)
                .await
                .expect("vote"),
            1
        );
        assert_eq!(
            reviews::vote_helpful(&db, bo, first, t0)
                .await
                .expect("vote"),
            2
        );
        assert!(matches!(
            reviews::vote_helpful(&db, ann, first, t0).await,
            Err(DomainError::Conflict("own_review"))
        ));
        assert!(matches!(
            reviews::vote_helpful(&db, ann, 999_999, t0).await,
            Err(DomainError::NotFound)
        ));
        let (helpful, _) = reviews::list(&db, product, Sort::MostHelpful, Some(cy), 1)
            .await
            .expect("list");
        assert_eq!(
            helpful.iter().map(|r| (r.id, r.voted)).collect::<Vec<_>>(),
            vec![(first, true), (second, false)]
        );

        // Hiding Ann's review withdraws its five stars; approving it again counts them again.
        let boss = domain::staff::create_administrator(&db, "boss@shop.cn", "a long enough secret")
            .await
            .expect("administrator");
        let who = Actor {
            staff: Some(boss),
            address: "203.0.113.9".into(),
        };
        let figures = |db: Db| async move {
            let s = reviews::summary(&db, product).await.expect("summary");
            (s.count, s.average, s.histogram)
        };
        assert_eq!(figures(db.clone()).await, (2, 400, Some([1, 0, 1, 0, 0])));
        let hidden = moderation::moderate(&db, &who, first, Decision::Hide, t0)
            .await
            .expect("hidden");
        assert_eq!(hidden, ReviewStatus::Hidden);
        assert_eq!(figures(db.clone()).await, (1, 300, Some([0, 0, 1, 0, 0])));
        let shown = reviews::list(&db, product, Sort::Newest, None, 1)
            .await
            .expect("list")
            .0;
        assert_eq!(order_of(shown), vec![second]);
        assert!(matches!(
            reviews::vote_helpful(&db, cy, first, t0).await,
            Err(DomainError::NotFound)
        ));
        moderation::moderate(&db, &who, first, Decision::Hide, t0)
            .await
            .expect("hidden twice");
        assert_eq!(
            figures(db.clone()).await,
            (1, 300, Some([0, 0, 1, 0, 0])),
            "hiding twice counts once"
        );
        moderation::moderate(&db, &who, first, Decision::Approve, t0)
            .await
            .expect("approved");
        moderation::moderate(&db, &who, second, Decision::Approve, t0)
            .await
            .expect("approved");
        assert_eq!(figures(db.clone()).await, (2, 400, Some([1, 0, 1, 0, 0])));
        let rating: (i64, i64, i64) = sqlx::query_as(
            "SELECT rating_sum, rating_count, rating_avg FROM products WHERE id = $1",
        )
        .bind(product.0)
        .fetch_one(db.pool())
        .await
        .expect("rating");
        assert_eq!(rating, (8, 2, 400));
        assert!(matches!(
            moderation::moderate(&db, &who, 999_999, Decision::Hide, t0).await,
            Err(DomainError::NotFound)
        ));

        // The shop's reply is public; a bad one is refused by field.
        moderation::reply(&db, &who, second, "  Sorry! Try one size up.  ", t0)
            .await
            .expect("replied");
        assert!(matches!(
            moderation::reply(&db, &who, second, &"x".repeat(reviews::REPLY_MAX + 1), t0).await,
            Err(DomainError::Invalid {
                field: "reply",
                rule: "too_long"
            })
        ));
        let shown = reviews::list(&db, product, Sort::Newest, None, 1)
            .await
            .expect("list")
            .0;
        assert_eq!(shown[0].reply, "Sorry! Try one size up.");
        let queue = moderation::queue(&db, "approved", 50).await.expect("queue");
        assert_eq!(queue.len(), 2);
        assert!(moderation::queue(&db, "new", 50)
            .await
            .expect("queue")
            .is_empty());
        let actions: Vec<String> = sqlx::query_scalar(
            "SELECT action FROM audit_log WHERE subject LIKE 'review:%' ORDER BY id",
        )
        .fetch_all(db.pool())
        .await
        .expect("audit");
        assert_eq!(
            actions.iter().filter(|a| *a == "review.moderate").count(),
            4
        );
        assert_eq!(actions.last().map(String::as_str), Some("review.reply"));
    })
    .await;
}
