package id.loket.core.booth;

import java.util.List;

/**
 * A booth event against its quota. A started capture (a draft) already holds a place, as a booklet
 * handed out does at a real booth; a cancelled one gives its place back.
 *
 * @param listed    people on the organiser's list
 * @param started   captures holding a place: drafts and finalised ones
 * @param finalised captures finalised (or further along)
 */
public record BoothProgress(int quota, int listed, int started, int finalised) {

    /** Places still free. */
    public int remaining() {
        return Math.max(0, quota - started);
    }

    /** True when no place is free: the next capture needs a supervisor to raise the quota. */
    public boolean full() {
        return started >= quota;
    }

    /** True when a tenth of the quota (at least one place) or less is left, to warn the team in time. */
    public boolean nearlyFull() {
        return !full() && remaining() <= Math.max(1, quota / 10);
    }

    /** Places taken as a fraction of the quota, 0 to 1, for a progress bar that is full when the quota is. */
    public double fraction() {
        return quota == 0 ? 0 : Math.min(1.0, (double) started / quota);
    }

    static BoothProgress of(int quota, List<ListedApplicant> list) {
        int started = (int) list.stream().filter(ListedApplicant::holdsPlace).count();
        int finalised = (int) list.stream().filter(ListedApplicant::captured).count();
        return new BoothProgress(quota, list.size(), started, finalised);
    }
}
