package id.loket.sync.central.cli;

import id.loket.sync.central.device.EnrollmentTokens;
import id.loket.sync.central.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;

/** {@code loket-central token --office DPS [--counter 3]}: prints a one-time enrollment token. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Issue a one-time enrollment token for a device of an office (printed once, stored hashed).")
public final class TokenCommand extends DatabaseCommand {

    @Option(names = "--office", required = true, description = "Office code, e.g. DPS.")
    String office;

    @Option(names = "--counter", description = "Only for this counter number.")
    Integer counter;

    @Option(names = "--valid-hours", defaultValue = "168", description = "Hours until it expires (default: ${DEFAULT-VALUE}).")
    int validHours;

    @Override
    void run(Database db, PrintWriter out) {
        EnrollmentTokens.Issued issued = new EnrollmentTokens(db, Clock.systemUTC())
                .issue(office, counter, Duration.ofHours(validHours));
        err().printf("Enrollment token for %s%s, single use, valid until %s:%n", office,
                counter == null ? "" : " counter " + counter, issued.expiresAt());
        out.println(issued.token());
    }
}
