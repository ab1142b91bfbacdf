package id.loket.desktop.home;

import id.loket.core.CoreServices;
import id.loket.core.officer.Officer;
import id.loket.desktop.concurrent.SameThreadTaskRunner;
import id.loket.desktop.support.RecordingNavigator;
import id.loket.desktop.support.TestCore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class HomeOpenQueueTest {

    @TempDir
    Path home;

    @Test
    void theQueueButtonOpensTheQueueForTheSignedInOfficer() {
        RecordingNavigator navigator = new RecordingNavigator();
        try (CoreServices core = TestCore.open(home)) {
            HomeViewModel model = new HomeViewModel(core.applications(), () -> core.deviceProfiles().current(),
                    new SameThreadTaskRunner(), navigator, TestCore.CLOCK);
            model.openQueue();
            assertThat(navigator.visits).as("nobody signed in: nowhere to go").isEmpty();
            Officer ayu = core.officers().createFirstAdministrator("ayu", "Ayu Lestari", "rahasia-123".toCharArray());
            model.open(ayu);
            model.openQueue();
            assertThat(navigator.visits).containsExactly("queue");
            assertThat(navigator.queueOfficer).isEqualTo(ayu);
        }
    }
}
