package id.loket.desktop.bundle;

import id.loket.core.CoreServices;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;
import id.loket.core.store.Ids;
import id.loket.desktop.concurrent.SameThreadTaskRunner;
import id.loket.desktop.support.TestCore;
import id.loket.desktop.support.TestWindow;
import id.loket.sync.protocol.bundle.BundleKeys;
import id.loket.sync.protocol.security.DeviceKeys;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static id.loket.desktop.support.TestWindow.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The USB corner on the real store: the prompt appears for a 30-hour-old record, "Ekspor sekarang" writes the bundle. */
@ExtendWith(ApplicationExtension.class)
class BundleCornerTest {

    @TempDir
    Path home;
    private CoreServices core;

    @Start
    void start(Stage stage) {
        Path store = home.resolve("store");
        try (CoreServices earlier = CoreServices.open(store, Clock.offset(TestCore.CLOCK, Duration.ofHours(-30)),
                TestCore.fastHasher())) {
            earlier.deviceProfiles().save("DPS", 7);
            earlier.sync().identities().prepare();
            earlier.sync().identities().enrolled("http://centre.example/", Instant.EPOCH);
            earlier.sync().identities().centreKeys(BundleKeys.encodePublic(BundleKeys.generate().getPublic()),
                    DeviceKeys.encodePublic(DeviceKeys.generate().getPublic()));
            earlier.outbox().enqueue(Ids.uuidV7(), "application", Map.of("nama", "Ayu"), List.of());
        }
        core = TestCore.open(store);
        Officer ayu = new Officer(Ids.uuidV7(), "ayu", "Ayu Lestari", Role.OFFICER, true);
        BundleViewModel model = new BundleViewModel(core.bundles(), new SameThreadTaskRunner(), () -> Optional.of(ayu));
        BundleCorner corner = new BundleCorner(model, TestCore.indonesian(),
                new BundlePickers(w -> Optional.empty(), w -> Optional.empty()), new SimpleBooleanProperty(true));
        TestWindow.show(stage, new StackPane(corner.node()), 900, 120);
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void thePromptLeadsToAnExportAndDisappearsOnceTheRecordIsOnTheStick(FxRobot robot) throws Exception {
        assertThat(text(robot, "#bundle-prompt")).isEqualTo(
                "Rekaman tertua yang belum terkirim sudah berumur 30 jam. Bawa ke pusat dengan USB.");
        robot.clickOn("#bundle-prompt-action");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#bundle-waiting")).isEqualTo("1 rekaman menunggu pusat; 1 di antaranya belum ada di bundel mana pun.");

        Path stick = Files.createDirectories(home.resolve("stick"));
        robot.clickOn("#bundle-folder").write(stick.toString());
        robot.clickOn("#bundle-export");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#bundle-result")).startsWith("Bundel ditulis: 1 rekaman, 0 gambar");
        try (Stream<Path> files = Files.list(stick)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).singleElement()
                    .satisfies(name -> assertThat(name).startsWith("loket-DPS-7-").endsWith(".lkb"));
        }
        Node prompt = robot.lookup("#bundle-prompt").query();
        assertThat(prompt.isVisible()).isFalse();

        robot.clickOn("#bundle-export");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#bundle-error")).startsWith("Tidak ada data baru untuk diekspor");
    }
}
