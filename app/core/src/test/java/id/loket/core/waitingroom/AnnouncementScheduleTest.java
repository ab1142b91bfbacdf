package id.loket.core.waitingroom;

import id.loket.core.i18n.Message;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

class AnnouncementScheduleTest {

    private static final AnnouncementSchedule THREE_A_DAY = AnnouncementSchedule.parse(
            "Sistem pusat sedang gangguan.", "14:00, 08:00; 11.00", 10).schedule();

    @Test
    void timesAreParsedSortedAndShownBack() {
        assertThat(THREE_A_DAY.times()).containsExactly(LocalTime.of(8, 0), LocalTime.of(11, 0), LocalTime.of(14, 0));
        assertThat(THREE_A_DAY.timesText()).isEqualTo("08:00, 11:00, 14:00");
        assertThat(THREE_A_DAY.shownFor()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void theAnnouncementIsDueFromItsTimeForTheMinutesItIsShown() {
        assertThat(THREE_A_DAY.dueAt(LocalTime.of(7, 59))).isEmpty();
        assertThat(THREE_A_DAY.dueAt(LocalTime.of(8, 0))).contains(LocalTime.of(8, 0));
        assertThat(THREE_A_DAY.dueAt(LocalTime.of(8, 9, 59))).contains(LocalTime.of(8, 0));
        assertThat(THREE_A_DAY.dueAt(LocalTime.of(8, 10))).isEmpty();
        assertThat(THREE_A_DAY.dueAt(LocalTime.of(11, 5))).contains(LocalTime.of(11, 0));
        assertThat(THREE_A_DAY.dueAt(LocalTime.of(13, 0))).isEmpty();
        assertThat(THREE_A_DAY.dueAt(LocalTime.of(14, 3))).contains(LocalTime.of(14, 0));
    }

    @Test
    void overlappingTimesShowTheLatestOne() {
        AnnouncementSchedule close = AnnouncementSchedule.parse("x", "08:00 08:05", 30).schedule();
        assertThat(close.dueAt(LocalTime.of(8, 20))).contains(LocalTime.of(8, 5));
    }

    @Test
    void whatWasTypedWrongIsRefusedWithEveryReason() {
        AnnouncementSchedule.Parsed bad = AnnouncementSchedule.parse("  ", "08:00, jam sembilan, 25:00", 0);
        assertThat(bad.schedule()).isNull();
        assertThat(bad.problems()).extracting(Message::key).containsExactly("announcement.textRequired",
                "announcement.timeFormat", "announcement.timeFormat", "announcement.timeFormat",
                "announcement.minutes");
        assertThat(AnnouncementSchedule.parse("x", " ", 10).problems()).extracting(Message::key)
                .containsExactly("announcement.timesRequired");
        assertThat(AnnouncementSchedule.parse("x".repeat(501), "08:00", 10).problems()).extracting(Message::key)
                .containsExactly("announcement.textTooLong");
    }
}
