package id.loket.core.outage;

import java.time.Instant;

/**
 * What this device knows about its link to the centre, as the sync agent last reported it.
 *
 * @param enrolled    false while the device is not enrolled with a centre (then there is no outage)
 * @param answering   true when the centre answered the last probe or request (or nothing says otherwise yet)
 * @param lastContact when the centre last accepted work from this device (persisted by the sync ledger,
 *                    so it survives a restart), or null when it never did
 */
public record CentreContact(boolean enrolled, boolean answering, Instant lastContact) {

    /** Nothing known yet: no outage is assumed. */
    public static final CentreContact UNKNOWN = new CentreContact(false, true, null);
}
