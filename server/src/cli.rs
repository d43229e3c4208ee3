//! Command-line arguments of the `emporium` binary.

use std::collections::HashMap;

/// What the binary was asked to do.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Serve,
    Migrate,
    Seed {
        products: usize,
    },
    Reindex,
    /// Shows how a search is understood and why its best matches rank where they do.
    Explain {
        typed: String,
    },
    CreateAdmin {
        email: String,
        password: String,
    },
    /// A stock count: afterwards exactly `units` pieces of the variant can be sold.
    StockCount {
        sku: String,
        units: i64,
    },
    Help,
}

pub const USAGE: &str = "usage:
  emporium [serve]                                  serve the shop (migrates and seeds the demo shop on first start)
  emporium migrate                                  apply database migrations
  emporium seed [--products N]                      seed the demo shop; add N generated products
  emporium search reindex                           rebuild the product search index
  emporium search explain WORDS…                    show a search's best matches with their score parts
  emporium admin create --email E --password P      create an administrator
  emporium stock count --sku CODE --units N         count a variant: N pieces can be sold afterwards

environment:
  EMPORIUM_ADDR       address to listen on (default 127.0.0.1:3000)
  DATABASE_URL        sqlite://… or postgres://… (default: a SQLite file in the data folder)
  EMPORIUM_DATA_DIR   data folder: database, media, mail (default ./data)";

/// Parses the arguments after the program name.
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
    let args: Vec<String> = args.into_iter().collect();
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    match words.as_slice() {
        [] | ["serve"] => Ok(Command::Serve),
        ["help"] | ["--help"] | ["-h"] => Ok(Command::Help),
        ["migrate"] => Ok(Command::Migrate),
        ["search", "reindex"] => Ok(Command::Reindex),
        ["search", "explain", typed @ ..] if !typed.is_empty() => Ok(Command::Explain {
            typed: typed.join(" "),
        }),
        ["seed", rest @ ..] => {
            let flags = flags(rest, &["--products"])?;
            let products = match flags.get("--products") {
                Some(n) => n
                    .parse::<usize>()
                    .map_err(|_| format!("--products needs a whole number, got {n:?}"))?,
                None => 0,
            };
            Ok(Command::Seed { products })
        }
        ["admin", "create", rest @ ..] => {
            let flags = flags(rest, &["--email", "--password"])?;
            let email = flags.get("--email").ok_or("admin create needs --email")?;
            let password = flags
                .get("--password")
                .ok_or("admin create needs --password")?;
            Ok(Command::CreateAdmin {
                email: email.to_string(),
                password: password.to_string(),
            })
        }
        ["stock", "count", rest @ ..] => {
            let flags = flags(rest, &["--sku", "--units"])?;
            let sku = flags.get("--sku").ok_or("stock count needs --sku")?;
            let units = flags.get("--units").ok_or("stock count needs --units")?;
            Ok(Command::StockCount {
                sku: sku.to_string(),
                units: units
                    .parse()
                    .map_err(|_| format!("--units needs a whole number, got {units:?}"))?,
            })
        }
        _ => Err(format!("unknown command: {}", words.join(" "))),
    }
}

/// Reads `--name value` pairs; rejects flags not in `allowed` and flags without a value.
fn flags<'a>(rest: &[&'a str], allowed: &[&str]) -> Result<HashMap<String, &'a str>, String> {
    let mut found = HashMap::new();
    let mut pairs = rest.iter();
    while let Some(key) = pairs.next() {
        if !allowed.contains(key) {
            return Err(format!("unexpected argument {key:?}"));
        }
        let value = pairs.next().ok_or_else(|| format!("{key} needs a value"))?;
        found.insert(key.to_string(), *value);
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Result<Command, String> {
        parse(s.split_whitespace().map(String::from))
    }

    #[test]
    fn parses_commands() {
        assert_eq!(p(""), Ok(Command::Serve));
        assert_eq!(p("serve"), Ok(Command::Serve));
        assert_eq!(p("migrate"), Ok(Command::Migrate));
        assert_eq!(p("search reindex"), Ok(Command::Reindex));
        assert_eq!(
            p("search explain oxford 衬衫"),
            Ok(Command::Explain {
                typed: "oxford 衬衫".into()
            })
        );
        assert!(p("search explain").is_err());
        assert_eq!(p("seed"), Ok(Command::Seed { products: 0 }));
        assert_eq!(
            p("seed --products 100000"),
            Ok(Command::Seed { products: 100_000 })
        );
        assert_eq!(
            p("admin create --email a@b.cn --password secret12345"),
            Ok(Command::CreateAdmin {
                email: "a@b.cn".into(),
                password: "secret12345".into()
            })
        );
    }

    #[test]
    fn rejects_bad_arguments() {
        assert!(p("seed --products many").is_err());
        assert!(p("seed --products").is_err());
        assert!(p("admin create --email a@b.cn").is_err());
        assert!(p("launch").is_err());
        assert!(p("seed --product 5").is_err());
        assert!(p("stock count --sku A1 --units x").is_err());
        assert_eq!(
            p("stock count --sku A1 --units 100"),
            Ok(Command::StockCount {
                sku: "A1".into(),
                units: 100
            })
        );
    }
}
