package id.loket.core.store;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * UUIDv7 identifiers (RFC 9562 section 5.7): a 48-bit Unix millisecond timestamp, version 7,
 * variant {@code 10}, the rest random. Created at capture on the device, so records have a
 * globally unique id offline, and ids sort by creation time (which keeps the primary-key index
 * compact). Within one millisecond the 12-bit {@code rand_a} field counts up (RFC 9562 method 1),
 * so ids from one generator are strictly increasing.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ReentrantLock LOCK = new ReentrantLock();
    private static long lastMillis = -1;
    private static int lastCounter;

    private Ids() {
    }

    /** A new UUIDv7 for now. */
    public static UUID uuidV7() {
        long millis = System.currentTimeMillis();
        int counter;
        LOCK.lock();
        try {
            if (millis <= lastMillis) {
                millis = lastMillis;
                counter = lastCounter + 1;
                if (counter > 0xFFF) {
                    millis = lastMillis + 1;
                    counter = RANDOM.nextInt(0x800);
                }
            } else {
                counter = RANDOM.nextInt(0x800);
            }
            lastMillis = millis;
            lastCounter = counter;
        } finally {
            LOCK.unlock();
        }
        return uuidV7(millis, counter, RANDOM.nextLong());
    }

    /** Builds a UUIDv7 from its parts (the layout, testable without a clock). */
    static UUID uuidV7(long unixMillis, int randA, long randB) {
        long msb = ((unixMillis & 0xFFFF_FFFF_FFFFL) << 16) | (0x7L << 12) | (randA & 0xFFFL);
        long lsb = (randB & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /** The millisecond timestamp of a UUIDv7. */
    public static long timestampMillis(UUID uuid) {
        if (uuid.version() != 7) {
            throw new IllegalArgumentException("not a UUIDv7: " + uuid);
        }
        return uuid.getMostSignificantBits() >>> 16;
    }
}
