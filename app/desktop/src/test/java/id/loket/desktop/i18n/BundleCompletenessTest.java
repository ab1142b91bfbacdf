package id.loket.desktop.i18n;

import id.loket.core.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails on a text key missing from either language, on a key used in code that no bundle has,
 * and on a literal user-visible string in a view.
 */
class BundleCompletenessTest {

    private static final Path SOURCES = Path.of("src/main/java/id/loket/desktop");
    /** Calls whose first argument is a bundle key. */
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:\\.text|\\.bind|Message\\.of|Forms\\.label|Forms\\.row|button)\\((?:[^\"();]*?,\\s*)?\"([a-zA-Z][\\w.]*)\"");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** Keys, ids and style classes: lower-case words joined by dots or dashes. */
    private static final Pattern TECHNICAL = Pattern.compile("[a-z][a-zA-Z0-9]*(?:[.-][a-zA-Z0-9]*)*|\\{0}|");

    private final Set<String> indonesian = I18n.bundle(I18n.INDONESIAN).keySet();
    private final Set<String> english = I18n.bundle(I18n.ENGLISH).keySet();

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Set<String> onlyIndonesian = new TreeSet<>(indonesian);
        onlyIndonesian.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(indonesian);
        assertThat(onlyIndonesian).as("keys missing from ui_en").isEmpty();
        assertThat(onlyEnglish).as("keys missing from ui_id").isEmpty();
        assertThat(indonesian).hasSizeGreaterThan(50);
    }

    @Test
    void everyKeyUsedInCodeExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path file : javaFiles()) {
            Matcher m = KEY_USE.matcher(Files.readString(file));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertThat(used).contains("login.title", "setup.error.username", "cli.audit.checked", "home.today");
        List<String> missing = new ArrayList<>();
        for (String key : used) {
            boolean ui = indonesian.contains(key) && english.contains(key);
            boolean core = Messages.INDONESIAN.has(key) && Messages.ENGLISH.has(key);
            if (!ui && !core) {
                missing.add(key);
            }
        }
        assertThat(missing).as("keys used in code but missing from a bundle").isEmpty();
    }

    @Test
    void viewsContainNoUserVisibleLiterals() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            String name = file.getFileName().toString();
            if (!(name.endsWith("View.java") || name.equals("Forms.java") || name.equals("LanguageSwitch.java")
                    || name.equals("MainWindow.java"))) {
                continue;
            }
            for (String line : Files.readAllLines(file)) {
                if (line.strip().startsWith("*") || line.strip().startsWith("//") || line.strip().startsWith("import")) {
                    continue;
                }
                Matcher m = LITERAL.matcher(line);
                while (m.find()) {
                    if (!TECHNICAL.matcher(m.group(1)).matches()) {
                        offenders.add(name + ": " + m.group());
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
