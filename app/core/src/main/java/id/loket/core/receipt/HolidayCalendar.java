package id.loket.core.receipt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The days on which the office is closed besides weekends: national holidays (libur nasional)
 * and collective leave (cuti bersama). A value built from a list of dates rather than rules,
 * because the Indonesian list is decreed each year (SKB Tiga Menteri) and the Islamic dates
 * move after the sidang isbat: offices load the list they were sent.
 *
 * <p>{@link #indonesia()} is the list bundled with Loket ({@code holidays-id.txt}); it is a
 * best-effort compilation that the office must confirm.
 */
public record HolidayCalendar(Set<LocalDate> days) {

    /** Classpath resource with the bundled Indonesian list. */
    public static final String BUNDLED = "/id/loket/core/receipt/holidays-id.txt";

    public HolidayCalendar {
        days = Set.copyOf(Objects.requireNonNull(days, "days"));
    }

    /** A calendar with exactly these closed days. */
    public static HolidayCalendar of(Collection<LocalDate> days) {
        return new HolidayCalendar(Set.copyOf(days));
    }

    /** No holidays at all: only weekends are closed. */
    public static HolidayCalendar none() {
        return new HolidayCalendar(Set.of());
    }

    /** The bundled Indonesian national holidays and cuti bersama (2026, 2027; to be confirmed by the office). */
    public static HolidayCalendar indonesia() {
        try (InputStream in = HolidayCalendar.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUNDLED);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An office's own list in the same format as the bundled one. */
    public static HolidayCalendar load(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses lines of the form {@code yyyy-MM-dd [anything]}; blank lines and lines starting
     * with {@code #} are ignored.
     *
     * @throws IllegalArgumentException naming the line number of the first malformed line
     */
    public static HolidayCalendar parse(List<String> lines) {
        Set<LocalDate> days = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String first = line.split("\\s+", 2)[0];
            try {
                days.add(LocalDate.parse(first));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("holiday list line " + (i + 1) + ": not a date: " + first, e);
            }
        }
        return new HolidayCalendar(days);
    }

    /** True when the office is closed for a holiday on this day (weekends are not counted here). */
    public boolean isHoliday(LocalDate day) {
        return days.contains(day);
    }

    /** True when the list has at least one day in this year; an empty year means the list is out of date. */
    public boolean covers(int year) {
        return days.stream().anyMatch(d -> d.getYear() == year);
    }

    /** This calendar with extra closed days, e.g. a local holiday or a decree published later. */
    public HolidayCalendar plus(Collection<LocalDate> extra) {
        Set<LocalDate> all = new HashSet<>(days);
        all.addAll(extra);
        return new HolidayCalendar(all);
    }
}
