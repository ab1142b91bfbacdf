package id.loket.desktop.waitingroom;

import id.loket.core.application.Lane;
import id.loket.core.queue.QueueCalls;
import id.loket.core.queue.QueueService;
import id.loket.desktop.support.Counter;
import id.loket.desktop.support.OutageWindows;
import id.loket.desktop.support.Screenshots;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static id.loket.desktop.support.TestWindow.click;
import static id.loket.desktop.support.TestWindow.text;
import static id.loket.desktop.support.TestWindow.type;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The waiting-room display opened from the main window, on the real store: today's calls per
 * lane, the announcement an administrator scheduled, the outage notice while a real centre is down,
 * and a ticket called at the counter appearing by itself.
 */
@ExtendWith(ApplicationExtension.class)
class WaitingRoomWindowTest {

    private static final String ANNOUNCEMENT = "Layanan percepatan ditutup sementara selama gangguan sistem pusat. "
            + "Pemohon yang sudah direkam akan dihubungi saat paspor siap.";

    @TempDir
    Path home;
    private OutageWindows counter;

    @Start
    void start(Stage stage) throws Exception {
        counter = new OutageWindows(stage, home);
    }

    @AfterEach
    void close() {
        counter.close();
    }

    @Test
    void showsTheCallsTheScheduledAnnouncementAndTheOutageAndFollowsTheQueue(FxRobot robot) throws Exception {
        Counter.logIn(robot);
        click(robot, "#home-queue");
        click(robot, "#tab-announcements");
        robot.lookup("#announcements-text").queryTextInputControl().clear();
        type(robot, "#announcements-text", ANNOUNCEMENT);
        robot.lookup("#announcements-times").queryTextInputControl().clear();
        type(robot, "#announcements-times", "08:00, 10.15, 14:00");
        click(robot, "#announcements-save");
        assertThat(text(robot, "#announcements-notice"))
                .isEqualTo("Pengumuman disimpan; tayang pukul 08:00, 10:15, 14:00.");
        assertThat(counter.core.audit().entries().getLast().action()).isEqualTo("announcement.schedule-changed");

        QueueService tickets = counter.core.queue().tickets();
        QueueCalls calls = counter.core.queue().calls();
        for (int i = 0; i < 3; i++) {
            tickets.issue(Lane.WALK_IN, counter.admin);
        }
        tickets.issue(Lane.COLLECTIVE, counter.admin);
        calls.markNoShow(calls.callNext(Lane.WALK_IN, counter.admin).orElseThrow().id(), counter.admin);
        calls.callNext(Lane.WALK_IN, counter.admin);
        calls.callNext(Lane.COLLECTIVE, counter.admin);
        counter.centreDownFor(20);

        click(robot, "#open-waiting-room");
        Stage display = counter.window.waitingRoom().stage();
        assertThat(display.isShowing()).isTrue();
        assertThat(text(robot, "#wr-current-walk-in")).isEqualTo("W07-002");
        assertThat(text(robot, "#wr-counter-walk-in")).isEqualTo("Silakan ke loket 7");
        assertThat(text(robot, "#wr-previous-walk-in")).isEqualTo("Sebelumnya: W07-001");
        assertThat(text(robot, "#wr-waiting-walk-in")).isEqualTo("Menunggu: 1");
        assertThat(text(robot, "#wr-current-collective")).isEqualTo("K07-001");
        assertThat(text(robot, "#wr-clock")).isEqualTo("10:20");
        assertThat(text(robot, "#wr-announcement-time")).isEqualTo("Pengumuman pukul 10:15");
        assertThat(text(robot, "#wr-announcement")).isEqualTo(ANNOUNCEMENT);
        assertThat(text(robot, "#wr-outage")).startsWith("Sistem pusat sedang mengalami gangguan sejak pukul 10:00.");
        Screenshots.save(display.getScene(), "waiting-room-display");

        calls.callNext(Lane.WALK_IN, counter.admin);
        WaitForAsyncUtils.waitFor(8, TimeUnit.SECONDS, () -> text(robot, "#wr-current-walk-in").equals("W07-003"));
        assertThat(text(robot, "#wr-previous-walk-in")).isEqualTo("Sebelumnya: W07-002  ·  W07-001");

        counter.clock.advance(Duration.ofMinutes(15));
        WaitForAsyncUtils.waitFor(8, TimeUnit.SECONDS,
                () -> !robot.lookup("#wr-announcement").query().getParent().isVisible());
        assertThat(text(robot, "#wr-clock")).isEqualTo("10:35");

        robot.interact(() -> counter.window.waitingRoom().close());
        assertThat(display.isShowing()).isFalse();
    }
}
