//! Paging: the streams behind the generated `pages()` and `items()` of
//! every operation that takes `pageNum` and `itemsPerPage` and answers
//! `{links, results, totalCount}`.
//!
//! The walk asks for `pageNum` = first, first + 1, … and stops after a page
//! shorter than `itemsPerPage`, once `totalCount` items have arrived (when
//! the server counts), or at an empty page (yielded only when it is the
//! first). A server that answers the same
//! page again (one that ignores `pageNum`) ends the walk with
//! [`Error::Paging`] instead of looping forever. An error ends the walk
//! after it is yielded.
//!
//! The walk itself is not generic: it reads `results` and `totalCount`
//! from the raw answer, so it is compiled once, not once per operation;
//! only the decoding of each page ([`pages`]) is per page type.

use crate::error::Error;
use crate::response::ResponseValue;
use crate::transport::{RawResponse, Request, Transport};
use bytes::Bytes;
use futures_util::stream::{self, Stream, StreamExt, TryStreamExt};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// A stream of whole pages (with status and headers).
pub type Pages<'a, P> = Pin<Box<dyn Stream<Item = Result<ResponseValue<P>, Error>> + Send + 'a>>;

/// A stream of the items of every page, in order.
pub type Items<'a, T> = Pin<Box<dyn Stream<Item = Result<T, Error>> + Send + 'a>>;

/// The pages as answered, not decoded yet.
type RawPages<'a> = Pin<Box<dyn Stream<Item = Result<RawResponse, Error>> + Send + 'a>>;

/// Fetches the raw answer for page `n`.
pub type Fetch<'a> = Box<
    dyn FnMut(i64) -> Pin<Box<dyn Future<Output = Result<RawResponse, Error>> + Send + 'a>>
        + Send
        + 'a,
>;

/// What the walk needs to know of a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageInfo {
    /// Items on this page.
    pub len: usize,
    /// `totalCount`, when the server sent it.
    pub total: Option<i64>,
}

impl PageInfo {
    /// Read from a raw answer: the length of `results` and `totalCount`.
    fn of(raw: &RawResponse) -> PageInfo {
        let value: serde_json::Value =
            serde_json::from_slice(raw.body()).unwrap_or(serde_json::Value::Null);
        PageInfo {
            len: value
                .get("results")
                .and_then(serde_json::Value::as_array)
                .map_or(0, Vec::len),
            total: value.get("totalCount").and_then(serde_json::Value::as_i64),
        }
    }
}

/// The requests a builder makes for page `n`, sent through `transport`.
pub fn fetch<'a>(
    transport: &'a Transport,
    mut request: Box<dyn FnMut(i64) -> Result<Request, Error> + Send + 'a>,
) -> Fetch<'a> {
    Box::new(move |page| {
        let request = request(page);
        Box::pin(async move { transport.execute(request?).await })
    })
}

struct Walk<'a> {
    fetch: Fetch<'a>,
    next: Option<i64>,
    seen: i64,
    previous: Option<Bytes>,
    /// Set when a page did not decode: the walk asks for no more.
    stop: Arc<AtomicBool>,
}

/// Walks the pages from `first`, `per_page` at a time, until `stop` is set.
fn walk<'a>(
    operation: &'static str,
    first: i64,
    per_page: i64,
    fetch: Fetch<'a>,
    stop: Arc<AtomicBool>,
) -> RawPages<'a> {
    let first = first.max(1);
    let walk = Walk {
        fetch,
        next: Some(first),
        // The pages before the first hold items that `totalCount` counts.
        seen: (first - 1).saturating_mul(per_page),
        previous: None,
        stop,
    };
    Box::pin(stream::unfold(walk, move |mut walk| async move {
        if walk.stop.load(Ordering::Relaxed) {
            return None;
        }
        let page = walk.next.take()?;
        let response = match (walk.fetch)(page).await {
            Ok(r) => r,
            Err(e) => return Some((Err(e), walk)),
        };
        let PageInfo { len, total } = PageInfo::of(&response);
        if len == 0 {
            // The first page is yielded even when empty (it carries
            // `totalCount: 0`); a later empty page just ends the walk.
            return (page == first).then_some((Ok(response), walk));
        }
        if walk.previous.as_deref() == Some(response.body()) {
            let error = Error::Paging {
                operation,
                message: format!(
                    "page {page} repeats page {}: the server does not seem to honour pageNum",
                    page - 1
                ),
            };
            return Some((Err(error), walk));
        }
        walk.seen = walk.seen.saturating_add(len as i64);
        let full = len as i64 >= per_page;
        let counted_all = total.is_some_and(|t| walk.seen >= t);
        if full && !counted_all {
            walk.next = Some(page + 1);
            walk.previous = Some(Bytes::copy_from_slice(response.body()));
        }
        Some((Ok(response), walk))
    }))
}

/// Walks the pages from `first` (`per_page` at a time), each fetched by
/// `fetch` and decoded by `decode` (the operation's status check and
/// decoding). An error is yielded and ends the walk.
pub fn pages<'a, P: Send + 'a>(
    operation: &'static str,
    first: i64,
    per_page: i64,
    fetch: Fetch<'a>,
    decode: fn(RawResponse) -> Result<ResponseValue<P>, Error>,
) -> Pages<'a, P> {
    let stop = Arc::new(AtomicBool::new(false));
    let raw = walk(operation, first, per_page, fetch, stop.clone());
    Box::pin(raw.map(move |r| {
        let page = r.and_then(decode);
        if page.is_err() {
            stop.store(true, Ordering::Relaxed);
        }
        page
    }))
}

/// The items of every page, `into_items` taking them out of a page.
pub fn items<'a, P, T>(pages: Pages<'a, P>, into_items: fn(P) -> Vec<T>) -> Items<'a, T>
where
    P: Send + 'a,
    T: Send + 'a,
{
    Box::pin(
        pages
            .map_ok(move |page| stream::iter(into_items(page.into_inner()).into_iter().map(Ok)))
            .try_flatten(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::de::{FromJson, Object};
    use std::sync::Mutex;

    async fn is_done<T>(stream: &mut (impl Stream<Item = T> + Unpin)) -> bool {
        stream.next().await.is_none()
    }

    #[derive(Debug, Clone, PartialEq)]
    struct Page {
        results: Vec<i64>,
        total: Option<i64>,
    }

    impl FromJson for Page {
        fn from_json(value: serde_json::Value) -> Result<Self, crate::de::Error> {
            let mut o = Object::new(value, "Page")?;
            Ok(Page {
                results: o.required("results")?,
                total: o.optional("totalCount")?,
            })
        }
    }

    fn decode(raw: RawResponse) -> Result<ResponseValue<Page>, Error> {
        raw.json()
    }

    fn answer(results: &[i64], total: Option<i64>) -> RawResponse {
        let mut body = serde_json::json!({ "results": results });
        if let Some(t) = total {
            body["totalCount"] = t.into();
        }
        RawResponse::whole("op", 200, body.to_string().into())
    }

    /// A server holding `n` items, answering pages of `per_page`; `counts`
    /// says whether it sends totalCount; `asked` records the pages asked.
    fn server(n: i64, counts: bool, per_page: i64, asked: Arc<Mutex<Vec<i64>>>) -> Fetch<'static> {
        Box::new(move |page| {
            asked.lock().unwrap().push(page);
            let start = (page - 1) * per_page;
            let results: Vec<i64> = (start..n.min(start + per_page)).collect();
            let raw = answer(&results, counts.then_some(n));
            Box::pin(std::future::ready(Ok(raw)))
        })
    }

    fn walk_all(n: i64, counts: bool, per_page: i64) -> (Result<Vec<i64>, Error>, Vec<i64>) {
        let asked = Arc::new(Mutex::new(Vec::new()));
        let fetch = server(n, counts, per_page, asked.clone());
        let items = items(pages("op", 1, per_page, fetch, decode), |p: Page| p.results);
        let got = futures_executor(items.try_collect::<Vec<_>>());
        let asked = asked.lock().unwrap().clone();
        (got, asked)
    }

    /// A tiny executor: the fake server never waits.
    fn futures_executor<T>(f: impl Future<Output = T>) -> T {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(f)
    }

    #[test]
    fn stops_on_a_short_page_without_total_count() {
        let (got, asked) = walk_all(7, false, 3);
        assert_eq!(got.unwrap(), (0..7).collect::<Vec<i64>>());
        assert_eq!(asked, [1, 2, 3]);
    }

    #[test]
    fn stops_on_total_count_without_asking_for_an_empty_page() {
        let (got, asked) = walk_all(6, true, 3);
        assert_eq!(got.unwrap(), (0..6).collect::<Vec<_>>());
        assert_eq!(asked, [1, 2]);
    }

    #[test]
    fn without_total_count_an_exact_multiple_ends_at_the_empty_page() {
        let (got, asked) = walk_all(6, false, 3);
        assert_eq!(got.unwrap(), (0..6).collect::<Vec<_>>());
        assert_eq!(asked, [1, 2, 3]);
    }

    #[test]
    fn an_empty_collection_gives_no_items() {
        let (got, asked) = walk_all(0, true, 3);
        assert!(got.unwrap().is_empty());
        assert_eq!(asked, [1]);
    }

    #[test]
    fn an_empty_first_page_is_yielded_with_its_count() {
        let asked = Arc::new(Mutex::new(Vec::new()));
        let pages = pages("op", 1, 3, server(0, true, 3, asked), decode);
        let pages = futures_executor(pages.try_collect::<Vec<_>>()).unwrap();
        assert_eq!(pages.len(), 1);
        assert_eq!(pages[0].total, Some(0));
        assert!(pages[0].results.is_empty());
    }

    #[test]
    fn a_server_that_repeats_a_page_ends_the_walk_with_an_error() {
        let calls = Arc::new(Mutex::new(0));
        let counter = calls.clone();
        let fetch: Fetch<'static> = Box::new(move |_page| {
            *counter.lock().unwrap() += 1;
            Box::pin(std::future::ready(Ok(answer(&[1, 2], None))))
        });
        let pages = pages("listThings", 1, 2, fetch, decode);
        let got = futures_executor(items(pages, |p: Page| p.results).try_collect::<Vec<_>>());
        match got {
            Err(Error::Paging { operation, message }) => {
                assert_eq!(operation, "listThings");
                assert!(message.contains("page 2 repeats page 1"), "{message}");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(*calls.lock().unwrap(), 2);
    }

    #[test]
    fn an_error_is_yielded_and_ends_the_walk() {
        let fetch: Fetch<'static> =
            Box::new(|_page| Box::pin(std::future::ready(Err(Error::Config("boom".into())))));
        let mut stream = pages("op", 1, 2, fetch, decode);
        futures_executor(async {
            assert!(matches!(stream.next().await, Some(Err(Error::Config(_)))));
            assert!(is_done(&mut stream).await);
        });
    }

    #[test]
    fn a_page_that_does_not_decode_ends_the_walk() {
        let asked = Arc::new(Mutex::new(Vec::new()));
        let log = asked.clone();
        let fetch: Fetch<'static> = Box::new(move |page| {
            log.lock().unwrap().push(page);
            let raw = RawResponse::whole("op", 200, r#"{"results": [1, "x"]}"#.into());
            Box::pin(std::future::ready(Ok(raw)))
        });
        let mut stream = pages("op", 1, 2, fetch, decode);
        futures_executor(async {
            match stream.next().await {
                Some(Err(Error::Decode { path, .. })) => assert_eq!(path, "results[1]"),
                other => panic!("{other:?}"),
            }
            assert!(is_done(&mut stream).await);
        });
        assert_eq!(*asked.lock().unwrap(), [1]);
    }

    #[test]
    fn the_walk_starts_at_the_page_asked_for() {
        let asked = Arc::new(Mutex::new(Vec::new()));
        let pages = pages("op", 3, 3, server(10, true, 3, asked.clone()), decode);
        let got = futures_executor(items(pages, |p: Page| p.results).try_collect::<Vec<_>>());
        assert_eq!(got.unwrap(), vec![6, 7, 8, 9]);
        assert_eq!(*asked.lock().unwrap(), [3, 4]);
    }
}
