//! The CLI's one-shot commands and the first-start routine shared with `serve`.

use crate::config::Config;
use domain::db::PoolSize;
use domain::{seed, staff, Db};
use rand::distributions::Alphanumeric;
use rand::Rng;

pub type CommandResult = Result<(), Box<dyn std::error::Error + Send + Sync>>;

/// Connects and applies pending migrations.
pub async fn connect(config: &Config) -> Result<Db, domain::DomainError> {
    let db = Db::connect(&config.database_url, PoolSize(16)).await?;
    db.migrate().await?;
    Ok(db)
}

pub async fn migrate(config: &Config) -> CommandResult {
    connect(config).await?;
    println!("migrations applied");
    Ok(())
}

pub async fn reindex(config: &Config) -> CommandResult {
    let db = connect(config).await?;
    let started = std::time::Instant::now();
    let products = domain::search::reindex_all(&db).await?;
    println!(
        "search index rebuilt: {products} products in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// A stock count of the variant with code `sku`: afterwards `units` pieces can be sold.
pub async fn stock_count(config: &Config, sku: &str, units: i64) -> CommandResult {
    let db = connect(config).await?;
    let id = domain::inventory::sku_by_code(&db, sku)
        .await?
        .ok_or_else(|| format!("no variant has the code {sku:?}"))?;
    domain::inventory::count_to(&db, id, units, "stock count (command line)").await?;
    println!("{sku}: {units} pieces can be sold");
    Ok(())
}

/// Best matches shown by `search explain`.
const EXPLAINED: usize = 20;

/// Prints how `typed` is understood and the best matches with the parts of their scores.
pub async fn explain(config: &Config, typed: &str) -> CommandResult {
    let db = connect(config).await?;
    let found = domain::search::search(&db, typed).await?;
    let query = &found.query;
    println!("understood as: {}", query.fts5());
    if let Some(corrected) = &query.corrected {
        println!("did you mean: {corrected}");
    }
    println!(
        "{} matches (ranked at most {})",
        found.hits.len(),
        domain::search::MAX_RANKED
    );
    let top: Vec<_> = found.hits.iter().take(EXPLAINED).collect();
    let ids: Vec<_> = top.iter().map(|h| h.id).collect();
    let products = domain::catalog::summaries_by_ids(&db, &ids).await?;
    println!(
        "{:>4} {:>8} {:>6} {:>6} {:>6} {:>6}  product",
        "#", "id", "text", "sales", "rating", "total"
    );
    for (i, hit) in top.iter().enumerate() {
        let s = hit.score;
        let name = products
            .iter()
            .find(|p| p.id == hit.id)
            .map(|p| format!("{} / {}", p.name.zh, p.name.en))
            .unwrap_or_default();
        let sold_out = if s.in_stock { "" } else { " (sold out: last)" };
        println!(
            "{:>4} {:>8} {:>6.3} {:>6.3} {:>6.3} {:>6.3}  {name}{sold_out}",
            i + 1,
            hit.id.0,
            s.text,
            s.sales,
            s.rating,
            s.total
        );
    }
    println!(
        "total = text × (1 + {} × sales + {} × rating); in-stock products first",
        domain::search::rank::SALES_BOOST,
        domain::search::rank::RATING_BOOST
    );
    Ok(())
}

pub async fn seed(config: &Config, products: usize) -> CommandResult {
    let db = connect(config).await?;
    let started = std::time::Instant::now();
    let demo = seed::demo_shop(&db, &config.media_dir()).await?;
    if demo.skipped {
        println!("demo shop already present");
    } else {
        println!(
            "demo shop seeded: {} products, {} SKUs",
            demo.products, demo.skus
        );
    }
    if products > 0 {
        let generated = seed::generated_products(&db, products, &config.media_dir()).await?;
        println!(
            "generated {} products ({} SKUs)",
            generated.products, generated.skus
        );
    }
    println!("seeding took {:.1} s", started.elapsed().as_secs_f64());
    Ok(())
}

pub async fn create_admin(config: &Config, email: &str, password: &str) -> CommandResult {
    let db = connect(config).await?;
    let id = staff::create_administrator(&db, email, password).await?;
    println!("administrator {email} created (staff #{id})");
    Ok(())
}

/// First start: seed the demo shop into an empty database and make sure an administrator exists,
/// printing the login it created.
pub async fn first_start(db: &Db, config: &Config) -> CommandResult {
    let demo = seed::demo_shop(db, &config.media_dir()).await?;
    if !demo.skipped {
        tracing::info!(
            products = demo.products,
            skus = demo.skus,
            "demo shop seeded"
        );
    }
    let indexed = domain::search::ensure_indexed(db).await?;
    if indexed > 0 {
        tracing::info!(products = indexed, "search index built");
    }
    let administrator = match staff::first_administrator(db).await? {
        Some(id) => id,
        None => create_first_administrator(db).await?,
    };
    if !demo.skipped {
        let posts = seed::demo_guestbook(db, administrator, domain::time::now()).await?;
        tracing::info!(posts, "demo guestbook seeded");
    }
    Ok(())
}

/// Creates the shop's first administrator with a random password, printed once.
async fn create_first_administrator(
    db: &Db,
) -> Result<domain::ids::StaffId, Box<dyn std::error::Error + Send + Sync>> {
    let password: String = rand::thread_rng()
        .sample_iter(&Alphanumeric)
        .take(16)
        .map(char::from)
        .collect();
    let email = "admin@emporium.local";
    let id = staff::create_administrator(db, email, &password).await?;
    println!(
        "\n  ==================================================\n  \
         Administrator account created (shown only once):\n    \
         e-mail:   {email}\n    password: {password}\n  \
         Create others with: emporium admin create --email E --password P\n  \
         ==================================================\n"
    );
    Ok(id)
}
