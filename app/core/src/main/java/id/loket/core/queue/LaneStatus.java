package id.loket.core.queue;

import id.loket.core.application.Lane;

/**
 * One lane of today's queue at a glance, for the queue screen and the waiting-room display.
 *
 * @param issued  tickets issued today that count against the quota (all but cancelled ones)
 * @param quota   today's quota for the lane
 * @param waiting tickets still waiting
 * @param open    false when the weekend rule closes the lane today
 */
public record LaneStatus(Lane lane, int issued, int quota, int waiting, boolean open) {

    /** Tickets that can still be issued today (0 when the lane is closed). */
    public int remaining() {
        return open ? Math.max(0, quota - issued) : 0;
    }
}
