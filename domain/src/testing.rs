//! Repository test harness: runs one test body on a fresh SQLite file and on a fresh database
//! in a throwaway PostgreSQL cluster that the harness starts itself (once per test process).
//!
//! PostgreSQL binaries are found under `/usr/lib/postgresql/*/bin` or on `PATH`. When none exist,
//! the PostgreSQL half is skipped with a loud message — unless `EMPORIUM_REQUIRE_POSTGRES=1`
//! (set by `make test`), which turns the skip into a failure.

use crate::db::{Db, PoolSize};
use std::future::Future;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;

/// Runs `test` against SQLite, then against PostgreSQL, each time on a new, migrated database.
pub async fn each_database<F, Fut>(test: F)
where
    F: Fn(Db) -> Fut,
    Fut: Future<Output = ()>,
{
    eprintln!("-- on SQLite");
    let (_dir, db) = fresh_sqlite().await;
    test(db.clone()).await;
    db.close().await;

    match postgres_cluster() {
        Some(cluster) => {
            eprintln!("-- on PostgreSQL (port {})", cluster.port);
            let db = cluster.fresh_database().await;
            test(db.clone()).await;
            db.close().await;
        }
        None => warn_postgres_skipped(),
    }
}

/// A migrated SQLite database in a temporary folder (dropped with the returned guard).
pub async fn fresh_sqlite() -> (tempfile::TempDir, Db) {
    let dir = tempfile::tempdir().expect("temp dir for SQLite");
    let url = format!("sqlite://{}/emporium-test.db", dir.path().display());
    let db = Db::connect(&url, PoolSize(8))
        .await
        .expect("connect SQLite");
    db.migrate().await.expect("migrate SQLite");
    (dir, db)
}

fn warn_postgres_skipped() {
    if std::env::var("EMPORIUM_REQUIRE_POSTGRES").is_ok_and(|v| v == "1") {
        panic!("PostgreSQL binaries not found but EMPORIUM_REQUIRE_POSTGRES=1: install postgresql");
    }
    eprintln!(
        "\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n\
         !!  POSTGRESQL NOT FOUND: the PostgreSQL half of this test was SKIPPED  !!\n\
         !!  Install it (apt-get install postgresql) or run `make test`.        !!\n\
         !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n"
    );
}

/// A PostgreSQL server running from a temporary folder on a loopback port.
pub struct PgCluster {
    pub port: u16,
}

static CLUSTER: OnceLock<Option<PgCluster>> = OnceLock::new();
static NEXT_DB: AtomicU32 = AtomicU32::new(0);

/// The process-wide throwaway cluster, started on first use; `None` without PostgreSQL binaries.
pub fn postgres_cluster() -> Option<&'static PgCluster> {
    CLUSTER
        .get_or_init(|| find_pg_bin().map(|bin| start_cluster(&bin)))
        .as_ref()
}

impl PgCluster {
    /// The URL of the cluster's maintenance database.
    pub fn admin_url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    /// Creates an empty database, connects and migrates it.
    pub async fn fresh_database(&self) -> Db {
        let name = format!(
            "emporium_t{}_{}",
            std::process::id(),
            NEXT_DB.fetch_add(1, Ordering::SeqCst)
        );
        let admin = Db::connect(&self.admin_url(), PoolSize(1))
            .await
            .expect("connect to PostgreSQL");
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(admin.pool())
            .await
            .expect("create database");
        admin.close().await;
        let db = Db::connect(
            &format!("postgres://postgres@127.0.0.1:{}/{name}", self.port),
            PoolSize(8),
        )
        .await
        .expect("connect to the test database");
        db.migrate().await.expect("migrate PostgreSQL");
        db
    }
}

fn find_pg_bin() -> Option<PathBuf> {
    if let Ok(dir) = std::env::var("EMPORIUM_PG_BIN") {
        return Some(PathBuf::from(dir));
    }
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path().join("bin"))
        .filter(|bin| bin.join("initdb").is_file())
        .collect();
    versions.sort_by_key(|p| {
        p.parent()
            .and_then(|v| v.file_name())
            .and_then(|v| v.to_str())
            .and_then(|v| v.parse::<u32>().ok())
            .unwrap_or(0)
    });
    if let Some(newest) = versions.pop() {
        return Some(newest);
    }
    let which = Command::new("sh")
        .args(["-c", "command -v initdb"])
        .output()
        .ok()?;
    let path = String::from_utf8(which.stdout).ok()?;
    Path::new(path.trim())
        .parent()
        .map(Path::to_path_buf)
        .filter(|p| p.join("pg_ctl").is_file())
}

fn running_as_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout.trim_ascii() == b"0")
        .unwrap_or(false)
}

/// Runs a PostgreSQL tool, as the `postgres` user when we are root (root may not run postgres).
fn pg_command(bin: &Path, tool: &str, as_postgres: bool) -> Command {
    let program = bin.join(tool);
    if as_postgres {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(program);
        c
    } else {
        Command::new(program)
    }
}

fn start_cluster(bin: &Path) -> PgCluster {
    let root = running_as_root();
    let dir = tempfile::Builder::new()
        .prefix("emporium-pg-")
        .tempdir()
        .expect("temp dir for PostgreSQL")
        .keep();
    let dir_s = dir.display().to_string();
    if root {
        let ok = Command::new("chown")
            .args(["-R", "postgres:postgres", &dir_s])
            .status()
            .is_ok_and(|s| s.success());
        assert!(
            ok,
            "cannot give {dir_s} to the postgres user (is the postgres user present?)"
        );
    }
    let init = pg_command(bin, "initdb", root)
        .args([
            "-D",
            &format!("{dir_s}/data"),
            "-U",
            "postgres",
            "-A",
            "trust",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .expect("run initdb");
    assert!(
        init.status.success(),
        "initdb failed: {}",
        String::from_utf8_lossy(&init.stderr)
    );
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port");
    let options = format!(
        "-c listen_addresses=127.0.0.1 -p {port} -k {dir_s} -c fsync=off -c synchronous_commit=off \
         -c full_page_writes=off -c max_connections=300"
    );
    let start = pg_command(bin, "pg_ctl", root)
        .args([
            "-D",
            &format!("{dir_s}/data"),
            "-w",
            "-l",
            &format!("{dir_s}/log"),
            "-o",
            &options,
            "start",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .expect("run pg_ctl start");
    assert!(
        start.status.success(),
        "pg_ctl start failed: {}",
        String::from_utf8_lossy(&start.stderr)
    );
    spawn_reaper(bin, &dir_s, root);
    PgCluster { port }
}

/// Stops the cluster and removes its folder once this test process has exited.
fn spawn_reaper(bin: &Path, dir: &str, root: bool) {
    let pg_ctl = bin.join("pg_ctl").display().to_string();
    let stop = if root {
        format!("runuser -u postgres -- {pg_ctl} -D {dir}/data -m immediate stop")
    } else {
        format!("{pg_ctl} -D {dir}/data -m immediate stop")
    };
    let script = format!(
        "while kill -0 {pid} 2>/dev/null; do sleep 0.5; done; {stop}; rm -rf {dir}",
        pid = std::process::id()
    );
    let spawned = Command::new("setsid")
        .args(["sh", "-c", &script])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    if let Err(e) = spawned {
        eprintln!("warning: cannot start the PostgreSQL reaper ({e}); stop {dir} by hand");
    }
}
