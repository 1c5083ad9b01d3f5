//! Runs the browser suite (`tests/browser/*.test.mjs`) in a real headless
//! Chromium against the real server on the bundled data. It fails, never
//! skips, when Chromium or the suite's npm packages are missing: `.ci/run`
//! installs them; locally, `apt-get install chromium` and
//! `npm ci --prefix tests/browser`.

use std::io::Read;
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

struct Server(std::process::Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn browser_suite_passes_in_headless_chromium() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    assert!(
        Path::new(&chromium).exists(),
        "Chromium not found at {chromium}: `apt-get install chromium` (or set CHROMIUM)"
    );
    assert!(
        root.join("tests/browser/node_modules/playwright-core").is_dir(),
        "the browser suite's packages are missing: run `npm ci --prefix tests/browser`"
    );

    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let _server = Server(
        Command::new(env!("CARGO_BIN_EXE_harassment-atlas"))
            .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
            .current_dir(root)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let deadline = Instant::now() + Duration::from_secs(30);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "the server did not start");
        std::thread::sleep(Duration::from_millis(50));
    }

    let mut child = Command::new("node")
        .args(["--test", "--test-concurrency=1", "tests/browser/"])
        .current_dir(root)
        .env("BASE_URL", format!("http://127.0.0.1:{port}"))
        .env("CHROMIUM", &chromium)
        .env("ARTIFACTS", root.join("tests/artifacts"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("node runs (install Node.js 20 or later)");
    let mut out = String::new();
    child.stdout.take().unwrap().read_to_string(&mut out).unwrap();
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    let status = child.wait().unwrap();
    println!("{out}\n{err}");
    let count = |key: &str| {
        out.lines()
            .find_map(|l| l.strip_prefix(&format!("# {key} ")))
            .and_then(|n| n.trim().parse::<usize>().ok())
            .unwrap_or(0)
    };
    assert!(status.success(), "browser suite failed:\n{out}\n{err}");
    assert!(count("pass") >= 10, "the browser suite ran too few tests:\n{out}");
    assert_eq!(count("fail"), 0);
}
