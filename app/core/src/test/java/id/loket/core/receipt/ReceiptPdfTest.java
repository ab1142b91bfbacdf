package id.loket.core.receipt;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.loket.core.i18n.Messages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptPdfTest {

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void textParsesBackWithNumberNameFeeAndDate(String lang) throws Exception {
        Messages messages = new Messages(Locale.of(lang));
        ReceiptData data = ReceiptFixtures.receipt(messages.locale());

        String text = text(ReceiptPdf.render(data, messages));

        assertThat(text).contains(ReceiptFixtures.RECEIPT, "Hj. Siti Nurhaliza binti Ahmad, S.E.",
                "SITI NURHALIZA BINTI AHMAD", "Rp 950.000", "************0003", "820261120004217",
                ReceiptFixtures.ID.toString(), messages.text("receipt.title"), messages.text("receipt.next.outage.title"));
        assertThat(text).contains(lang.equals("id") ? "Rabu, 25 November 2026" : "Wednesday, 25 November 2026");
        assertThat(text).contains(lang.equals("id") ? "20 November 2026, 10.15 WITA" : "20 November 2026, 10:15 WITA");
        assertThat(text).doesNotContain("5171044508900003").doesNotContain("[receipt.").doesNotContain("{0}");
    }

    @Test
    void indonesianReceiptIsInIndonesianThroughout() throws Exception {
        String text = text(ReceiptPdf.render(ReceiptFixtures.receipt(Locale.of("id"))));

        assertThat(text).contains("Tanda Terima Permohonan Paspor", "Langkah selanjutnya", "Paspor elektronik",
                "berlaku 10 tahun", "Loket 3, petugas: Ni Luh Putu Ayu");
        assertThat(text).doesNotContain("What happens next");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void qrCodeOnTheRenderedPageDecodesToThePayload(String lang) throws Exception {
        ReceiptData data = ReceiptFixtures.receipt(Locale.of(lang));
        byte[] pdf = ReceiptPdf.render(data);

        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.RGB);
        }
        int w = page.getWidth();
        int h = page.getHeight();
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(w, h, page.getRGB(0, 0, w, h, null, 0, w))));
        Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));

        assertThat(result.getBarcodeFormat()).isEqualTo(BarcodeFormat.QR_CODE);
        assertThat(result.getText()).isEqualTo("LOKET:1:" + ReceiptFixtures.RECEIPT + ":" + ReceiptFixtures.ID)
                .isEqualTo(ReceiptQr.payload(data));
    }

    @Test
    void metadataHasTitleAndProducerButNoApplicantData() throws Exception {
        try (PDDocument doc = Loader.loadPDF(ReceiptPdf.render(ReceiptFixtures.receipt(Locale.ENGLISH)))) {
            PDDocumentInformation info = doc.getDocumentInformation();

            assertThat(info.getTitle()).isEqualTo("Passport Application Receipt");
            assertThat(info.getProducer()).isEqualTo("Loket");
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            for (String key : info.getMetadataKeys()) {
                String value = String.valueOf(info.getCustomMetadataValue(key));
                assertThat(value).doesNotContain("Siti", "SITI", ReceiptFixtures.RECEIPT, "0003");
            }
            assertThat(doc.getDocumentCatalog().getMetadata()).as("no XMP packet").isNull();
        }
    }

    @Test
    void unpaidReceiptSaysTheDateFollowsPayment() throws Exception {
        ReceiptData paid = ReceiptFixtures.receipt(Locale.ENGLISH);
        ReceiptData unpaid = new ReceiptData(paid.receiptNumber(), paid.applicationId(), paid.fullName(),
                paid.passportName(), paid.maskedNik(), paid.birthDate(), paid.kind(), paid.passportType(),
                paid.validity(), paid.service(), paid.lane(), paid.feeAmount(), paid.billingCode(), null, null,
                paid.officeCode(), paid.officeName(), paid.counter(), paid.officerName(), paid.issuedAt(),
                paid.zone(), paid.language());

        String text = text(ReceiptPdf.render(unpaid));

        assertThat(text).contains("Set once payment is confirmed", "Not yet paid");
    }

    @Test
    void charactersOutsideWinAnsiDoNotStopPrinting() throws Exception {
        ReceiptData paid = ReceiptFixtures.receipt(Locale.of("id"));
        ReceiptData odd = new ReceiptData(paid.receiptNumber(), paid.applicationId(), "Nguyễn Thị Ăn 王",
                "NGUYEN THI AN", paid.maskedNik(), paid.birthDate(), paid.kind(), paid.passportType(),
                paid.validity(), paid.service(), paid.lane(), paid.feeAmount(), paid.billingCode(), paid.paidAt(),
                paid.expectedDate(), paid.officeCode(), paid.officeName(), paid.counter(), paid.officerName(),
                paid.issuedAt(), paid.zone(), paid.language());

        String text = text(ReceiptPdf.render(odd));

        assertThat(text).contains("Nguyen Thi An ?");
    }

    @Test
    void longTextsWrapAndStayOnOnePage() throws Exception {
        ReceiptData p = ReceiptFixtures.receipt(Locale.of("id"));
        String office = "Kantor Imigrasi Kelas I Khusus Tempat Pemeriksaan Imigrasi Soekarno-Hatta";
        String name = "Raden Ajeng Kartika Sekarwangi Puspitasari Wulandari Putri";
        ReceiptData longer = new ReceiptData(p.receiptNumber(), p.applicationId(), name, name.toUpperCase(),
                p.maskedNik(), p.birthDate(), p.kind(), p.passportType(), p.validity(), p.service(), p.lane(),
                1_950_000L, p.billingCode(), p.paidAt(), p.expectedDate(), "SHT", office, 12,
                "Muhammad Rizky Pratama Wicaksono Adiningrat", p.issuedAt(), p.zone(), p.language());
        byte[] pdf = ReceiptPdf.render(longer);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "receipt-sample-long.pdf"), pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(text(pdf).replaceAll("\\s+", " ")).contains(office + " (SHT)", name, "Rp 1.950.000",
                "Loket 12, petugas: Muhammad Rizky Pratama Wicaksono Adiningrat");
    }

    @Test
    void writesASampleForPeopleToLookAt() throws Exception {
        Path target = Path.of("target", "receipt-sample.pdf");
        Files.createDirectories(target.getParent());
        Files.write(target, ReceiptPdf.render(ReceiptFixtures.receipt(Locale.of("id"))));
        Files.write(Path.of("target", "receipt-sample-en.pdf"), ReceiptPdf.render(ReceiptFixtures.receipt(Locale.ENGLISH)));

        assertThat(target).isNotEmptyFile();
        assertThat(text(Files.readAllBytes(target))).contains(ReceiptFixtures.RECEIPT);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
