package id.loket.core.receipt;

import com.google.zxing.common.BitMatrix;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A thin drawing surface over one PDF page: text in two weights of Helvetica, word wrapping,
 * rules, shaded boxes and QR modules. Helvetica (Standard 14, WinAnsi) covers Indonesian and
 * English; any character it cannot show is reduced to its base letter ("ă" to "a") or "?", so a
 * name typed with an unusual character never stops a receipt from printing.
 */
final class PdfCanvas implements Closeable {

    /** A text style: weight, size in points, grey level (0 black, 1 white). */
    record Style(boolean bold, float size, float gray) {
    }

    private final PDPageContentStream out;
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    PdfCanvas(PDDocument doc, PDPage page) {
        try {
            this.out = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws one line of text with its baseline at {@code y}. */
    void text(Style style, float x, float y, String s) {
        PDFont font = font(style);
        try {
            out.beginText();
            out.setFont(font, style.size());
            out.setNonStrokingColor(style.gray(), style.gray(), style.gray());
            out.newLineAtOffset(x, y);
            out.showText(safe(font, s));
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Width of a text in points. */
    float width(Style style, String s) {
        PDFont font = font(style);
        try {
            return font.getStringWidth(safe(font, s)) / 1000f * style.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a text into lines no wider than {@code maxWidth}; an over-long word gets its own line. */
    List<String> wrap(Style style, String s, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(style, candidate) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** A filled rectangle, lower-left corner at (x, y). */
    void box(float x, float y, float w, float h, float gray) {
        try {
            out.setNonStrokingColor(gray, gray, gray);
            out.addRect(x, y, w, h);
            out.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A horizontal rule. */
    void rule(float x1, float x2, float y, float thickness, float gray) {
        try {
            out.setStrokingColor(gray, gray, gray);
            out.setLineWidth(thickness);
            out.moveTo(x1, y);
            out.lineTo(x2, y);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws a QR matrix as vector squares in a {@code size}-point square whose top-left is (x, top). */
    void modules(BitMatrix matrix, float x, float top, float size) {
        float m = size / matrix.getWidth();
        try {
            out.setNonStrokingColor(0f, 0f, 0f);
            for (int row = 0; row < matrix.getHeight(); row++) {
                int col = 0;
                while (col < matrix.getWidth()) {
                    if (!matrix.get(col, row)) {
                        col++;
                        continue;
                    }
                    int start = col;
                    while (col < matrix.getWidth() && matrix.get(col, row)) {
                        col++;
                    }
                    out.addRect(x + start * m, top - (row + 1) * m, (col - start) * m, m);
                }
            }
            out.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDFont font(Style style) {
        return style.bold() ? bold : regular;
    }

    /** The text with every character the font cannot encode replaced. */
    static String safe(PDFont font, String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        Normalizer.normalize(s, Normalizer.Form.NFC).codePoints().forEach(cp -> b.append(shown(font, cp)));
        return b.toString();
    }

    private static String shown(PDFont font, int cp) {
        if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
            return " ";
        }
        String ch = Character.toString(cp);
        if (encodable(font, ch)) {
            return ch;
        }
        String base = Normalizer.normalize(ch, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return !base.isEmpty() && encodable(font, base) ? base : "?";
    }

    private static boolean encodable(PDFont font, String s) {
        try {
            font.encode(s);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
