package id.loket.sync.central.cli;

import id.loket.sync.central.CentralMain;
import id.loket.sync.central.device.Device;
import id.loket.sync.central.device.DeviceRegistry;
import id.loket.sync.central.device.EnrollmentTokens;
import id.loket.sync.central.ingest.BatchIngest;
import id.loket.sync.central.status.StatusFeed;
import id.loket.sync.central.support.Fixtures;
import id.loket.sync.protocol.batch.BatchEnvelope;
import id.loket.sync.protocol.batch.WireRecord;
import id.loket.sync.protocol.enroll.EnrollRequest;
import id.loket.sync.protocol.security.DeviceKeys;
import id.loket.sync.protocol.status.StatusEvent;
import id.loket.sync.central.store.Database;
import id.loket.sync.central.store.DatabaseSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The operator commands against an H2 file, as {@code loket-central ... --jdbc-url ...} runs them. */
class CentralMainTest {

    @TempDir
    Path dir;

    private String url;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void database() {
        url = "jdbc:h2:" + dir.resolve("central").toAbsolutePath() + ";AUTO_SERVER=TRUE";
    }

    @Test
    void tokenPrintsAOneTimeTokenThatEnrollsADevice() {
        assertThat(run("token", "--office", "DPS", "--counter", "2")).isZero();
        String token = out.toString().strip();
        assertThat(token).hasSizeGreaterThan(20).doesNotContain(" ");
        assertThat(err.toString()).contains("DPS", "counter 2", "single use");
    }

    @Test
    void decideAdjudicatesAStoredRecordForTheDevicesStatusFeed() {
        WireRecord record = Fixtures.record(1);
        String deviceId = UUID.randomUUID().toString();
        try (Database db = Database.open(DatabaseSettings.of(url))) {
            Clock clock = Clock.systemUTC();
            EnrollmentTokens tokens = new EnrollmentTokens(db, clock);
            new DeviceRegistry(db, tokens, new id.loket.sync.central.bundle.CentreKeyStore(db, clock), clock).enroll(new EnrollRequest(1, deviceId, "DPS", 1,
                    DeviceKeys.encodePublic(DeviceKeys.generate().getPublic()),
                    tokens.issue("DPS", null, Duration.ofHours(1)).token()));
            new BatchIngest(db, clock, new id.loket.sync.central.blob.KnownBlobs()).ingest(deviceId, new BatchEnvelope(1, deviceId, UUID.randomUUID(), 1, 1,
                    clock.instant(), List.of(record)));
        }

        assertThat(run("decide", record.recordId().toString(), "--reject", "--reason", "Foto buram")).isZero();

        assertThat(out.toString()).contains("REJECTED");
        try (Database db = Database.open(DatabaseSettings.of(url))) {
            StatusEvent event = new StatusFeed(db, Clock.systemUTC()).page(deviceId, 0, 10).events().getFirst();
            assertThat(event.recordId()).isEqualTo(record.recordId());
            assertThat(event.reason()).isEqualTo("Foto buram");
        }
        assertThat(run("decide", record.recordId().toString(), "--reject")).isEqualTo(CentralMain.REFUSED);
        assertThat(err.toString()).contains("reason");
    }

    @Test
    void revokeRefusesADeviceFromThenOnAndSaysSoTwice() {
        String deviceId = UUID.randomUUID().toString();
        try (Database db = Database.open(DatabaseSettings.of(url))) {
            Clock clock = Clock.systemUTC();
            EnrollmentTokens tokens = new EnrollmentTokens(db, clock);
            new DeviceRegistry(db, tokens, new id.loket.sync.central.bundle.CentreKeyStore(db, clock), clock).enroll(
                    new EnrollRequest(1, deviceId, "DPS", 1, DeviceKeys.encodePublic(DeviceKeys.generate().getPublic()),
                            tokens.issue("DPS", null, Duration.ofHours(1)).token()));
        }

        assertThat(run("revoke", deviceId, "--reason", "hilang di pameran", "--operator", "ops1")).isZero();

        assertThat(out.toString()).contains("revoked");
        try (Database db = Database.open(DatabaseSettings.of(url))) {
            Clock clock = Clock.systemUTC();
            Device device = new DeviceRegistry(db, new EnrollmentTokens(db, clock),
                    new id.loket.sync.central.bundle.CentreKeyStore(db, clock), clock).find(deviceId).orElseThrow();
            assertThat(device.revoked()).isTrue();
            assertThat(device.revokedReason()).isEqualTo("hilang di pameran");
        }
        assertThat(run("revoke", deviceId, "--reason", "again")).isZero();
        assertThat(out.toString()).contains("already revoked");
        assertThat(run("revoke", "no-such-device", "--reason", "lost")).isEqualTo(CentralMain.REFUSED);
        assertThat(run("revoke", deviceId)).as("a reason is required").isEqualTo(2);
    }

    @Test
    void decideRefusesUnknownRecordsAndBadCommandLines() {
        assertThat(run("decide", UUID.randomUUID().toString(), "--approve")).isEqualTo(CentralMain.REFUSED);
        assertThat(err.toString()).contains("no record");
        assertThat(run("decide", UUID.randomUUID().toString(), "--approve", "--reject")).isEqualTo(2);
        assertThat(run("decide", "not-a-uuid", "--approve")).isEqualTo(2);
    }

    @Test
    void appointmentsImportLoadsACsvFile() throws Exception {
        Path csv = dir.resolve("appointments.csv");
        Files.writeString(csv, "office,date,booking_code,full_name,birth_date,nik,slot\n"
                + "DPS,2026-11-23,MP-1,Ni Made Ayu,1990-08-07,5171014708900001,08:00\n");

        assertThat(run("appointments", "import", csv.toString())).isZero();

        assertThat(out.toString()).contains("1 appointments imported");
        try (Database db = Database.open(DatabaseSettings.of(url))) {
            assertThat(new id.loket.sync.central.appointment.AppointmentStore(db)
                    .day("DPS", LocalDate.parse("2026-11-23")).appointments()).hasSize(1);
        }
    }

    @Test
    void badInputIsRefusedWithAMessage() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "office,date\n");
        assertThat(run("appointments", "import", csv.toString())).isEqualTo(CentralMain.REFUSED);
        assertThat(err.toString()).contains("booking_code");
        assertThat(run("token", "--office", "dps")).isEqualTo(CentralMain.REFUSED);
        assertThat(run("serve", "--jdbc-url", "jdbc:mysql://x/y")).isEqualTo(CentralMain.REFUSED);
        assertThat(run("serve", "--admin-token-file", dir.resolve("missing.token").toString()))
                .isEqualTo(CentralMain.REFUSED);
        assertThat(err.toString()).contains("missing.token");
    }

    @Test
    void helpListsTheCommands() {
        CommandLine cli = CentralMain.commandLine();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("--help")).isZero();
        assertThat(out.toString()).contains("serve", "token", "decide", "appointments", "proxy");
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!args[0].equals("serve")) {
            all.addAll(List.of("--jdbc-url", url));
        }
        CommandLine cli = CentralMain.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(all.toArray(String[]::new));
    }
}
