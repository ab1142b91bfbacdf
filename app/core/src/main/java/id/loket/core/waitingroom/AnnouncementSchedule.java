package id.loket.core.waitingroom;

import id.loket.core.i18n.Message;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The waiting room's announcement: its text, the times of day it is made (08:00, 11:00, 14:00)
 * and for how long the display shows it each time.
 *
 * @param text     what the display shows, as the supervisor wrote it
 * @param times    the times of day, sorted, no duplicates
 * @param shownFor how long after each time the announcement stays on the display
 */
public record AnnouncementSchedule(String text, List<LocalTime> times, Duration shownFor) {

    /** Longest announcement text. */
    public static final int MAX_TEXT = 500;
    /** Longest time an announcement stays up, in minutes. */
    public static final int MAX_MINUTES = 120;

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("H[:][.]mm")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm");

    public AnnouncementSchedule {
        Objects.requireNonNull(text, "text");
        times = List.copyOf(new TreeSet<>(times));
        Objects.requireNonNull(shownFor, "shownFor");
    }

    /**
     * The schedule a supervisor typed, or every reason it cannot be stored.
     *
     * @param typedTimes e.g. "08:00, 11:00, 14:00" (commas, semicolons or spaces between times)
     */
    public static Parsed parse(String text, String typedTimes, int minutes) {
        List<Message> problems = new ArrayList<>();
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            problems.add(Message.of("announcement.textRequired"));
        } else if (clean.length() > MAX_TEXT) {
            problems.add(Message.of("announcement.textTooLong", MAX_TEXT));
        }
        List<LocalTime> times = new ArrayList<>();
        for (String token : (typedTimes == null ? "" : typedTimes).split("[,;\\s]+")) {
            if (token.isBlank()) {
                continue;
            }
            try {
                times.add(LocalTime.parse(token, HH_MM));
            } catch (DateTimeParseException e) {
                problems.add(Message.of("announcement.timeFormat", token));
            }
        }
        if (times.isEmpty() && problems.stream().noneMatch(m -> m.key().equals("announcement.timeFormat"))) {
            problems.add(Message.of("announcement.timesRequired"));
        }
        if (minutes < 1 || minutes > MAX_MINUTES) {
            problems.add(Message.of("announcement.minutes", MAX_MINUTES));
        }
        return problems.isEmpty()
                ? new Parsed(new AnnouncementSchedule(clean, times, Duration.ofMinutes(minutes)), List.of())
                : new Parsed(null, problems);
    }

    /**
     * The time whose announcement is on the display at {@code now}: the latest time at or before
     * {@code now} that is less than {@link #shownFor} ago; empty between announcements.
     */
    public Optional<LocalTime> dueAt(LocalTime now) {
        LocalTime due = null;
        for (LocalTime t : times) {
            if (!t.isAfter(now) && Duration.between(t, now).compareTo(shownFor) < 0) {
                due = t;
            }
        }
        return Optional.ofNullable(due);
    }

    /** The times as the supervisor sees them: "08:00, 11:00, 14:00". */
    public String timesText() {
        return times.stream().map(SHOWN::format).collect(Collectors.joining(", "));
    }

    /**
     * A typed schedule: the schedule, or the reasons it was refused.
     *
     * @param schedule null when refused
     * @param problems empty when accepted
     */
    public record Parsed(AnnouncementSchedule schedule, List<Message> problems) {
    }
}
