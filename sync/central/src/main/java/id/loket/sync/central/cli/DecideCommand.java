package id.loket.sync.central.cli;

import id.loket.sync.central.status.StatusFeed;
import id.loket.sync.central.store.Database;
import id.loket.sync.protocol.status.Decision;
import id.loket.sync.protocol.status.DecisionRequest;
import id.loket.sync.protocol.status.StatusEvent;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.UUID;

/** {@code loket-central decide RECORD_ID --approve | --reject --reason ... | --printed}: adjudicates a record. */
@Command(name = "decide", mixinStandardHelpOptions = true,
        description = "Approve, reject or mark printed a stored record; the device learns it from its status feed.")
public final class DecideCommand extends DatabaseCommand {

    @Parameters(index = "0", paramLabel = "RECORD_ID", description = "The record (application) id.")
    UUID recordId;

    @ArgGroup(multiplicity = "1")
    Choice choice;

    static final class Choice {
        @Option(names = "--approve", required = true, description = "Approve the application.")
        boolean approve;
        @Option(names = "--reject", required = true, description = "Reject it (needs --reason).")
        boolean reject;
        @Option(names = "--printed", required = true, description = "Mark the passport printed.")
        boolean printed;
    }

    @Option(names = "--reason", description = "Why (required with --reject).")
    String reason;

    @Override
    void run(Database db, PrintWriter out) {
        Decision decision = choice.approve ? Decision.APPROVED : choice.reject ? Decision.REJECTED : Decision.PRINTED;
        StatusEvent event = new StatusFeed(db, Clock.systemUTC()).decide(recordId, new DecisionRequest(decision, reason));
        out.printf("record %s %s (status cursor %d)%n", recordId, decision, event.cursor());
    }
}
