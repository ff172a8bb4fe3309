package vn.trithuc.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.utility.DeepUnwrap;

import vn.trithuc.web.problem.Problem;
import vn.trithuc.web.security.Caller;

class TemplatesTest {

    private final Templates templates = new Templates(getClass().getClassLoader());

    @Test
    void errorPageShowsTheLocalisedMessageAndErrorIdButNoInternals() {
        Problem problem = new Problem(URI.create("https://trithuc.vn/problems/server-error"), 500, "Server error",
                "java.lang.NullPointerException at Foo", "/wiki/x", "abc-123", Map.of());
        String html = templates.render("error", model(problem), Languages.VIETNAMESE);

        assertThat(html).contains("<html lang=\"vi\">", "Hệ thống gặp sự cố", "abc-123", "Khoá học", "Đăng nhập");
        assertThat(html).doesNotContain("NullPointerException");
    }

    @Test
    void assetsAreLinkedWithTheirContentHash() {
        String html = templates.render("error", model(new Problem(URI.create("about:blank"), 404, "x", null, null, null,
                Map.of())), Languages.VIETNAMESE);

        String hash = AssetResource.find("css/site.css").orElseThrow().hash();
        assertThat(hash).matches("[0-9a-f]{24}");
        assertThat(html).contains("href=\"/static/css/site.css?v=" + hash + "\"", "/static/js/suggest.js?v=")
                .doesNotContain("theme.css");
    }

    @Test
    void textFromModelsIsEscaped() {
        Map<String, Object> model = model(new Problem(URI.create("about:blank"), 404, "x", null, null, null, Map.of()));
        model.put("caller", new Caller("<script>", "<b>Tên</b>", java.util.Set.of(), List.of()));
        String html = templates.render("error", model, Languages.ENGLISH);

        assertThat(html).contains("&lt;b&gt;Tên&lt;/b&gt;").doesNotContain("<b>Tên</b>");
    }

    private Map<String, Object> model(Problem problem) {
        Messages messages = Messages.of(Languages.VIETNAMESE, getClass().getClassLoader());
        Map<String, Object> model = new HashMap<>();
        model.put("problem", problem);
        model.put("caller", Caller.ANONYMOUS);
        model.put("lang", "vi");
        model.put("languages", List.of("vi", "en"));
        model.put("msg", (TemplateMethodModelEx) args -> messages.get(
                String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(0)))));
        model.put("csrf", "token");
        model.put("csrfField", "_csrf");
        model.put("ctx", "");
        model.put("home", "/");
        model.put("learn", "/learn");
        model.put("path", "/wiki/x");
        model.put("asset", (TemplateMethodModelEx) args -> AssetResource.url("",
                String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(0)))));
        model.put("themeCss", false);
        return model;
    }
}
