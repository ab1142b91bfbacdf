package id.loket.desktop;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Where this officer's store, key file and logs live. Each OS user gets their own directory,
 * following the platform's convention, so a shared booth laptop never mixes two accounts' data;
 * {@code -Dloket.home} or {@code LOKET_HOME} override it (tests, portable installs).
 */
public final class DataDirectory {

    /** System property that overrides the data directory. */
    public static final String PROPERTY = "loket.home";
    /** Environment variable that overrides the data directory (after the property). */
    public static final String ENVIRONMENT = "LOKET_HOME";

    private DataDirectory() {
    }

    /** The data directory for the running JVM. */
    public static Path resolve() {
        return resolve(System::getProperty, System.getenv());
    }

    /**
     * The data directory from explicit inputs: a pure function so every platform rule is testable
     * on any platform.
     *
     * @param properties system property lookup ({@code loket.home}, {@code os.name}, {@code user.home})
     * @param environment environment variables
     */
    public static Path resolve(Function<String, String> properties, Map<String, String> environment) {
        String override = properties.apply(PROPERTY);
        if (isSet(override)) {
            return Path.of(override).toAbsolutePath();
        }
        if (isSet(environment.get(ENVIRONMENT))) {
            return Path.of(environment.get(ENVIRONMENT)).toAbsolutePath();
        }
        String os = String.valueOf(properties.apply("os.name")).toLowerCase(Locale.ROOT);
        Path home = Path.of(properties.apply("user.home"));
        if (os.startsWith("windows")) {
            String local = environment.get("LOCALAPPDATA");
            Path base = isSet(local) ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve("Loket");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Loket");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = isSet(xdg) ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("loket");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
