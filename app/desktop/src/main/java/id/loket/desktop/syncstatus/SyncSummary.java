package id.loket.desktop.syncstatus;

import id.loket.core.i18n.Message;
import id.loket.sync.agent.Connectivity;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.agent.SyncStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Turns an agent snapshot into the one line the status bar shows: whether the centre is
 * reachable, what is still to send (records, megabytes, an ETA at the measured link speed) and
 * when the last sync succeeded; or that the centre refuses this device (revoked, ADR 0019).
 */
public final class SyncSummary {

    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter EARLIER = DateTimeFormatter.ofPattern("dd-MM HH:mm");

    private SyncSummary() {
    }

    public static Message of(SyncStatus s, Instant now, ZoneId zone) {
        if (!s.enrolled()) {
            return Message.of("sync.bar.notEnrolled");
        }
        String last = lastSuccess(s.lastSuccess(), now, zone);
        double megabytes = s.bytesLeft() / 1_000_000.0;
        if (refused(s)) {
            return Message.of("sync.bar.deviceRefused", s.pendingRecords(), megabytes);
        }
        if (s.connectivity() != Connectivity.ONLINE) {
            String key = s.connectivity() == Connectivity.OFFLINE ? "sync.bar.offline" : "sync.bar.degraded";
            return Message.of(key, s.pendingRecords(), megabytes, last);
        }
        if (s.idle()) {
            return Message.of("sync.bar.upToDate", last);
        }
        Duration eta = s.eta();
        if (eta == null) {
            return Message.of("sync.bar.sending", s.pendingRecords(), megabytes);
        }
        return Message.of("sync.bar.sendingEta", s.pendingRecords(), megabytes, Math.max(1, (eta.toSeconds() + 59) / 60));
    }

    /**
     * True when the centre refuses this device: revoked by an administrator (ADR 0019) or unknown
     * to this centre. Retrying will not help; an administrator must act.
     */
    public static boolean refused(SyncStatus s) {
        return s.enrolled() && ErrorCode.UNKNOWN_DEVICE.code().equals(s.lastErrorCode());
    }

    /** "10:02" today, "22-11 16:40" before, "-" never. */
    static String lastSuccess(Instant at, Instant now, ZoneId zone) {
        if (at == null) {
            return "-";
        }
        LocalDate day = at.atZone(zone).toLocalDate();
        return (day.equals(now.atZone(zone).toLocalDate()) ? TODAY : EARLIER).format(at.atZone(zone));
    }
}
