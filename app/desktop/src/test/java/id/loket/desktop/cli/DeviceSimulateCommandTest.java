package id.loket.desktop.cli;

import id.loket.desktop.support.TestCore;
import id.loket.devices.sbi.client.PortRange;
import id.loket.devices.sbi.client.SbiClient;
import id.loket.devices.sbi.client.SbiClientConfig;
import id.loket.devices.sbi.client.SbiDevice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code loket device simulate} runs a real SBI device service until it is stopped. */
class DeviceSimulateCommandTest {

    @TempDir
    Path home;

    @Test
    void servesSbiUntilStoppedThenFreesThePort() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true),
                new PasswordReader(null, new BufferedReader(new StringReader("")), new PrintWriter(err)),
                TestCore.CLOCK, (dir, clock) -> TestCore.open(dir), home);
        String[] args = {"--lang", "en", "device", "simulate", "--port", "0"};
        AtomicInteger exit = new AtomicInteger(-1);
        Thread running = Thread.ofVirtual().start(() -> exit.set(LoketCli.commandLine(context, args).execute(args)));

        Matcher listening = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/ in mode normal").matcher("");
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!listening.reset(out.toString()).find() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(out.toString()).contains("Simulated fingerprint scanner LKTSIM000001");
        int port = Integer.parseInt(listening.group(1));
        try (SbiClient client = new SbiClient(SbiClientConfig.defaults(), Clock.systemUTC())) {
            List<SbiDevice> found = client.discover(PortRange.single(port), Duration.ofSeconds(2));
            assertThat(found).singleElement().satisfies(d -> assertThat(d.deviceId()).isEqualTo("1"));

            running.interrupt();
            running.join(10_000);
            assertThat(exit.get()).isEqualTo(ExitCodes.OK);
            assertThat(client.discover(PortRange.single(port), Duration.ofMillis(500))).isEmpty();
        }
    }

    @Test
    void anUnknownModeIsAUsageError() {
        CliRun run = CliRun.run(TestCore.CLOCK, (dir, clock) -> TestCore.open(dir), home, "",
                "device", "simulate", "--mode", "sleepy");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Mode tidak dikenal: sleepy");
    }

    @Test
    void helpListsTheDeviceAndDemoCommands() {
        CliRun run = CliRun.run(TestCore.CLOCK, (dir, clock) -> TestCore.open(dir), home, "", "--lang", "en", "--help");
        assertThat(run.out()).contains("device", "demo");
        CliRun device = CliRun.run(TestCore.CLOCK, (dir, clock) -> TestCore.open(dir), home, "",
                "--lang", "en", "device", "simulate", "--help");
        assertThat(device.out()).contains("--port", "until Ctrl-C", "--low-quality-captures");
    }
}
