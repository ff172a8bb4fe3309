package vn.trithuc.knowledge.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.trithuc.content.mediawiki.MediaWikiDump;

/**
 * Reads a dump page by page for the import's chunks. The StAX reader pushes pages; a managed
 * thread runs it and hands whole pages over a small queue, so memory holds a few pages at a time.
 *
 * <p>The checkpoint is two positions, one chunk apart. A chunk's pages are indexed when its
 * transaction has committed, so a crash in between leaves them in the database but not in the
 * search index: up to the first position, the pages are written and indexed (the chunk before
 * the one committing finished its indexing before this one began); up to the second, written.
 * A restart skips the pages before the first without converting them and hands the pages between
 * the two over as {@link PageItem#redo() redo}, to be indexed again rather than written again.
 */
@Named("mediaWikiReader")
@Dependent
public class MediaWikiReader extends AbstractItemReader {

    private static final Object END = new Object();

    @Inject
    @BatchProperty(name = "runId")
    String runId;

    @Inject
    MediaWikiImports imports;

    @Resource
    ManagedThreadFactory threads;

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(32);
    private volatile boolean closed;
    private Thread producer;
    /** Position of the next page to read. */
    private long next;
    /** Position before which the pages are written and indexed: {@link #next} at the previous checkpoint. */
    private long confirmed;

    /** What went wrong in the reading thread. */
    private record Failure(RuntimeException error) {
    }

    @Override
    public void open(Serializable checkpoint) {
        // a single position: a checkpoint written before it had two
        long resumeFrom = checkpoint == null ? 0 : checkpoint instanceof long[] both ? both[0] : (Long) checkpoint;
        long redoUntil = checkpoint instanceof long[] both ? both[1] : resumeFrom;
        next = resumeFrom;
        confirmed = resumeFrom;
        ImportRun run = imports.run(Long.parseLong(runId));
        Path file = Path.of(run.storedPath());
        String name = run.fileName();
        producer = threads.newThread(() -> {
            try (Counting in = new Counting(MediaWikiImports.open(file))) {
                MediaWikiDump.read(in, name, new MediaWikiDump.Handler() {
                    MediaWikiDump.SiteInfo site;
                    List<MediaWikiDump.Revision> revisions = new ArrayList<>();
                    boolean wanted;

                    @Override
                    public void siteInfo(MediaWikiDump.SiteInfo info) {
                        site = info;
                    }

                    @Override
                    public boolean pageStart(MediaWikiDump.PageHeader page) {
                        wanted = page.position() >= resumeFrom;
                        revisions = new ArrayList<>();
                        return wanted;
                    }

                    @Override
                    public void revision(MediaWikiDump.PageHeader page, MediaWikiDump.Revision revision) {
                        revisions.add(revision);
                    }

                    @Override
                    public void pageEnd(MediaWikiDump.PageHeader page) {
                        if (wanted) {
                            hand(new PageItem(site, page, List.copyOf(revisions), in.count(), page.position() < redoUntil));
                        }
                    }
                });
                hand(END);
            } catch (Stopped stopped) {
                // the step ended (paused, or failed elsewhere): nothing more to read
            } catch (RuntimeException e) {
                hand(new Failure(e));
            } catch (IOException e) {
                hand(new Failure(new java.io.UncheckedIOException("Cannot read " + name, e)));
            }
        });
        producer.start();
    }

    @Override
    public Object readItem() throws InterruptedException {
        Object item;
        do {
            item = queue.poll(1, TimeUnit.SECONDS);
        } while (item == null && producer.isAlive());
        if (item == null) {
            item = queue.poll();
        }
        if (item == null || item == END) {
            return null;
        }
        if (item instanceof Failure failure) {
            throw failure.error();
        }
        PageItem page = (PageItem) item;
        next = page.page().position() + 1;
        return page;
    }

    @Override
    public Serializable checkpointInfo() {
        // called as the chunk commits; the chunk before it was indexed before this one began
        long[] checkpoint = {confirmed, next};
        confirmed = next;
        return checkpoint;
    }

    @Override
    public void close() {
        closed = true;
        if (producer != null) {
            producer.interrupt();
        }
    }

    private void hand(Object item) {
        try {
            while (!queue.offer(item, 1, TimeUnit.SECONDS)) {
                if (closed) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    /** Thrown in the reading thread to stop the parse when the step ends. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /** Counts the bytes the parser has taken, for the progress bar. */
    static final class Counting extends FilterInputStream {

        private volatile long count;

        Counting(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
