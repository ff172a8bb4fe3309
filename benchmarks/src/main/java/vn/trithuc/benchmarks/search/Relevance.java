package vn.trithuc.benchmarks.search;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

import vn.trithuc.content.text.Folding;
import vn.trithuc.content.search.VietnameseAnalysis;
import vn.trithuc.content.search.VietnameseQuery;

/**
 * The relevance harness: XQuAD's 240 Vietnamese paragraphs indexed as articles (title and body),
 * its 1,190 questions run as written and with every diacritic removed, MRR@10 and nDCG@10 for
 * Tri Thức's analysis and query builder beside plain Lucene ({@code StandardAnalyzer}, BM25) on
 * the same data in the same run. {@code java -cp benchmarks/target/benchmarks.jar
 * vn.trithuc.benchmarks.search.Relevance}
 */
public final class Relevance {

    /** A paragraph indexed as an article. */
    record Paragraph(int id, String title, String text) {
    }

    /** A question and the paragraph that answers it. */
    record Question(String text, int paragraph) {
    }

    /** MRR@10 and nDCG@10 of one system on one set of questions. */
    record Score(double mrr, double ndcg) {
    }

    private Relevance() {
    }

    public static void main(String[] args) throws Exception {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        load(paragraphs, questions);
        List<Question> folded = questions.stream().map(q -> new Question(Folding.fold(q.text()), q.paragraph())).toList();

        try (Directory ours = tritThucIndex(paragraphs); Directory plain = plainIndex(paragraphs)) {
            VietnameseQuery.Weights d = VietnameseQuery.Weights.DEFAULT;
            // -Dpairs=… -Dexact=… -Dupto=… -Dshare=… -Dtitle=… try other weights than the defaults
            VietnameseQuery.Weights weights = new VietnameseQuery.Weights(
                    Float.parseFloat(System.getProperty("pairs", String.valueOf(d.pairs()))),
                    Float.parseFloat(System.getProperty("exact", String.valueOf(d.exact()))),
                    Float.parseFloat(System.getProperty("stop", String.valueOf(d.stop()))), d.otherLanguages(),
                    Integer.parseInt(System.getProperty("upto", String.valueOf(d.allTermsUpTo()))),
                    Float.parseFloat(System.getProperty("share", String.valueOf(d.shareOfLongQueries()))),
                    Float.parseFloat(System.getProperty("variants", String.valueOf(d.foreignVariants()))),
                    Float.parseFloat(System.getProperty("restored", String.valueOf(d.restored()))));
            VietnameseQuery builder = new VietnameseQuery(List.of(new VietnameseQuery.Group("title",
                    Float.parseFloat(System.getProperty("title", "2"))), new VietnameseQuery.Group("body", 1f)), weights, false);
            Score oursTyped = score(ours, similarity(), questions, builder::build);
            Score oursFolded = score(ours, similarity(), folded, builder::build);
            Score plainTyped = score(plain, plainSimilarity(), questions, Relevance::plainQuery);
            Score plainFolded = score(plain, plainSimilarity(), folded, Relevance::plainQuery);
            System.out.printf(Locale.ROOT, "paragraphs=%d questions=%d%n", paragraphs.size(), questions.size());
            System.out.printf(Locale.ROOT, "| system | questions | MRR@10 | nDCG@10 |%n|---|---|---|---|%n");
            row("Tri Thức (Vietnamese analysis)", "as written", oursTyped);
            row("Tri Thức (Vietnamese analysis)", "without diacritics", oursFolded);
            row("plain Lucene StandardAnalyzer, BM25", "as written", plainTyped);
            row("plain Lucene StandardAnalyzer, BM25", "without diacritics", plainFolded);
            System.out.printf(Locale.ROOT, "without/with diacritics (Tri Thức): %.1f %%%n", 100 * oursFolded.mrr() / oursTyped.mrr());
        }
    }

    private static void row(String system, String set, Score score) {
        System.out.printf(Locale.ROOT, "| %s | %s | %.4f | %.4f |%n", system, set, score.mrr(), score.ndcg());
    }

    interface QueryMaker {
        Query make(String text) throws Exception;
    }

    static Score score(Directory directory, org.apache.lucene.search.similarities.Similarity similarity,
                       List<Question> questions, QueryMaker maker) throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(similarity);
            double mrr = 0;
            double ndcg = 0;
            int[] ranks = new int[11]; // -Dranks=true: where the answering paragraph ranked (10 = not in the top 10)
            for (Question question : questions) {
                ScoreDoc[] hits = searcher.search(maker.make(question.text()), 10).scoreDocs;
                int found = 10;
                for (int rank = 0; rank < hits.length; rank++) {
                    int id = searcher.storedFields().document(hits[rank].doc).getField("id").numericValue().intValue();
                    if (id == question.paragraph()) {
                        mrr += 1.0 / (rank + 1);
                        ndcg += 1.0 / (Math.log(rank + 2) / Math.log(2));
                        found = rank;
                        break;
                    }
                }
                ranks[found]++;
                if (found == 10 && Boolean.getBoolean("misses")) {
                    System.out.println("miss: " + question.text());
                }
            }
            if (Boolean.getBoolean("ranks")) {
                System.out.println("ranks 1..10, then missing: " + java.util.Arrays.toString(ranks));
            }
            return new Score(mrr / questions.size(), ndcg / questions.size());
        }
    }

    /** Title and body the way the knowledge index has them: folded, as written, and adjacent pairs. */
    static Directory tritThucIndex(List<Paragraph> paragraphs) throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzers()).setSimilarity(similarity()))) {
            for (Paragraph p : paragraphs) {
                Document doc = new Document();
                doc.add(new StoredField("id", p.id()));
                for (String group : List.of("title", "body")) {
                    String text = group.equals("title") ? p.title() : p.text();
                    for (String suffix : List.of("", "_exact", "_pairs")) {
                        doc.add(new TextField(group + suffix, text, Field.Store.NO));
                    }
                }
                writer.addDocument(doc);
            }
        }
        return directory;
    }

    /** The analyzer of each field of the knowledge index, by suffix (also the import benchmark's bare-Lucene side). */
    public static Analyzer analyzers() {
        return new PerFieldAnalyzerWrapper(VietnameseAnalysis.folded(), java.util.Map.of(
                "title_exact", VietnameseAnalysis.exact(), "body_exact", VietnameseAnalysis.exact(),
                "title_pairs", VietnameseAnalysis.shingles(), "body_pairs", VietnameseAnalysis.shingles()));
    }

    /** The knowledge index's similarity; -Dsim=, -Dk1= and -Db= try others. */
    static org.apache.lucene.search.similarities.Similarity similarity() {
        return similarity(VietnameseAnalysis.BM25_K1, VietnameseAnalysis.BM25_B);
    }

    /** Plain Lucene's: BM25 with Lucene's defaults (1.2, 0.75); -Dsim=, -Dk1= and -Db= try others. */
    static org.apache.lucene.search.similarities.Similarity plainSimilarity() {
        return similarity(1.2f, 0.75f);
    }

    private static org.apache.lucene.search.similarities.Similarity similarity(float k1, float b) {
        String sim = System.getProperty("sim", "bm25");
        switch (sim) {
            case "lmd": return new org.apache.lucene.search.similarities.LMDirichletSimilarity(Float.parseFloat(System.getProperty("mu", "2000")));
            case "lmj": return new org.apache.lucene.search.similarities.LMJelinekMercerSimilarity(Float.parseFloat(System.getProperty("lambda", "0.7")));
            case "dfr": return new org.apache.lucene.search.similarities.DFRSimilarity(new org.apache.lucene.search.similarities.BasicModelIn(), new org.apache.lucene.search.similarities.AfterEffectL(), new org.apache.lucene.search.similarities.NormalizationH2());
            case "ib": return new org.apache.lucene.search.similarities.IBSimilarity(new org.apache.lucene.search.similarities.DistributionLL(), new org.apache.lucene.search.similarities.LambdaDF(), new org.apache.lucene.search.similarities.NormalizationH2());
            case "dfi": return new org.apache.lucene.search.similarities.DFISimilarity(new org.apache.lucene.search.similarities.IndependenceChiSquared());
            case "ax": return new org.apache.lucene.search.similarities.AxiomaticF2EXP();
            default: break;
        }
        return new org.apache.lucene.search.similarities.BM25Similarity(Float.parseFloat(System.getProperty("k1", String.valueOf(k1))),
                Float.parseFloat(System.getProperty("b", String.valueOf(b))));
    }

    static Directory plainIndex(List<Paragraph> paragraphs) throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()).setSimilarity(plainSimilarity()))) {
            for (Paragraph p : paragraphs) {
                Document doc = new Document();
                doc.add(new StoredField("id", p.id()));
                doc.add(new TextField("title", p.title(), Field.Store.NO));
                doc.add(new TextField("body", p.text(), Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        return directory;
    }

    static Query plainQuery(String text) throws Exception {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"title", "body"}, new StandardAnalyzer());
        return parser.parse(QueryParser.escape(text));
    }

    static void load(List<Paragraph> paragraphs, List<Question> questions) throws IOException {
        try (InputStream in = Relevance.class.getResourceAsStream("/corpus/xquad.vi.json"); JsonReader reader = Json.createReader(in)) {
            JsonObject root = reader.readObject();
            for (JsonValue article : root.getJsonArray("data")) {
                String title = article.asJsonObject().getString("title", "");
                for (JsonValue paragraph : article.asJsonObject().getJsonArray("paragraphs")) {
                    int id = paragraphs.size();
                    paragraphs.add(new Paragraph(id, title, paragraph.asJsonObject().getString("context")));
                    for (JsonValue qa : paragraph.asJsonObject().getJsonArray("qas")) {
                        questions.add(new Question(qa.asJsonObject().getString("question"), id));
                    }
                }
            }
        }
    }
}
