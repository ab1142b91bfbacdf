package id.loket.core.queue;

import id.loket.core.application.Lane;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many tickets each lane may issue per day at this office. Lanes have separate quotas (the
 * M-Paspor quota, the Ramah HAM priority quota, ...); a supervisor sets them per office through
 * {@link QueueSettings}. A quota of 0 closes the lane for the day.
 *
 * @param daily quota per lane; a lane missing from the map gets its default (so a lane added to
 *              {@link Lane} later still has a quota on devices whose settings predate it)
 */
public record LaneQuotas(Map<Lane, Integer> daily) {

    /** Highest quota accepted for one lane in one day. */
    public static final int MAX = 9_999;

    public LaneQuotas {
        EnumMap<Lane, Integer> copy = new EnumMap<>(Lane.class);
        for (Lane lane : Lane.values()) {
            Integer value = daily == null ? null : daily.get(lane);
            int quota = value == null ? defaultFor(lane) : value;
            if (quota < 0 || quota > MAX) {
                throw new IllegalArgumentException("quota for " + lane + " must be 0-" + MAX + ": " + quota);
            }
            copy.put(lane, quota);
        }
        daily = Collections.unmodifiableMap(copy);
    }

    /**
     * Defaults for an office serving about 150-200 applicants a day: 120 M-Paspor appointments,
     * 40 walk-ins, 40 priority, 80 collective, 80 hajj/umrah.
     */
    public static LaneQuotas defaults() {
        return new LaneQuotas(Map.of());
    }

    /** The daily quota of a lane. */
    public int of(Lane lane) {
        return daily.get(lane);
    }

    /** A copy with one lane's quota changed. */
    public LaneQuotas with(Lane lane, int quota) {
        EnumMap<Lane, Integer> copy = new EnumMap<>(daily);
        copy.put(lane, quota);
        return new LaneQuotas(copy);
    }

    private static int defaultFor(Lane lane) {
        return switch (lane) {
            case APPOINTMENT -> 120;
            case WALK_IN, PRIORITY -> 40;
            case COLLECTIVE, HAJJ_UMRAH_SESSION -> 80;
        };
    }
}
