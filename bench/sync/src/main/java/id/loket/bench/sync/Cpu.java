package id.loket.bench.sync;

import java.lang.management.ManagementFactory;

/** CPU time of this JVM: on loopback the device and the centre both run in it, so it covers both ends. */
final class Cpu {

    private Cpu() {
    }

    /** Nanoseconds of CPU used by every thread of this JVM so far. */
    static long processNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
