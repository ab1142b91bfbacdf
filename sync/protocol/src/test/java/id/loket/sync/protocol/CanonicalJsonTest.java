package id.loket.sync.protocol;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalJsonTest {

    record Person(String name, LocalDate born, List<Integer> fingers) {
    }

    @Test
    void sortsKeysAtEveryDepthAndDropsWhitespace() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", 1);
        inner.put("a", "x");
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("b", inner);
        outer.put("a", List.of(3, 2));
        assertThat(new String(CanonicalJson.bytes(outer), StandardCharsets.UTF_8))
                .isEqualTo("{\"a\":[3,2],\"b\":{\"a\":\"x\",\"z\":1}}");
    }

    @Test
    void writesDatesAsIsoStringsSoHashesAreStable() {
        var p = new Person("Siti", LocalDate.of(1990, 4, 1), List.of(1, 2));
        assertThat(new String(CanonicalJson.bytes(p), StandardCharsets.UTF_8))
                .isEqualTo("{\"born\":\"1990-04-01\",\"fingers\":[1,2],\"name\":\"Siti\"}");
        assertThat(Sha256.hex(CanonicalJson.bytes(p))).isEqualTo(Sha256.hex(CanonicalJson.bytes(p)));
    }

    @Test
    void sha256MatchesTheKnownVector() {
        assertThat(Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Sha256.isHex("ab")).isFalse();
    }

    @Test
    void onlySixtyFourLowerCaseHexDigitsAreAHash() {
        String hash = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assertThat(Sha256.isHex(hash)).isTrue();
        assertThat(Sha256.isHex("0123456789abcdef".repeat(4))).isTrue();
        assertThat(Sha256.isHex(hash.toUpperCase(java.util.Locale.ROOT))).isFalse();
        assertThat(Sha256.isHex(hash + "0")).isFalse();
        assertThat(Sha256.isHex(hash.substring(1))).isFalse();
        assertThat(Sha256.isHex(hash.substring(1) + "g")).isFalse();
        assertThat(Sha256.isHex(hash.substring(1) + "/")).isFalse();
        assertThat(Sha256.isHex(hash.substring(1) + ":")).isFalse();
        assertThat(Sha256.isHex(hash.substring(1) + "`")).isFalse();
        assertThat(Sha256.isHex("../" + hash.substring(3))).isFalse();
        assertThat(Sha256.isHex(null)).isFalse();
    }
}
