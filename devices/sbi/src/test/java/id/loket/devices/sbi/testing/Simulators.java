package id.loket.devices.sbi.testing;

import id.loket.devices.sbi.simulator.SbiSimulator;
import id.loket.devices.sbi.simulator.SimulatorSettings;
import java.io.IOException;
import java.net.BindException;
import java.time.Duration;

/** Starts simulators for tests: on an ephemeral port, or on the first free port of 4501-4600. */
public final class Simulators {
    private Simulators() {
    }

    /** Fast captures, short stall, seed 7. */
    public static SimulatorSettings quickSettings() {
        return new SimulatorSettings(7).captureDelay(Duration.ofMillis(20)).stall(Duration.ofSeconds(20));
    }

    public static SbiSimulator onEphemeralPort() throws IOException {
        return SbiSimulator.start(0, quickSettings());
    }

    public static SbiSimulator inSbiRange() throws IOException {
        for (int port = SbiSimulator.LAST_SBI_PORT; port >= SbiSimulator.FIRST_SBI_PORT; port--) {
            try {
                return SbiSimulator.start(port, quickSettings());
            } catch (BindException taken) {
                // try the next one
            }
        }
        throw new IOException("no free port in 4501-4600");
    }
}
