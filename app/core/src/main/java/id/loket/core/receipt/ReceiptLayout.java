package id.loket.core.receipt;

import id.loket.core.i18n.Messages;
import id.loket.core.receipt.PdfCanvas.Style;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Places the parts of a receipt on an A4 page, top to bottom. Package-private: see {@link ReceiptPdf}. */
final class ReceiptLayout {

    private static final float LEFT = 48;
    private static final float RIGHT = 547;
    private static final float TOP = 800;
    private static final float QR_SIZE = 120;
    private static final float VALUE_X = LEFT + 150;

    private static final Style OFFICE = new Style(true, 11, 0.15f);
    private static final Style SMALL = new Style(false, 8.5f, 0.35f);
    private static final Style TITLE = new Style(true, 19, 0f);
    private static final Style LABEL = new Style(false, 9.5f, 0.35f);
    private static final Style NUMBER = new Style(true, 26, 0f);
    private static final Style DATE = new Style(true, 16, 0f);
    private static final Style HEADING = new Style(true, 12, 0f);
    private static final Style VALUE = new Style(false, 10.5f, 0f);
    private static final Style STRONG = new Style(true, 10.5f, 0f);
    private static final Style BODY = new Style(false, 10, 0f);

    private final PdfCanvas canvas;
    private final ReceiptData data;
    private final Messages messages;
    private float y = TOP;

    ReceiptLayout(PdfCanvas canvas, ReceiptData data, Messages messages) {
        this.canvas = canvas;
        this.data = data;
        this.messages = messages;
    }

    void draw() {
        header();
        numberAndQr();
        applicant();
        payment();
        nextSteps();
        footer();
    }

    private void header() {
        String issued = messages.text("receipt.issuedAt", dateTime(data.issuedAt()));
        float issuedWidth = canvas.width(SMALL, issued);
        canvas.text(SMALL, RIGHT - issuedWidth, y, issued);
        String office = messages.text("receipt.office", data.officeName(), data.officeCode());
        for (String line : canvas.wrap(OFFICE, office, RIGHT - LEFT - issuedWidth - 16)) {
            canvas.text(OFFICE, LEFT, y, line);
            y -= 14;
        }
        y -= 16;
        canvas.text(TITLE, LEFT, y, messages.text("receipt.title"));
        y -= 12;
        canvas.rule(LEFT, RIGHT, y, 1.2f, 0f);
        y -= 14;
    }

    private void numberAndQr() {
        y -= 6;
        float top = y;
        canvas.modules(ReceiptQr.matrix(ReceiptQr.payload(data)), RIGHT - QR_SIZE, top, QR_SIZE);
        float captionY = top - QR_SIZE - 11;
        for (String line : canvas.wrap(SMALL, messages.text("receipt.qr.caption"), QR_SIZE)) {
            canvas.text(SMALL, RIGHT - QR_SIZE, captionY, line);
            captionY -= 10;
        }
        float textWidth = RIGHT - QR_SIZE - 24 - LEFT;
        y -= 10;
        canvas.text(LABEL, LEFT, y, messages.text("receipt.number"));
        y -= 28;
        canvas.text(NUMBER, LEFT, y, data.receiptNumber());
        y -= 30;
        canvas.text(LABEL, LEFT, y, messages.text("receipt.expected.label"));
        y -= 20;
        String expected = data.expectedDate() == null
                ? messages.text("receipt.expected.afterPayment")
                : longDate(data.expectedDate());
        for (String line : canvas.wrap(DATE, expected, textWidth)) {
            canvas.text(DATE, LEFT, y, line);
            y -= 19;
        }
        for (String line : canvas.wrap(SMALL, messages.text("receipt.expected.note"), textWidth)) {
            canvas.text(SMALL, LEFT, y, line);
            y -= 10;
        }
        y = Math.min(y, captionY) - 12;
    }

    private void applicant() {
        section("receipt.section.applicant");
        row("receipt.field.fullName", data.fullName(), true);
        row("receipt.field.passportName", data.passportName(), false);
        row("receipt.field.nik", data.maskedNik(), false);
        row("receipt.field.birthDate", data.birthDate() == null ? null : shortDate(data.birthDate()), false);
        row("receipt.field.kind", label(data.kind()), false);
        row("receipt.field.passport", data.passportType() == null || data.validity() == null ? null
                : messages.text("receipt.passport.value", data.passportType(), data.validity().years()), false);
        row("receipt.field.service", label(data.service()), false);
        row("receipt.field.lane", label(data.lane()), false);
        row("receipt.field.applicationId", data.applicationId().toString(), false);
    }

    private void payment() {
        section("receipt.section.payment");
        row("receipt.field.fee", Rupiah.format(data.feeAmount()), true);
        row("receipt.field.billingCode", data.billingCode(), false);
        row("receipt.field.paidAt", data.paidAt() == null ? messages.text("receipt.payment.unpaid")
                : dateTime(data.paidAt()), false);
    }

    private void nextSteps() {
        section("receipt.section.next");
        float numberWidth = 16;
        for (int step = 1; step <= 4; step++) {
            canvas.text(STRONG, LEFT, y, step + ".");
            for (String line : canvas.wrap(BODY, messages.text("receipt.next." + step), RIGHT - LEFT - numberWidth)) {
                canvas.text(BODY, LEFT + numberWidth, y, line);
                y -= 13.5f;
            }
            y -= 3;
        }
        y -= 4;
        float pad = 8;
        List<String> lines = new ArrayList<>();
        lines.add(messages.text("receipt.next.outage.title"));
        lines.addAll(canvas.wrap(BODY, messages.text("receipt.next.outage"), RIGHT - LEFT - 2 * pad));
        float height = lines.size() * 13.5f + 2 * pad - 3;
        canvas.box(LEFT, y - height + 10, RIGHT - LEFT, height, 0.92f);
        y -= pad - 2;
        canvas.text(STRONG, LEFT + pad, y, lines.getFirst());
        y -= 13.5f;
        for (String line : lines.subList(1, lines.size())) {
            canvas.text(BODY, LEFT + pad, y, line);
            y -= 13.5f;
        }
    }

    private void footer() {
        float base = 64;
        canvas.rule(LEFT, RIGHT, base + 22, 0.5f, 0.5f);
        canvas.text(BODY, LEFT, base + 8,
                messages.text("receipt.footer.counter", String.valueOf(data.counter()), data.officerName()));
        for (String line : canvas.wrap(SMALL, messages.text("receipt.footer.keep"), RIGHT - LEFT)) {
            canvas.text(SMALL, LEFT, base - 6, line);
            base -= 10;
        }
    }

    private void section(String key) {
        y -= 8;
        canvas.text(HEADING, LEFT, y, messages.text(key));
        y -= 5;
        canvas.rule(LEFT, RIGHT, y, 0.5f, 0.6f);
        y -= 15;
    }

    private void row(String labelKey, String value, boolean strong) {
        canvas.text(LABEL, LEFT, y, messages.text(labelKey));
        Style style = strong ? STRONG : VALUE;
        String shown = value == null || value.isBlank() ? "-" : value;
        for (String line : canvas.wrap(style, shown, RIGHT - VALUE_X)) {
            canvas.text(style, VALUE_X, y, line);
            y -= 14;
        }
        y -= 1;
    }

    private String label(Enum<?> value) {
        return value == null ? null
                : messages.text("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    private String longDate(LocalDate date) {
        return DateTimeFormatter.ofPattern(messages.text("receipt.format.longDate"), messages.locale()).format(date);
    }

    private String shortDate(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", messages.locale()).format(date);
    }

    private String dateTime(Instant at) {
        String local = DateTimeFormatter.ofPattern(messages.text("receipt.format.dateTime"), messages.locale())
                .format(at.atZone(data.zone()));
        return local + " " + zoneName(data.zone(), at);
    }

    /** WIB, WITA or WIT for Indonesian offsets, else "UTC+h". */
    static String zoneName(ZoneId zone, Instant at) {
        int seconds = zone.getRules().getOffset(at).getTotalSeconds();
        return switch (seconds) {
            case 7 * 3600 -> "WIB";
            case 8 * 3600 -> "WITA";
            case 9 * 3600 -> "WIT";
            default -> "UTC" + (seconds == 0 ? "" : zone.getRules().getOffset(at).getId());
        };
    }
}
