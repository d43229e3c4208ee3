//! Which card gateway the shop uses (`EMPORIUM_CARD_GATEWAY`): the sandbox test double by
//! default, or Stripe with its secret key and webhook signing secret. Secrets are kept in
//! [`Secret`], whose `Debug` never shows them.

use std::fmt;

/// A secret from the environment; `Debug` prints `[redacted]`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }

    /// The secret itself, for the one place that uses it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// The card gateway's configuration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CardGateway {
    /// The sandbox test double (`sandbox`, the default). It signs its webhooks with
    /// `EMPORIUM_WEBHOOK_SECRET`, else with a random secret kept in the database (shared by
    /// every app server of the shop).
    Sandbox { webhook_secret: Option<Secret> },
    /// Stripe Checkout (`stripe`): `EMPORIUM_STRIPE_SECRET_KEY` and
    /// `EMPORIUM_STRIPE_WEBHOOK_SECRET` are required; `EMPORIUM_STRIPE_API_BASE` points at
    /// another address of Stripe's API (Stripe's own by default).
    Stripe {
        secret_key: Secret,
        webhook_secret: Secret,
        api_base: Option<String>,
    },
}

impl CardGateway {
    /// Reads the gateway's variables through `var` (which answers `None` for unset or blank
    /// ones); an error names the variable that is wrong or missing, never a value.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Result<CardGateway, String> {
        let kind = var("EMPORIUM_CARD_GATEWAY").unwrap_or_else(|| "sandbox".into());
        match kind.trim().to_ascii_lowercase().as_str() {
            "sandbox" => Ok(CardGateway::Sandbox {
                webhook_secret: var("EMPORIUM_WEBHOOK_SECRET").map(Secret),
            }),
            "stripe" => {
                let required = |name: &str| {
                    var(name)
                        .map(Secret)
                        .ok_or_else(|| format!("EMPORIUM_CARD_GATEWAY=stripe needs {name}"))
                };
                Ok(CardGateway::Stripe {
                    secret_key: required("EMPORIUM_STRIPE_SECRET_KEY")?,
                    webhook_secret: required("EMPORIUM_STRIPE_WEBHOOK_SECRET")?,
                    api_base: var("EMPORIUM_STRIPE_API_BASE"),
                })
            }
            _ => Err(format!(
                "EMPORIUM_CARD_GATEWAY is {kind:?}; it is `sandbox` or `stripe`"
            )),
        }
    }
}
