package id.loket.core.officer;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTest {

    private final PasswordHasher fast = new PasswordHasher(1_000);

    @Test
    void storesAlgorithmIterationsSaltAndHash() {
        String stored = fast.hash("rahasia-loket-1".toCharArray());
        String[] parts = stored.split("\\$");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
        assertThat(parts[1]).isEqualTo("1000");
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
        assertThat(stored).doesNotContain("rahasia");
    }

    @Test
    void productionDefaultIs600000Iterations() {
        PasswordHasher production = new PasswordHasher();
        assertThat(production.iterations()).isEqualTo(600_000).isEqualTo(PasswordHasher.DEFAULT_ITERATIONS);
        String stored = production.hash("rahasia-loket-1".toCharArray());
        assertThat(stored).startsWith("pbkdf2-sha256$600000$");
        assertThat(production.verify("rahasia-loket-1".toCharArray(), stored)).isTrue();
    }

    @Test
    void verifiesTheRightPasswordOnly() {
        String stored = fast.hash("rahasia-loket-1".toCharArray());
        assertThat(fast.verify("rahasia-loket-1".toCharArray(), stored)).isTrue();
        assertThat(fast.verify("rahasia-loket-2".toCharArray(), stored)).isFalse();
        assertThat(fast.verify(new char[0], stored)).isFalse();
    }

    @Test
    void samePasswordGetsADifferentSaltEachTime() {
        String a = fast.hash("rahasia-loket-1".toCharArray());
        String b = fast.hash("rahasia-loket-1".toCharArray());
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void verifiesHashesMadeWithAnotherIterationCount() {
        String old = new PasswordHasher(500).hash("rahasia-loket-1".toCharArray());
        assertThat(fast.verify("rahasia-loket-1".toCharArray(), old)).isTrue();
    }

    @Test
    void malformedHashesNeverVerify() {
        assertThat(fast.verify("x".toCharArray(), null)).isFalse();
        assertThat(fast.verify("x".toCharArray(), "plain")).isFalse();
        assertThat(fast.verify("x".toCharArray(), "pbkdf2-sha256$abc$AAAA$AAAA")).isFalse();
        assertThat(fast.verify("x".toCharArray(), "md5$1$AAAA$AAAA")).isFalse();
    }
}
