package id.loket.desktop.cli;

import id.loket.core.CoreServices;
import id.loket.core.application.Lane;
import id.loket.core.officer.Officer;
import id.loket.core.provision.FieldProblem;
import id.loket.core.provision.Provisioning;
import id.loket.core.provision.ProvisioningFile;
import id.loket.core.provision.ProvisioningFileException;
import id.loket.core.provision.ProvisioningInput;
import id.loket.core.provision.ProvisioningRefusal;
import id.loket.core.provision.ProvisioningValidator;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.provision.DeviceProvisioner;
import id.loket.desktop.sync.SyncWiring;
import id.loket.sync.agent.http.CentreException;
import id.loket.sync.agent.http.HostileReplyException;
import okhttp3.OkHttpClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code loket provision --file office.json [--counter N] [--token T] [--admin U]}: sets this device
 * up from IT's provisioning file (docs/provisioning/). The file is checked whole first: a bad one
 * is refused with every bad field and its reason and changes nothing. One file serves every counter
 * of an office: {@code --counter} and this device's own one-time {@code --token} override the
 * file's. With a token the device then enrolls with the centre. Once officers exist, only an
 * administrator ({@code --admin}, password asked) may provision again.
 */
@Command(name = "provision", mixinStandardHelpOptions = true)
public final class ProvisionCommand implements Callable<Integer> {

    @Option(names = "--file", required = true, paramLabel = "FILE", descriptionKey = "cli.option.provisionFile")
    Path file;

    @Option(names = "--counter", paramLabel = "N", descriptionKey = "cli.option.provisionCounter")
    String counter;

    @Option(names = "--token", paramLabel = "TOKEN", descriptionKey = "cli.option.provisionToken")
    String token;

    @Option(names = "--admin", paramLabel = "U", descriptionKey = "cli.option.provisionAdmin")
    String admin;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoketCommand root = (LoketCommand) spec.root().userObject();
        CliContext context = root.context();
        I18n texts = context.texts(root.language());
        ProvisioningInput input;
        try {
            input = ProvisioningFile.read(file);
        } catch (ProvisioningFileException unreadable) {
            return fail(context, texts.render(unreadable.reason()), ExitCodes.USAGE);
        }
        if (counter != null) {
            input = input.withCounter(counter);
        }
        if (token != null) {
            input = input.withEnrollmentToken(token);
        }
        ProvisioningValidator.Result checked = ProvisioningValidator.validate(input);
        if (!checked.valid()) {
            context.err().println(texts.text("cli.provision.refused", file, checked.problems().size()));
            for (FieldProblem problem : checked.problems()) {
                context.err().println(texts.text("cli.provision.problem", problem.field(), texts.render(problem.label()),
                        texts.render(problem.reason())));
            }
            context.err().flush();
            return ExitCodes.USAGE;
        }
        return apply(checked.provisioning().orElseThrow(), root, context, texts);
    }

    private int apply(Provisioning provisioning, LoketCommand root, CliContext context, I18n texts) {
        OkHttpClient http = SyncWiring.httpClient();
        try (CoreServices core = context.store().open(root.dataDir(), context.clock())) {
            DeviceProvisioner provisioner = new DeviceProvisioner(core, http, context.clock());
            boolean hasOfficers = core.officers().hasOfficers();
            if (hasOfficers && admin == null) {
                return fail(context, texts.text("cli.provision.needsAdmin"), ExitCodes.REFUSED);
            }
            try {
                if (hasOfficers) {
                    Optional<Officer> signedIn = CliSignIn.signInAdministrator(context, texts, core, admin);
                    if (signedIn.isEmpty()) {
                        return ExitCodes.REFUSED;
                    }
                    core.provisioning().provision(provisioning, signedIn.get());
                } else {
                    core.provisioning().provisionFirstRun(provisioning, "os:" + System.getProperty("user.name"));
                }
            } catch (ProvisioningRefusal refused) {
                return fail(context, texts.render(refused.reason()), ExitCodes.REFUSED);
            }
            report(provisioning, context, texts);
            return enroll(provisioner, provisioning, context, texts);
        } finally {
            SyncWiring.shutdown(http);
        }
    }

    private static void report(Provisioning p, CliContext context, I18n texts) {
        context.out().println(texts.text("cli.provision.done", p.officeCode(), p.officeName(), p.counter()));
        context.out().println(texts.text("cli.provision.fingers", p.fingers().format(), p.qualityThreshold()));
        context.out().println(texts.text("cli.provision.quotas", Arrays.stream(Lane.values())
                .map(l -> l.name() + "=" + p.quotas().of(l)).collect(Collectors.joining(", "))));
        context.out().flush();
    }

    private static int enroll(DeviceProvisioner provisioner, Provisioning p, CliContext context, I18n texts) {
        if (!p.enrollsNow()) {
            context.out().println(p.centreUrl() == null ? texts.text("cli.provision.noCentre")
                    : texts.text("cli.provision.enrollLater", p.centreUrl()));
            context.out().flush();
            return ExitCodes.OK;
        }
        try {
            var reply = provisioner.enroll(p.centreUrl(), p.enrollmentToken());
            context.out().println(texts.text("cli.sync.enrolled", reply.deviceId(), p.centreUrl(), reply.officeCode(),
                    reply.counter()));
            context.out().flush();
            return ExitCodes.OK;
        } catch (IOException | CentreException | HostileReplyException failed) {
            context.err().println(texts.text("cli.provision.enrollFailed"));
            return SyncFailures.report(failed, context, texts);
        }
    }

    private static int fail(CliContext context, String text, int code) {
        context.err().println(text);
        context.err().flush();
        return code;
    }
}
