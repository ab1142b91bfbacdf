package id.loket.sync.protocol;

import java.time.Instant;

/**
 * What {@code GET /v1/health} answers. Devices probe it instead of trusting the OS's network
 * flags: a captive portal or a half-open VPN says "connected" while the centre is unreachable.
 *
 * @param status          {@code "UP"} when the centre accepts work
 * @param protocolVersion the sync protocol version the centre speaks
 * @param serverTime      the centre's clock, for display only (never used to order records)
 */
public record HealthReply(String status, int protocolVersion, Instant serverTime) {

    public static final String UP = "UP";

    public boolean up() {
        return UP.equals(status);
    }
}
