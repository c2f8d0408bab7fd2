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

use crate::error::Error;
use crate::response::ResponseValue;
use futures_util::stream::{self, Stream, TryStreamExt};
use std::future::Future;
use std::pin::Pin;

/// A stream of whole pages (with status and headers).
pub type Pages<'a, P> = Pin<Box<dyn Stream<Item = Result<ResponseValue<P>, Error>> + Send + 'a>>;

/// A stream of the items of every page, in order.
pub type Items<'a, T> = Pin<Box<dyn Stream<Item = Result<T, Error>> + Send + 'a>>;

/// What the walk needs to know of a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageInfo {
    /// Items on this page.
    pub len: usize,
    /// `totalCount`, when the server sent it.
    pub total: Option<i64>,
}

struct Walk<P, F> {
    fetch: F,
    next: Option<i64>,
    seen: i64,
    previous: Option<P>,
}

/// Walks the pages: `fetch(n)` sends the request for page `n`; `info`
/// reads a page's length and `totalCount`.
pub fn pages<'a, P, F, Fut>(
    operation: &'static str,
    first: i64,
    per_page: i64,
    fetch: F,
    info: fn(&P) -> PageInfo,
) -> Pages<'a, P>
where
    P: PartialEq + Clone + Send + 'a,
    F: FnMut(i64) -> Fut + Send + 'a,
    Fut: Future<Output = Result<ResponseValue<P>, Error>> + Send + 'a,
{
    let first = first.max(1);
    let walk = Walk {
        fetch,
        next: Some(first),
        // The pages before the first hold items that `totalCount` counts.
        seen: (first - 1).saturating_mul(per_page),
        previous: None,
    };
    Box::pin(stream::unfold(walk, move |mut walk| async move {
        let page = walk.next.take()?;
        let response = match (walk.fetch)(page).await {
            Ok(r) => r,
            Err(e) => return Some((Err(e), walk)),
        };
        let PageInfo { len, total } = info(&response);
        if len == 0 {
            // The first page is yielded even when empty (it carries
            // `totalCount: 0`); a later empty page just ends the walk.
            return (page == first).then_some((Ok(response), walk));
        }
        if walk.previous.as_ref() == Some(&*response) {
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
            walk.previous = Some(response.clone().into_inner());
        }
        Some((Ok(response), walk))
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
    use futures_util::StreamExt;
    use reqwest::header::HeaderMap;
    use std::sync::{Arc, Mutex};

    async fn is_done<T>(stream: &mut (impl Stream<Item = T> + Unpin)) -> bool {
        stream.next().await.is_none()
    }

    #[derive(Debug, Clone, PartialEq)]
    struct Page {
        results: Vec<u32>,
        total: Option<i64>,
    }

    fn info(p: &Page) -> PageInfo {
        PageInfo {
            len: p.results.len(),
            total: p.total,
        }
    }

    /// A server holding `n` items, answering pages of `per_page`; `counts`
    /// says whether it sends totalCount; `asked` records the pages asked.
    fn server(
        n: u32,
        counts: bool,
        asked: Arc<Mutex<Vec<i64>>>,
    ) -> impl FnMut(i64, i64) -> Result<ResponseValue<Page>, Error> {
        move |page, per_page| {
            asked.lock().unwrap().push(page);
            let start = ((page - 1) * per_page) as u32;
            let results = (start..n.min(start + per_page as u32)).collect();
            Ok(ResponseValue::new(
                Page {
                    results,
                    total: counts.then_some(i64::from(n)),
                },
                200,
                HeaderMap::new(),
            ))
        }
    }

    fn walk(n: u32, counts: bool, per_page: i64) -> (Result<Vec<u32>, Error>, Vec<i64>) {
        let asked = Arc::new(Mutex::new(Vec::new()));
        let mut server = server(n, counts, asked.clone());
        let pages = pages(
            "op",
            1,
            per_page,
            move |page| std::future::ready(server(page, per_page)),
            info,
        );
        let items = items(pages, |p: Page| p.results);
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
        let (got, asked) = walk(7, false, 3);
        assert_eq!(got.unwrap(), (0..7).collect::<Vec<_>>());
        assert_eq!(asked, [1, 2, 3]);
    }

    #[test]
    fn stops_on_total_count_without_asking_for_an_empty_page() {
        let (got, asked) = walk(6, true, 3);
        assert_eq!(got.unwrap(), (0..6).collect::<Vec<_>>());
        assert_eq!(asked, [1, 2]);
    }

    #[test]
    fn without_total_count_an_exact_multiple_ends_at_the_empty_page() {
        let (got, asked) = walk(6, false, 3);
        assert_eq!(got.unwrap(), (0..6).collect::<Vec<_>>());
        assert_eq!(asked, [1, 2, 3]);
    }

    #[test]
    fn an_empty_collection_gives_no_items() {
        let (got, asked) = walk(0, true, 3);
        assert!(got.unwrap().is_empty());
        assert_eq!(asked, [1]);
    }

    #[test]
    fn an_empty_first_page_is_yielded_with_its_count() {
        let asked = Arc::new(Mutex::new(Vec::new()));
        let mut server = server(0, true, asked.clone());
        let pages = pages("op", 1, 3, move |p| std::future::ready(server(p, 3)), info);
        let pages = futures_executor(pages.try_collect::<Vec<_>>()).unwrap();
        assert_eq!(pages.len(), 1);
        assert_eq!(pages[0].total, Some(0));
        assert!(pages[0].results.is_empty());
    }

    #[test]
    fn a_server_that_repeats_a_page_ends_the_walk_with_an_error() {
        let calls = Arc::new(Mutex::new(0));
        let counter = calls.clone();
        let pages = pages(
            "listThings",
            1,
            2,
            move |_page| {
                *counter.lock().unwrap() += 1;
                std::future::ready(Ok(ResponseValue::new(
                    Page {
                        results: vec![1, 2],
                        total: None,
                    },
                    200,
                    HeaderMap::new(),
                )))
            },
            info,
        );
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
        let mut stream = pages(
            "op",
            1,
            2,
            |_page| std::future::ready(Err::<ResponseValue<Page>, _>(Error::Config("boom".into()))),
            info,
        );
        futures_executor(async {
            assert!(matches!(stream.next().await, Some(Err(Error::Config(_)))));
            assert!(is_done(&mut stream).await);
        });
    }

    #[test]
    fn the_walk_starts_at_the_page_asked_for() {
        let asked = Arc::new(Mutex::new(Vec::new()));
        let mut server = server(10, true, asked.clone());
        let pages = pages("op", 3, 3, move |p| std::future::ready(server(p, 3)), info);
        let got = futures_executor(items(pages, |p: Page| p.results).try_collect::<Vec<_>>());
        assert_eq!(got.unwrap(), vec![6, 7, 8, 9]);
        assert_eq!(*asked.lock().unwrap(), [3, 4]);
    }
}
