package id.loket.core.receipt;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The QR code on a receipt. It carries the receipt number and the application UUID so a
 * counter scanner finds the record even when two offices print similar numbers; the
 * {@code LOKET:1:} prefix names the format and its version. Error correction M survives
 * a creased or smudged print.
 */
public final class ReceiptQr {

    /** Payload prefix including the format version. */
    public static final String PREFIX = "LOKET:1:";

    private ReceiptQr() {
    }

    /** {@code "LOKET:1:<receipt number>:<application uuid>"}. */
    public static String payload(String receiptNumber, UUID applicationId) {
        return PREFIX + receiptNumber + ":" + applicationId;
    }

    /** The payload of a receipt. */
    public static String payload(ReceiptData data) {
        return payload(data.receiptNumber(), data.applicationId());
    }

    /** What a scanned receipt QR code names. */
    public record Scanned(String receiptNumber, UUID applicationId) {
    }

    /**
     * Reads a scanned payload back; empty for anything that is not a version-1 Loket receipt code
     * (a scanner at the counter also sees M-Paspor appointment codes and must tell them apart).
     */
    public static Optional<Scanned> parse(String scanned) {
        if (scanned == null || !scanned.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = scanned.substring(PREFIX.length());
        int colon = rest.lastIndexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Scanned(rest.substring(0, colon), UUID.fromString(rest.substring(colon + 1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** One bit per module, no quiet zone (the page around it is white). */
    public static BitMatrix matrix(String payload) {
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode receipt QR code", e);
        }
    }
}
