package id.loket.core.receipt;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RupiahTest {

    @Test
    void groupsThousandsWithDots() {
        assertThat(Rupiah.format(950_000)).isEqualTo("Rp 950.000");
        assertThat(Rupiah.format(1_950_000)).isEqualTo("Rp 1.950.000");
        assertThat(Rupiah.format(350)).isEqualTo("Rp 350");
        assertThat(Rupiah.format(0)).isEqualTo("Rp 0");
        assertThat(Rupiah.format(-5_000)).isEqualTo("-Rp 5.000");
    }
}
