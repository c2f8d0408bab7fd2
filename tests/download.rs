//! Streamed downloads: `downloadGroupClusterLog` (`…/logs/{logName}.gz`)
//! against a local server that sends a body of many megabytes, generated
//! as it is sent. A counting allocator measures the heap: the client holds
//! a few chunks at a time, never the body.

use atlas_admin::types::DownloadGroupClusterLogLogName;
use std::alloc::{GlobalAlloc, Layout, System};
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

/// Counts live heap bytes and their peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The tests of this binary share the counters: one runs at a time.
static SERIAL: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Starts measuring: the peak restarts from what is live now.
/// One small download first, so that what a process sets up once (the
/// TLS provider, tracing's callsites, the runtime's first connection) is
/// not counted in the measured download, whichever test runs first.
async fn warm_up() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    std::thread::spawn(move || {
        let (stream, _) = listener.accept().expect("accept");
        let mut reader = BufReader::new(stream.try_clone().expect("clone"));
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).expect("header") <= 2 {
                break;
            }
        }
        let mut out = stream;
        let media = "application/vnd.atlas.2023-02-01+gzip";
        let _ = write!(
            out,
            "HTTP/1.1 200 OK\r\nContent-Type: {media}\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc"
        );
    });
    let client = atlas_tests::client(&format!("http://{addr}"));
    let mut body = client
        .monitoring_and_logs()
        .download_cluster_log(GROUP, HOST, DownloadGroupClusterLogLogName::Mongodb)
        .send()
        .await
        .expect("warm-up download")
        .into_inner();
    while body.next_chunk().await.expect("chunk").is_some() {}
}

fn baseline() -> usize {
    let live = LIVE.load(Ordering::Relaxed);
    PEAK.store(live, Ordering::Relaxed);
    live
}

const GROUP: &str = "32b6e34b3d91647abb20e7b8";
const HOST: &str = "cluster0-shard-00-00.abcde.mongodb.net";
const MIB: usize = 1024 * 1024;
const BODY: usize = 64 * MIB;

/// The byte at offset `i` of the test body (incompressible enough).
fn byte_at(i: usize) -> u8 {
    (i.wrapping_mul(2_654_435_761) >> 13) as u8
}

/// Serves one request: `gzip` compresses the body on the fly (no
/// Content-Length, closed at the end); otherwise it is sent raw with a
/// Content-Length. Sends the request line back over `seen`.
fn serve(gzip: bool) -> (String, mpsc::Receiver<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let (stream, _) = listener.accept().expect("accept");
        let mut reader = BufReader::new(stream.try_clone().expect("clone"));
        let mut request_line = String::new();
        reader.read_line(&mut request_line).expect("request line");
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).expect("header") <= 2 {
                break;
            }
        }
        let _ = tx.send(request_line.trim_end().to_owned());
        let mut out = stream;
        let media = "application/vnd.atlas.2023-02-01+gzip";
        let mut chunk = vec![0u8; 64 * 1024];
        if gzip {
            write!(
                out,
                "HTTP/1.1 200 OK\r\nContent-Type: {media}\r\nConnection: close\r\n\r\n"
            )
            .expect("head");
            let mut enc = flate2::write::GzEncoder::new(out, flate2::Compression::fast());
            for start in (0..BODY).step_by(chunk.len()) {
                for (j, b) in chunk.iter_mut().enumerate() {
                    *b = byte_at(start + j);
                }
                enc.write_all(&chunk).expect("body");
            }
            enc.finish().expect("finish");
        } else {
            write!(
                out,
                "HTTP/1.1 200 OK\r\nContent-Type: {media}\r\nContent-Length: {BODY}\r\n\r\n"
            )
            .expect("head");
            for start in (0..BODY).step_by(chunk.len()) {
                for (j, b) in chunk.iter_mut().enumerate() {
                    *b = byte_at(start + j);
                }
                out.write_all(&chunk).expect("body");
            }
        }
    });
    (format!("http://{addr}"), rx)
}

/// Checks each byte against `byte_at` as it passes; counts them.
struct Check {
    at: usize,
    wrong: usize,
}

impl Write for Check {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        for b in buf {
            if *b != byte_at(self.at) {
                self.wrong += 1;
            }
            self.at += 1;
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn a_64_mib_download_streams_in_bounded_memory() {
    let _serial = SERIAL.lock().await;
    let (base, seen) = serve(false);
    let client = atlas_tests::client(&base);
    warm_up().await;
    let before = baseline();
    let response = client
        .monitoring_and_logs()
        .download_cluster_log(GROUP, HOST, DownloadGroupClusterLogLogName::Mongodb)
        .send()
        .await
        .expect("download");
    assert_eq!(response.status(), 200);
    let mut body = response.into_inner();
    assert_eq!(body.content_length(), Some(BODY as u64));
    let mut check = Check { at: 0, wrong: 0 };
    while let Some(chunk) = body.next_chunk().await.expect("chunk") {
        check.write_all(&chunk).expect("check");
    }
    let peak = PEAK.load(Ordering::Relaxed) - before;
    assert_eq!(check.at, BODY);
    assert_eq!(check.wrong, 0);
    assert_eq!(
        seen.recv().expect("request"),
        format!("GET /api/atlas/v2/groups/{GROUP}/clusters/{HOST}/logs/mongodb.gz HTTP/1.1")
    );
    println!(
        "download: {} MiB streamed; peak heap growth {} KiB",
        BODY / MIB,
        peak / 1024
    );
    // What the README claims: under 1 MiB (480-862 KiB measured).
    assert!(
        peak < MIB,
        "peak heap growth {peak} bytes for a {BODY}-byte body"
    );
}

#[tokio::test]
async fn a_gzip_download_decompresses_as_it_streams() {
    let _serial = SERIAL.lock().await;
    let (base, _seen) = serve(true);
    let client = atlas_tests::client(&base);
    warm_up().await;
    let before = baseline();
    let mut body = client
        .monitoring_and_logs()
        .download_cluster_log(GROUP, HOST, DownloadGroupClusterLogLogName::MongodbAuditLog)
        .send()
        .await
        .expect("download")
        .into_inner();
    let mut gunzip = flate2::write::GzDecoder::new(Check { at: 0, wrong: 0 });
    while let Some(chunk) = body.next_chunk().await.expect("chunk") {
        gunzip.write_all(&chunk).expect("gunzip");
    }
    let check = gunzip.finish().expect("gzip trailer");
    let peak = PEAK.load(Ordering::Relaxed) - before;
    assert_eq!(check.at, BODY);
    assert_eq!(check.wrong, 0);
    println!(
        "gzip download: {} MiB compressed to {} KiB on the wire; peak heap growth {} KiB (server's encoder included)",
        BODY / MIB,
        body.bytes_read() / 1024,
        peak / 1024
    );
    assert!(peak < MIB, "peak heap growth {peak} bytes");
}

#[tokio::test]
async fn write_to_copies_the_body_to_a_writer() {
    let _serial = SERIAL.lock().await;
    let (base, _seen) = serve(false);
    let client = atlas_tests::client(&base);
    let body = client
        .monitoring_and_logs()
        .download_cluster_log(GROUP, HOST, DownloadGroupClusterLogLogName::Mongos)
        .send()
        .await
        .expect("download")
        .into_inner();
    let mut sink = tokio::io::sink();
    let n = body.write_to(&mut sink).await.expect("write");
    assert_eq!(n, BODY as u64);
}
