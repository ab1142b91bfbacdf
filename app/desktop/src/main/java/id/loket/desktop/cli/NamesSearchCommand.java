package id.loket.desktop.cli;

import id.loket.core.CoreServices;
import id.loket.core.name.search.ApplicationHit;
import id.loket.core.name.search.ApplicationSearch;
import id.loket.desktop.i18n.I18n;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code loket names search NAME}: the applications in this device's store whose name may be
 * {@code NAME} (old spellings, titles, Muhammad's forms, word order), best first: receipt number
 * (the id for a draft), name, date of birth, score and state, tab-separated under a header line.
 * Exit 0 whether or not anything was found.
 */
@Command(name = "search", mixinStandardHelpOptions = true)
public final class NamesSearchCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "1..*", paramLabel = "NAME", descriptionKey = "cli.param.name")
    List<String> name;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", descriptionKey = "cli.option.limit")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoketCommand root = (LoketCommand) spec.root().userObject();
        CliContext context = root.context();
        I18n texts = context.texts(root.language());
        String query = String.join(" ", name);
        List<ApplicationHit> hits;
        try (CoreServices core = context.store().open(root.dataDir(), context.clock())) {
            hits = new ApplicationSearch(core.store()).byName(query, Math.max(1, limit));
        }
        PrintWriter out = context.out();
        if (hits.isEmpty()) {
            out.println(texts.text("cli.names.noneFound", query));
        } else {
            out.println(texts.text("cli.names.header"));
            for (ApplicationHit hit : hits) {
                out.println(String.join("\t", hit.receiptNumber() == null ? hit.id().toString() : hit.receiptNumber(),
                        hit.fullName(), hit.birthDate() == null ? "-" : hit.birthDate().toString(),
                        NamesCompareCommand.score(hit.score()), texts.text("cli.names.state", hit.state())));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
