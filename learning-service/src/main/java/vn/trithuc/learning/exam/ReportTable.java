package vn.trithuc.learning.exam;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report as a table, written as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs
 * read Vietnamese correctly) or as an XLSX workbook (numbers stay numbers).
 */
public record ReportTable(String name, List<String> headers, List<List<Object>> rows) {

    public byte[] csv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(headers.toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(v -> v == null ? "" : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Tri Thức", "1.0");
            Worksheet sheet = workbook.newWorksheet(name.length() > 31 ? name.substring(0, 31) : name);
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof Number n) {
                        sheet.value(r + 1, c, n);
                    } else if (v instanceof Boolean b) {
                        sheet.value(r + 1, c, b);
                    } else if (v != null) {
                        sheet.value(r + 1, c, v.toString());
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
