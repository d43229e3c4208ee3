//! Who is shopping on this page load: signed in or not, which products are their
//! favourites, and how many pieces are in their cart. The server reads it before rendering (see the server's `shopper` middleware)
//! and writes it into the page head; the browser reads it back from there, so both render
//! every favourite button alike. Signing in or out always loads a new page.

use super::favourites_api::ToggleFavourite;
use crate::i18n::{t, AccountMsg};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What the page knows of the shopper.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shopper {
    pub signed_in: bool,
    /// Favourite product ids, newest first.
    pub favourites: Vec<i64>,
    /// Pieces in the cart, for the header.
    pub cart: i64,
}

/// The `<meta>` that carries the shopper from the server's page to the browser.
pub const SHOPPER_META: &str = "emporium-shopper";

impl Shopper {
    /// `1:12.7.33:2` (signed in, favourites 12, 7, 33, two pieces in the cart) or `0::0`: the
    /// meta tag's content.
    pub fn encode(&self) -> String {
        let ids: Vec<String> = self.favourites.iter().map(i64::to_string).collect();
        format!(
            "{}:{}:{}",
            u8::from(self.signed_in),
            ids.join("."),
            self.cart
        )
    }

    /// The inverse of [`Shopper::encode`]; junk reads as a guest.
    pub fn decode(text: &str) -> Shopper {
        let mut parts = text.splitn(3, ':');
        let (Some(signed_in), Some(ids), Some(cart)) = (parts.next(), parts.next(), parts.next())
        else {
            return Shopper::default();
        };
        Shopper {
            signed_in: signed_in == "1",
            favourites: ids.split('.').filter_map(|id| id.parse().ok()).collect(),
            cart: cart.parse().unwrap_or(0),
        }
    }
}

/// The shopper's favourites on this page, shared by every favourite button.
#[derive(Clone, Copy)]
pub struct Favourites {
    pub signed_in: bool,
    pub ids: RwSignal<Vec<i64>>,
    pub toggle: ServerAction<ToggleFavourite>,
}

/// Pieces in the shopper's cart, shown in the header and changed by every cart action.
#[derive(Clone, Copy)]
pub struct CartCount(pub RwSignal<i64>);

/// Reads the shopper once per page and shares their favourites and cart count.
pub fn provide_shopper() {
    let shopper = current();
    provide_context(CartCount(RwSignal::new(shopper.cart)));
    let ids = RwSignal::new(shopper.favourites);
    let toggle = ServerAction::<ToggleFavourite>::new();
    Effect::new(move |_| {
        if let Some(Ok(new)) = toggle.value().get() {
            ids.set(new);
        }
    });
    provide_context(Favourites {
        signed_in: shopper.signed_in,
        ids,
        toggle,
    });
}

fn current() -> Shopper {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .and_then(|p| p.extensions.get::<Shopper>().cloned())
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        document()
            .query_selector(&format!("meta[name=\"{SHOPPER_META}\"]"))
            .ok()
            .flatten()
            .and_then(|meta| meta.get_attribute("content"))
            .map(|content| Shopper::decode(&content))
            .unwrap_or_default()
    }
}

/// The page head's copy of the shopper (rendered by the server only: the head is not hydrated).
pub fn shopper_meta() -> impl IntoView {
    let content = current().encode();
    view! { <meta name=SHOPPER_META content=content/> }
}

/// "Add to favourites" / "In favourites" for one product. A plain form post without
/// JavaScript; a guest is sent to log in and comes back to the page.
#[component]
pub fn FavouriteToggle(product: i64) -> impl IntoView {
    let Some(favourites) = use_context::<Favourites>() else {
        return ().into_any();
    };
    let kept = move || favourites.ids.with(|ids| ids.contains(&product));
    let hint = (!favourites.signed_in).then(|| t(AccountMsg::LogInToKeep));
    view! {
        <ActionForm action=favourites.toggle attr:class="favourite-form">
            <input type="hidden" name="product" value=product/>
            <button type="submit" class="favourite-toggle" title=hint aria-pressed=move || kept().to_string()
                disabled=move || favourites.toggle.pending().get()>
                <span aria-hidden="true">{move || if kept() { "♥ " } else { "♡ " }}</span>
                {move || if kept() { t(AccountMsg::InFavourites) } else { t(AccountMsg::AddToFavourites) }}
            </button>
        </ActionForm>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::Shopper;

    #[test]
    fn the_shopper_survives_the_page_head() {
        let s = Shopper {
            signed_in: true,
            favourites: vec![12, 7, 33],
            cart: 2,
        };
        assert_eq!(s.encode(), "1:12.7.33:2");
        assert_eq!(Shopper::decode(&s.encode()), s);
        assert_eq!(Shopper::decode("0::0"), Shopper::default());
        assert_eq!(Shopper::decode("\"><script>"), Shopper::default());
    }
}
