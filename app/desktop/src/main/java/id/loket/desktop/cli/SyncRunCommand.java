package id.loket.desktop.cli;

import id.loket.core.CoreServices;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.sync.ByteSize;
import id.loket.desktop.sync.CoreDeviceLedger;
import id.loket.desktop.sync.SyncWiring;
import id.loket.sync.agent.DrainReport;
import id.loket.sync.agent.SyncAgent;
import id.loket.sync.agent.SyncSettings;
import id.loket.sync.agent.SyncStatus;
import id.loket.sync.agent.http.CentreException;
import id.loket.sync.agent.http.HostileReplyException;
import id.loket.sync.agent.ledger.LedgerSummary;
import id.loket.sync.protocol.batch.Outcome;
import okhttp3.OkHttpClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code loket sync run [--once|--watch]}: delivers what is waiting to the centre and pulls its
 * decisions, printing progress and the centre's answers. {@code --once} (the default) drains once;
 * {@code --watch} keeps the agent running until Ctrl-C. Exit 0 when nothing is left, 1 when
 * records are quarantined, 5 when records still wait (centre unreachable or busy).
 */
@Command(name = "run", mixinStandardHelpOptions = true)
public final class SyncRunCommand implements Callable<Integer> {

    @Option(names = "--once", descriptionKey = "cli.option.once")
    boolean once;

    @Option(names = "--watch", descriptionKey = "cli.option.watch")
    boolean watch;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        LoketCommand root = (LoketCommand) spec.root().userObject();
        CliContext context = root.context();
        I18n texts = context.texts(root.language());
        if (once && watch) {
            context.err().println(texts.text("cli.sync.onceOrWatch"));
            context.err().flush();
            return ExitCodes.USAGE;
        }
        OkHttpClient http = SyncWiring.httpClient();
        try (CoreServices core = context.store().open(root.dataDir(), context.clock())) {
            CoreDeviceLedger ledger = new CoreDeviceLedger(core);
            if (ledger.enrolment().isEmpty()) {
                context.err().println(texts.text("cli.sync.notEnrolled"));
                context.err().flush();
                return ExitCodes.REFUSED;
            }
            try (SyncAgent agent = new SyncAgent(ledger, http, SyncSettings.defaults(context.clock()))) {
                agent.addListener(progressPrinter(context.out(), texts));
                if (watch) {
                    watch(agent);
                } else {
                    print(agent.drainOnce(), context.out(), texts);
                }
            } catch (IOException | CentreException | HostileReplyException failed) {
                return SyncFailures.report(failed, context, texts);
            }
            return outcome(ledger.summary(), context, texts);
        } finally {
            SyncWiring.shutdown(http);
        }
    }

    /** Prints "left: N records, X" whenever it changes. */
    private static java.util.function.Consumer<SyncStatus> progressPrinter(PrintWriter out, I18n texts) {
        AtomicReference<String> last = new AtomicReference<>("");
        return status -> {
            String line = texts.text("cli.sync.progress", status.pendingRecords(),
                    ByteSize.format(status.bytesLeft(), texts.locale()));
            if (!line.equals(last.getAndSet(line))) {
                out.println(line);
                out.flush();
            }
        };
    }

    private static void watch(SyncAgent agent) throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(stop::countDown, "loket-sync-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        agent.start();
        stop.await();
    }

    private static void print(DrainReport report, PrintWriter out, I18n texts) {
        out.println(texts.text("cli.sync.uploaded", report.blobsUploaded(),
                ByteSize.format(report.bytesUploaded(), texts.locale()), report.decisions()));
        out.println(texts.text("cli.sync.outcomes", report.count(Outcome.ACCEPTED), report.count(Outcome.DUPLICATE),
                report.count(Outcome.CONFLICT), report.count(Outcome.REJECTED), report.count(Outcome.MISSING_BLOBS),
                report.count(Outcome.RETRY_LATER)));
        out.flush();
    }

    private static int outcome(LedgerSummary summary, CliContext context, I18n texts) {
        if (summary.quarantined() > 0) {
            context.err().println(texts.text("cli.sync.quarantinedExist", summary.quarantined()));
            context.err().flush();
            return ExitCodes.CHECK_FAILED;
        }
        if (summary.pendingRecords() > 0) {
            context.out().println(texts.text("cli.sync.stillWaiting", summary.pendingRecords()));
            context.out().flush();
            return ExitCodes.NOT_DONE;
        }
        context.out().println(texts.text("cli.sync.done"));
        context.out().flush();
        return ExitCodes.OK;
    }
}
