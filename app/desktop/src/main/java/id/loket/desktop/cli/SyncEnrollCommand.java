package id.loket.desktop.cli;

import id.loket.core.CoreServices;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.sync.CoreDeviceLedger;
import id.loket.desktop.sync.SyncWiring;
import id.loket.sync.agent.enroll.DeviceEnrollment;
import id.loket.sync.agent.http.CentreException;
import id.loket.sync.agent.http.HostileReplyException;
import id.loket.sync.protocol.enroll.EnrollReply;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.util.concurrent.Callable;

/**
 * {@code loket sync enroll [--centre URL] --token T}: registers this device's public key with the
 * centre (by default the one it was provisioned with) using the one-time token its operator issued; the key pair is made on first use and
 * stays in the encrypted store. Needs the device set up (office and counter) first.
 */
@Command(name = "enroll", mixinStandardHelpOptions = true)
public final class SyncEnrollCommand implements Callable<Integer> {

    /** Optional: the centre the device was provisioned with is the default. */
    @Option(names = "--centre", paramLabel = "URL", descriptionKey = "cli.option.centre")
    String centre;

    @Option(names = "--token", required = true, paramLabel = "TOKEN", descriptionKey = "cli.option.token")
    String token;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoketCommand root = (LoketCommand) spec.root().userObject();
        CliContext context = root.context();
        I18n texts = context.texts(root.language());
        OkHttpClient http = SyncWiring.httpClient();
        try (CoreServices core = context.store().open(root.dataDir(), context.clock())) {
            if (core.deviceProfiles().current().isEmpty()) {
                context.err().println(texts.text("cli.sync.notSetUp"));
                context.err().flush();
                return ExitCodes.REFUSED;
            }
            String given = centre != null ? centre
                    : core.provisioning().settings().current().map(s -> s.centreUrl()).orElse(null);
            if (given == null) {
                context.err().println(texts.text("cli.sync.noCentre"));
                context.err().flush();
                return ExitCodes.USAGE;
            }
            HttpUrl url = HttpUrl.parse(given.strip());
            if (url == null) {
                context.err().println(texts.text("cli.sync.badUrl", given));
                context.err().flush();
                return ExitCodes.USAGE;
            }
            EnrollReply reply = DeviceEnrollment.enroll(new CoreDeviceLedger(core), http, url, token, context.clock());
            context.out().println(texts.text("cli.sync.enrolled", reply.deviceId(), url, reply.officeCode(),
                    reply.counter()));
            context.out().flush();
            return ExitCodes.OK;
        } catch (IOException | CentreException | HostileReplyException failed) {
            return SyncFailures.report(failed, context, texts);
        } finally {
            SyncWiring.shutdown(http);
        }
    }
}
