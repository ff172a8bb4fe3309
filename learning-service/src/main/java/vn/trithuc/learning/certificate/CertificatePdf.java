package vn.trithuc.learning.certificate;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.Phrase;
import com.lowagie.text.Font;

import vn.trithuc.web.page.Messages;
import vn.trithuc.web.qr.QrCodes;

/**
 * The PDF certificate (OpenPDF): A4 landscape, the learner's name, the course, the dates, the
 * serial, and a QR code leading to the public verification page, whose address carries the
 * signed code. Liberation Sans is embedded, so every Vietnamese letter prints.
 */
public final class CertificatePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Color INK = new Color(0x1f, 0x2a, 0x44);
    private static final Color ACCENT = new Color(0xb0, 0x1c, 0x2e);
    private static final BaseFont REGULAR = font("/liberation/LiberationSans-Regular.ttf");
    private static final BaseFont BOLD = font("/liberation/LiberationSans-Bold.ttf");

    private CertificatePdf() {
    }

    /** The certificate as PDF bytes; {@code verifyUrl} is what the QR code encodes. */
    public static byte[] render(Certificate certificate, String verifyUrl, Messages messages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Rectangle page = PageSize.A4.rotate();
        Document document = new Document(page, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(messages.get("certificate.pdf.title") + " — " + certificate.courseTitle());
            document.addAuthor("Tri Thức");
            document.addSubject(certificate.learnerName());
            document.open();
            PdfContentByte canvas = writer.getDirectContent();
            float w = page.getWidth();
            float h = page.getHeight();

            canvas.setColorStroke(INK);
            canvas.setLineWidth(3f);
            canvas.rectangle(24, 24, w - 48, h - 48);
            canvas.stroke();
            canvas.setColorStroke(ACCENT);
            canvas.setLineWidth(1f);
            canvas.rectangle(32, 32, w - 64, h - 64);
            canvas.stroke();

            center(canvas, messages.get("certificate.pdf.issuer"), REGULAR, 14, INK, w / 2, h - 90);
            center(canvas, messages.get("certificate.pdf.title"), BOLD, 34, ACCENT, w / 2, h - 140);
            center(canvas, messages.get("certificate.pdf.certifies"), REGULAR, 14, INK, w / 2, h - 190);
            paragraph(canvas, certificate.learnerName(), BOLD, 28, INK, 80, h - 250, w - 160, 40);
            center(canvas, messages.get("certificate.pdf.completed"), REGULAR, 14, INK, w / 2, h - 285);
            paragraph(canvas, certificate.courseTitle(), BOLD, 20, INK, 80, h - 345, w - 160, 60);

            float left = 70;
            float line = 150;
            text(canvas, messages.get("certificate.pdf.issued", DATE.format(certificate.issuedAt().atZoneSameInstant(Certificates.ZONE))),
                    REGULAR, 12, INK, left, line);
            if (certificate.expiresAt() != null) {
                text(canvas, messages.get("certificate.pdf.expires",
                        DATE.format(certificate.expiresAt().atZoneSameInstant(Certificates.ZONE))), REGULAR, 12, INK, left, line - 20);
            }
            text(canvas, messages.get("certificate.pdf.serial", certificate.serial()), REGULAR, 12, INK, left, line - 40);
            text(canvas, messages.get("certificate.pdf.verify"), REGULAR, 10, INK, left, line - 70);
            text(canvas, shorten(verifyUrl, 90), REGULAR, 8, INK, left, line - 84);

            drawQr(canvas, QrCodes.matrix(verifyUrl), w - 70 - 130, 60, 130);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the certificate PDF", e);
        }
        return out.toByteArray();
    }

    private static void drawQr(PdfContentByte canvas, BitMatrix matrix, float x, float y, float size) {
        float module = size / matrix.getWidth();
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    canvas.rectangle(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        canvas.fill();
    }

    private static void center(PdfContentByte canvas, String text, BaseFont font, float size, Color color, float x, float y) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setColorFill(color);
        canvas.showTextAligned(Element.ALIGN_CENTER, text, x, y, 0);
        canvas.endText();
    }

    private static void text(PdfContentByte canvas, String text, BaseFont font, float size, Color color, float x, float y) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setColorFill(color);
        canvas.showTextAligned(Element.ALIGN_LEFT, text, x, y, 0);
        canvas.endText();
    }

    /** Centred text that wraps within a box (long names and course titles). */
    private static void paragraph(PdfContentByte canvas, String text, BaseFont font, float size, Color color, float x, float top,
                                  float width, float height) {
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(new Phrase(text, new Font(font, size, Font.NORMAL, color)), x, top - height, x + width, top + size,
                size * 1.2f, Element.ALIGN_CENTER);
        try {
            column.go();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static BaseFont font(String resource) {
        try (InputStream in = CertificatePdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " missing (openpdf-fonts-extra)");
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
