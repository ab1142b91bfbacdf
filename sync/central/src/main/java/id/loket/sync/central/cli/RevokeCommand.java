package id.loket.sync.central.cli;

import id.loket.sync.central.bundle.CentreKeyStore;
import id.loket.sync.central.device.DeviceRegistry;
import id.loket.sync.central.device.EnrollmentTokens;
import id.loket.sync.central.http.ApiException;
import id.loket.sync.central.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.Clock;

/**
 * {@code loket-central revoke DEVICE_ID --reason "..."}: revokes a lost or stolen device (ADR 0019).
 * Running servers refuse it within {@link DeviceRegistry#CACHE_FOR}.
 */
@Command(name = "revoke", mixinStandardHelpOptions = true,
        description = "Revoke a device (lost, stolen, retired): its signed requests and bundles are refused from now on.")
public final class RevokeCommand extends DatabaseCommand {

    @Parameters(index = "0", paramLabel = "DEVICE_ID", description = "The device id (as enrolled).")
    String deviceId;

    @Option(names = "--reason", required = true, description = "Why, kept with the device (1 to 500 characters).")
    String reason;

    @Option(names = "--operator", paramLabel = "NAME", description = "Who revokes it, kept with the device.")
    String operator = System.getProperty("user.name", "operator");

    @Override
    void run(Database db, PrintWriter out) {
        Clock clock = Clock.systemUTC();
        DeviceRegistry devices = new DeviceRegistry(db, new EnrollmentTokens(db, clock), new CentreKeyStore(db, clock), clock);
        boolean changed;
        try {
            changed = devices.revoke(deviceId, "cli " + operator, reason);
        } catch (ApiException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        out.printf(changed ? "device %s revoked; running servers refuse it within %d s%n"
                : "device %s was already revoked%n", deviceId, DeviceRegistry.CACHE_FOR.toSeconds());
        out.flush();
    }
}
