package id.loket.desktop;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DataDirectoryTest {

    private final Map<String, String> props = new HashMap<>(Map.of("user.home", "/home/ana", "os.name", "Linux"));
    private final Map<String, String> env = new HashMap<>();

    private Path resolve() {
        return DataDirectory.resolve(props::get, env);
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(resolve()).isEqualTo(Path.of("/home/ana/.local/share/loket"));
        env.put("XDG_DATA_HOME", "/data/xdg");
        assertThat(resolve()).isEqualTo(Path.of("/data/xdg/loket"));
    }

    @Test
    void windowsUsesLocalAppData() {
        props.put("os.name", "Windows 11");
        env.put("LOCALAPPDATA", "/c/Users/ana/AppData/Local");
        assertThat(resolve()).isEqualTo(Path.of("/c/Users/ana/AppData/Local/Loket"));
        env.remove("LOCALAPPDATA");
        assertThat(resolve()).isEqualTo(Path.of("/home/ana/AppData/Local/Loket"));
    }

    @Test
    void macUsesApplicationSupport() {
        props.put("os.name", "Mac OS X");
        assertThat(resolve()).isEqualTo(Path.of("/home/ana/Library/Application Support/Loket"));
    }

    @Test
    void propertyBeatsEnvironmentBeatsPlatform() {
        env.put("LOKET_HOME", "/srv/loket-env");
        assertThat(resolve()).isEqualTo(Path.of("/srv/loket-env"));
        props.put("loket.home", "/srv/loket-prop");
        assertThat(resolve()).isEqualTo(Path.of("/srv/loket-prop"));
    }
}
