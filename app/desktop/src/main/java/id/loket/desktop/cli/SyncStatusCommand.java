package id.loket.desktop.cli;

import id.loket.core.CoreServices;
import id.loket.core.outbox.OutboxEntry;
import id.loket.core.sync.DeviceIdentity;
import id.loket.core.sync.SyncSummary;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.sync.ByteSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code loket sync status}: what waits for the centre (records, bytes), what is quarantined and
 * why, and when the last sync succeeded. Reads the store only; no network.
 */
@Command(name = "status", mixinStandardHelpOptions = true)
public final class SyncStatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoketCommand root = (LoketCommand) spec.root().userObject();
        CliContext context = root.context();
        I18n texts = context.texts(root.language());
        PrintWriter out = context.out();
        try (CoreServices core = context.store().open(root.dataDir(), context.clock())) {
            Optional<DeviceIdentity> identity = core.sync().identities().current().filter(DeviceIdentity::enrolled);
            out.println(identity.map(i -> texts.text("cli.sync.status.centre", i.centreUrl(), i.deviceId()))
                    .orElseGet(() -> texts.text("cli.sync.status.notEnrolled")));
            SyncSummary summary = core.sync().progress().summary();
            out.println(texts.text("cli.sync.status.pending", summary.pendingRecords(),
                    ByteSize.format(summary.bytesLeft(), texts.locale())));
            out.println(texts.text("cli.sync.status.acknowledged", summary.acknowledged()));
            out.println(texts.text("cli.sync.status.quarantined", summary.quarantined()));
            for (OutboxEntry q : core.sync().delivery().quarantined()) {
                out.println(texts.text("cli.sync.status.quarantinedRow", q.deviceSeq(), q.recordId(), q.reason()));
            }
            out.println(summary.lastSuccessAt() == null ? texts.text("cli.sync.status.never")
                    : texts.text("cli.sync.status.lastSuccess", summary.lastSuccessAt()));
            if (summary.lastErrorCode() != null) {
                out.println(texts.text("cli.sync.status.lastError", summary.lastErrorCode()));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
