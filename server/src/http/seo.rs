//! What search engines read: `robots.txt`, and a sitemap index (`/sitemap.xml`) pointing at a
//! sitemap of pages (series, classes, brands, tags, the help center) and sitemaps of products,
//! 10,000 per file.

use app::catalog::shape::shop_date;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use domain::catalog::{self, SITEMAP_PRODUCTS_PER_FILE};
use domain::notifications::templates::escape;
use domain::Db;

/// What the sitemap handlers need.
#[derive(Clone)]
pub struct Seo {
    pub db: Db,
    pub public_url: String,
}

fn xml(body: String) -> Response {
    (
        [(header::CONTENT_TYPE, "application/xml; charset=utf-8")],
        body,
    )
        .into_response()
}

fn failed(e: domain::DomainError) -> Response {
    tracing::error!("sitemap: {e}");
    (StatusCode::SERVICE_UNAVAILABLE, "try again later").into_response()
}

pub async fn robots(State(seo): State<Seo>) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        format!(
            "User-agent: *\nDisallow: /api/\nDisallow: /search\nDisallow: /compare\nDisallow: /cart\n\
             Disallow: /account\nDisallow: /lang/\n\nSitemap: {}/sitemap.xml\n",
            seo.public_url
        ),
    )
}

pub async fn index(State(seo): State<Seo>) -> Response {
    let count = match catalog::count_on_shelf(&seo.db).await {
        Ok(n) => n,
        Err(e) => return failed(e),
    };
    let parts = (count + SITEMAP_PRODUCTS_PER_FILE - 1) / SITEMAP_PRODUCTS_PER_FILE;
    let mut body = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    body.push_str(&format!(
        "<sitemap><loc>{}/sitemaps/pages</loc></sitemap>\n",
        seo.public_url
    ));
    for part in 0..parts {
        body.push_str(&format!(
            "<sitemap><loc>{}/sitemaps/products/{part}</loc></sitemap>\n",
            seo.public_url
        ));
    }
    body.push_str("</sitemapindex>\n");
    xml(body)
}

pub async fn pages(State(seo): State<Seo>) -> Response {
    let mut paths = vec!["/".to_string(), "/directory".to_string()];
    let listed = async {
        for series in catalog::menu(&seo.db).await? {
            paths.push(format!("/series/{}", series.series.slug));
            for big in series.big_classes {
                paths.push(format!("/class/{}", big.class.slug));
                paths.extend(
                    big.small_classes
                        .iter()
                        .map(|c| format!("/class/{}", c.slug)),
                );
            }
        }
        for brand in catalog::brand_names(&seo.db).await? {
            paths.push(format!("/brand/{}", brand.slug));
        }
        for (tag, _) in catalog::tags_in_use(&seo.db).await? {
            paths.push(format!("/tag/{tag}"));
        }
        paths.push("/help".to_string());
        for page in domain::content::help::menu(&seo.db, domain::locale::Lang::ZhCn).await? {
            paths.push(format!("/help/{}", page.slug));
        }
        Ok::<_, domain::DomainError>(())
    };
    if let Err(e) = listed.await {
        return failed(e);
    }
    let mut body = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for path in paths {
        body.push_str(&format!(
            "<url><loc>{}{}</loc></url>\n",
            seo.public_url,
            escape(&path)
        ));
    }
    body.push_str("</urlset>\n");
    xml(body)
}

pub async fn products(State(seo): State<Seo>, Path(part): Path<String>) -> Response {
    let Ok(part) = part.parse::<i64>() else {
        return (StatusCode::NOT_FOUND, "no such sitemap").into_response();
    };
    let products = match catalog::sitemap_products(&seo.db, part).await {
        Ok(p) => p,
        Err(e) => return failed(e),
    };
    if products.is_empty() && part != 0 {
        return (StatusCode::NOT_FOUND, "no such sitemap").into_response();
    }
    let mut body = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for p in products {
        body.push_str(&format!(
            "<url><loc>{}/product/{}</loc><lastmod>{}</lastmod></url>\n",
            seo.public_url,
            escape(&p.slug),
            shop_date(p.updated_at)
        ));
    }
    body.push_str("</urlset>\n");
    xml(body)
}
