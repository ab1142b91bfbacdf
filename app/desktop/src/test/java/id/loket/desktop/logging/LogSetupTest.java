package id.loket.desktop.logging;

import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The desktop's logging, set up in code: what reaches the file, and what does not. */
class LogSetupTest {

    @TempDir
    Path dir;

    @Test
    void infoAndAboveGoToLoketLogInTheLogDirectoryDebugDoesNot() throws IOException {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        LogSetup.setUp(context, dir.toString());
        Logger log = context.getLogger("id.loket.test");

        log.debug("not this");
        log.info("store open in {}", "/data");
        log.warn("centre unreachable");
        context.stop();

        String written = Files.readString(dir.resolve("loket.log"));
        assertThat(written).contains("INFO  [", "id.loket.test - store open in /data", "WARN ", "centre unreachable")
                .doesNotContain("not this");
    }

    @Test
    void theServiceFileNamesThisConfigurator() throws IOException {
        try (var in = LogSetup.class.getClassLoader()
                .getResourceAsStream("META-INF/services/ch.qos.logback.classic.spi.Configurator")) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes()).strip()).isEqualTo(LogSetup.class.getName());
        }
    }
}
