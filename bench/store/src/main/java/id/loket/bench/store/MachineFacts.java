package id.loket.bench.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the figures were measured on: JVM, OS, CPU, memory, the disk holding the store. */
final class MachineFacts {

    private MachineFacts() {
    }

    static Map<String, Object> collect(Path storeDir) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("java_version", System.getProperty("java.version"));
        m.put("java_vm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version")
                + " (" + System.getProperty("java.vm.vendor") + ")");
        m.put("jvm_args", ManagementFactory.getRuntimeMXBean().getInputArguments());
        m.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        m.put("gc", ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        m.put("cpus", Runtime.getRuntime().availableProcessors());
        m.put("cpu_model", cpuModel().orElse("unknown"));
        m.put("memory_total", memTotal().orElse("unknown"));
        try {
            FileStore fs = Files.getFileStore(storeDir);
            m.put("store_filesystem", fs.type() + " (" + fs.name() + ")");
            m.put("store_disk_free_gb", Math.round(fs.getUsableSpace() / 1e8) / 10.0);
        } catch (IOException e) {
            m.put("store_filesystem", "unknown: " + e.getMessage());
        }
        return m;
    }

    /** The 1, 5 and 15 minute load averages: the machine is shared, so say how busy it was. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Optional<String> cpuModel() {
        return procLine(Path.of("/proc/cpuinfo"), "model name");
    }

    private static Optional<String> memTotal() {
        return procLine(Path.of("/proc/meminfo"), "MemTotal");
    }

    private static Optional<String> procLine(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip().replaceAll("\\s+", " "));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
