package vn.trithuc.benchmarks.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import vn.trithuc.content.documents.DocumentConverter;

/**
 * Time to convert each test document (Apache Tika's, in content-import's test resources) to a
 * Markdown article, as the import does it: first conversion in a fresh JVM (class loading, parser
 * set-up), then the median and 95th percentile of repeated conversions once warm.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar vn.trithuc.benchmarks.documents.DocumentConversion [folder] [runs]</pre>
 */
public final class DocumentConversion {

    private DocumentConversion() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "content-import/src/test/resources/documents");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(f -> !f.getFileName().toString().equals("SOURCE.txt")).sorted().toList();
        }
        DocumentConverter converter = new DocumentConverter();
        System.out.println("| file | type | size | first (cold JVM) | median | p95 | Markdown characters |");
        System.out.println("|---|---|---|---|---|---|---|");
        List<double[]> rows = new ArrayList<>();
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            long start = System.nanoTime();
            DocumentConverter.Document first = converter.convert(content, name);
            double cold = (System.nanoTime() - start) / 1e6;
            rows.add(new double[] {cold});
            for (int i = 0; i < 5; i++) {
                converter.convert(content, name);
            }
            double[] times = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                converter.convert(content, name);
                times[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(times);
            System.out.printf(Locale.ROOT, "| %s | %s | %.1f kB | %.0f ms | %.1f ms | %.1f ms | %d |%n", name,
                    DocumentConverter.SUPPORTED.get(first.mediaType()), content.length / 1024.0, cold, times[runs / 2],
                    times[(int) Math.ceil(runs * 0.95) - 1], first.markdown().length());
        }
    }
}
