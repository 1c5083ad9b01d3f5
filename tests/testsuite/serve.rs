//! The real binary over a socket: `/healthz`, graceful shutdown on SIGTERM,
//! reload on SIGHUP (a valid edit is served, a broken one is refused and
//! reported), and connection hygiene (slow and idle clients are cut off, a
//! flood of idle connections cannot lock a new client out).

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn get(port: u16, path: &str) -> Option<String> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(s, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").ok()?;
    let mut out = String::new();
    s.read_to_string(&mut out).ok()?;
    Some(out)
}

/// The body of a response.
fn body(reply: &str) -> &str {
    reply.split_once("\r\n\r\n").map_or("", |(_, b)| b)
}

/// A running server, killed when dropped.
struct Server {
    child: Child,
    port: u16,
}

impl Server {
    fn start(extra: &[&str]) -> Self {
        let port = free_port();
        let child = Command::new(env!("CARGO_BIN_EXE_harassment-atlas"))
            .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
            .args(extra)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let server = Self { child, port };
        let deadline = Instant::now() + Duration::from_secs(30);
        while get(port, "/healthz").is_none() {
            assert!(Instant::now() < deadline, "the server did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        server
    }

    fn health(&self) -> serde_json::Value {
        let reply = get(self.port, "/healthz").expect("healthz answers");
        assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
        serde_json::from_str(body(&reply)).unwrap_or_else(|e| panic!("{e}: {reply}"))
    }

    fn signal(&self, sig: &str) {
        let status = Command::new("kill")
            .args([&format!("-{sig}"), &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Waits until `/healthz` reports a reload, and returns the report.
    fn reloaded(&self, previous: &serde_json::Value) -> serde_json::Value {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let h = self.health();
            if h["last_reload"] != *previous && !h["last_reload"].is_null() {
                return h;
            }
            assert!(Instant::now() < deadline, "no reload was reported: {h}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A copy of the valid fixture in a fresh temporary folder.
fn scratch_data(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("atlas-serve-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid"),
        &dir,
    );
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

#[cfg(unix)]
#[test]
fn serves_healthz_and_stops_on_sigterm() {
    let mut server = Server::start(&[]);
    let h = server.health();
    assert_eq!(h["status"], "ok");
    assert_eq!(h["data_version"].as_str().map(str::len), Some(16), "{h}");
    assert!(h["jurisdictions"].as_u64().unwrap() > 60, "{h}");
    assert!(h["last_reload"].is_null(), "{h}");

    server.signal("TERM");
    let deadline = Instant::now() + Duration::from_secs(15);
    let exit = loop {
        if let Some(s) = server.child.try_wait().unwrap() {
            break s;
        }
        assert!(Instant::now() < deadline, "the server did not stop on SIGTERM");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(exit.success(), "graceful shutdown exits 0, got {exit:?}");
}

#[cfg(unix)]
#[test]
fn sighup_serves_a_valid_edit_and_keeps_the_last_good_data_after_a_broken_one() {
    let data = scratch_data("reload");
    let server = Server::start(&["--data", data.to_str().unwrap()]);
    let before = server.health();
    let page = get(server.port, "/jurisdictions/kz").unwrap();
    assert!(page.contains("Kazakhstan"), "{page}");

    // A valid edit: the new name is served, the version changes, the cache is dropped.
    let kz = data.join("jurisdictions/kz.toml");
    let text = std::fs::read_to_string(&kz).unwrap();
    std::fs::write(
        &kz,
        text.replacen("name = \"Kazakhstan\"", "name = \"Kazakhstan (edited)\"", 1),
    )
    .unwrap();
    server.signal("HUP");
    let after = server.reloaded(&before["last_reload"]);
    assert_eq!(after["last_reload"]["ok"], true, "{after}");
    assert_ne!(after["data_version"], before["data_version"], "{after}");
    let page = get(server.port, "/jurisdictions/kz").unwrap();
    assert!(page.contains("Kazakhstan (edited)"), "the edit is served");

    // A broken edit: refused, reported with file and line, old data still served.
    std::fs::write(&kz, "code = \"KZ\"\nname = = \"broken\"\n").unwrap();
    server.signal("HUP");
    let broken = server.reloaded(&after["last_reload"]);
    assert_eq!(broken["last_reload"]["ok"], false, "{broken}");
    let error = broken["last_reload"]["error"].as_str().unwrap();
    assert!(error.contains("kz.toml:2:"), "{error}");
    assert_eq!(
        broken["data_version"], after["data_version"],
        "the last good data stays"
    );
    let page = get(server.port, "/jurisdictions/kz").unwrap();
    assert!(page.starts_with("HTTP/1.1 200") && page.contains("Kazakhstan (edited)"));
    let _ = std::fs::remove_dir_all(&data);
}

#[cfg(unix)]
#[test]
fn slow_and_idle_clients_are_disconnected() {
    let server = Server::start(&["--header-timeout", "1"]);

    // Headers one byte every 200 ms would take 20 s; the server hangs up
    // after the 1 s timeout, so a write fails well before the end.
    let mut slow = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    let started = Instant::now();
    let request = format!(
        "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: {}\r\n\r\n",
        "a".repeat(60)
    );
    let cut_after = request.bytes().position(|b| {
        std::thread::sleep(Duration::from_millis(200));
        slow.write_all(&[b]).is_err()
    });
    assert!(
        cut_after.is_some(),
        "a client sending one byte per 200 ms was never disconnected"
    );
    assert!(started.elapsed() < Duration::from_secs(10), "{:?}", started.elapsed());

    // An idle keep-alive connection is closed after its request.
    let mut idle = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    write!(idle, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").unwrap();
    idle.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    let closed = loop {
        match idle.read(&mut buf) {
            Ok(0) => break true,
            Ok(n) => seen.extend_from_slice(&buf[..n]),
            Err(_) => break false,
        }
    };
    assert!(String::from_utf8_lossy(&seen).starts_with("HTTP/1.1 200"));
    assert!(closed, "the idle keep-alive connection stayed open past 10 s");
}

#[cfg(unix)]
#[test]
fn a_flood_of_idle_connections_cannot_lock_out_a_new_client() {
    let server = Server::start(&["--max-connections", "32", "--header-timeout", "30"]);
    // Ten times the cap, all silent.
    let idle: Vec<TcpStream> = (0..320)
        .filter_map(|_| TcpStream::connect(("127.0.0.1", server.port)).ok())
        .collect();
    assert!(idle.len() > 300);
    let reply = get(server.port, "/healthz").expect("a new client is served");
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    drop(idle);
}
