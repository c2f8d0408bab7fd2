//! Streamed downloads: the gzip and csv bodies of log and invoice
//! downloads come as a [`ByteStream`], read chunk by chunk as the caller
//! consumes it, so a large file never sits in memory whole.

use crate::error::Error;
use bytes::Bytes;
use futures_util::stream::{self, Stream};
use std::fmt;
use std::time::Duration;

/// A response body read as it is consumed. Write it to a file with
/// [`write_to`](Self::write_to), feed the chunks of
/// [`next_chunk`](Self::next_chunk) to a decompressor, or take it as a
/// `Stream` with [`into_stream`](Self::into_stream).
pub struct ByteStream {
    operation: &'static str,
    inner: Inner,
    read: u64,
    /// How long one read may wait (the client's timeout).
    read_timeout: Option<Duration>,
}

enum Inner {
    Once(Option<Bytes>),
    Response(reqwest::Response),
}

impl fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ByteStream")
            .field("operation", &self.operation)
            .field("read", &self.read)
            .finish_non_exhaustive()
    }
}

impl ByteStream {
    pub(crate) fn from_response(
        operation: &'static str,
        response: reqwest::Response,
        read_timeout: Option<Duration>,
    ) -> Self {
        Self {
            operation,
            inner: Inner::Response(response),
            read: 0,
            read_timeout,
        }
    }

    /// A stream over bytes already in memory.
    pub fn from_bytes(operation: &'static str, bytes: Bytes) -> Self {
        Self {
            operation,
            inner: Inner::Once(Some(bytes)),
            read: 0,
            read_timeout: None,
        }
    }

    /// The next chunk of the body, `None` at its end.
    pub async fn next_chunk(&mut self) -> Result<Option<Bytes>, Error> {
        let operation = self.operation;
        let chunk = match &mut self.inner {
            Inner::Once(b) => b.take(),
            Inner::Response(r) => {
                let read = match self.read_timeout {
                    Some(t) => tokio::time::timeout(t, r.chunk())
                        .await
                        .map_err(|_| Error::Timeout { operation })?,
                    None => r.chunk().await,
                };
                read.map_err(|e| Error::from_reqwest(operation, e))?
            }
        };
        if let Some(c) = &chunk {
            self.read += c.len() as u64;
        }
        Ok(chunk)
    }

    /// Bytes read so far.
    pub fn bytes_read(&self) -> u64 {
        self.read
    }

    /// `Content-Length`, when the server sent it.
    pub fn content_length(&self) -> Option<u64> {
        match &self.inner {
            Inner::Once(b) => b.as_ref().map(|b| b.len() as u64),
            Inner::Response(r) => r.content_length(),
        }
    }

    /// Writes the rest of the body to `out` (a `tokio::fs::File`, say) and
    /// returns how many bytes it wrote.
    pub async fn write_to<W>(mut self, out: &mut W) -> Result<u64, Error>
    where
        W: tokio::io::AsyncWrite + Unpin + ?Sized,
    {
        use tokio::io::AsyncWriteExt;
        let mut written = 0;
        while let Some(chunk) = self.next_chunk().await? {
            out.write_all(&chunk).await.map_err(|source| Error::Io {
                operation: self.operation,
                source,
            })?;
            written += chunk.len() as u64;
        }
        out.flush().await.map_err(|source| Error::Io {
            operation: self.operation,
            source,
        })?;
        Ok(written)
    }

    /// Reads the whole rest of the body into memory.
    pub async fn collect(mut self) -> Result<Bytes, Error> {
        let mut all = Vec::new();
        while let Some(chunk) = self.next_chunk().await? {
            all.extend_from_slice(&chunk);
        }
        Ok(Bytes::from(all))
    }

    /// The body as a `Stream` of chunks.
    pub fn into_stream(self) -> impl Stream<Item = Result<Bytes, Error>> + Send + 'static {
        stream::unfold(Some(self), |state| async move {
            let mut s = state?;
            match s.next_chunk().await {
                Ok(Some(chunk)) => Some((Ok(chunk), Some(s))),
                Ok(None) => None,
                Err(e) => Some((Err(e), None)),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::TryStreamExt;

    fn run<T>(f: impl std::future::Future<Output = T>) -> T {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(f)
    }

    #[test]
    fn bytes_in_memory_stream_once() {
        let mut s = ByteStream::from_bytes("op", Bytes::from_static(b"abc"));
        assert_eq!(s.content_length(), Some(3));
        run(async {
            assert_eq!(s.next_chunk().await.unwrap().as_deref(), Some(&b"abc"[..]));
            assert_eq!(s.next_chunk().await.unwrap(), None);
        });
        assert_eq!(s.bytes_read(), 3);
    }

    #[test]
    fn write_to_counts_and_writes_everything() {
        let s = ByteStream::from_bytes("op", Bytes::from(vec![7u8; 1000]));
        let mut out: Vec<u8> = Vec::new();
        let n = run(s.write_to(&mut out)).unwrap();
        assert_eq!(n, 1000);
        assert_eq!(out, vec![7u8; 1000]);
    }

    #[test]
    fn into_stream_and_collect_agree() {
        let chunks: Vec<Bytes> = run(ByteStream::from_bytes("op", Bytes::from_static(b"xyz"))
            .into_stream()
            .try_collect())
        .unwrap();
        assert_eq!(chunks, [Bytes::from_static(b"xyz")]);
        let all = run(ByteStream::from_bytes("op", Bytes::from_static(b"xyz")).collect()).unwrap();
        assert_eq!(all, Bytes::from_static(b"xyz"));
    }
}
