package id.loket.devices.sbi.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SbiSimulatorMainTest {

    @Test
    void optionsConfigureTheSimulatorAndItSaysWhereItListens(@TempDir Path dir) throws Exception {
        SbiSimulatorMain main = new SbiSimulatorMain();
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(main).setOut(new PrintWriter(out));
        Path cert = dir.resolve("provider.pem");
        cli.parseArgs("--port", "0", "--mode", "low-quality", "--low-quality-captures", "2", "--seed", "42",
                "--write-provider-cert", cert.toString());

        try (SbiSimulator simulator = main.launch(cli.getOut())) {
            assertThat(simulator.settings().mode()).isEqualTo(SimulatorMode.LOW_QUALITY);
            assertThat(simulator.settings().lowQualityRemaining()).isEqualTo(2);
            assertThat(simulator.settings().seed()).isEqualTo(42);
            assertThat(out.toString()).contains("listening on http://127.0.0.1:" + simulator.port() + "/")
                    .contains("low-quality");
            X509Certificate written = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(cert)));
            assertThat(written).isEqualTo(simulator.providerCertificate());
        }
    }

    @Test
    void unknownModeIsAUsageError() {
        int exit = new CommandLine(new SbiSimulatorMain()).setErr(new PrintWriter(new StringWriter()))
                .execute("--port", "0", "--mode", "sleepy");

        assertThat(exit).isEqualTo(2);
    }
}
