package id.loket.desktop.cli;

import id.loket.core.i18n.Message;

import java.util.ArrayList;
import java.util.List;

/**
 * The pairs file of {@code loket names compare}: one pair of names per line, separated by a tab;
 * blank lines and lines starting with {@code #} are skipped. Every malformed line is reported with
 * its number, so a file is fixed in one go.
 *
 * @param pairs    the pairs, in file order
 * @param problems what is wrong, one message per malformed line (empty when the file is good)
 */
record NamePairs(List<Pair> pairs, List<Message> problems) {

    /** Two names from line {@code line}. */
    record Pair(int line, String first, String second) {
    }

    static NamePairs parse(List<String> lines) {
        List<Pair> pairs = new ArrayList<>();
        List<Message> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 2) {
                problems.add(Message.of("cli.names.badLine", number, fields.length));
            } else if (fields[0].isBlank() || fields[1].isBlank()) {
                problems.add(Message.of("cli.names.emptyName", number));
            } else {
                pairs.add(new Pair(number, fields[0].strip(), fields[1].strip()));
            }
        }
        return new NamePairs(List.copyOf(pairs), List.copyOf(problems));
    }
}
