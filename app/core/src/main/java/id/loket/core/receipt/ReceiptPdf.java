package id.loket.core.receipt;

import id.loket.core.i18n.Messages;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * Renders an applicant's receipt as a one-page A4 PDF that the counter prints or saves: the
 * receipt number large and as a QR code, the applicant's details, the fee, what happens next
 * (including what happens while the central system is down) and the expected collection date.
 * Every text comes from the core bundles. The PDF metadata carries only the document title and
 * producer, never applicant data, because metadata travels unseen with a saved file.
 */
public final class ReceiptPdf {

    /** The PDF producer and creator. */
    public static final String PRODUCER = "Loket";

    private ReceiptPdf() {
    }

    /** The receipt in the language recorded on it. */
    public static byte[] render(ReceiptData data) {
        return render(data, new Messages(data.language()));
    }

    /** The receipt in the language of {@code messages}. */
    public static byte[] render(ReceiptData data, Messages messages) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(messages.text("receipt.title"));
            info.setProducer(PRODUCER);
            info.setCreator(PRODUCER);
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone(data.zone()));
            created.setTimeInMillis(data.issuedAt().toEpochMilli());
            info.setCreationDate(created);
            try (PdfCanvas canvas = new PdfCanvas(doc, page)) {
                new ReceiptLayout(canvas, data, messages).draw();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
