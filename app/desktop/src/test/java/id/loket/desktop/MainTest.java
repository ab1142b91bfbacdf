package id.loket.desktop;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    @Test
    void logsGoUnderTheHomeGivenOnTheCommandLine() {
        assertThat(Main.logDirectory(new String[] {"--home", "/srv/loket", "audit", "verify"}))
                .isEqualTo(Path.of("/srv/loket/logs"));
        assertThat(Main.logDirectory(new String[] {"--home=/srv/l2", "audit", "verify"}))
                .isEqualTo(Path.of("/srv/l2/logs"));
        assertThat(Main.logDirectory(new String[] {"nik", "check", "1"}))
                .isEqualTo(DataDirectory.resolve().resolve("logs"));
    }
}
