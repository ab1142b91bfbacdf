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

    /**
     * Milliseconds the JIT's compiler threads have spent compiling in this JVM so far (their
     * elapsed time, summed over the threads).
     */
    static long jitMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }
}
