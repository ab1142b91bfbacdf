package id.loket.core.queue;

import id.loket.core.application.Lane;
import id.loket.core.store.Counters;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Queue ticket numbers {@code {L}{CC}-{NNN}}, e.g. {@code A03-007}: the lane letter, the two-digit
 * counter number of the issuing device, and the ticket's sequence in that lane for the day
 * (three digits, more once a lane passes 999).
 *
 * <p>Lane letters: {@code A} M-Paspor appointment, {@code W} walk-in, {@code P} priority
 * (Ramah HAM), {@code K} collective (kolektif, Eazy Paspor), {@code H} hajj/umrah session.
 *
 * <p>Why it is unique offline: each device issues numbers only under its own counter number (from
 * its {@link id.loket.core.device.DeviceProfile}; an office gives each counter a distinct number),
 * so two counters can never hand out the same number, even when neither can reach the other.
 * On one device the sequence comes from a named counter ({@code queue:<date>:<lane>}) incremented
 * inside the issuing transaction: the row lock serialises concurrent issues until commit, so the
 * sequence is strictly increasing and gap-free (a refused or rolled-back issue gives its number
 * back), and the database refuses a second ticket with the same lane and sequence, or the same
 * number, on the same day. Numbers start again at 1 every day.
 */
public final class TicketNumbers {

    /** Shape of a ticket number. */
    public static final Pattern FORMAT = Pattern.compile("[AWPKH]\\d{2}-\\d{3,}");

    private TicketNumbers() {
    }

    /** The letter that starts every ticket number of a lane. */
    public static char letter(Lane lane) {
        return switch (lane) {
            case APPOINTMENT -> 'A';
            case WALK_IN -> 'W';
            case PRIORITY -> 'P';
            case COLLECTIVE -> 'K';
            case HAJJ_UMRAH_SESSION -> 'H';
        };
    }

    /** Formats a number: {@code format(APPOINTMENT, 3, 7)} is {@code A03-007}. */
    public static String format(Lane lane, int counterNumber, long sequence) {
        if (counterNumber < 1 || counterNumber > 99) {
            throw new IllegalArgumentException("counter number must be 1-99: " + counterNumber);
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive: " + sequence);
        }
        return String.format(Locale.ROOT, "%c%02d-%03d", letter(lane), counterNumber, sequence);
    }

    /** Name of the counter row holding the lane's sequence for the day; also the lane's lock. */
    static String counterName(LocalDate date, Lane lane) {
        return "queue:" + date + ":" + lane.name();
    }

    /** Allocates the next sequence of the lane for the day in the transaction of {@code c}. */
    static long nextSequence(Connection c, LocalDate date, Lane lane) throws SQLException {
        return Counters.next(c, counterName(date, lane));
    }
}
