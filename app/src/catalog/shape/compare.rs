//! The comparison table's view.

use super::*;
use domain::ids::ProductId;
use domain::{Db, DomainResult};

pub async fn compare(db: &Db, lang: Lang, ids: &[ProductId]) -> DomainResult<CompareView> {
    let currency = domain::settings::shop(db).await?.currency_symbol;
    let products = catalog::summaries_by_ids(db, ids).await?;
    let present: Vec<ProductId> = products.iter().map(|p| p.id).collect();
    let (attributes, stock) = catalog::compare_details(db, &present).await?;
    Ok(CompareView {
        rows: attributes
            .iter()
            .map(|a| a.name.get(lang).to_string())
            .collect(),
        columns: products
            .iter()
            .map(|p| CompareColumn {
                card: card(p, lang, &currency),
                values: attributes
                    .iter()
                    .map(|a| {
                        a.values
                            .get(&p.id)
                            .map(|vs| {
                                vs.iter()
                                    .map(|v| v.get(lang))
                                    .collect::<Vec<_>>()
                                    .join(" / ")
                            })
                            .unwrap_or_default()
                    })
                    .collect(),
                stock: stock.get(&p.id).copied().unwrap_or(0),
            })
            .collect(),
    })
}
