package id.loket.core.i18n;

import id.loket.core.application.ApplicationKind;
import id.loket.core.application.DocumentType;
import id.loket.core.application.Lane;
import id.loket.core.application.NikVerification;
import id.loket.core.application.PassportType;
import id.loket.core.application.Purpose;
import id.loket.core.application.ServiceLevel;
import id.loket.core.application.Sex;
import id.loket.core.biometric.Finger;
import id.loket.core.biometric.FingerStatus;
import id.loket.core.fee.Validity;
import id.loket.core.workflow.ActorRole;
import id.loket.core.workflow.ApplicationState;
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
 * Every key the production code can produce resolves in both languages: the literal keys in
 * {@code Message.of("...")} calls, the keys produced at run time by the validators
 * ({@link ProducedMessages}), and the enum labels.
 */
class MessageKeysTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("Message\\.of\\(\\s*\"([^\"]+)\"");
    private static final List<Messages> BOTH = List.of(Messages.INDONESIAN, Messages.ENGLISH);

    @Test
    void everyLiteralKeyInTheSourcesResolves() throws IOException {
        Set<String> keys = new TreeSet<>();
        Path root = Path.of("src/main/java/id/loket/core");
        assertThat(root).isDirectory();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(30);
        assertResolves(keys);
    }

    @Test
    void everyKeyTheValidatorsProduceResolves() {
        List<Message> produced = ProducedMessages.all();
        Set<String> keys = new TreeSet<>();
        for (Message m : produced) {
            collect(m, keys);
        }
        assertThat(keys).contains("nik.error.length", "nik.warning.sex", "name.note.existing.tooFewWords",
                "workflow.refused.illegal", "workflow.exception.notSupervisor", "workflow.finalise.missing",
                "field.birthDate", "document.missingCivilRecord");
        assertResolves(keys);
        for (Messages lang : BOTH) {
            for (Message m : produced) {
                assertThat(lang.render(m)).as("%s in %s", m, lang.locale()).doesNotContain("[").doesNotContain("{");
            }
        }
    }

    @Test
    void everyEnumShownToOfficersHasALabel() {
        List<Class<? extends Enum<?>>> shown = List.of(ApplicationState.class, Sex.class, ApplicationKind.class,
                PassportType.class, ServiceLevel.class, Purpose.class, Lane.class, NikVerification.class,
                DocumentType.class, Finger.class, FingerStatus.class, ActorRole.class, Validity.class);
        List<String> keys = new ArrayList<>();
        for (Class<? extends Enum<?>> type : shown) {
            for (Enum<?> constant : type.getEnumConstants()) {
                keys.add("enum." + type.getSimpleName() + "." + constant.name());
            }
        }
        assertResolves(keys);
        assertThat(Messages.INDONESIAN.render(Message.of("workflow.refused.illegal", ApplicationState.DRAFT,
                ApplicationState.PRINTED))).isEqualTo("Status permohonan tidak dapat diubah dari Draf menjadi Dicetak.");
    }

    private static void collect(Message m, Set<String> keys) {
        keys.add(m.key());
        for (Object arg : m.args()) {
            if (arg instanceof Message nested) {
                collect(nested, keys);
            }
        }
    }

    private static void assertResolves(Iterable<String> keys) {
        List<String> missing = new ArrayList<>();
        for (Messages lang : BOTH) {
            for (String key : keys) {
                if (!lang.has(key)) {
                    missing.add(lang.locale() + ": " + key);
                }
            }
        }
        assertThat(missing).as("keys missing from a bundle").isEmpty();
    }
}
