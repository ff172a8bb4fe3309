package vn.trithuc.content.questions.formats;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;


import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

import vn.trithuc.content.questions.Question;
import vn.trithuc.content.questions.Question.Answer;
import vn.trithuc.content.questions.Question.Key;
import vn.trithuc.content.questions.Question.Option;
import vn.trithuc.content.questions.QuestionType;

/**
 * IMS QTI 2.1: single items, assessment tests with their item files, and content packages (zip
 * with {@code imsmanifest.xml}), read; a bank written as a content package. Interactions map to
 * question types — choice (single, multiple with the mapping's partial credit; two choices
 * {@code true}/{@code false} make true/false), order, match, text entry (text, or a number with
 * its tolerance; several in one text make fill-in-the-blanks), inline choice, extended text
 * (essay). Graphic interactions, sliders, hot text, gap match, associate, templated items and
 * items with several kinds of interaction are reported one by one. Paths in a package that leave
 * it (zip slip) and missing files stop the import with the file named.
 */
public final class Qti {

    static final String NS = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    static final String CP = "http://www.imsglobal.org/xsd/imscp_v1p1";
    /** Largest package and largest file inside one. */
    public static final long MAX_PACKAGE_BYTES = 50L * 1024 * 1024;
    private static final Set<String> BLOCKS = Set.of("p", "div", "blockquote", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "td", "th");
    private static final String VIETNAMESE_LABEL = "trithuc:compare=vietnamese";

    private Qti() {
    }

    // ------------------------------------------------------------------ reading

    /** One {@code assessmentItem} file. */
    public static ImportedQuestions readItem(InputStream in, String file) {
        List<ImportedQuestions.Item> items = new ArrayList<>();
        List<ImportedQuestions.Skipped> skipped = new ArrayList<>();
        item(parse(in, file), file, 1, items, skipped);
        return new ImportedQuestions(items, skipped);
    }

    /** An {@code assessmentTest} with its items, which {@code files} opens by their href (relative to the test). */
    public static ImportedQuestions readTest(InputStream test, String file, Function<String, InputStream> files) {
        Document document = parse(test, file);
        if (!local(document.getDocumentElement()).equals("assessmentTest")) {
            throw new QuestionFileException(file, 0, "not a QTI assessmentTest");
        }
        List<ImportedQuestions.Item> items = new ArrayList<>();
        List<ImportedQuestions.Skipped> skipped = new ArrayList<>();
        List<Element> refs = new ArrayList<>();
        descendants(document.getDocumentElement(), "assessmentItemRef", refs);
        String section = document.getDocumentElement().getAttribute("title");
        int n = 0;
        for (Element ref : refs) {
            String href = safePath(file, ref.getAttribute("href"));
            try (InputStream in = files.apply(href)) {
                if (in == null) {
                    throw new QuestionFileException(file, 0, "the item " + href + " it refers to is missing");
                }
                item(parse(in, href), href, ++n, items, skipped, section);
            } catch (IOException e) {
                throw new QuestionFileException(href, 0, "cannot be read: " + e.getMessage());
            }
        }
        return new ImportedQuestions(items, skipped);
    }

    /** A content package (zip): the items its {@code imsmanifest.xml} lists, or a test inside it. */
    public static ImportedQuestions readPackage(InputStream zip, String file) {
        Map<String, byte[]> entries = unzip(zip, file);
        byte[] manifest = entries.get("imsmanifest.xml");
        if (manifest == null) {
            throw new QuestionFileException(file, 0, "not a QTI content package: imsmanifest.xml is missing");
        }
        Document document = parse(new ByteArrayInputStream(manifest), file + "!/imsmanifest.xml");
        List<Element> resources = new ArrayList<>();
        descendants(document.getDocumentElement(), "resource", resources);
        List<ImportedQuestions.Item> items = new ArrayList<>();
        List<ImportedQuestions.Skipped> skipped = new ArrayList<>();
        int n = 0;
        for (Element resource : resources) {
            String type = resource.getAttribute("type");
            String href = resource.getAttribute("href");
            if (href.isBlank()) {
                continue;
            }
            String path = safePath("imsmanifest.xml", href);
            if (type.startsWith("imsqti_item")) {
                byte[] bytes = entries.get(path);
                if (bytes == null) {
                    throw new QuestionFileException(file + "!/imsmanifest.xml", 0, "the item " + path + " it lists is missing from the package");
                }
                item(parse(new ByteArrayInputStream(bytes), file + "!/" + path), path, ++n, items, skipped);
            } else if (type.startsWith("imsqti_test")) {
                byte[] bytes = entries.get(path);
                if (bytes == null) {
                    throw new QuestionFileException(file + "!/imsmanifest.xml", 0, "the test " + path + " it lists is missing from the package");
                }
                String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
                ImportedQuestions test = readTest(new ByteArrayInputStream(bytes), path, href2 -> {
                    byte[] b = entries.get(dir.isEmpty() ? href2 : normalise(dir + href2));
                    return b == null ? null : new ByteArrayInputStream(b);
                });
                items.addAll(test.items());
                skipped.addAll(test.skipped());
            }
        }
        return new ImportedQuestions(items, skipped);
    }

    private static void item(Document document, String file, int number, List<ImportedQuestions.Item> items,
                             List<ImportedQuestions.Skipped> skipped) {
        item(document, file, number, items, skipped, null);
    }

    private static void item(Document document, String file, int number, List<ImportedQuestions.Item> items,
                             List<ImportedQuestions.Skipped> skipped, String category) {
        Element root = document.getDocumentElement();
        if (!local(root).equals("assessmentItem")) {
            throw new QuestionFileException(file, 0, "not a QTI assessmentItem (the root element is <" + local(root) + ">)");
        }
        String name = root.getAttribute("title").isBlank() ? root.getAttribute("identifier") : root.getAttribute("title");
        try {
            Question question = question(root);
            List<String> problems = question.problems();
            if (!problems.isEmpty()) {
                skipped.add(new ImportedQuestions.Skipped(name + " (" + file + ")", number, String.join("; ", problems)));
            } else {
                items.add(new ImportedQuestions.Item(name, category, question, number));
            }
        } catch (IllegalArgumentException e) {
            skipped.add(new ImportedQuestions.Skipped(name + " (" + file + ")", number, e.getMessage()));
        }
    }

    /** A response declaration: cardinality, base type, correct values, mapping. */
    private record Declaration(String cardinality, String baseType, List<String> correct, Map<String, Double> mapping,
                               boolean caseSensitive) {
    }

    private static Question question(Element root) {
        if (first(root, "templateDeclaration") != null) {
            throw new IllegalArgumentException("templated (randomised) items have no equivalent here");
        }
        Map<String, Declaration> declarations = new LinkedHashMap<>();
        for (Element d : children(root, "responseDeclaration")) {
            List<String> correct = new ArrayList<>();
            Element cr = first(d, "correctResponse");
            if (cr != null) {
                children(cr, "value").forEach(v -> correct.add(v.getTextContent().strip()));
            }
            Map<String, Double> mapping = new LinkedHashMap<>();
            boolean caseSensitive = true;
            Element m = first(d, "mapping");
            if (m != null) {
                for (Element e : children(m, "mapEntry")) {
                    mapping.put(e.getAttribute("mapKey").strip(), Double.parseDouble(e.getAttribute("mappedValue")));
                    if ("false".equals(e.getAttribute("caseSensitive"))) {
                        caseSensitive = false;
                    }
                }
            }
            declarations.put(d.getAttribute("identifier"), new Declaration(d.getAttribute("cardinality"), d.getAttribute("baseType"),
                    correct, mapping, caseSensitive));
        }
        Element body = first(root, "itemBody");
        if (body == null) {
            throw new IllegalArgumentException("the item has no body");
        }
        List<Element> interactions = new ArrayList<>();
        interactions(body, interactions);
        if (interactions.isEmpty()) {
            throw new IllegalArgumentException("the item asks nothing (no interaction)");
        }
        String feedback = null;
        Map<String, String> answerFeedback = new LinkedHashMap<>();
        for (Element modal : children(root, "modalFeedback")) {
            String id = modal.getAttribute("identifier");
            if (id.matches("A[0-9]+")) {
                answerFeedback.put(id, blankToNull(plain(modal)));
            } else if ("GENERAL".equals(id) || feedback == null) {
                feedback = blankToNull(plain(modal));
            }
        }
        Set<String> kinds = new java.util.HashSet<>();
        interactions.forEach(i -> kinds.add(local(i)));
        if (kinds.size() > 1 || (interactions.size() > 1 && !kinds.contains("textEntryInteraction"))) {
            throw new IllegalArgumentException("an item with several interactions (" + String.join(", ", kinds) + ") has no equivalent here");
        }
        Element interaction = interactions.get(0);
        String kind = local(interaction);
        Declaration declaration = declarations.get(interaction.getAttribute("responseIdentifier"));
        if (declaration == null && !kind.equals("extendedTextInteraction")) {
            throw new IllegalArgumentException("the interaction's response is not declared");
        }
        Question.Comparison comparison = VIETNAMESE_LABEL.equals(root.getAttribute("label")) ? Question.Comparison.VIETNAMESE
                : declaration != null && !declaration.caseSensitive() ? Question.Comparison.IGNORE_CASE : Question.Comparison.EXACT;
        switch (kind) {
            case "choiceInteraction", "inlineChoiceInteraction" -> {
                boolean inline = kind.equals("inlineChoiceInteraction");
                String prompt = inline ? promptAround(body, interactions, i -> Gift.GAP) : blockPrompt(body, interaction);
                List<Option> options = new ArrayList<>();
                for (Element c : children(interaction, inline ? "inlineChoice" : "simpleChoice")) {
                    Element fb = first(c, "feedbackInline");
                    options.add(new Option(c.getAttribute("identifier"), plainWithout(c, "feedbackInline"), fb == null ? null : blankToNull(plain(fb))));
                }
                boolean trueFalse = options.size() == 2 && options.stream().allMatch(o -> o.id().equalsIgnoreCase("true") || o.id().equalsIgnoreCase("false"))
                        && declaration.correct().size() == 1 && declaration.mapping().isEmpty();
                if (trueFalse) {
                    return new Question(QuestionType.TRUE_FALSE, prompt, null, null,
                            Key.truth(declaration.correct().get(0).equalsIgnoreCase("true")), feedback);
                }
                boolean multiple = "multiple".equals(declaration.cardinality());
                Key key;
                if (!declaration.mapping().isEmpty()) {
                    double positive = declaration.mapping().values().stream().filter(v -> v > 0).mapToDouble(Double::doubleValue)
                            .reduce(0, multiple ? Double::sum : Math::max);
                    Map<String, Double> weights = new LinkedHashMap<>();
                    for (Option o : options) {
                        weights.put(o.id(), positive == 0 ? 0 : declaration.mapping().getOrDefault(o.id(), 0.0) / positive);
                    }
                    key = Key.weighted(weights);
                } else {
                    key = Key.choices(declaration.correct());
                }
                return new Question(multiple ? QuestionType.MULTIPLE_CHOICE : QuestionType.SINGLE_CHOICE, prompt, options, null, key, feedback);
            }
            case "orderInteraction" -> {
                List<Option> options = new ArrayList<>();
                for (Element c : children(interaction, "simpleChoice")) {
                    options.add(new Option(c.getAttribute("identifier"), plain(c)));
                }
                return new Question(QuestionType.ORDERING, blockPrompt(body, interaction), options, null, Key.choices(declaration.correct()), feedback);
            }
            case "matchInteraction" -> {
                List<Element> sets = children(interaction, "simpleMatchSet");
                if (sets.size() != 2) {
                    throw new IllegalArgumentException("a match interaction has two sets");
                }
                List<Option> left = new ArrayList<>();
                List<Option> right = new ArrayList<>();
                children(sets.get(0), "simpleAssociableChoice").forEach(c -> left.add(new Option(c.getAttribute("identifier"), plain(c))));
                children(sets.get(1), "simpleAssociableChoice").forEach(c -> right.add(new Option(c.getAttribute("identifier"), plain(c))));
                Map<String, String> match = new LinkedHashMap<>();
                for (String pair : declaration.correct()) {
                    String[] ids = pair.split("\\s+");
                    if (ids.length != 2 || match.put(ids[0], ids[1]) != null) {
                        throw new IllegalArgumentException("an item on the left matches more than one on the right, which has no equivalent here");
                    }
                }
                List<Option> matchedLeft = left.stream().filter(o -> match.containsKey(o.id())).toList();
                return new Question(QuestionType.MATCHING, blockPrompt(body, interaction), matchedLeft, right, Key.matching(match), feedback);
            }
            case "textEntryInteraction" -> {
                if (interactions.size() > 1) {
                    List<List<String>> gaps = new ArrayList<>();
                    for (Element gap : interactions) {
                        Declaration d = declarations.get(gap.getAttribute("responseIdentifier"));
                        if (d == null || !"string".equals(d.baseType())) {
                            throw new IllegalArgumentException("a gap without a declared text answer");
                        }
                        List<String> accepted = new ArrayList<>(d.correct());
                        d.mapping().forEach((k, v) -> {
                            if (v > 0 && !accepted.contains(k)) {
                                accepted.add(k);
                            }
                        });
                        gaps.add(accepted);
                    }
                    int[] n = {0};
                    String prompt = promptAround(body, interactions, i -> "{" + (++n[0]) + "}");
                    return new Question(QuestionType.FILL_IN_BLANKS, prompt, null, null, Key.gaps(comparison, gaps), feedback);
                }
                String prompt = promptAround(body, interactions, i -> Gift.GAP);
                if (prompt.endsWith("\n" + Gift.GAP)) {
                    prompt = prompt.substring(0, prompt.length() - Gift.GAP.length() - 1); // an answer box under the question
                }
                if ("float".equals(declaration.baseType()) || "integer".equals(declaration.baseType())) {
                    List<Answer> answers = numericBranches(root, answerFeedback);
                    if (answers.size() == 1 && answers.get(0).fraction() >= 0.999 && answers.get(0).feedback() == null) {
                        return new Question(QuestionType.NUMERIC, prompt, null, null,
                                Key.number(answers.get(0).number(), answers.get(0).tolerance()), feedback);
                    }
                    if (!answers.isEmpty()) {
                        return new Question(QuestionType.NUMERIC, prompt, null, null, Key.scored(null, answers), feedback);
                    }
                    if (declaration.correct().isEmpty()) {
                        throw new IllegalArgumentException("a numeric entry without a correct value");
                    }
                    return new Question(QuestionType.NUMERIC, prompt, null, null,
                            Key.number(Double.parseDouble(declaration.correct().get(0)), tolerance(root)), feedback);
                }
                if (declaration.mapping().isEmpty()) {
                    return new Question(QuestionType.SHORT_ANSWER, prompt, null, null, Key.answers(comparison, declaration.correct()), feedback);
                }
                double max = declaration.mapping().values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
                boolean plain = declaration.mapping().values().stream().allMatch(v -> v == max) && answerFeedback.isEmpty();
                if (plain) {
                    return new Question(QuestionType.SHORT_ANSWER, prompt, null, null,
                            Key.answers(comparison, new ArrayList<>(declaration.mapping().keySet())), feedback);
                }
                List<Answer> answers = new ArrayList<>();
                declaration.mapping().forEach((k, v) -> answers.add(Answer.text(k, max == 0 ? 0 : v / max,
                        answerFeedback.get("A" + (answers.size() + 1)))));
                return new Question(QuestionType.SHORT_ANSWER, prompt, null, null, Key.scored(comparison, answers), feedback);
            }
            case "extendedTextInteraction" -> {
                Element rubric = first(root, "rubricBlock");
                return new Question(QuestionType.ESSAY, blockPrompt(body, interaction), null, null,
                        Key.rubric(rubric == null ? null : blankToNull(plain(rubric))), feedback);
            }
            default -> throw new IllegalArgumentException(kind.replace("Interaction", "") + " interactions have no equivalent here");
        }
    }

    /**
     * The answers of a numeric item as Tri Thức writes them: one branch of the response condition
     * per answer ({@code equal} with an absolute tolerance against a value, then the score).
     */
    private static List<Answer> numericBranches(Element root, Map<String, String> feedback) {
        List<Answer> answers = new ArrayList<>();
        Element condition = first(root, "responseCondition");
        if (condition == null) {
            return answers;
        }
        for (Node n = condition.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element branch) || !(local(branch).equals("responseIf") || local(branch).equals("responseElseIf"))) {
                continue;
            }
            Element equal = first(branch, "equal");
            Element value = equal == null ? null : first(equal, "baseValue");
            Element score = first(branch, "setOutcomeValue");
            Element fraction = score == null ? null : first(score, "baseValue");
            if (equal == null || value == null || fraction == null || !"absolute".equals(equal.getAttribute("toleranceMode"))) {
                return List.of();
            }
            answers.add(Answer.number(Double.parseDouble(value.getTextContent().strip()),
                    Double.parseDouble(equal.getAttribute("tolerance").strip().split("\\s+")[0]),
                    Double.parseDouble(fraction.getTextContent().strip()), feedback.get("A" + (answers.size() + 1))));
        }
        return answers;
    }

    /** The absolute tolerance of a numeric item's response processing ({@code <equal toleranceMode="absolute">}), else 0. */
    private static double tolerance(Element root) {
        List<Element> equals = new ArrayList<>();
        descendants(root, "equal", equals);
        for (Element e : equals) {
            if ("absolute".equals(e.getAttribute("toleranceMode")) && !e.getAttribute("tolerance").isBlank()) {
                return Double.parseDouble(e.getAttribute("tolerance").strip().split("\\s+")[0]);
            }
        }
        return 0;
    }

    private static void interactions(Element element, List<Element> found) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (local(e).endsWith("Interaction")) {
                    found.add(e);
                } else {
                    interactions(e, found);
                }
            }
        }
    }

    /** The text of the body outside a block interaction, then the interaction's own prompt. */
    private static String blockPrompt(Element body, Element interaction) {
        StringBuilder out = new StringBuilder();
        text(body, out, e -> e == interaction ? "" : null);
        Element prompt = first(interaction, "prompt");
        String around = tidy(out.toString());
        String asked = prompt == null ? "" : tidy(plain(prompt));
        return (around + (around.isEmpty() || asked.isEmpty() ? "" : "\n") + asked).strip();
    }

    /** The text of the body with each inline interaction replaced. */
    private static String promptAround(Element body, List<Element> interactions, Function<Element, String> replacement) {
        StringBuilder out = new StringBuilder();
        text(body, out, e -> interactions.contains(e) ? replacement.apply(e) : null);
        return tidy(out.toString());
    }

    /** Plain text of an element: blocks become lines, {@code <br/>} a line break, images their alt text. */
    private static void text(Element element, StringBuilder out, Function<Element, String> replace) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Text t) {
                out.append(t.getData().replaceAll("\\s+", " "));
            } else if (n instanceof Element e) {
                String replaced = replace.apply(e);
                String name = local(e);
                if (replaced != null) {
                    out.append(replaced);
                } else if (name.equals("br")) {
                    out.append('\n');
                } else if (name.equals("img")) {
                    out.append(e.getAttribute("alt").isBlank() ? "" : "[" + e.getAttribute("alt") + "]");
                } else if (name.equals("feedbackInline") || name.equals("feedbackBlock") || name.equals("rubricBlock")) {
                    // shown after answering, not part of the question
                } else {
                    boolean block = BLOCKS.contains(name);
                    if (block) {
                        out.append('\n');
                    }
                    text(e, out, replace);
                    if (block) {
                        out.append('\n');
                    }
                }
            }
        }
    }

    private static String plain(Element e) {
        StringBuilder out = new StringBuilder();
        text(e, out, x -> null);
        return tidy(out.toString());
    }

    private static String plainWithout(Element e, String skip) {
        StringBuilder out = new StringBuilder();
        text(e, out, x -> local(x).equals(skip) ? "" : null);
        return tidy(out.toString());
    }

    /** Spaces collapsed, lines trimmed, blank lines dropped. */
    private static String tidy(String s) {
        StringBuilder out = new StringBuilder();
        for (String line : s.split("\n")) {
            String l = line.replaceAll("[ \\t\\u00a0]+", " ").strip();
            if (!l.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n").append(l);
            }
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ writing

    /** Whether QTI can carry a question (every type can). */
    public static boolean writable(Question question) {
        return question.key() != null;
    }

    /** The questions as a QTI 2.1 content package: one item file each, listed in {@code imsmanifest.xml}. */
    public static void writePackage(List<ImportedQuestions.Item> items, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            StringBuilder manifest = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest xmlns=\"" + CP
                    + "\" identifier=\"trithuc-bank\">\n  <organizations/>\n  <resources>\n");
            int n = 0;
            for (ImportedQuestions.Item item : items) {
                String id = "q" + (++n);
                String path = "items/" + id + ".xml";
                zip.putNextEntry(new ZipEntry(path));
                zip.write(item(item, id).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                manifest.append("    <resource identifier=\"").append(id).append("\" type=\"imsqti_item_xmlv2p1\" href=\"").append(path)
                        .append("\"><file href=\"").append(path).append("\"/></resource>\n");
            }
            manifest.append("  </resources>\n</manifest>\n");
            zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
            zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /** One question as an {@code assessmentItem}. */
    static String item(ImportedQuestions.Item item, String identifier) {
        Question q = item.question();
        Key k = q.key();
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<assessmentItem xmlns=\"" + NS + "\" identifier=\"")
                .append(identifier).append("\" title=\"").append(esc(item.name() == null ? identifier : item.name()))
                .append("\" adaptive=\"false\" timeDependent=\"false\"");
        if (k.comparison() == Question.Comparison.VIETNAMESE && (q.type() == QuestionType.SHORT_ANSWER || q.type() == QuestionType.FILL_IN_BLANKS)) {
            x.append(" label=\"").append(VIETNAMESE_LABEL).append('"');
        }
        x.append(">\n");
        boolean caseSensitive = k.comparison() == Question.Comparison.EXACT;
        StringBuilder after = new StringBuilder(); // feedback, which comes after the response processing
        String body;
        boolean mapped = false;
        switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                boolean multiple = q.type() == QuestionType.MULTIPLE_CHOICE;
                mapped = !k.weights().isEmpty();
                declaration(x, "RESPONSE", multiple ? "multiple" : "single", "identifier", k.correct(), mapped ? k.weights() : Map.of(), true);
                StringBuilder b = new StringBuilder("<choiceInteraction responseIdentifier=\"RESPONSE\" shuffle=\"false\" maxChoices=\"")
                        .append(multiple ? 0 : 1).append("\">\n<prompt>").append(lines(q.prompt())).append("</prompt>\n");
                for (Option o : q.options()) {
                    b.append("<simpleChoice identifier=\"").append(o.id()).append("\">").append(lines(o.text()));
                    if (o.feedback() != null) {
                        b.append("<feedbackInline outcomeIdentifier=\"FEEDBACK\" identifier=\"").append(o.id()).append("\" showHide=\"show\">")
                                .append(lines(o.feedback())).append("</feedbackInline>");
                    }
                    b.append("</simpleChoice>\n");
                }
                body = b.append("</choiceInteraction>").toString();
            }
            case TRUE_FALSE -> {
                declaration(x, "RESPONSE", "single", "identifier", List.of(Boolean.TRUE.equals(k.truth()) ? "true" : "false"), Map.of(), true);
                body = "<choiceInteraction responseIdentifier=\"RESPONSE\" shuffle=\"false\" maxChoices=\"1\">\n<prompt>" + lines(q.prompt())
                        + "</prompt>\n<simpleChoice identifier=\"true\">Đúng</simpleChoice>\n<simpleChoice identifier=\"false\">Sai</simpleChoice>\n</choiceInteraction>";
            }
            case ORDERING -> {
                declaration(x, "RESPONSE", "ordered", "identifier", k.correct(), Map.of(), true);
                StringBuilder b = new StringBuilder("<orderInteraction responseIdentifier=\"RESPONSE\" shuffle=\"true\">\n<prompt>")
                        .append(lines(q.prompt())).append("</prompt>\n");
                q.options().forEach(o -> b.append("<simpleChoice identifier=\"").append(o.id()).append("\">").append(lines(o.text())).append("</simpleChoice>\n"));
                body = b.append("</orderInteraction>").toString();
            }
            case MATCHING -> {
                List<String> pairs = new ArrayList<>();
                k.match().forEach((l, r) -> pairs.add(l + " " + r));
                pairs.sort(java.util.Comparator.comparingInt(p -> indexOf(q.options(), p.split(" ")[0])));
                declaration(x, "RESPONSE", "multiple", "directedPair", pairs, Map.of(), true);
                mapped = true;
                StringBuilder b = new StringBuilder("<matchInteraction responseIdentifier=\"RESPONSE\" shuffle=\"true\" maxAssociations=\"")
                        .append(q.options().size()).append("\">\n<prompt>").append(lines(q.prompt())).append("</prompt>\n<simpleMatchSet>\n");
                q.options().forEach(o -> b.append("<simpleAssociableChoice identifier=\"").append(o.id()).append("\" matchMax=\"1\">")
                        .append(lines(o.text())).append("</simpleAssociableChoice>\n"));
                b.append("</simpleMatchSet>\n<simpleMatchSet>\n");
                q.targets().forEach(o -> b.append("<simpleAssociableChoice identifier=\"").append(o.id()).append("\" matchMax=\"0\">")
                        .append(lines(o.text())).append("</simpleAssociableChoice>\n"));
                body = b.append("</simpleMatchSet>\n</matchInteraction>").toString();
            }
            case SHORT_ANSWER -> {
                // always a mapping: it carries whether case counts, and each answer's share
                Map<String, Double> mapping = new LinkedHashMap<>();
                List<String> plain = k.accepted().isEmpty() ? List.of() : k.accepted().get(0);
                plain.forEach(a -> mapping.put(a, 1.0));
                k.answers().forEach(a -> mapping.putIfAbsent(a.text(), a.fraction()));
                String first = plain.isEmpty() ? k.answers().stream().filter(a -> a.fraction() >= 0.999).map(Answer::text).findFirst()
                        .orElse(mapping.keySet().iterator().next()) : plain.get(0);
                declaration(x, "RESPONSE", "single", "string", List.of(first), mapping, caseSensitive);
                mapped = true;
                body = inline(q.prompt(), Gift.GAP, i -> "<textEntryInteraction responseIdentifier=\"RESPONSE\"/>");
                for (int a = 0; a < k.answers().size(); a++) {
                    if (k.answers().get(a).feedback() != null) {
                        answerFeedback(after, a, k.answers().get(a).feedback());
                    }
                }
            }
            case NUMERIC -> {
                double number = k.number() != null ? k.number() : k.answers().stream().filter(a -> a.fraction() >= 0.999).findFirst()
                        .map(Answer::number).orElseThrow();
                double tolerance = k.number() != null ? k.tolerance() : k.answers().stream().filter(a -> a.fraction() >= 0.999).findFirst()
                        .map(Answer::tolerance).orElse(0.0);
                declaration(x, "RESPONSE", "single", "float", List.of(number(number)), Map.of(), true);
                body = inline(q.prompt(), Gift.GAP, i -> "<textEntryInteraction responseIdentifier=\"RESPONSE\"/>");
                x.append(outcomes()).append("<itemBody>\n").append(body).append("\n</itemBody>\n");
                List<Answer> branches = k.number() != null ? List.of(Answer.number(k.number(), k.tolerance(), 1, null)) : k.answers();
                x.append("<responseProcessing><responseCondition>");
                for (int b = 0; b < branches.size(); b++) {
                    Answer a = branches.get(b);
                    String tag = b == 0 ? "responseIf" : "responseElseIf";
                    x.append('<').append(tag).append("><equal toleranceMode=\"absolute\" tolerance=\"").append(number(a.tolerance())).append(' ')
                            .append(number(a.tolerance())).append("\"><variable identifier=\"RESPONSE\"/><baseValue baseType=\"float\">")
                            .append(number(a.number())).append("</baseValue></equal><setOutcomeValue identifier=\"SCORE\"><baseValue baseType=\"float\">")
                            .append(number(a.fraction())).append("</baseValue></setOutcomeValue></").append(tag).append('>');
                }
                x.append("</responseCondition></responseProcessing>\n");
                for (int a = 0; a < k.answers().size(); a++) {
                    if (k.answers().get(a).feedback() != null) {
                        answerFeedback(after, a, k.answers().get(a).feedback());
                    }
                }
                return finish(x.append(after), q);
            }
            case FILL_IN_BLANKS -> {
                for (int g = 0; g < k.accepted().size(); g++) {
                    List<String> accepted = k.accepted().get(g);
                    Map<String, Double> mapping = new LinkedHashMap<>();
                    accepted.forEach(a -> mapping.put(a, 1.0));
                    declaration(x, "RESPONSE" + (g + 1), "single", "string", List.of(accepted.get(0)), mapping, caseSensitive);
                }
                mapped = true;
                body = gaps(q.prompt());
            }
            case ESSAY -> {
                declaration(x, "RESPONSE", "single", "string", List.of(), Map.of(), true);
                x.append(outcomes());
                if (k.rubric() != null) {
                    x.append("<rubricBlock view=\"scorer\"><p>").append(lines(k.rubric())).append("</p></rubricBlock>\n");
                }
                x.append("<itemBody>\n<extendedTextInteraction responseIdentifier=\"RESPONSE\"><prompt>").append(lines(q.prompt()))
                        .append("</prompt></extendedTextInteraction>\n</itemBody>\n");
                return finish(x, q);
            }
            default -> throw new IllegalArgumentException(q.type().key() + " cannot be written");
        }
        x.append(outcomes()).append("<itemBody>\n").append(body).append("\n</itemBody>\n");
        x.append("<responseProcessing template=\"http://www.imsglobal.org/question/qti_v2p1/rptemplates/")
                .append(mapped ? "map_response" : "match_correct").append("\"/>\n");
        return finish(x.append(after), q);
    }

    /** Feedback for the n-th answer (0-based), as {@code modalFeedback} {@code A1}, {@code A2}… */
    private static void answerFeedback(StringBuilder x, int index, String text) {
        x.append("<modalFeedback outcomeIdentifier=\"FEEDBACK\" identifier=\"A").append(index + 1).append("\" showHide=\"show\">")
                .append(lines(text)).append("</modalFeedback>\n");
    }

    private static String finish(StringBuilder x, Question q) {
        if (q.feedback() != null) {
            x.append("<modalFeedback outcomeIdentifier=\"FEEDBACK\" identifier=\"GENERAL\" showHide=\"show\">").append(lines(q.feedback()))
                    .append("</modalFeedback>\n");
        }
        return x.append("</assessmentItem>\n").toString();
    }

    private static void declaration(StringBuilder x, String id, String cardinality, String baseType, List<String> correct,
                                    Map<String, Double> mapping, boolean caseSensitive) {
        x.append("<responseDeclaration identifier=\"").append(id).append("\" cardinality=\"").append(cardinality)
                .append("\" baseType=\"").append(baseType).append("\">\n");
        if (!correct.isEmpty()) {
            x.append("<correctResponse>");
            correct.forEach(c -> x.append("<value>").append(esc(c)).append("</value>"));
            x.append("</correctResponse>\n");
        }
        if (!mapping.isEmpty()) {
            x.append("<mapping defaultValue=\"0\">");
            mapping.forEach((key, value) -> x.append("<mapEntry mapKey=\"").append(esc(key)).append("\" mappedValue=\"")
                    .append(number(value)).append('"').append(caseSensitive ? "" : " caseSensitive=\"false\"").append("/>"));
            x.append("</mapping>\n");
        }
        x.append("</responseDeclaration>\n");
    }

    private static String outcomes() {
        return "<outcomeDeclaration identifier=\"SCORE\" cardinality=\"single\" baseType=\"float\"/>\n"
                + "<outcomeDeclaration identifier=\"FEEDBACK\" cardinality=\"multiple\" baseType=\"identifier\"/>\n";
    }

    /** Lines of text as paragraphs of the body, with the gap marker replaced by the interaction. */
    private static String inline(String prompt, String marker, Function<Integer, String> interaction) {
        StringBuilder b = new StringBuilder();
        for (String line : prompt.split("\n")) {
            String escaped = esc(line);
            b.append("<p>").append(escaped.contains(marker) ? escaped.replace(marker, interaction.apply(0)) : escaped).append("</p>\n");
        }
        if (!prompt.contains(marker)) {
            b.append("<p>").append(interaction.apply(0)).append("</p>\n");
        }
        return b.toString().strip();
    }

    private static String gaps(String prompt) {
        StringBuilder b = new StringBuilder();
        for (String line : prompt.split("\n")) {
            String escaped = esc(line);
            b.append("<p>").append(escaped.replaceAll("\\{([0-9]+)}", "<textEntryInteraction responseIdentifier=\"RESPONSE$1\"/>")).append("</p>\n");
        }
        return b.toString().strip();
    }

    private static String lines(String text) {
        return esc(text).replace("\n", "<br/>");
    }

    private static int indexOf(List<Option> options, String id) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).id().equals(id)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    // ------------------------------------------------------------------ XML and zip plumbing

    static Document parse(InputStream in, String file) {
        return SafeXml.parse(in, file, true);
    }

    private static Map<String, byte[]> unzip(InputStream in, String file) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = safePath(file, entry.getName());
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    total += read;
                    if (total > MAX_PACKAGE_BYTES) {
                        throw new QuestionFileException(file, 0, "the package unpacks to more than " + MAX_PACKAGE_BYTES / 1024 / 1024 + " MB");
                    }
                    bytes.write(buffer, 0, read);
                }
                entries.put(name, bytes.toByteArray());
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new QuestionFileException(file, 0, "not a readable zip package: " + e.getMessage());
        }
        if (entries.isEmpty()) {
            throw new QuestionFileException(file, 0, "not a zip package (empty, or not a zip file)");
        }
        return entries;
    }

    /** A path inside a package, normalised; one that leaves the package (zip slip) or is absolute stops the import. */
    static String safePath(String file, String path) {
        String p = path.replace('\\', '/');
        if (p.startsWith("/") || p.matches("^[A-Za-z]:.*") || p.contains("://")) {
            throw new QuestionFileException(file, 0, "the path " + path + " points outside the package");
        }
        String normalised = normalise(p);
        if (normalised.startsWith("../") || normalised.equals("..")) {
            throw new QuestionFileException(file, 0, "the path " + path + " points outside the package");
        }
        return normalised;
    }

    private static String normalise(String path) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty() || parts.peekLast().equals("..")) {
                    parts.addLast("..");
                } else {
                    parts.removeLast();
                }
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    private static String local(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    }

    private static Element first(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        descendants(parent, name, found);
        return found.isEmpty() ? null : found.get(0);
    }

    private static void descendants(Element parent, String name, List<Element> found) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (local(e).equals(name)) {
                    found.add(e);
                }
                descendants(e, name, found);
            }
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local(e).equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
