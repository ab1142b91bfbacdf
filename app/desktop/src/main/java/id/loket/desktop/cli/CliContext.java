package id.loket.desktop.cli;

import id.loket.core.CoreServices;
import id.loket.desktop.i18n.I18n;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What the commands need from the outside world, passed in so tests can run the real commands
 * with captured output, piped passwords, a fixed clock and a fast password hasher.
 *
 * @param out       normal output
 * @param err       errors and warnings
 * @param passwords where passwords come from
 * @param clock     "today" for the NIK check and the audit entries
 * @param store     opens the core services on a data directory
 * @param defaultHome the data directory when {@code --home} is not given
 */
public record CliContext(PrintWriter out, PrintWriter err, PasswordReader passwords, Clock clock,
                         StoreOpener store, Path defaultHome) {

    /** Opens the core services on a data directory. */
    @FunctionalInterface
    public interface StoreOpener {
        CoreServices open(Path dataDir, Clock clock);
    }

    /** A text facade in the given language, for one command's output. */
    public I18n texts(String language) {
        return new I18n(java.util.Locale.of(language), clock.getZone());
    }
}
