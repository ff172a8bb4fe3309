package vn.trithuc.content.mediawiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class MediaWikiDumpTest {

    /** Collects what the reader reports. */
    static final class Collected implements MediaWikiDump.Handler {
        MediaWikiDump.SiteInfo site;
        final List<MediaWikiDump.PageHeader> pages = new ArrayList<>();
        final List<MediaWikiDump.Revision> revisions = new ArrayList<>();

        @Override
        public void siteInfo(MediaWikiDump.SiteInfo site) {
            this.site = site;
        }

        @Override
        public boolean pageStart(MediaWikiDump.PageHeader page) {
            pages.add(page);
            return true;
        }

        @Override
        public void revision(MediaWikiDump.PageHeader page, MediaWikiDump.Revision revision) {
            revisions.add(revision);
        }
    }

    static Collected read(String resource) throws Exception {
        Collected collected = new Collected();
        try (InputStream in = MediaWikiDumpTest.class.getResourceAsStream("/mediawiki/" + resource)) {
            MediaWikiDump.read(in, resource, collected);
        }
        return collected;
    }

    @Test
    void schema08WithHistoryAndAnAnonymousContributor() throws Exception {
        Collected dump = read("mwxml-dump-0.8.xml");
        assertThat(dump.site.name()).isEqualTo("Wikipedia");
        assertThat(dump.site.namespaces()).containsEntry(1, "Talk");
        assertThat(dump.pages).extracting(MediaWikiDump.PageHeader::title).containsExactly("Foo", "Bar");
        assertThat(dump.pages.get(1).ns()).isEqualTo(1);
        assertThat(dump.revisions).hasSize(3);
        MediaWikiDump.Revision second = dump.revisions.get(1);
        assertThat(second.contributor().anonymous()).isTrue();
        assertThat(second.contributor().display()).isEqualTo("222.152.210.109");
        assertThat(second.comment()).isEqualTo("Comment 2");
        assertThat(second.text()).isEqualTo("Revision 2 text");
        assertThat(dump.revisions.get(0).contributor().display()).isEqualTo("Gen0cide");
        assertThat(dump.revisions.get(0).timestamp()).hasToString("2004-08-09T09:04:08Z");
    }

    @Test
    void aRealVietnameseExport011() throws Exception {
        Collected dump = read("vi-export-current-0.11.xml");
        assertThat(dump.pages).hasSize(200);
        assertThat(dump.revisions).hasSize(200);
        assertThat(dump.site.namespaces()).containsEntry(14, "Thể loại").containsEntry(10, "Bản mẫu");
        assertThat(dump.site.namespaceOf("Thể loại:Bệnh viện")).isEqualTo(14);
        MediaWikiDump.PageHeader redirect = dump.pages.stream().filter(p -> p.redirect() != null).findFirst().orElseThrow();
        assertThat(redirect.redirect()).isEqualTo("Cốm Làng Vòng (Hà Nội)");
        assertThat(dump.pages.get(0).title()).isEqualTo("Bệnh viện");
        assertThat(dump.revisions.get(0).text()).startsWith("Bệnh viện hay nhà thương");
        assertThat(dump.pages.get(199).position()).isEqualTo(199);
    }

    @Test
    void multiContentRevisionsTakeTheMainSlot() {
        String xml = """
                <mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11">
                  <page><title>Trang</title><ns>0</ns><id>7</id>
                    <revision><id>70</id><timestamp>2024-01-01T00:00:00Z</timestamp><contributor><username>An</username><id>3</id></contributor>
                      <minor/><model>wikitext</model><format>text/x-wiki</format><text bytes="5">Chính</text><sha1>x</sha1>
                      <content><role>mediainfo</role><origin>70</origin><model>wikibase-mediainfo</model><format>application/json</format>
                        <text bytes="2">{}</text></content>
                    </revision>
                    <revision><id>71</id><timestamp>2024-01-02T00:00:00Z</timestamp><contributor deleted="deleted"/>
                      <comment deleted="deleted"/><text deleted="deleted"/></revision>
                  </page>
                </mediawiki>""";
        Collected dump = new Collected();
        MediaWikiDump.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "slots.xml", dump);
        assertThat(dump.revisions.get(0).text()).isEqualTo("Chính");
        assertThat(dump.revisions.get(0).otherSlots()).isEqualTo(1);
        assertThat(dump.revisions.get(0).minor()).isTrue();
        assertThat(dump.revisions.get(1).text()).isNull();
        assertThat(dump.revisions.get(1).contributor().display()).isEqualTo("(ẩn)");
    }

    @Test
    void truncatedMalformedAndForeignFilesNameTheFileAndPosition() throws Exception {
        byte[] whole;
        try (InputStream in = MediaWikiDumpTest.class.getResourceAsStream("/mediawiki/vi-export-current-0.11.xml")) {
            whole = in.readAllBytes();
        }
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        Collected partial = new Collected();
        assertThatThrownBy(() -> MediaWikiDump.read(new ByteArrayInputStream(half), "cut.xml", partial))
                .isInstanceOf(DumpException.class).hasMessageStartingWith("cut.xml, line ")
                .satisfies(e -> assertThat(((DumpException) e).line()).isGreaterThan(1000));
        assertThat(partial.pages).isNotEmpty();

        assertThatThrownBy(() -> MediaWikiDump.read(new ByteArrayInputStream("<mediawiki version=\"0.11\"><page><title>x</ti".getBytes()),
                "broken.xml", new Collected())).isInstanceOf(DumpException.class).hasMessageContaining("broken.xml, line 1");
        assertThatThrownBy(() -> MediaWikiDump.read(new ByteArrayInputStream("<html><body/></html>".getBytes()), "page.html", new Collected()))
                .hasMessageContaining("not a MediaWiki export");
        assertThatThrownBy(() -> MediaWikiDump.read(new ByteArrayInputStream("<mediawiki version=\"0.3\"></mediawiki>".getBytes()), "old.xml",
                new Collected())).hasMessageContaining("version 0.3 is not supported");
        // no DTD, no external entity
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><mediawiki version=\"0.11\">"
                + "<page><title>&x;</title></page></mediawiki>";
        assertThatThrownBy(() -> MediaWikiDump.read(new ByteArrayInputStream(xxe.getBytes()), "xxe.xml", new Collected()))
                .isInstanceOf(DumpException.class);
    }
}
