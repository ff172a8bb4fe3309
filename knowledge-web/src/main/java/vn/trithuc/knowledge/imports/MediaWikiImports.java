package vn.trithuc.knowledge.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vn.trithuc.knowledge.space.SpaceService;
import vn.trithuc.web.Settings;
import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.Role;

/**
 * MediaWiki dump imports as Jakarta Batch jobs ({@code import-mediawiki}): start one with an
 * uploaded dump and a target space, pause (stop the execution) and resume (restart it from its
 * last checkpoint), and see its progress. An import that was running when the server went down
 * resumes by itself shortly after the next start.
 */
@ApplicationScoped
public class MediaWikiImports {

    static final String JOB = "import-mediawiki";
    private static final Logger LOG = Logger.getLogger(MediaWikiImports.class);

    /** A run as the API and the page show it. */
    public record RunView(long id, String space, String file, String status, String message, long pages, long revisions,
                          long redirects, long skipped, Long totalPages, long bytesRead, long totalBytes, int percent,
                          double pagesPerSecond, double revisionsPerSecond, Long etaSeconds, String startedBy,
                          OffsetDateTime startedAt, OffsetDateTime updatedAt, List<Problem> problems) {
    }

    /** A page left out, with the reason. */
    public record Problem(String page, String reason) {
    }

    @PersistenceContext(unitName = "knowledge")
    EntityManager em;

    @Inject
    SpaceService spaces;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** This bean through its proxy: the transactional methods below are called on it, not on {@code this}. */
    @Inject
    MediaWikiImports self;

    /** When this application started: runs still marked running but not touched since belong to a previous life. */
    private volatile OffsetDateTime booted = OffsetDateTime.now(ZoneOffset.UTC);

    /** Resumes, a little after start, the imports the last shutdown (or crash) interrupted. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        booted = OffsetDateTime.now(ZoneOffset.UTC);
        scheduler.schedule(this::resumeInterrupted, 5, TimeUnit.SECONDS);
    }

    private void resumeInterrupted() {
        try {
            for (Long id : self.interrupted(booted)) {
                LOG.infof("Resuming import %d, interrupted by the last shutdown", id);
                restart(id);
            }
        } catch (RuntimeException e) {
            LOG.error("Cannot resume interrupted imports", e);
        }
    }

    @Transactional
    public List<Long> interrupted(OffsetDateTime before) {
        // a run started or advanced since this start is running here now; older "running" ones were cut off
        return em.createQuery("select r.id from ImportRun r where r.status in :live and r.updatedAt < :boot", Long.class)
                .setParameter("live", List.of(ImportRun.Status.RUNNING, ImportRun.Status.QUEUED))
                .setParameter("boot", before).getResultList();
    }

    /** Stores the dump under {@code TRITHUC_DATA_DIR/imports} and starts importing it into the space. */
    public RunView start(String spaceKey, String fileName, InputStream content, Caller caller) {
        caller.require(Role.ADMIN);
        spaces.get(spaceKey, java.util.Locale.ROOT);
        Path stored;
        try {
            Path dir = folder();
            Files.createDirectories(dir);
            stored = dir.resolve(UUID.randomUUID() + suffix(fileName));
            Files.copy(content, stored, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the dump " + fileName, e);
        }
        return begin(spaceKey, fileName, stored, true, caller);
    }

    /**
     * Imports a dump already on the server, in the inbox folder ({@code TRITHUC_IMPORT_DIR},
     * by default {@code TRITHUC_DATA_DIR/imports/inbox}): for dumps larger than an upload may be
     * (Vietnamese Wikipedia's is gigabytes). Only a plain file name is accepted, nothing outside the folder.
     */
    public RunView startFromInbox(String spaceKey, String fileName, Caller caller) {
        caller.require(Role.ADMIN);
        spaces.get(spaceKey, java.util.Locale.ROOT);
        Path inbox = inbox().toAbsolutePath().normalize();
        Path file = inbox.resolve(fileName == null ? "" : fileName).normalize();
        if (fileName == null || fileName.isBlank() || !file.getParent().equals(inbox) || !Files.isRegularFile(file)) {
            throw new ProblemException("no-such-dump", 404, "No such dump",
                    "There is no file named '" + fileName + "' in the import folder " + inbox + ".", Map.of("folder", inbox.toString()));
        }
        return begin(spaceKey, fileName, file, false, caller);
    }

    private RunView begin(String spaceKey, String fileName, Path stored, boolean uploaded, Caller caller) {
        byte[] head;
        try (InputStream in = open(stored)) {
            head = in.readNBytes(4096);
        } catch (IOException e) {
            head = new byte[0];
        }
        if (!new String(head, StandardCharsets.UTF_8).contains("<mediawiki")) {
            if (uploaded) {
                try {
                    Files.deleteIfExists(stored);
                } catch (IOException ignored) {
                    // a stray temporary file; the data folder is the place to find it
                }
            }
            throw new ProblemException("not-a-mediawiki-export", 400, "Not a MediaWiki export",
                    fileName + " is not a MediaWiki export (XML with a <mediawiki> root, schema 0.8 to 0.11, "
                            + "plain or .gz/.bz2).", Map.of("file", fileName));
        }
        long id = self.create(spaceKey, fileName, stored, caller.username());
        Properties parameters = new Properties();
        parameters.setProperty("runId", Long.toString(id));
        long execution = BatchRuntime.getJobOperator().start(JOB, parameters);
        self.executing(id, execution);
        return self.view(id);
    }

    /** A dump's bytes, uncompressed when its name ends in {@code .gz} or {@code .bz2}. */
    static InputStream open(Path file) throws IOException {
        InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16);
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".gz")) {
            return new java.util.zip.GZIPInputStream(in, 1 << 16);
        }
        if (name.endsWith(".bz2")) {
            return new org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream(in, true);
        }
        return in;
    }

    private static String suffix(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".gz") ? ".xml.gz" : name.endsWith(".bz2") ? ".xml.bz2" : ".xml";
    }

    static Path inbox() {
        return Path.of(Settings.env("TRITHUC_IMPORT_DIR", folder().resolve("inbox").toString()));
    }

    /** Pauses a running import (its execution stops after the current chunk). */
    public RunView pause(long id, Caller caller) {
        caller.require(Role.ADMIN);
        ImportRun run = self.run(id);
        if (run.status() != ImportRun.Status.RUNNING || run.executionId() == null) {
            throw new ProblemException("not-running", 409, "Not running", "Import " + id + " is " + run.status() + ".");
        }
        BatchRuntime.getJobOperator().stop(run.executionId());
        return self.view(id);
    }

    /** Resumes a paused or failed import from its last checkpoint. */
    public RunView resume(long id, Caller caller) {
        caller.require(Role.ADMIN);
        ImportRun run = self.run(id);
        if (run.status() == ImportRun.Status.COMPLETED || run.status() == ImportRun.Status.RUNNING) {
            throw new ProblemException("not-paused", 409, "Not paused", "Import " + id + " is " + run.status() + ".");
        }
        restart(id);
        return self.view(id);
    }

    private void restart(long id) {
        ImportRun run = self.run(id);
        Properties parameters = new Properties();
        parameters.setProperty("runId", Long.toString(id));
        // force: an execution the crash left as STARTED is marked failed and restarted from its checkpoint
        parameters.setProperty("jberet.restart.mode", "force");
        JobOperator operator = BatchRuntime.getJobOperator();
        long execution = operator.restart(run.executionId(), parameters);
        self.executing(id, execution);
    }

    @Transactional
    public long create(String spaceKey, String fileName, Path stored, String by) {
        ImportRun run = new ImportRun("mediawiki", spaceKey, fileName, stored.toAbsolutePath().toString(), fileSize(stored), by,
                OffsetDateTime.now(ZoneOffset.UTC));
        em.persist(run);
        em.flush();
        return run.id();
    }

    @Transactional
    public void executing(long id, long execution) {
        em.find(ImportRun.class, id).running(execution, OffsetDateTime.now(ZoneOffset.UTC));
    }

    @Transactional
    public void running(long id, long execution) {
        em.find(ImportRun.class, id).running(execution, OffsetDateTime.now(ZoneOffset.UTC));
    }

    @Transactional
    public void counted(long id, long pages) {
        em.find(ImportRun.class, id).counted(pages, OffsetDateTime.now(ZoneOffset.UTC));
    }

    @Transactional
    public void ended(long id, BatchStatus status, String message) {
        ImportRun run = em.find(ImportRun.class, id);
        ImportRun.Status to = switch (status) {
            case COMPLETED -> ImportRun.Status.COMPLETED;
            case STOPPED, STOPPING -> ImportRun.Status.PAUSED;
            case FAILED, ABANDONED -> ImportRun.Status.FAILED;
            default -> null;
        };
        if (to != null && (run.status() == ImportRun.Status.RUNNING || message != null)) {
            run.stopped(to, message != null ? message : run.message(), OffsetDateTime.now(ZoneOffset.UTC));
        }
    }

    /** Deletes an uploaded dump once its import completed; dumps from the import folder stay where they are. */
    public void discardUpload(long id) {
        ImportRun run = self.run(id);
        Path file = Path.of(run.storedPath()).toAbsolutePath().normalize();
        if (run.status() == ImportRun.Status.COMPLETED && folder().toAbsolutePath().normalize().equals(file.getParent())) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warnf("Cannot delete the imported dump %s: %s", file, e.getMessage());
            }
        }
    }

    @Transactional
    public ImportRun run(long id) {
        ImportRun run = em.find(ImportRun.class, id);
        if (run == null) {
            throw ProblemException.notFound("Import " + id);
        }
        em.detach(run);
        return run;
    }

    /** Every import, newest first. */
    @Transactional
    public List<RunView> list(Caller caller) {
        caller.require(Role.ADMIN);
        return em.createQuery("select r.id from ImportRun r order by r.id desc", Long.class).setMaxResults(50)
                .getResultList().stream().map(this::view).toList(); // within this transaction
    }

    @Transactional
    public RunView view(long id, Caller caller) {
        caller.require(Role.ADMIN);
        return view(id); // within this transaction
    }

    @Transactional
    public RunView view(long id) {
        ImportRun run = em.find(ImportRun.class, id);
        if (run == null) {
            throw ProblemException.notFound("Import " + id);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        double seconds = Math.max(0.001, run.runningMillis(now) / 1000.0);
        long done = run.pages();
        double pagesPerSecond = run.pages() / seconds;
        double fraction = run.status() == ImportRun.Status.COMPLETED ? 1.0 : run.totalBytes() == 0 ? 0
                : Math.min(1.0, (double) run.bytesRead() / run.totalBytes());
        Long eta = null;
        if (run.status() == ImportRun.Status.RUNNING && fraction > 0.0 && fraction < 1.0) {
            eta = Math.round(seconds * (1 - fraction) / fraction);
        }
        List<Problem> problems = em.createQuery("select p from ImportProblem p where p.runId = :run order by p.id",
                ImportProblem.class).setParameter("run", id).setMaxResults(500).getResultStream()
                .map(p -> new Problem(p.pageTitle(), p.reason())).toList();
        return new RunView(run.id(), run.spaceKey(), run.fileName(), run.status().name().toLowerCase(java.util.Locale.ROOT),
                run.message(), done, run.revisions(), run.redirects(), run.skipped(), run.totalPages(), run.bytesRead(),
                run.totalBytes(), (int) Math.floor(fraction * 100), round(pagesPerSecond), round(run.revisions() / seconds), eta,
                run.startedBy(), run.startedAt(), run.updatedAt(), problems);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path folder() {
        return Path.of(Settings.env("TRITHUC_DATA_DIR", System.getProperty("jboss.server.data.dir", "data") + "/trithuc"), "imports");
    }
}
