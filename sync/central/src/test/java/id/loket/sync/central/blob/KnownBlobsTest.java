package id.loket.sync.central.blob;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class KnownBlobsTest {

    private final AtomicLong now = new AtomicLong();

    @Test
    void onlyHashesSeenHeldAreKnownAndTheUnknownKeepTheirOrder() {
        KnownBlobs known = new KnownBlobs(now::get, 10);
        known.held(List.of("b", "d"));

        assertThat(known.unknown(List.of("a", "b", "c", "d", "e"))).containsExactly("a", "c", "e");
    }

    @Test
    void aHashIsTrustedForTenMinutesAfterItWasLastSeen() {
        KnownBlobs known = new KnownBlobs(now::get, 10);
        known.held(List.of("a", "b"));
        now.addAndGet(KnownBlobs.TTL.toNanos() - 1);
        known.held(List.of("b"));
        assertThat(known.unknown(List.of("a", "b"))).isEmpty();

        now.addAndGet(2);

        assertThat(known.unknown(List.of("a", "b"))).containsExactly("a");
    }

    @Test
    void beyondItsCapacityTheLeastRecentlySeenAreForgotten() {
        KnownBlobs known = new KnownBlobs(now::get, 3);
        known.held(List.of("a", "b", "c"));
        known.held(List.of("a"));

        known.held(List.of("d"));

        assertThat(known.unknown(List.of("a", "b", "c", "d"))).containsExactly("b");
    }
}
