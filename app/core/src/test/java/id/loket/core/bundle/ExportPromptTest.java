package id.loket.core.bundle;

import id.loket.core.CoreServices;
import id.loket.core.MutableClock;
import id.loket.core.TestStores;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;
import id.loket.core.store.Ids;
import id.loket.sync.protocol.bundle.BundleKeys;
import id.loket.sync.protocol.security.DeviceKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The export prompt on the real store: due when the oldest record neither sent nor carried is 24 h old. */
class ExportPromptTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T01:00:00Z"), ZoneId.of("Asia/Makassar"));

    @Test
    void promptsAfterTheConfiguredAgeAndNotForRecordsABundleCarried() throws Exception {
        try (CoreServices core = TestStores.open(dir.resolve("store"), clock)) {
            enrolled(core);
            ExportPrompt prompt = core.bundles().prompt();
            assertThat(prompt.promptAfter()).isEqualTo(Duration.ofHours(24));
            assertThat(prompt.overdue()).as("nothing waits").isEmpty();

            core.outbox().enqueue(Ids.uuidV7(), "application", Map.of("n", 1), List.of());
            clock.advance(Duration.ofHours(23));
            assertThat(prompt.overdue()).isEmpty();
            clock.advance(Duration.ofHours(1));
            assertThat(prompt.overdue()).hasValue(Duration.ofHours(24));

            core.bundles().exporter().export(Files.createDirectories(dir.resolve("stick")), false, "ayu");
            assertThat(prompt.overdue()).as("on a stick now").isEmpty();
            assertThat(prompt.oldestUnsent()).isEmpty();

            core.outbox().enqueue(Ids.uuidV7(), "application", Map.of("n", 2), List.of());
            clock.advance(Duration.ofHours(3));
            assertThat(prompt.overdue()).isEmpty();
            Officer supervisor = new Officer(Ids.uuidV7(), "sri", "Sri", Role.SUPERVISOR, true);
            Officer officer = new Officer(Ids.uuidV7(), "ayu", "Ayu", Role.OFFICER, true);
            assertThatThrownBy(() -> prompt.promptAfter(Duration.ofHours(2), officer)).isInstanceOf(BundleRefusal.class);
            prompt.promptAfter(Duration.ofHours(2), supervisor);
            assertThat(prompt.overdue()).hasValue(Duration.ofHours(3));
            assertThat(core.audit().entries()).extracting(e -> e.action())
                    .contains("bundle.exported", "bundle.prompt-age-changed");
        }
    }

    /** An identity the centre accepted, with the centre's keys (as an enroll reply gives them). */
    static void enrolled(CoreServices core) {
        core.deviceProfiles().save("DPS", 3);
        core.sync().identities().prepare();
        core.sync().identities().enrolled("http://centre.example/", Instant.EPOCH);
        core.sync().identities().centreKeys(BundleKeys.encodePublic(BundleKeys.generate().getPublic()),
                DeviceKeys.encodePublic(DeviceKeys.generate().getPublic()));
    }
}
