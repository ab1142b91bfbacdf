package id.loket.desktop.cli;

import id.loket.core.application.Sex;
import id.loket.core.i18n.Message;
import id.loket.core.nik.NikCheck;
import id.loket.core.nik.NikFields;
import id.loket.core.nik.NikValidator;
import id.loket.desktop.i18n.I18n;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/**
 * {@code loket nik check NIK [--born DATE] [--sex M|F]}: decodes a NIK and prints its parts,
 * its errors and its warnings (a NIK that disagrees with the stated birth date or sex is legal,
 * so that is a warning and the exit code stays 0).
 */
@Command(name = "check", mixinStandardHelpOptions = true)
public final class NikCheckCommand implements Callable<Integer> {

    @ParentCommand
    NikCommand parent;

    @Parameters(index = "0", paramLabel = "NIK", descriptionKey = "cli.param.nik")
    String nik;

    @Option(names = "--born", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.option.born")
    LocalDate born;

    @Option(names = "--sex", paramLabel = "M|F", descriptionKey = "cli.option.sex")
    SexOption sex;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LoketCommand root = (LoketCommand) spec.root().userObject();
        CliContext context = root.context();
        I18n texts = context.texts(root.language());
        NikCheck check = NikValidator.check(nik, born, sex == null ? null : sex.value,
                LocalDate.now(context.clock()));
        PrintWriter out = context.out();
        out.println(texts.text("cli.nik.input", nik));
        check.fields().ifPresent(fields -> print(out, texts, fields));
        for (Message warning : check.warnings()) {
            out.println(texts.text("cli.nik.warning", texts.render(warning)));
        }
        for (Message error : check.errors()) {
            context.err().println(texts.text("cli.nik.error", texts.render(error)));
        }
        out.println(texts.text(check.valid() ? "cli.nik.valid" : "cli.nik.invalid"));
        out.flush();
        context.err().flush();
        return check.valid() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    private static void print(PrintWriter out, I18n texts, NikFields f) {
        out.println(texts.text("cli.nik.province", f.provinceCode(), f.provinceName()));
        out.println(texts.text("cli.nik.regency", f.provinceCode() + "." + f.regencyCode()));
        out.println(texts.text("cli.nik.district", f.provinceCode() + "." + f.regencyCode() + "." + f.districtCode()));
        out.println(texts.text("cli.nik.birthDate", f.birthDate()));
        out.println(texts.text("cli.nik.sex", f.sex()));
        out.println(texts.text("cli.nik.serial", String.format("%04d", f.serial())));
    }

    /** {@code M} or {@code F} on the command line. */
    enum SexOption {
        M(Sex.MALE), F(Sex.FEMALE);

        final Sex value;

        SexOption(Sex value) {
            this.value = value;
        }
    }
}
