package id.loket.desktop.outage;

import id.loket.core.CoreServices;
import id.loket.core.outage.OutageStatus;
import id.loket.desktop.support.CentreOutage;
import id.loket.desktop.support.MovableClock;
import id.loket.desktop.support.TestCore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The agent's knowledge of the centre reaches core's outage watch, and survives a restart of the app. */
class OutageFeedTest {

    @TempDir
    Path home;

    @Test
    void aRestartDuringAnOutageIsStillAnOutageCountedFromTheStoredLastContact() throws Exception {
        MovableClock clock = MovableClock.atTestTime();
        Instant answeredAt = clock.instant();
        Path store = home.resolve("store");
        try (CentreOutage centre = new CentreOutage(home, clock)) {
            try (CoreServices core = enrolled(store, clock, centre)) {
                assertThat(core.outage().status()).isEqualTo(OutageStatus.NONE);
                centre.stopCentre();
                clock.advance(Duration.ofMinutes(2));
                centre.step();
            }
            clock.advance(Duration.ofMinutes(40));
            try (CoreServices core = CoreServices.open(store, clock, TestCore.fastHasher())) {
                assertThat(core.outage().status().inOutage()).as("before anything is known").isFalse();
                centre.follow(core);
                OutageStatus status = core.outage().status();
                assertThat(status.inOutage()).as("at start, from the store, before any probe").isTrue();
                assertThat(status.since()).isEqualTo(answeredAt);
                assertThat(status.length()).isEqualTo(Duration.ofMinutes(42));

                centre.step();
                assertThat(core.outage().status().inOutage()).as("the probe fails too").isTrue();
                centre.startCentre();
                centre.step();
                assertThat(core.outage().status()).isEqualTo(OutageStatus.NONE);
            }
        }
    }

    @Test
    void aDeviceThatWasFineWhenTheAppClosedIsNotInAnOutageUntilTheAgentFindsTheCentreDown() throws Exception {
        MovableClock clock = MovableClock.atTestTime();
        Path store = home.resolve("store");
        try (CentreOutage centre = new CentreOutage(home, clock)) {
            enrolled(store, clock, centre).close();
            clock.advance(Duration.ofHours(15));
            centre.stopCentre();
            try (CoreServices core = CoreServices.open(store, clock, TestCore.fastHasher())) {
                centre.follow(core);
                assertThat(core.outage().status().inOutage()).as("the office was closed overnight").isFalse();
                centre.step();
                assertThat(core.outage().status().inOutage()).as("the first probe finds the centre down")
                        .isTrue();
            }
        }
    }

    /** A counter set up, enrolled with the centre, and synced once (the centre answered). */
    private static CoreServices enrolled(Path store, MovableClock clock, CentreOutage centre) throws Exception {
        CoreServices core = CoreServices.open(store, clock, TestCore.fastHasher());
        core.deviceProfiles().save("DPS", 7);
        centre.enroll(core);
        centre.step();
        return core;
    }
}
