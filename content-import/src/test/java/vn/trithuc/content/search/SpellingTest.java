package vn.trithuc.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class SpellingTest {

    @Test
    void unknownSyllablesAreCorrectedFromTheIndexAndFoundFuzzily() throws Exception {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalysis.folded()))) {
                for (String text : List.of("Bệnh viện Bạch Mai", "Bệnh viện Việt Đức", "Nông nghiệp Việt Nam")) {
                    Document doc = new Document();
                    doc.add(new TextField("body", text, Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(Spelling.correction(reader, "body", "benh vein")).isEqualTo("benh vien");
                assertThat(Spelling.correction(reader, "body", "nong nghiep")).isNull();
                assertThat(Spelling.correction(reader, "body", "xyzxyzxyz")).isNull();
                long found = new IndexSearcher(reader).count(Spelling.fuzzy("nong ngiep",
                        List.of(new VietnameseQuery.Group("body", 1f))));
                assertThat(found).isEqualTo(1);
            }
        }
    }
}
