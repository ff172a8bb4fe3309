package vn.trithuc.knowledge.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.jboss.logging.Logger;

import vn.trithuc.web.security.Caller;

/**
 * Demo articles for the run command ({@code TRITHUC_DEMO_CONTENT=true}), loaded on the first
 * start only, through the same service as every edit: real Vietnamese Wikipedia text in all four
 * spaces, some articles with several revisions by different people, wiki links from the Hà Nội
 * article, and one medical edit waiting for a doctor.
 */
@ApplicationScoped
public class DemoArticles {

    static final String ITEM = "articles";
    private static final Logger LOG = Logger.getLogger(DemoArticles.class);
    private static final Set<String> BASE_ROLES = Set.of("contributor", "learner");
    private static final Map<String, Caller> AUTHORS = Map.of(
            "general", new Caller("giangvien", "Bùi Thị Lan", Set.of("contributor", "learner", "instructor"), List.of()),
            "agriculture", new Caller("nongdan", "Trần Văn Bình", BASE_ROLES, List.of("/Hà Nội/Huyện Đông Anh")),
            "medical", new Caller("bacsi", "Phạm Thu Dung", Set.of("contributor", "learner", "medical-reviewer"),
                    List.of("/Hà Nội/Sở Y tế")),
            "tourism", new Caller("bientap", "Hoàng Văn Giang", Set.of("contributor", "learner", "editor"), List.of()));
    private static final Caller STUDENT = new Caller("hocsinh", "Nguyễn Minh An", BASE_ROLES, List.of());
    private static final Caller EXPERT = new Caller("chuyengia", "Lê Thị Cúc", Set.of("contributor", "learner", "agri-expert"),
            List.of("/Hà Nội/Sở Nông nghiệp và Phát triển nông thôn"));
    /** Crop names by their folded keyword, in order of preference. */
    private static final Map<String, String> CROPS = new java.util.LinkedHashMap<>(Map.ofEntries(
            Map.entry("lua", "Lúa"), Map.entry("gao", "Lúa"), Map.entry("khoai", "Khoai"), Map.entry("lon", "Lợn"),
            Map.entry("ga", "Gà"), Map.entry("bo", "Bò"), Map.entry("trau", "Trâu"), Map.entry("ca phe", "Cà phê"),
            Map.entry("che", "Chè"), Map.entry("ngo", "Ngô"), Map.entry("rau", "Rau"), Map.entry("san", "Sắn")));
    private static final List<String> DISTRICTS = List.of("Huyện Đông Anh", "Huyện Gia Lâm", "Huyện Sóc Sơn",
            "Huyện Ba Vì", "Huyện Thường Tín", "Huyện Mê Linh");

    @Inject
    vn.trithuc.knowledge.agriculture.AgricultureNotes agricultureNotes;

    /** One demo article as shipped. */
    public record Item(String space, String title, String markdown) {
    }

    @Inject
    ArticleService articles;

    @Inject
    DemoContentMarker marker;

    @Inject
    DemoArticles self;

    static final int GROUP = 50;

    @Inject
    vn.trithuc.knowledge.tourism.DemoPlaces demoPlaces;

    /** Loads the demo articles unless they were loaded before; returns how many articles were added. */
    public int loadOnce() {
        if (marker.isLoaded(ITEM)) {
            return 0;
        }
        long started = System.nanoTime();
        List<Item> items = read();
        // fifty articles to a transaction: one index commit each, not one per article
        for (int from = 0; from < items.size(); from += GROUP) {
            self.loadGroup(items, from, Math.min(items.size(), from + GROUP));
        }
        int count = items.size();
        pendingMedicalEdit(items);
        count += demoPlaces.load();
        marker.markLoaded(ITEM);
        LOG.infof("Loaded %d demo articles in %d ms", count, (System.nanoTime() - started) / 1_000_000);
        return count;
    }

    /** Loads items {@code [from, to)}; the index of an item decides its demo history. */
    @jakarta.transaction.Transactional
    public void loadGroup(List<Item> items, int from, int to) {
        for (int count = from; count < to; count++) {
            Item item = items.get(count);
            Caller author = AUTHORS.get(item.space());
            String slug = Slug.fromTitle(item.title()).value();
            String text = item.markdown();
            if (item.title().equals("Hà Nội")) {
                text = text + seeAlso(items);
            }
            if (count % 10 == 0 && text.indexOf("\n\n") > 0) {
                // an article that grew: a first short version (by the student, or the doctor in the
                // medical space, where a student's version would wait for review), then the full text
                Caller firstAuthor = item.space().equals("medical") ? author : STUDENT;
                String intro = text.substring(0, text.indexOf("\n\n") + 1);
                long first = articles.save(item.space(), slug, new SaveRequest(item.title(), intro, "Bài mới", null, "vi", null, null),
                        firstAuthor).article().revision();
                articles.save(item.space(), slug, new SaveRequest(item.title(), text, "Viết đầy đủ", first, "vi",
                        farmingDetails(item, count), null), author);
            } else {
                articles.save(item.space(), slug, new SaveRequest(item.title(), text, "Bài mới", null, "vi",
                        farmingDetails(item, count), null), author);
                if (item.space().equals("agriculture") && count % 3 == 0) {
                    agricultureNotes.verify(slug, EXPERT);
                }
            }
        }
    }

    /** Crop and district for the farmers' notes, so the agriculture space can be browsed. */
    private static vn.trithuc.knowledge.agriculture.AgriFields farmingDetails(Item item, int count) {
        if (!item.space().equals("agriculture")) {
            return null;
        }
        String folded = vn.trithuc.content.text.Folding.fold(item.title());
        String crop = CROPS.entrySet().stream().filter(e -> (" " + folded + " ").contains(" " + e.getKey() + " "))
                .map(Map.Entry::getValue).findFirst().orElse(item.title());
        return new vn.trithuc.knowledge.agriculture.AgriFields(crop, null, List.of(2 + count % 6, 3 + count % 6),
                DISTRICTS.get(count % DISTRICTS.size()), null, null);
    }

    /** A student's addition to a medical article, waiting in the review queue. */
    private void pendingMedicalEdit(List<Item> items) {
        items.stream().filter(i -> i.space().equals("medical")).findFirst().ifPresent(item -> {
            String slug = Slug.fromTitle(item.title()).value();
            ArticleViews.ArticleView current = articles.read("medical", slug);
            articles.save("medical", slug, new SaveRequest(item.title(), current.markdown()
                    + "\n## Kinh nghiệm của người dân\n\nNên đến trạm y tế phường, xã để được tư vấn miễn phí.\n",
                    "Thêm kinh nghiệm", current.revision(), "vi", null, null), STUDENT);
        });
    }

    private static String seeAlso(List<Item> items) {
        StringBuilder links = new StringBuilder("\n## Xem thêm\n\n");
        items.stream().filter(i -> i.space().equals("general") && i.title().contains("Hà Nội") && !i.title().equals("Hà Nội"))
                .limit(12).forEach(i -> links.append("- [[").append(i.title()).append("]]\n"));
        links.append("- [[Phở]] (trong [[tourism:Phở|Du lịch và văn hoá]])\n");
        links.append("- [[Lịch sử giao thông công cộng Hà Nội]]\n");
        return links.toString();
    }


    static List<Item> read() {
        List<Item> items = new ArrayList<>();
        try (InputStream raw = DemoArticles.class.getResourceAsStream("/demo/articles.jsonl.gz");
             BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                try (JsonReader json = Json.createReader(new StringReader(line))) {
                    JsonObject o = json.readObject();
                    items.add(new Item(o.getString("space"), o.getString("title"), o.getString("markdown")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo articles", e);
        }
        return items;
    }
}
