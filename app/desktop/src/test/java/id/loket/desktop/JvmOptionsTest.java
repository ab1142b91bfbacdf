package id.loket.desktop;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window's JVM options file (ADR 0024) is read by the java launcher as an {@code @file} on
 * every start (the Maven run profile, the installers' launchers): a typo in it, or an option this
 * JDK does not know, would stop the app from starting at all. So it is started here.
 */
class JvmOptionsTest {

    private static final String OPTIONS = "/id/loket/desktop/jvm.options";

    @Test
    void theLauncherAcceptsTheFileAndSelectsGenerationalZgc() throws Exception {
        Path file = Path.of(JvmOptionsTest.class.getResource(OPTIONS).toURI());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process jvm = new ProcessBuilder(java.toString(), "@" + file, "-XX:+PrintFlagsFinal", "-version")
                .redirectErrorStream(true).start();
        String output = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(jvm.exitValue()).as(output).isZero();
        assertThat(output).containsPattern("bool UseZGC\\s+= true");
    }

    @Test
    void keepsNativeAccessForJavaFx() throws IOException {
        String text;
        try (InputStream in = JvmOptionsTest.class.getResourceAsStream(OPTIONS)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> options = text.lines().map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty()).toList();
        assertThat(options).contains("--enable-native-access=ALL-UNNAMED", "-XX:+UseZGC");
    }
}
