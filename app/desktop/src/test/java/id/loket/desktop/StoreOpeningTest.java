package id.loket.desktop;

import id.loket.core.CoreServices;
import id.loket.core.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store opened on its own thread during start-up hands over the same store, or the same error. */
class StoreOpeningTest {

    @TempDir
    Path dir;

    @Test
    void handsOverTheOpenStore() {
        try (CoreServices core = StoreOpening.begin(dir, Clock.systemUTC()).await()) {
            assertThat(core.officers().hasOfficers()).isFalse();
            assertThat(core.store().dataDir()).isEqualTo(dir);
        }
    }

    @Test
    void aWrongKeyReachesTheApplicationAsTheStoreSaidIt() throws IOException {
        CoreServices.open(dir, Clock.systemUTC()).close();
        Files.writeString(dir.resolve("loket.key"), "ab".repeat(64));

        StoreOpening opening = StoreOpening.begin(dir, Clock.systemUTC());

        assertThatThrownBy(opening::await).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.userMessage().key()).isEqualTo("store.key.wrong"));
    }

    @Test
    void withoutAnEarlyOpeningTheApplicationBeginsItsOwn() {
        System.setProperty("loket.home", dir.toString());
        try {
            StoreOpening opening = StoreOpening.takeEarly(Clock.systemUTC());
            try (CoreServices core = opening.await()) {
                assertThat(opening.dataDir()).isEqualTo(dir);
                assertThat(core.store().dataDir()).isEqualTo(dir);
            }
        } finally {
            System.clearProperty("loket.home");
        }
    }
}
