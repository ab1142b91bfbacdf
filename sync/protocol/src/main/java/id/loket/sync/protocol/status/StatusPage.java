package id.loket.sync.protocol.status;

import java.util.List;

/**
 * {@code GET /v1/status?after={cursor}&limit={n}}: the signing device's decisions after a cursor.
 *
 * @param events             in cursor order, at most the limit asked
 * @param nextCursor         the cursor to ask after next time (the last event's, or the one asked)
 * @param highestUnbrokenSeq the highest device sequence n such that the centre holds every record
 *                           1..n of this device: after a crash the device resends nothing at or
 *                           below it
 * @param more               true when more events wait after {@code nextCursor}
 */
public record StatusPage(List<StatusEvent> events, long nextCursor, long highestUnbrokenSeq, boolean more) {

    public static final int MAX_LIMIT = 500;
}
