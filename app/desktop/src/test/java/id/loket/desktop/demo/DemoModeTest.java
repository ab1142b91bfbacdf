package id.loket.desktop.demo;

import id.loket.desktop.capture.fingerprint.ScannerDevice;
import id.loket.devices.sbi.client.PortRange;
import id.loket.devices.sbi.client.SbiClient;
import id.loket.devices.sbi.client.SbiClientConfig;
import id.loket.devices.sbi.simulator.SimulatorSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DemoModeTest {

    @Test
    void theFlagOrThePropertyTurnsDemoModeOnAndItsDataLivesApart() {
        assertThat(DemoMode.onlyFlag(new String[] {"--demo"})).isTrue();
        assertThat(DemoMode.onlyFlag(new String[] {})).isFalse();
        assertThat(DemoMode.onlyFlag(new String[] {"--demo", "audit"})).isFalse();
        assertThat(DemoMode.enabled(Map.of("loket.demo", "true")::get)).isTrue();
        assertThat(DemoMode.enabled(Map.<String, String>of()::get)).isFalse();
        assertThat(DemoMode.dataDir(Path.of("/srv/loket"))).isEqualTo(Path.of("/srv/loket/demo"));
    }

    @Test
    void theSimulatedScannerTakesTheNextFreePortAndIsFoundThere() throws Exception {
        PortRange top = new PortRange(4590, 4600);
        try (SbiClient client = new SbiClient(SbiClientConfig.defaults(), Clock.systemUTC());
             SimulatedScanner first = SimulatedScanner.start(top, new SimulatorSettings(1), client, Clock.systemUTC());
             SimulatedScanner second = SimulatedScanner.start(top, new SimulatorSettings(2), client,
                     Clock.systemUTC())) {
            assertThat(first.port()).isBetween(4590, 4600);
            assertThat(second.port()).isBetween(first.port() + 1, 4600);
            assertThat(second.scanner().discover()).singleElement().satisfies(d -> {
                assertThat(d.port()).isEqualTo(second.port());
                assertThat(d.serialNo()).isEqualTo(second.serialNo());
            });
            ScannerDevice found = first.scanner().discover().getFirst();
            assertThat(found.port()).isEqualTo(first.port());
        }
    }
}
