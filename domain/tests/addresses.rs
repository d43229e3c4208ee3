//! A member's profile and address book: fields checked for their country, one default
//! address, at most 20, and no reaching another member's addresses — on SQLite and PostgreSQL.

use domain::members::addresses::{self, AddressForm, MAX_ADDRESSES};
use domain::members::profile::{self, Profile};
use domain::members::{self, Registration};
use domain::testing::each_database;
use domain::DomainError;

fn head() -> domain::notifications::templates::Letterhead {
    domain::notifications::templates::Letterhead {
        shop: "Emporium".into(),
        url: "https://shop.example".into(),
    }
}

async fn member(db: &domain::Db, email: &str) -> domain::ids::MemberId {
    let form = Registration {
        email: email.into(),
        password: "correct horse battery".into(),
        name: "Ann".into(),
        language: "zh-CN".into(),
        phone: String::new(),
    };
    members::register(db, &form, &head())
        .await
        .expect("registered")
}

fn beijing() -> AddressForm {
    AddressForm {
        recipient: " 王小明 ".into(),
        phone: "138 0013 8000".into(),
        country: "CN".into(),
        region: "北京市".into(),
        city: "北京市".into(),
        district: "朝阳区".into(),
        street: "建国路 88 号 SOHO 现代城 A 座 1201".into(),
        postcode: "100022".into(),
    }
}

fn refused<T: std::fmt::Debug>(result: Result<T, DomainError>) -> (&'static str, &'static str) {
    match result {
        Err(DomainError::Invalid { field, rule }) => (field, rule),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[tokio::test]
async fn the_address_book_keeps_one_default_and_only_its_owners_addresses() {
    each_database(|db| async move {
        let ann = member(&db, "ann@example.com").await;
        let bo = member(&db, "bo@example.com").await;
        let first = addresses::save(&db, ann, None, &beijing())
            .await
            .expect("saved");
        let hk = AddressForm {
            recipient: "Chan Tai Man".into(),
            phone: "+852 9123 4567".into(),
            country: "HK".into(),
            region: "香港".into(),
            city: "香港".into(),
            district: "中西區".into(),
            street: "皇后大道中 99 號".into(),
            postcode: "".into(),
        };
        let second = addresses::save(&db, ann, None, &hk).await.expect("saved");
        let book = addresses::list(&db, ann).await.expect("list");
        assert_eq!(book.len(), 2);
        assert_eq!(book[0].id, first, "the first address is the default");
        assert!(book[0].is_default && !book[1].is_default);
        assert_eq!(book[0].recipient, "王小明");
        assert_eq!(book[0].phone, "13800138000");
        assert_eq!(book[1].phone, "91234567");

        addresses::make_default(&db, ann, second)
            .await
            .expect("default");
        let book = addresses::list(&db, ann).await.expect("list");
        assert_eq!(
            (book[0].id, book[0].is_default, book[1].is_default),
            (second, true, false)
        );

        // Another member's ids reach nothing.
        assert!(matches!(
            addresses::make_default(&db, bo, second).await,
            Err(DomainError::NotFound)
        ));
        assert!(matches!(
            addresses::remove(&db, bo, second).await,
            Err(DomainError::NotFound)
        ));
        assert!(matches!(
            addresses::save(&db, bo, Some(second), &beijing()).await,
            Err(DomainError::NotFound)
        ));
        assert!(addresses::list(&db, bo).await.expect("list").is_empty());

        // Removing the default makes the newest left the default.
        addresses::remove(&db, ann, second).await.expect("removed");
        let book = addresses::list(&db, ann).await.expect("list");
        assert_eq!(
            (book.len(), book[0].id, book[0].is_default),
            (1, first, true)
        );

        let mut edited = beijing();
        edited.street = "建国路 89 号".into();
        addresses::save(&db, ann, Some(first), &edited)
            .await
            .expect("edited");
        assert_eq!(
            addresses::list(&db, ann).await.expect("list")[0].street,
            "建国路 89 号"
        );

        for _ in 1..MAX_ADDRESSES {
            addresses::save(&db, ann, None, &beijing())
                .await
                .expect("saved");
        }
        assert_eq!(
            refused(addresses::save(&db, ann, None, &beijing()).await),
            ("addresses", "too_many")
        );
    })
    .await;
}

#[test]
fn bad_addresses_name_the_field_and_the_rule() {
    type Spoil = fn(&mut AddressForm);
    let cases: [(Spoil, (&str, &str)); 9] = [
        (|f| f.recipient = "  ".into(), ("recipient", "required")),
        (|f| f.recipient = "名".repeat(41), ("recipient", "too_long")),
        (
            |f| f.recipient = "Ann\u{202e}".into(),
            ("recipient", "malformed"),
        ),
        (|f| f.phone = "12345".into(), ("phone", "malformed")),
        (|f| f.country = "JP".into(), ("country", "unknown")),
        (|f| f.district = "".into(), ("district", "required")),
        (|f| f.street = "x".into(), ("street", "too_short")),
        (|f| f.postcode = "1000".into(), ("postcode", "malformed")),
        (|f| f.street = "路".repeat(121), ("street", "too_long")),
    ];
    for (spoil, expected) in cases {
        let mut form = beijing();
        spoil(&mut form);
        assert_eq!(refused(addresses::check(&form)), expected);
    }
}

#[tokio::test]
async fn the_profile_is_checked_and_saved() {
    each_database(|db| async move {
        let ann = member(&db, "ann@example.com").await;
        let today = "2026-11-22";
        let mut typed = Profile {
            name: "安".into(),
            phone: "+852 9123 4567".into(),
            birthday: "1990-05-17".into(),
            language: "en".into(),
        };
        profile::update(&db, ann, &typed, today)
            .await
            .expect("saved");
        let saved = profile::get(&db, ann).await.expect("read").expect("exists");
        assert_eq!(saved.phone, "+852 91234567");
        assert_eq!(
            (saved.birthday.as_str(), saved.language.as_str()),
            ("1990-05-17", "en")
        );
        typed.phone = "".into();
        typed.birthday = "".into();
        profile::update(&db, ann, &typed, today)
            .await
            .expect("cleared");
        assert_eq!(
            profile::get(&db, ann)
                .await
                .expect("read")
                .expect("exists")
                .phone,
            ""
        );
        typed.birthday = "2030-01-01".into();
        assert_eq!(
            refused(profile::update(&db, ann, &typed, today).await),
            ("birthday", "future")
        );
        typed.birthday = "".into();
        typed.language = "fr".into();
        assert_eq!(
            refused(profile::update(&db, ann, &typed, today).await),
            ("language", "unknown")
        );
        typed.language = "zh-CN".into();
        typed.phone = "555".into();
        assert_eq!(
            refused(profile::update(&db, ann, &typed, today).await),
            ("phone", "malformed")
        );
    })
    .await;
}

#[tokio::test]
async fn a_member_takes_their_data_and_deletes_the_account() {
    each_database(|db| async move {
        let ann = member(&db, "ann@example.com").await;
        addresses::save(&db, ann, None, &beijing())
            .await
            .expect("saved");
        let now = domain::time::now();
        let session = domain::members::sessions::start(
            &db,
            domain::members::sessions::Holder::Member(ann),
            now,
        )
        .await
        .expect("session");
        let data = domain::members::privacy::export(&db, ann)
            .await
            .expect("export");
        assert_eq!(data["account"]["email"], "ann@example.com");
        assert_eq!(data["addresses"][0]["recipient"], "王小明");
        assert_eq!(data["sessions"].as_array().map(Vec::len), Some(1));
        assert_eq!(data["mail"][0]["kind"], "verify_email");
        let text = data.to_string();
        assert!(
            !text.contains("argon2") && !text.contains("token"),
            "{text}"
        );

        let wrong = domain::members::privacy::delete(&db, ann, "wrong horse battery").await;
        assert_eq!(refused(wrong), ("current_password", "mismatch"));
        domain::members::privacy::delete(&db, ann, "correct horse battery")
            .await
            .expect("deleted");
        assert!(members::member(&db, ann).await.expect("read").is_none());
        assert!(addresses::list(&db, ann).await.expect("list").is_empty());
        assert_eq!(
            domain::members::sessions::find(&db, &session.0, now)
                .await
                .expect("find"),
            None
        );
        let again = members::authenticate(&db, "ann@example.com", "correct horse battery").await;
        assert_eq!(again.expect("auth"), None);
        assert!(matches!(
            domain::members::privacy::export(&db, ann).await,
            Err(DomainError::NotFound)
        ));
        // The address is free to register again.
        member(&db, "ann@example.com").await;
    })
    .await;
}
