package id.loket.desktop.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchKindTest {

    @Test
    void autoTellsNikReceiptBookingCodeAndNameApart() {
        assertThat(SearchKind.AUTO.resolve("3374010103650003")).isEqualTo(SearchKind.NIK);
        assertThat(SearchKind.AUTO.resolve(" 3374 0101 0365 0003 ")).isEqualTo(SearchKind.NIK);
        assertThat(SearchKind.AUTO.resolve("dps-03-261123-0042")).isEqualTo(SearchKind.RECEIPT);
        assertThat(SearchKind.AUTO.resolve("MP2611230042")).isEqualTo(SearchKind.BOOKING_CODE);
        assertThat(SearchKind.AUTO.resolve("H. M. Firman, S.E.")).isEqualTo(SearchKind.NAME);
        assertThat(SearchKind.AUTO.resolve("33740101036500")).isEqualTo(SearchKind.BOOKING_CODE);
    }

    @Test
    void anExplicitKindIsKept() {
        assertThat(SearchKind.NAME.resolve("DPS-03-261123-0042")).isEqualTo(SearchKind.NAME);
        assertThat(SearchKind.BOOKING_CODE.resolve("Budi")).isEqualTo(SearchKind.BOOKING_CODE);
    }
}
