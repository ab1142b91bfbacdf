package id.loket.desktop.demo;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Demo mode: the counter window with a simulated fingerprint scanner and a local central server
 * ({@link DemoCentre}) started inside the app, so Loket can be shown without hardware or a centre. Switched on by {@code --demo}, {@code -Dloket.demo=true}
 * or {@code loket demo}. Its records live in a {@code demo} directory under the data directory,
 * so practice applications never mix with a counter's real ones.
 */
public final class DemoMode {

    /** System property that turns demo mode on. */
    public static final String PROPERTY = "loket.demo";
    /** Command-line flag that opens the window in demo mode. */
    public static final String FLAG = "--demo";

    private DemoMode() {
    }

    /** True when the property says so. */
    public static boolean enabled(Function<String, String> properties) {
        return Boolean.parseBoolean(properties.apply(PROPERTY));
    }

    /** True when the arguments are only the demo flag (then the window opens instead of the CLI). */
    public static boolean onlyFlag(String[] args) {
        return args.length > 0 && Arrays.stream(args).allMatch(FLAG::equals);
    }

    /** Where demo records are kept, apart from the real store. */
    public static Path dataDir(Path base) {
        return base.resolve("demo");
    }
}
