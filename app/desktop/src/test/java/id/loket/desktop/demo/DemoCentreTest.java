package id.loket.desktop.demo;

import id.loket.core.CoreServices;
import id.loket.core.application.Application;
import id.loket.desktop.support.TestCore;
import id.loket.desktop.sync.SyncFixtures;
import id.loket.desktop.sync.SyncWiring;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo mode's local centre: the real central server in-process, the device provisioned and syncing with it. */
class DemoCentreTest {

    @TempDir
    Path base;
    private final OkHttpClient http = SyncWiring.httpClient();

    @AfterEach
    void close() {
        SyncWiring.shutdown(http);
    }

    @Test
    void theLocalCentreReceivesAnApplicationFinalisedInDemoModeAlsoAfterARestartOnAnotherPort() throws Exception {
        Path demo = DemoMode.dataDir(base);
        Application first;
        int firstPort;
        try (CoreServices core = TestCore.open(demo);
             DemoCentre centre = DemoCentre.open(demo, core, http, TestCore.CLOCK).orElseThrow()) {
            assertThat(core.deviceProfiles().current()).hasValueSatisfying(p -> {
                assertThat(p.officeCode()).isEqualTo(DemoCentre.OFFICE);
                assertThat(p.counterNumber()).isEqualTo(DemoCentre.COUNTER);
            });
            assertThat(core.sync().identities().current().orElseThrow().centreUrl()).isEqualTo(centre.url().toString());
            assertThat(core.officers().hasOfficers()).isFalse();

            first = SyncFixtures.finalised(core);
            drain(core);
            assertThat(centre.server().records().find(first.id())).isPresent();
            firstPort = centre.url().port();
        }

        // the next start finds its port taken: the device follows its centre to the new one
        try (ServerSocket taken = new ServerSocket(firstPort, 1, InetAddress.getLoopbackAddress());
             CoreServices core = TestCore.open(demo);
             DemoCentre centre = DemoCentre.open(demo, core, http, TestCore.CLOCK).orElseThrow()) {
            assertThat(centre.url().port()).isNotEqualTo(taken.getLocalPort());
            assertThat(core.sync().identities().current().orElseThrow().centreUrl()).isEqualTo(centre.url().toString());
            assertThat(core.provisioning().settings().current().orElseThrow().centreUrl())
                    .isEqualTo(centre.url().toString());
            Application second = SyncFixtures.finalised(core);
            drain(core);
            assertThat(centre.server().records().find(first.id())).isPresent();
            assertThat(centre.server().records().find(second.id())).isPresent();
        }
    }

    private void drain(CoreServices core) throws IOException {
        try (var agent = SyncWiring.agent(core, http, TestCore.CLOCK)) {
            var report = agent.drainOnce();
            assertThat(report).isNotNull();
        }
    }
}
