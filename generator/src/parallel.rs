//! A parallel map over a slice on scoped threads (parsing the spec's
//! parts, rendering files): each worker takes the next item until none is
//! left; results come back in the items' order, whatever order they finish
//! in. `ATLAS_CODEGEN_THREADS` caps the threads (1: no threads), for
//! measuring.

use std::sync::atomic::{AtomicUsize, Ordering};

/// `f` of every item, in order, on up to as many threads as the machine has.
pub(crate) fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::env::var("ATLAS_CODEGEN_THREADS")
        .ok()
        .and_then(|t| t.parse().ok())
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .min(items.len());
    if threads <= 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else {
                return done;
            };
            done.push((i, f(item)));
        }
    };
    // The calling thread works too: its allocator arena already holds the
    // memory earlier stages freed, which a new thread's arena would not reuse.
    let mut results: Vec<(usize, R)> = std::thread::scope(|s| {
        let handles: Vec<_> = (1..threads).map(|_| s.spawn(work)).collect();
        let mut all = work();
        for h in handles {
            all.extend(h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)));
        }
        all
    });
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn results_keep_the_order_of_the_items() {
        let items: Vec<u64> = (0..200).collect();
        let squares = super::map(&items, |n| {
            // Uneven work, so that workers finish out of order.
            std::thread::sleep(std::time::Duration::from_micros(n % 7 * 50));
            n * n
        });
        assert_eq!(squares, items.iter().map(|n| n * n).collect::<Vec<_>>());
    }
}
