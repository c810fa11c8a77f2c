package dev.switchboard.achievement.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Draws an achievement's certificate as a one-page PDF (A4, landscape). The font is embedded as a subset of Noto
 * Sans, so every Latin name (Zoë Ångström, Łukasz Żółć) prints and copies as written on any reader; a character the
 * font lacks prints as '?' rather than failing the certificate.
 */
@Component
public class CertificateRenderer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final int MAX_CHARACTERS = 90;

    private final byte[] regular;
    private final byte[] bold;
    /** Parsed once per thread: a parsed font reads its tables lazily and is not safe to share between threads. */
    private final ThreadLocal<Fonts> parsed = ThreadLocal.withInitial(this::parse);

    public CertificateRenderer() {
        this.regular = font("fonts/400Regular/NotoSans_400Regular.ttf");
        this.bold = font("fonts/700Bold/NotoSans_700Bold.ttf");
    }

    private record Fonts(TrueTypeFont regular, TrueTypeFont bold) {
    }

    private Fonts parse() {
        try {
            return new Fonts(new TTFParser().parse(new RandomAccessReadBuffer(regular)),
                    new TTFParser().parse(new RandomAccessReadBuffer(bold)));
        } catch (IOException e) {
            throw new UncheckedIOException("The certificate font cannot be read", e);
        }
    }

    public byte[] render(Certificate certificate) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            Fonts fonts = parsed.get();
            PDType0Font text = PDType0Font.load(document, fonts.regular(), true);
            PDType0Font heading = PDType0Font.load(document, fonts.bold(), true);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Certificate " + certificate.number());
            info.setCreator("Switchboard achievement-service");
            float width = page.getMediaBox().getWidth();
            try (PDPageContentStream page1 = new PDPageContentStream(document, page)) {
                Lines lines = new Lines(page1, width);
                if (certificate.brand() != null) {
                    lines.centred(text, 14, certificate.brand(), 520);
                }
                lines.centred(text, 16, "Certificate", 450);
                lines.centred(heading, 32, certificate.title(), 390);
                lines.centred(text, 14, "awarded to", 340);
                lines.centred(heading, 28, certificate.holder(), 295);
                lines.centred(text, 13, "Issued " + DAY.format(certificate.issuedAt()), 210);
                lines.centred(text, 13, certificate.expiresAt() == null ? "Does not expire"
                        : "Valid until " + DAY.format(certificate.expiresAt()), 188);
                lines.centred(text, 11, "Number " + certificate.number(), 120);
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(32 * 1024);
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The certificate could not be drawn", e);
        }
    }

    private record Lines(PDPageContentStream stream, float pageWidth) {

        void centred(PDType0Font font, float size, String line, float y) throws IOException {
            String printable = printable(font, line);
            float lineWidth = font.getStringWidth(printable) / 1000 * size;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(Math.max(20, (pageWidth - lineWidth) / 2), y);
            stream.showText(printable);
            stream.endText();
        }
    }

    private static String printable(PDType0Font font, String line) {
        String shortened = line.length() > MAX_CHARACTERS ? line.substring(0, MAX_CHARACTERS - 1) + "…" : line;
        StringBuilder printable = new StringBuilder();
        shortened.codePoints().forEach(codePoint -> {
            String character = Character.isISOControl(codePoint) ? " " : Character.toString(codePoint);
            try {
                font.encode(character);
                printable.append(character);
            } catch (IOException | IllegalArgumentException missingGlyph) {
                printable.append('?');
            }
        });
        return printable.toString();
    }

    private static byte[] font(String resource) {
        try (InputStream in = CertificateRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
