package id.loket.sync.central.cli;

import id.loket.sync.central.appointment.AppointmentCsv;
import id.loket.sync.central.appointment.AppointmentStore;
import id.loket.sync.central.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code loket-central appointments import FILE.csv}: loads M-Paspor appointments. */
@Command(name = "appointments", mixinStandardHelpOptions = true, description = "Manage the appointments feed.",
        subcommands = AppointmentsCommand.Import.class)
public final class AppointmentsCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Load appointments from CSV: office,date,booking_code,full_name,birth_date,nik,slot")
    static final class Import extends DatabaseCommand {

        @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file (UTF-8, with a header line).")
        Path file;

        private List<AppointmentCsv.Row> rows;

        @Override
        void before() throws IOException {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                rows = AppointmentCsv.parse(in);
            }
        }

        @Override
        void run(Database db, PrintWriter out) {
            int count = new AppointmentStore(db).importAll(rows);
            out.printf("%d appointments imported from %s%n", count, file);
        }
    }
}
