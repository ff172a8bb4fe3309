package vn.trithuc.content.questions.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import vn.trithuc.content.questions.Grader;
import vn.trithuc.content.questions.Question;
import vn.trithuc.content.questions.QuestionType;

class QtiTest {

    private static Path dir(String name) throws URISyntaxException {
        return Path.of(QtiTest.class.getResource("/questions/qti21/" + name).toURI());
    }

    private static ImportedQuestions item(String name) throws IOException, URISyntaxException {
        try (InputStream in = Files.newInputStream(dir("items").resolve(name))) {
            return Qti.readItem(in, name);
        }
    }

    private static Question only(String name) throws IOException, URISyntaxException {
        ImportedQuestions imported = item(name);
        assertThat(imported.skipped()).as(name).isEmpty();
        return imported.items().get(0).question();
    }

    @Test
    void everyOfficialExampleImportsOrIsReportedWithItsReason() throws Exception {
        Map<String, String> outcome = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir("items"))) {
            for (Path file : files.sorted().toList()) {
                ImportedQuestions imported = item(file.getFileName().toString());
                assertThat(imported.items().size() + imported.skipped().size()).as(file.toString()).isEqualTo(1);
                outcome.put(file.getFileName().toString(), imported.items().isEmpty() ? "skipped: " + imported.skipped().get(0).reason()
                        : imported.items().get(0).question().type().key());
            }
        }
        assertThat(outcome).containsEntry("choice.xml", "single-choice").containsEntry("choice_multiple.xml", "multiple-choice")
                .containsEntry("order.xml", "ordering").containsEntry("match.xml", "matching").containsEntry("text_entry.xml", "short-answer")
                .containsEntry("extended_text.xml", "essay").containsEntry("inline_choice.xml", "single-choice");
        assertThat(outcome.get("hotspot.xml")).isEqualTo("skipped: hotspot interactions have no equivalent here");
        assertThat(outcome.get("slider.xml")).isEqualTo("skipped: slider interactions have no equivalent here");
        assertThat(outcome.get("template.xml")).startsWith("skipped: templated");
        assertThat(outcome.get("multi-input.xml")).startsWith("skipped: an item with several interactions");
        assertThat(outcome.values().stream().filter(v -> !v.startsWith("skipped")).count()).isGreaterThanOrEqualTo(15);
    }

    @Test
    void keysAndPartialCreditComeAcross() throws Exception {
        Question choice = only("choice.xml");
        assertThat(choice.prompt()).contains("Look at the text in the picture.", "[NEVER LEAVE LUGGAGE UNATTENDED]", "What does it say?");
        assertThat(Grader.grade(choice, "ChoiceA").correct()).isTrue();
        Question multiple = only("choice_multiple.xml");
        assertThat(Grader.grade(multiple, List.of("H", "O")).fraction()).isEqualTo(1.0);
        assertThat(Grader.grade(multiple, List.of("H", "Cl")).fraction()).isZero();
        Question order = only("order.xml");
        assertThat(Grader.grade(order, List.of("DriverC", "DriverA", "DriverB")).correct()).isTrue();
        Question match = only("match.xml");
        assertThat(match.key().match()).containsEntry("D", "M").containsEntry("L", "M").containsEntry("C", "R");
        Question text = only("text_entry.xml");
        assertThat(text.prompt()).contains("this sun of _____;");
        assertThat(Grader.grade(text, "York").fraction()).isEqualTo(1.0);
        assertThat(Grader.grade(text, "york").fraction()).isEqualTo(0.5);
        assertThat(Grader.grade(only("inline_choice.xml"), "Y").correct()).isTrue();
    }

    @Test
    void aRealTestWithItsItemFiles() throws Exception {
        Path test = dir("test-interaction-mix-sachsen");
        ImportedQuestions imported;
        try (InputStream in = Files.newInputStream(test.resolve("interaction_mix_sachsen.xml"))) {
            imported = Qti.readTest(in, "interaction_mix_sachsen.xml", href -> {
                try {
                    return Files.exists(test.resolve(href)) ? Files.newInputStream(test.resolve(href)) : null;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        assertThat(imported.items().size() + imported.skipped().size()).isEqualTo(13);
        assertThat(imported.items()).hasSizeGreaterThanOrEqualTo(9);
        assertThat(imported.skipped()).anySatisfy(s -> assertThat(s.reason()).contains("hotspot"));
    }

    @Test
    void packagesFollowTheirManifestAndStayInsideThemselves() throws Exception {
        Path test = dir("test-interaction-mix-sachsen");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip); Stream<Path> files = Files.list(test)) {
            StringBuilder manifest = new StringBuilder("<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"><resources>");
            for (Path f : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry("content/" + f.getFileName()));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
            manifest.append("<resource identifier=\"t\" type=\"imsqti_test_xmlv2p1\" href=\"content/interaction_mix_sachsen.xml\"/>");
            manifest.append("</resources></manifest>");
            out.putNextEntry(new ZipEntry("imsmanifest.xml"));
            out.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        ImportedQuestions imported = Qti.readPackage(new ByteArrayInputStream(zip.toByteArray()), "sachsen.zip");
        assertThat(imported.items().size() + imported.skipped().size()).isEqualTo(13);

        assertThatThrownBy(() -> Qti.readPackage(new ByteArrayInputStream(packageWith("../../etc/passwd", null)), "tron.zip"))
                .isInstanceOf(QuestionFileException.class).hasMessageContaining("../../etc/passwd points outside the package");
        assertThatThrownBy(() -> Qti.readPackage(new ByteArrayInputStream(packageWith("items/khong-co.xml", null)), "thieu.zip"))
                .hasMessageContaining("items/khong-co.xml it lists is missing from the package");
        assertThatThrownBy(() -> Qti.readPackage(new ByteArrayInputStream(packageWith("items/a.xml", "../a.xml")), "entry.zip"))
                .hasMessageContaining("points outside the package");
        assertThatThrownBy(() -> Qti.readPackage(new ByteArrayInputStream("MZ not a zip".getBytes()), "chuong-trinh.zip"))
                .hasMessageContaining("chuong-trinh.zip").hasMessageContaining("zip");
    }

    private static byte[] packageWith(String href, String entryName) throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("imsmanifest.xml"));
            out.write(("<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"><resources><resource identifier=\"i\" "
                    + "type=\"imsqti_item_xmlv2p1\" href=\"" + href + "\"/></resources></manifest>").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            if (entryName != null) {
                out.putNextEntry(new ZipEntry(entryName));
                out.write("<x/>".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip.toByteArray();
    }

    @Test
    void everySupportedTypeSurvivesARoundTripThroughAPackage() throws Exception {
        List<ImportedQuestions.Item> bank = new ArrayList<>();
        for (String file : List.of("questions.gift.txt", "examples.gift.txt", "questions_in_category.gift.txt")) {
            bank.addAll(Gift.read(GiftTest.fixture(file), file).items());
        }
        bank.add(new ImportedQuestions.Item("Thứ tự", null, new Question(QuestionType.ORDERING, "Xếp các triều đại theo thời gian",
                List.of(new Question.Option("ly", "Lý"), new Question.Option("tran", "Trần"), new Question.Option("le", "Hậu Lê")), null,
                Question.Key.choices(List.of("ly", "tran", "le")), null), 0));
        bank.add(new ImportedQuestions.Item("Điền", null, new Question(QuestionType.FILL_IN_BLANKS, "Hồ {1} ở quận {2}.", null, null,
                Question.Key.gaps(Question.Comparison.VIETNAMESE, List.of(List.of("Gươm", "Hoàn Kiếm"), List.of("Hoàn Kiếm"))), null), 0));
        bank.add(new ImportedQuestions.Item("Tự luận", null, new Question(QuestionType.ESSAY, "Lợi ích của dịch vụ công trực tuyến?",
                null, null, Question.Key.rubric("Nêu ít nhất ba lợi ích"), null), 0));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        Qti.writePackage(bank, zip);
        ImportedQuestions back = Qti.readPackage(new ByteArrayInputStream(zip.toByteArray()), "bank.zip");
        assertThat(back.skipped()).isEmpty();
        assertThat(back.items()).hasSameSizeAs(bank);
        for (int i = 0; i < bank.size(); i++) {
            assertThat(back.items().get(i).question()).as(bank.get(i).name()).isEqualTo(bank.get(i).question());
            assertThat(back.items().get(i).name()).isEqualTo(bank.get(i).name());
        }
    }
}
