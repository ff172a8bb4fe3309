package vn.trithuc.knowledge.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import vn.trithuc.content.mediawiki.MediaWikiDump;
import vn.trithuc.content.mediawiki.MediaWikiExport;
import vn.trithuc.launcher.SecondServer;
import vn.trithuc.testing.KeycloakExtension;
import vn.trithuc.testing.Tokens;

/**
 * MediaWiki dumps imported by the batch job into a server of its own (empty spaces, no demo
 * content): the fixtures with history, authors, redirects and pages left out; a malformed dump
 * failing with its position before writing anything; an import paused, resumed, then killed
 * half-way (SIGKILL), that resumes after the restart with no revision missing or twice and every page searchable; and a space exported and imported
 * into an empty one that comes out the same.
 */
@ExtendWith(KeycloakExtension.class)
class MediaWikiImportIT {

    private static final Path FIXTURES = Path.of("../content-import/src/test/resources/mediawiki");

    private static SecondServer server;
    private static Path data;
    /** Appended to every title, so the test's pages are its own also in a database other tests share (the PostgreSQL run). */
    private static final String RUN = "t" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    @BeforeAll
    static void start() {
        data = Path.of(System.getProperty("trithuc.it.data.dir")).resolve("mediawiki-" + System.nanoTime());
        server = new SecondServer(data, List.of(Path.of("target", "knowledge-web.war")));
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void fixturesImportWithHistoryAndAnExportedSpaceReimportsIdentically() throws IOException {
        JsonPath vi = finished(importInto("general", own("vi-export-current-0.11.xml")));
        assertThat(vi.getString("status")).isEqualTo("completed");
        assertThat(vi.getLong("redirects")).isEqualTo(1);
        assertThat(vi.getLong("pages")).isGreaterThan(150);
        assertThat(vi.getLong("totalPages")).isEqualTo(200);
        given().accept(ContentType.JSON).when().get(server.url("/api/spaces/general/articles/benh-vien-" + RUN))
                .then().statusCode(200).body("title", equalTo("Bệnh viện " + RUN)).body("author", equalTo("Admin"));
        // the uploaded copy of a completed import is not kept
        byte[] uploaded = Files.readAllBytes(own("vi-export-current-0.11.xml"));
        try (var stored = Files.list(data.resolve("imports"))) {
            assertThat(stored.filter(Files::isRegularFile)).noneMatch(file -> {
                try {
                    return Arrays.equals(Files.readAllBytes(file), uploaded);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        // the administrators' page: progress, counts and state
        String page = given().auth().oauth2(Tokens.of("quantri")).accept(ContentType.HTML)
                .when().get(server.url("/admin/imports/" + vi.getLong("id"))).then().statusCode(200).extract().asString();
        assertThat(page).contains("Hoàn tất", "vi-export-current-0.11", "<progress max=\"100\" value=\"100\"")
                .doesNotContain("http-equiv=\"refresh\"");
        given().auth().oauth2(Tokens.of("quantri")).accept(ContentType.HTML).when().get(server.url("/admin/imports"))
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString("vi-export-current-0.11"));

        JsonPath history = finished(importInto("general", own("mwxml-dump-0.8.xml")));
        assertThat(history.getLong("revisions")).isEqualTo(2);
        assertThat(history.getList("problems.reason", String.class)).anySatisfy(reason -> assertThat(reason).startsWith("namespace 1 (Talk)"));
        List<Map<String, Object>> revisions = given().accept(ContentType.JSON)
                .when().get(server.url("/api/spaces/general/articles/foo-" + RUN + "/revisions"))
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(0)).containsEntry("author", "222.152.210.109").containsEntry("summary", "Comment 2")
                .containsEntry("imported", true);
        assertThat(revisions.get(1)).containsEntry("author", "Gen0cide");
        assertThat((String) revisions.get(1).get("timestamp")).startsWith("2004-08-09T09:04:08");

        // the space leaves as a MediaWiki export and comes back identical into a space without these pages
        byte[] general = export("general");
        Path dump = data.resolve("general-export.xml");
        Files.write(dump, general);
        assertThat(finished(importInto("medical", dump)).getString("status")).isEqualTo("completed");
        assertThat(mine(pages(export("medical")))).isEqualTo(mine(pages(general))).hasSizeGreaterThan(150);
    }

    @Test
    void aMalformedDumpFailsWithItsPositionAndWritesNothing() throws IOException {
        byte[] whole = Files.readAllBytes(own("vi-export-current-0.11.xml"));
        Path cut = data.resolve("cut.xml");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));

        JsonPath run = finished(importInto("tourism", cut));
        assertThat(run.getString("status")).isEqualTo("failed");
        assertThat(run.getString("message")).startsWith("cut.xml, line ");
        assertThat(run.getLong("pages")).isZero();
        assertThat(mine(pages(export("tourism")))).isEmpty();

        given().auth().oauth2(Tokens.of("quantri")).multiPart("file", "notes.xml", "<notes/>".getBytes(), "text/xml")
                .when().post(server.url("/api/admin/imports/mediawiki?space=tourism"))
                .then().statusCode(400).body("type", equalTo("https://trithuc.vn/problems/not-a-mediawiki-export"));
        given().auth().oauth2(Tokens.of("bientap")).multiPart("file", cut.toFile())
                .when().post(server.url("/api/admin/imports/mediawiki?space=tourism")).then().statusCode(403);
    }

    @Test
    void anImportPausedResumedAndKilledHalfWayEndsWithNoRevisionMissingOrTwice() throws Exception {
        int pageCount = 3000;
        Path big = data.resolve("big.xml");
        generate(big, pageCount);

        long id = importInto("agriculture", big);
        JsonPath run = awaitPages(id, 100);
        assertThat(run.getString("status")).isEqualTo("running");

        // paused: it stops after the chunk in hand and stays where it is
        given().auth().oauth2(Tokens.of("quantri")).when().post(server.url("/api/admin/imports/" + id + "/pause"))
                .then().statusCode(200);
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        do {
            Thread.sleep(200);
            run = status(id);
        } while (!run.getString("status").equals("paused") && System.nanoTime() < deadline);
        assertThat(run.getString("status")).isEqualTo("paused");
        long paused = run.getLong("pages");
        Thread.sleep(1500);
        assertThat(status(id).getLong("pages")).isEqualTo(paused);
        given().auth().oauth2(Tokens.of("quantri")).when().post(server.url("/api/admin/imports/" + id + "/resume"))
                .then().statusCode(200);

        // resumed, then killed half-way
        run = awaitPages(id, paused + 100);
        assertThat(run.getString("status")).isEqualTo("running");
        assertThat(run.getLong("pages")).isBetween(paused + 100, pageCount - 1L);
        server.kill();

        server.start();
        JsonPath done = finished(id);
        assertThat(done.getString("status")).isEqualTo("completed");
        assertThat(done.getLong("pages")).isEqualTo(pageCount);
        assertThat(done.getLong("revisions")).isEqualTo(pageCount * 2L);
        List<PageHistory> exported = mine(pages(export("agriculture")));
        assertThat(exported).hasSize(pageCount);
        assertThat(exported).allSatisfy(page -> assertThat(page.revisions()).hasSize(2));
        // and searchable, every one: the chunk whose indexing the kill cut short was indexed again
        given().queryParam("q", RUN).queryParam("space", "agriculture").when().get(server.url("/api/search"))
                .then().statusCode(200).body("total", equalTo(pageCount));
    }

    private static JsonPath awaitPages(long id, long pages) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        JsonPath run;
        do {
            Thread.sleep(200);
            run = status(id);
        } while (run.getLong("pages") < pages && System.nanoTime() < deadline);
        return run;
    }

    /** A page of an export as compared: title, redirect, and each revision's time, author, summary and text. */
    record PageHistory(String title, String redirect, List<String> revisions) {
    }

    private static List<PageHistory> pages(byte[] export) {
        List<PageHistory> pages = new ArrayList<>();
        MediaWikiDump.read(new ByteArrayInputStream(export), "export.xml", new MediaWikiDump.Handler() {
            List<String> revisions;

            @Override
            public boolean pageStart(MediaWikiDump.PageHeader page) {
                revisions = new ArrayList<>();
                return true;
            }

            @Override
            public void revision(MediaWikiDump.PageHeader page, MediaWikiDump.Revision revision) {
                revisions.add(revision.timestamp() + " | " + revision.contributor().display() + " | " + revision.comment()
                        + " | " + revision.text());
            }

            @Override
            public void pageEnd(MediaWikiDump.PageHeader page) {
                pages.add(new PageHistory(page.title(), page.redirect(), revisions));
            }
        });
        pages.sort(java.util.Comparator.comparing(PageHistory::title));
        return pages;
    }

    /** A dump of {@code count} pages with two revisions each, real Vietnamese text from the fixture. */
    private static void generate(Path file, int count) throws IOException {
        List<String> texts = new ArrayList<>();
        MediaWikiDump.read(Files.newInputStream(FIXTURES.resolve("vi-export-current-0.11.xml")), "vi.xml", new MediaWikiDump.Handler() {
            @Override
            public void revision(MediaWikiDump.PageHeader page, MediaWikiDump.Revision revision) {
                if (page.redirect() == null && revision.text() != null) {
                    texts.add(revision.text());
                }
            }
        });
        try (OutputStream out = Files.newOutputStream(file);
             MediaWikiExport export = new MediaWikiExport(out, "Thử", "https://thu.example.vn/wiki/", Map.of())) {
            Instant at = Instant.parse("2020-01-01T00:00:00Z");
            for (int i = 0; i < count; i++) {
                String text = texts.get(i % texts.size());
                export.page("Trang thử " + i + " " + RUN, i + 1, null, List.of(
                        new MediaWikiExport.Rev(2L * i + 1, null, at.plusSeconds(2L * i), "Người " + (i % 7), "tạo", false, text),
                        new MediaWikiExport.Rev(2L * i + 2, 2L * i + 1, at.plusSeconds(2L * i + 1), "10.0.0." + (i % 250),
                                "sửa", false, text + "\n\nBổ sung " + i + ".")));
            }
        }
    }

    /** This run's pages of an export. */
    private static List<PageHistory> mine(List<PageHistory> pages) {
        return pages.stream().filter(page -> page.title().endsWith(" " + RUN)).toList();
    }

    /**
     * A fixture with {@link #RUN} appended to every main-namespace title and redirect target
     * (namespaces, history, authors and texts as they are).
     */
    private static Path own(String fixture) throws IOException {
        Path copy = data.resolve(fixture.replace(".xml", "-" + RUN + ".xml"));
        if (Files.exists(copy)) {
            return copy;
        }
        MediaWikiDump.SiteInfo[] site = new MediaWikiDump.SiteInfo[1];
        MediaWikiDump.read(Files.newInputStream(FIXTURES.resolve(fixture)), fixture, new MediaWikiDump.Handler() {
            @Override
            public void siteInfo(MediaWikiDump.SiteInfo info) {
                site[0] = info;
            }

            @Override
            public boolean pageStart(MediaWikiDump.PageHeader page) {
                return false;
            }

            @Override
            public void revision(MediaWikiDump.PageHeader page, MediaWikiDump.Revision revision) {
                // namespaces only
            }
        });
        Map<Integer, String> namespaces = site[0] == null ? Map.of() : site[0].namespaces();
        try (OutputStream out = Files.newOutputStream(copy);
             MediaWikiExport export = new MediaWikiExport(out, "Thử", "https://thu.example.vn/wiki/" + fixture + "/", namespaces)) {
            MediaWikiDump.read(Files.newInputStream(FIXTURES.resolve(fixture)), fixture, new MediaWikiDump.Handler() {
                List<MediaWikiExport.Rev> revisions;

                @Override
                public boolean pageStart(MediaWikiDump.PageHeader page) {
                    revisions = new ArrayList<>();
                    return true;
                }

                @Override
                public void revision(MediaWikiDump.PageHeader page, MediaWikiDump.Revision r) {
                    String text = r.text() == null ? null : r.text().replaceAll("(?i)(#(?:redirect|đổi)\\s*\\[\\[[^\\]|#]+)", "$1 " + RUN);
                    revisions.add(new MediaWikiExport.Rev(r.id(), r.parentId(), r.timestamp(), r.contributor().display(),
                            r.comment(), r.minor(), text));
                }

                @Override
                public void pageEnd(MediaWikiDump.PageHeader page) {
                    String title = page.ns() == 0 ? page.title() + " " + RUN
                            : page.title().contains(":") ? page.title() : namespaces.get(page.ns()) + ":" + page.title();
                    export.page(title, page.id(), page.redirect() == null ? null : page.redirect() + " " + RUN, revisions);
                }
            });
        }
        return copy;
    }

    private static long importInto(String space, Path file) {
        return given().auth().oauth2(Tokens.of("quantri")).multiPart("file", file.toFile())
                .when().post(server.url("/api/admin/imports/mediawiki?space=" + space))
                .then().statusCode(202).extract().jsonPath().getLong("id");
    }

    private static JsonPath status(long id) {
        return given().auth().oauth2(Tokens.of("quantri")).accept(ContentType.JSON)
                .when().get(server.url("/api/admin/imports/" + id)).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath finished(long id) throws IOException {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            JsonPath run = status(id);
            if (List.of("completed", "failed").contains(run.getString("status"))) {
                return run;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        throw new AssertionError("Import " + id + " did not finish: " + status(id).prettify());
    }

    private static byte[] export(String space) {
        return given().when().get(server.url("/api/spaces/" + space + "/export?format=mediawiki"))
                .then().statusCode(200).extract().asByteArray();
    }
}
