package vn.trithuc.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The JBoss module {@code vn.trithuc.documents} names exactly the jars the build copied into it:
 * a dependency upgrade that adds or drops a jar fails here, not at the first document import.
 */
class DocumentsModuleTest {

    private static final Path MODULE = Path.of("target/server-content/modules/vn/trithuc/documents/main");

    @Test
    void moduleXmlListsEveryCopiedJar() throws IOException {
        List<String> listed = Pattern.compile("<resource-root path=\"([^\"]+)\"/>")
                .matcher(Files.readString(MODULE.resolve("module.xml"))).results().map(m -> m.group(1)).sorted().toList();
        List<String> copied;
        try (Stream<Path> files = Files.list(MODULE)) {
            copied = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jar")).sorted().toList();
        }

        assertThat(listed).containsExactlyElementsOf(copied).contains("tika-core.jar", "flexmark-html2md-converter.jar");
    }
}
