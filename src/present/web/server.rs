//! The listener: hyper's HTTP/1.1 connection builder with a header-read
//! timeout (which also closes idle keep-alive connections), a cap on open
//! connections that evicts the oldest idle one when full, reload of the data
//! folder on SIGHUP, and graceful shutdown with a deadline.
//!
//! HTTP/2 is left to the reverse proxy in front of the atlas: hyper-util's
//! protocol sniffing has no timeout of its own, so a client that connects
//! and sends nothing would hold a connection forever.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::task::AbortHandle;
use tower::ServiceExt;

use super::{AppState, Shared, router};

/// Connection and load limits of a running server (`serve --help` lists the flags).
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// How long a client may take to send a request's headers, counted from
    /// the connection's start or the end of its previous response; also the
    /// idle keep-alive timeout.
    pub header_timeout: Duration,
    /// Open connections at most; when full, the oldest connection with no
    /// request in flight is closed to admit the new one.
    pub max_connections: usize,
    /// Requests handled at once; beyond it the server answers 503 at once
    /// (load shedding) instead of queueing.
    pub max_in_flight: usize,
    /// How long shutdown waits for in-flight requests before closing.
    pub shutdown_grace: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            header_timeout: Duration::from_secs(10),
            max_connections: 1024,
            max_in_flight: 128,
            shutdown_grace: Duration::from_secs(10),
        }
    }
}

/// Serves until Ctrl-C or SIGTERM, reloading the data on SIGHUP; then stops
/// accepting, lets in-flight requests finish for at most
/// [`Limits::shutdown_grace`], and returns.
pub async fn serve(state: AppState, addr: SocketAddr, limits: Limits) -> anyhow::Result<()> {
    let shared = Shared::new(state);
    let app = router(shared.clone(), limits.max_in_flight);
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!("listening on http://{}", listener.local_addr()?);

    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .max_buf_size(64 * 1024);
    let connections = Arc::new(Connections::new(limits.max_connections));
    let graceful = GracefulShutdown::new();
    let mut reloads = reload_signal();
    let shutdown = shutdown_signal();
    tokio::pin!(shutdown);

    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let (stream, peer) = match accepted {
                    Ok(a) => a,
                    Err(e) => {
                        // Out of file descriptors or a reset before accept: wait
                        // a moment rather than spin.
                        tracing::warn!("accept failed: {e}");
                        tokio::time::sleep(Duration::from_millis(20)).await;
                        continue;
                    }
                };
                let Some(slot) = connections.admit() else {
                    tracing::warn!("{peer}: refused, {} connections are all busy", limits.max_connections);
                    continue;
                };
                let busy = slot.busy.clone();
                let app = app.clone();
                let service = hyper::service::service_fn(move |req: hyper::Request<Incoming>| {
                    let guard = Busy::enter(&busy);
                    let app = app.clone();
                    async move {
                        let res = app.oneshot(req).await;
                        drop(guard);
                        res
                    }
                });
                let conn = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
                let id = slot.id;
                let task = tokio::spawn(async move {
                    if let Err(e) = conn.await {
                        tracing::debug!("{peer}: {e}");
                    }
                    drop(slot);
                });
                connections.set_abort(id, task.abort_handle());
            }
            Some(()) = reloads.recv() => {
                let shared = shared.clone();
                tokio::task::spawn_blocking(move || shared.reload());
            }
            () = &mut shutdown => break,
        }
    }
    drop(listener);
    tracing::info!("shutting down: waiting for {} connection(s)", graceful.count());
    tokio::select! {
        () = graceful.shutdown() => tracing::info!("shut down"),
        () = tokio::time::sleep(limits.shutdown_grace) => tracing::warn!(
            "shut down with requests still running after {} s", limits.shutdown_grace.as_secs()
        ),
    }
    Ok(())
}

/// Counts a connection's requests in flight while alive.
struct Busy(Arc<AtomicUsize>);

impl Busy {
    fn enter(count: &Arc<AtomicUsize>) -> Self {
        count.fetch_add(1, Ordering::SeqCst);
        Self(count.clone())
    }
}

impl Drop for Busy {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// The open connections, oldest first.
struct Connections {
    cap: usize,
    open: Mutex<Table>,
}

#[derive(Default)]
struct Table {
    next_id: u64,
    by_age: BTreeMap<u64, Entry>,
}

struct Entry {
    busy: Arc<AtomicUsize>,
    abort: Option<AbortHandle>,
}

/// A connection's place in the table, given up when dropped.
struct Slot {
    id: u64,
    busy: Arc<AtomicUsize>,
    table: Arc<Connections>,
}

impl Drop for Slot {
    fn drop(&mut self) {
        if let Ok(mut t) = self.table.open.lock() {
            t.by_age.remove(&self.id);
        }
    }
}

impl Connections {
    fn new(cap: usize) -> Self {
        Self {
            cap: cap.max(1),
            open: Mutex::new(Table::default()),
        }
    }

    /// A slot for a new connection. When the table is full, the oldest
    /// connection with no request in flight (an idle keep-alive connection,
    /// or a client still sending its headers) is closed to make room; when
    /// every connection is busy, `None`.
    fn admit(self: &Arc<Self>) -> Option<Slot> {
        let mut t = self.open.lock().ok()?;
        if t.by_age.len() >= self.cap {
            let victim = t
                .by_age
                .iter()
                .find(|(_, e)| e.busy.load(Ordering::SeqCst) == 0)
                .map(|(id, _)| *id)?;
            if let Some(Entry { abort: Some(a), .. }) = t.by_age.remove(&victim) {
                a.abort();
            }
        }
        let id = t.next_id;
        t.next_id += 1;
        let busy = Arc::new(AtomicUsize::new(0));
        t.by_age.insert(
            id,
            Entry {
                busy: busy.clone(),
                abort: None,
            },
        );
        Some(Slot {
            id,
            busy,
            table: self.clone(),
        })
    }

    fn set_abort(&self, id: u64, handle: AbortHandle) {
        if let Ok(mut t) = self.open.lock() {
            match t.by_age.get_mut(&id) {
                Some(e) => e.abort = Some(handle),
                // The connection already ended.
                None => drop(handle),
            }
        }
    }
}

/// SIGHUP as a stream of reload requests (never fires off Unix).
fn reload_signal() -> tokio::sync::mpsc::Receiver<()> {
    let (tx, rx) = tokio::sync::mpsc::channel(1);
    #[cfg(unix)]
    tokio::spawn(async move {
        use tokio::signal::unix::{SignalKind, signal};
        let Ok(mut hup) = signal(SignalKind::hangup()) else {
            tracing::warn!("cannot listen for SIGHUP; reload by restarting");
            return;
        };
        while hup.recv().await.is_some() {
            // A reload already queued covers this one too.
            let _ = tx.try_send(());
        }
    });
    #[cfg(not(unix))]
    drop(tx);
    rx
}

async fn shutdown_signal() {
    let ctrl_c = async {
        tokio::signal::ctrl_c().await.ok();
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_table_evicts_the_oldest_idle_connection() {
        let table = Arc::new(Connections::new(2));
        let a = table.admit().unwrap();
        let b = table.admit().unwrap();
        let _busy = Busy::enter(&a.busy);
        // `a` is busy, so `b` (idle) makes room for `c`.
        let c = table.admit().unwrap();
        let ids: Vec<u64> = table.open.lock().unwrap().by_age.keys().copied().collect();
        assert_eq!(ids, vec![a.id, c.id]);
        drop(b);
        let _busy_c = Busy::enter(&c.busy);
        // Both busy: refused.
        assert!(table.admit().is_none());
    }
}
