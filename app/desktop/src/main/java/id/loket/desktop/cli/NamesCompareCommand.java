package id.loket.desktop.cli;

import id.loket.core.i18n.Message;
import id.loket.core.name.match.NameMatch;
import id.loket.core.name.match.NameMatcher;
import id.loket.desktop.i18n.I18n;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code loket names compare --pairs FILE}: scores tab-separated name pairs with core's
 * {@link NameMatcher} and prints one line per pair: the score, the verdict at
 * {@link NameMatch#THRESHOLD} and the two names, tab-separated. A malformed file prints every bad
 * line with its number and exits {@link ExitCodes#USAGE} before scoring anything. No store needed.
 */
@Command(name = "compare", mixinStandardHelpOptions = true)
public final class NamesCompareCommand implements Callable<Integer> {

    @Option(names = "--pairs", paramLabel = "FILE", required = true, descriptionKey = "cli.option.pairs")
    Path pairsFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoketCommand root = (LoketCommand) spec.root().userObject();
        CliContext context = root.context();
        I18n texts = context.texts(root.language());
        PrintWriter err = context.err();
        List<String> lines;
        try {
            lines = Files.readAllLines(pairsFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return fail(err, texts, Message.of("cli.names.noFile", pairsFile));
        } catch (MalformedInputException e) {
            return fail(err, texts, Message.of("cli.names.notUtf8", pairsFile));
        } catch (IOException e) {
            return fail(err, texts, Message.of("cli.names.unreadable", pairsFile, e.getClass().getSimpleName()));
        }
        NamePairs parsed = NamePairs.parse(lines);
        if (!parsed.problems().isEmpty()) {
            parsed.problems().forEach(p -> err.println(texts.render(p)));
            err.flush();
            return ExitCodes.USAGE;
        }
        PrintWriter out = context.out();
        String same = texts.text("cli.names.same");
        String different = texts.text("cli.names.different");
        for (NamePairs.Pair pair : parsed.pairs()) {
            NameMatch match = NameMatcher.match(pair.first(), pair.second());
            out.println(score(match.score()) + "\t" + (match.likelySame() ? same : different) + "\t"
                    + pair.first() + "\t" + pair.second());
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * Three decimals, cut rather than rounded, so a printed 0.750 always reached the threshold.
     */
    static String score(double value) {
        return String.format(Locale.ROOT, "%.3f", Math.floor(value * 1000) / 1000);
    }

    private static int fail(PrintWriter err, I18n texts, Message message) {
        err.println(texts.render(message));
        err.flush();
        return ExitCodes.USAGE;
    }
}
