package id.loket.core.receipt;

import com.google.zxing.common.BitMatrix;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptQrTest {

    private static final UUID ID = UUID.fromString("0193b7a4-5c2e-7d41-9a3f-2b6c8e1d4f70");

    @Test
    void payloadNamesFormatReceiptAndApplication() {
        assertThat(ReceiptQr.payload("DPS-03-261120-0042", ID))
                .isEqualTo("LOKET:1:DPS-03-261120-0042:0193b7a4-5c2e-7d41-9a3f-2b6c8e1d4f70");
    }

    @Test
    void parsesItsOwnPayloadBack() {
        assertThat(ReceiptQr.parse(ReceiptQr.payload("DPS-03-261120-0042", ID)))
                .contains(new ReceiptQr.Scanned("DPS-03-261120-0042", ID));
    }

    @Test
    void ignoresOtherCodes() {
        assertThat(ReceiptQr.parse("MPASPOR:12345")).isEmpty();
        assertThat(ReceiptQr.parse("LOKET:2:DPS-03-261120-0042:" + ID)).isEmpty();
        assertThat(ReceiptQr.parse("LOKET:1:DPS-03-261120-0042:not-a-uuid")).isEmpty();
        assertThat(ReceiptQr.parse("LOKET:1:" + ID)).isEmpty();
        assertThat(ReceiptQr.parse(null)).isEmpty();
    }

    @Test
    void matrixIsASquareQrWithoutQuietZone() {
        BitMatrix m = ReceiptQr.matrix(ReceiptQr.payload("DPS-03-261120-0042", ID));

        assertThat(m.getWidth()).isEqualTo(m.getHeight());
        assertThat((m.getWidth() - 17) % 4).as("QR sizes are 17 + 4 * version").isZero();
        assertThat(m.get(0, 0)).as("finder pattern corner, no margin").isTrue();
    }
}
