//! A listing's sort, page size, view and filters as the shopper asked for them (URL, else
//! remembered cookies), checked against what exists, with a notice for whatever was not usable.

use super::listing::Remembered;
use crate::catalog::listing_query::ListingQuery;
use crate::i18n::{Locale, Msg};
use domain::catalog::{self, Filters, Sort, PAGE_SIZES};
use domain::Money;

/// The shopper's choices, checked: what was understood and notices for what was not.
pub(super) struct Choices {
    pub sort: Sort,
    pub per: i64,
    pub view: &'static str,
    pub filters: Filters,
    pub notices: Vec<String>,
}

pub(super) fn choices(
    locale: Locale,
    query: &ListingQuery,
    remembered: &Remembered,
    attributes: &[catalog::Attribute],
    brands: &[catalog::Brand],
) -> Choices {
    let mut notices = Vec::new();
    let mut notice = |msg: Msg| {
        let text = msg.text(locale).to_string();
        if !notices.contains(&text) {
            notices.push(text);
        }
    };
    let sort = match &query.sort {
        None => Sort::Recommended,
        Some(code) => Sort::parse(code).unwrap_or_else(|| {
            notice(Msg::NoticeUnknownSort);
            Sort::Recommended
        }),
    };
    let asked_per = query
        .per
        .as_ref()
        .map(|p| p.parse::<i64>().ok().filter(|n| PAGE_SIZES.contains(n)));
    let per = match asked_per {
        Some(Some(n)) => n,
        Some(None) => {
            notice(Msg::NoticeUnknownPageSize);
            PAGE_SIZES[0]
        }
        None => remembered
            .per
            .filter(|n| PAGE_SIZES.contains(n))
            .unwrap_or(PAGE_SIZES[0]),
    };
    let view_of = |v: &str| match v {
        "grid" => Some("grid"),
        "list" => Some("list"),
        _ => None,
    };
    let view = match &query.view {
        Some(v) => view_of(v).unwrap_or_else(|| {
            notice(Msg::NoticeUnknownView);
            "grid"
        }),
        None => remembered
            .view
            .as_deref()
            .and_then(view_of)
            .unwrap_or("grid"),
    };
    let mut filters = Filters::default();
    for slug in &query.brands {
        match brands.iter().find(|b| &b.slug == slug) {
            Some(b) => filters.brands.push(b.id),
            None => notice(Msg::NoticeUnknownFilter),
        }
    }
    for (code, values) in &query.values {
        let Some(attribute) = attributes.iter().find(|a| &a.code == code) else {
            continue;
        };
        let mut ids = Vec::new();
        for value in values {
            match attribute.values.iter().find(|v| &v.code == value) {
                Some(v) => ids.push(v.id),
                None => notice(Msg::NoticeUnknownFilter),
            }
        }
        if !ids.is_empty() {
            filters.values.push((code.clone(), ids));
        }
    }
    let mut price = |text: &Option<String>| {
        text.as_ref().and_then(|t| {
            let parsed = Money::parse_major(t);
            if parsed.is_none() {
                notice(Msg::NoticeBadPrice);
            }
            parsed
        })
    };
    filters.price_min = price(&query.min);
    filters.price_max = price(&query.max);
    if let (Some(min), Some(max)) = (filters.price_min, filters.price_max) {
        if min > max {
            (filters.price_min, filters.price_max) = (Some(max), Some(min));
        }
    }
    Choices {
        sort,
        per,
        view,
        filters,
        notices,
    }
}
