package vn.trithuc.content.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

import org.junit.jupiter.api.Test;

import vn.trithuc.content.text.Folding;

class VietnameseAnalysisTest {

    @Test
    void everySpellingOfHaNoiFoldsToTheSameSyllables() {
        for (String typed : List.of("ha noi", "Ha Noi", "HÀ NỘI", "hà nội", Normalizer.normalize("Hà Nội", Normalizer.Form.NFD))) {
            assertThat(VietnameseAnalysis.terms(VietnameseAnalysis.folded(), "f", typed)).containsExactly("ha", "noi");
        }
        assertThat(VietnameseAnalysis.terms(VietnameseAnalysis.folded(), "f", "Đà Nẵng đường")).containsExactly("da", "nang", "duong");
        assertThat(Folding.fold("Điện Biên Phủ")).isEqualTo("dien bien phu");
    }

    @Test
    void exactSyllablesKeepTheirMarksInOneNormalForm() {
        assertThat(VietnameseAnalysis.terms(VietnameseAnalysis.exact(), "f", Normalizer.normalize("HÀ Nội", Normalizer.Form.NFD)))
                .containsExactly("hà", "nội");
        assertThat(VietnameseAnalysis.terms(VietnameseAnalysis.exact(), "f", "hạ")).containsExactly("hạ");
    }

    @Test
    void pairsAreAdjacentFoldedSyllables() {
        assertThat(VietnameseAnalysis.terms(VietnameseAnalysis.shingles(), "f", "Bệnh viện Bạch Mai"))
                .containsExactly("benh vien", "vien bach", "bach mai");
    }

    @Test
    void prefixesServeAsYouTypeSuggestions() {
        assertThat(VietnameseAnalysis.terms(VietnameseAnalysis.prefixes(), "f", "Hồ Gươm"))
                .containsExactly("h", "ho", "g", "gu", "guo", "guom");
    }

    @Test
    void translationsGetTheirLanguagesAnalysis() {
        assertThat(VietnameseAnalysis.terms(VietnameseAnalysis.english(), "f", "The pagoda's pillars")).contains("pagoda", "pillar");
        assertThat(VietnameseAnalysis.terms(VietnameseAnalysis.french(), "f", "l'église des pagodes")).contains("eglis", "pagod");
        assertThat(VietnameseAnalysis.terms(VietnameseAnalysis.cjk(), "f", "河内市")).containsExactly("河内", "内市");
    }

    @Test
    void stopSyllablesComeFromTheList() {
        assertThat(VietnameseAnalysis.isStopSyllable("cua")).isTrue();
        assertThat(VietnameseAnalysis.isStopSyllable("benh")).isFalse();
    }

    @Test
    void bothPlacesOfATheToneMarkAreOneSpelling() {
        // older "hoá, thuỷ, khoẻ" and newer "hóa, thủy, khỏe"; "quý", "hoàn", "thuyền" are the same in both
        assertThat(VietnameseAnalysis.terms(VietnameseAnalysis.exact(), "f", "Hoá học, THUỶ điện, sức khoẻ"))
                .containsExactly("hóa", "học", "thủy", "điện", "sức", "khỏe");
        assertThat(VietnameseAnalysis.terms(VietnameseAnalysis.exact(), "f", "hóa thủy quý hoàn thuyền"))
                .containsExactly("hóa", "thủy", "quý", "hoàn", "thuyền");
        assertThat(VietnameseQuery.titleKey("Hoá học (Thuỷ)", false)).isEqualTo("hóa học (thủy)");
        assertThat(VietnameseQuery.titleKey("Hoá học", true)).isEqualTo("hoa hoc");
    }

    @Test
    void syllablesTypedWithMarksAreJudgedAsWritten() {
        // "đến" (to) and "lúc" (when) are stop words; "đen" (black) and "lục" (continent) fold to the same letters but are not
        assertThat(VietnameseAnalysis.isStopSyllable("đến", "den")).isTrue();
        assertThat(VietnameseAnalysis.isStopSyllable("đen", "den")).isFalse();
        assertThat(VietnameseAnalysis.isStopSyllable("lục", "luc")).isFalse();
        // typed without marks, only the folded form is known
        assertThat(VietnameseAnalysis.isStopSyllable("den", "den")).isTrue();
        // the query keeps "đen" as a word that must match, and "đến" as one that only adds
        VietnameseQuery query = new VietnameseQuery(List.of(new VietnameseQuery.Group("body", 1f)),
                VietnameseQuery.Weights.DEFAULT, false);
        assertThat(query.build("cái chết đen").toString())
                .startsWith("+((((body:chet)^1.0)~0.1 ((body:den)^1.0)~0.1)~1) (((body:cai)^1.0)~0.1)^0.6 ");
        assertThat(query.build("cái chết đến").toString())
                .startsWith("+((((body:chet)^1.0)~0.1)~1) (((body:cai)^1.0)~0.1)^0.6 (((body:den)^1.0)~0.1)^0.6 ");
    }

    @Test
    void queriesAreNeverParsedAsSyntaxAndHaveALimit() {
        VietnameseQuery query = new VietnameseQuery(List.of(new VietnameseQuery.Group("body", 1f)),
                VietnameseQuery.Weights.DEFAULT, true);
        assertThat(query.build("\"AND ( * bệnh viện").toString()).contains("body:benh", "body_pairs:benh vien", "body_exact:bệnh");
        assertThat(query.build("\" * ( )").toString()).contains("MatchNoDocs");
        assertThatThrownBy(() -> query.build("x".repeat(1001))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSyllableTypedWithoutMarksIsAStopWordWhenMostOfItsUsesAre() {
        // "duoc" is nearly always "được"; "thuoc" is "thuộc" (a stop word) but often "thuốc" (medicine)
        assertThat(VietnameseAnalysis.isStopSyllable("duoc")).isTrue();
        assertThat(VietnameseAnalysis.isStopSyllable("thuoc")).isFalse();
        assertThat(VietnameseAnalysis.isStopSyllable("thuộc", "thuoc")).isTrue();
        assertThat(VietnameseAnalysis.isStopSyllable("thuốc", "thuoc")).isFalse();
        VietnameseQuery query = new VietnameseQuery(List.of(new VietnameseQuery.Group("body", 1f)),
                VietnameseQuery.Weights.DEFAULT, false);
        assertThat(query.build("duoc si phat thuoc").toString())
                .startsWith("+((((body:si)^1.0)~0.1 ((body:phat)^1.0)~0.1 ((body:thuoc)^1.0)~0.1)~1) (((body:duoc)^1.0)~0.1)^0.6 ");
    }

    @Test
    void theSyllablesOfAStopPhraseOnlyAdd() {
        List<String> written = VietnameseAnalysis.terms(VietnameseAnalysis.exact(), "q", "có bao nhiêu loài sứa");
        List<String> folded = VietnameseAnalysis.terms(VietnameseAnalysis.folded(), "q", "có bao nhiêu loài sứa");
        assertThat(VietnameseAnalysis.stopPhraseAt(written, folded, 1)).isEqualTo(2);
        assertThat(VietnameseAnalysis.stopPhraseAt(written, folded, 3)).isZero();
        // typed without marks, judged folded
        assertThat(VietnameseAnalysis.stopPhraseAt(folded, folded, 1)).isEqualTo(2);
        VietnameseQuery query = new VietnameseQuery(List.of(new VietnameseQuery.Group("body", 1f)),
                VietnameseQuery.Weights.DEFAULT, false);
        String built = query.build("có bao nhiêu loài sứa").toString();
        assertThat(built).startsWith("+((((body:loai)^1.0)~0.1 ((body:sua)^1.0)~0.1)~1) ").contains("(((body:bao)^1.0)~0.1)^0.6", "(((body:nhieu)^1.0)~0.1)^0.6")
                // the phrase still counts as a pair in the text
                .contains("body_pairs:bao nhieu");
    }

    @Test
    void foreignWordsAlsoMatchTheirOneLetterVariants() {
        assertThat(VietnameseAnalysis.isForeignWord("huguenot")).isTrue();
        assertThat(VietnameseAnalysis.isForeignWord("ottomans")).isTrue();
        assertThat(VietnameseAnalysis.isForeignWord("nguyen")).isFalse();
        assertThat(VietnameseAnalysis.isForeignWord("truong")).isFalse();
        assertThat(VietnameseAnalysis.isForeignWord("nghieng")).isFalse();
        assertThat(VietnameseAnalysis.isForeignWord("1991")).isFalse();
        VietnameseQuery query = new VietnameseQuery(List.of(new VietnameseQuery.Group("body", 1f)),
                VietnameseQuery.Weights.DEFAULT, false);
        assertThat(query.build("đế chế Ottoman năm 1991").toString())
                .contains("body:ottoman~1").doesNotContain("body:1991~", "body:che~");
    }

    /** The stock chains the fast filters stand in for (and the Elasticsearch analysis runs). */
    private static Analyzer stock(boolean pairs, boolean exact) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(new VietnameseAnalysis.NfcFilter(source));
                if (exact) {
                    return new TokenStreamComponents(source, new StockTonePlacement(stream));
                }
                stream = new ASCIIFoldingFilter(stream);
                if (pairs) {
                    ShingleFilter shingles = new ShingleFilter(stream, 2, 2);
                    shingles.setOutputUnigrams(false);
                    shingles.setFillerToken("");
                    stream = shingles;
                }
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** The tone rules as the Elasticsearch analysis runs them: each pattern in order. */
    static final class StockTonePlacement extends org.apache.lucene.analysis.TokenFilter {
        private static final List<Pattern> PATTERNS = VietnameseAnalysis.TONE_PLACEMENT.stream().map(r -> Pattern.compile(r[0])).toList();
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        StockTonePlacement(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String word = term.toString();
            for (int i = 0; i < PATTERNS.size(); i++) {
                word = PATTERNS.get(i).matcher(word).replaceFirst(VietnameseAnalysis.TONE_PLACEMENT.get(i)[1]);
            }
            term.setEmpty().append(word);
            return true;
        }
    }

    /** Every token with its position increment, length and offsets. */
    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + "/" + increment.getPositionIncrement() + "/" + length.getPositionLength()
                        + "/" + offset.startOffset() + "-" + offset.endOffset());
            }
            stream.end();
            tokens.add("end " + offset.endOffset());
        }
        return tokens;
    }

    @Test
    void theFastFiltersMakeExactlyWhatTheStockFiltersMake() throws IOException {
        String wikipedia;
        try (InputStream in = getClass().getResourceAsStream("/mediawiki/vi-export-current-0.11.xml")) {
            wikipedia = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> texts = new ArrayList<>(List.of("", "Hà", "ß Straße ÆON İstanbul ǅemal ﬁne ʀß ᴀǆ", "\uD801\uDC00\uD801\uDC28 𝐀𝐁 😀 x",
                Normalizer.normalize("Hoà THUỶ khoẻ quý Hóa", Normalizer.Form.NFD), "河内市 ソウル 서울 Ⅻ ① ＡＢＣ",
                "HOÀ, QUỲ, KHOẺ, Thuỳ, oà", "a b c d e f g"));
        for (int at = 0; at < wikipedia.length(); at += 20_000) {
            texts.add(wikipedia.substring(at, Math.min(wikipedia.length(), at + 20_000)));
        }
        for (String text : texts) {
            assertThat(tokens(VietnameseAnalysis.folded(), text)).isEqualTo(tokens(stock(false, false), text));
            assertThat(tokens(VietnameseAnalysis.shingles(), text)).isEqualTo(tokens(stock(true, false), text));
            assertThat(tokens(VietnameseAnalysis.exact(), text)).isEqualTo(tokens(stock(false, true), text));
        }
    }
}
