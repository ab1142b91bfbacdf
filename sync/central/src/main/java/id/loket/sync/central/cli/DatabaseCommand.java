package id.loket.sync.central.cli;

import id.loket.sync.central.store.Database;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** An operator command that works directly on the centre's database (while the server may run). */
abstract class DatabaseCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    /** Does the work; what it prints to {@code out} is the command's output. */
    abstract void run(Database db, PrintWriter out) throws IOException;

    /** Where explanations go, so that {@code out} carries only the result. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Override
    public final Integer call() throws IOException {
        before();
        try (Database db = Database.open(database.settings())) {
            run(db, spec.commandLine().getOut());
            return 0;
        }
    }

    /** Checks that need no database (reading input files), run before it is opened. */
    void before() throws IOException {
    }
}
