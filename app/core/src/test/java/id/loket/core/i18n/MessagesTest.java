package id.loket.core.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessagesTest {

    static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/id/loket/core/i18n/core_" + language
                + ".properties")) {
            assertThat(in).as("bundle core_%s.properties", language).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothBundlesHaveExactlyTheSameKeys() throws IOException {
        Set<String> id = new TreeSet<>(load("id").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("en").stringPropertyNames());
        Set<String> onlyId = new TreeSet<>(id);
        onlyId.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(id);
        assertThat(onlyId).as("keys only in core_id.properties").isEmpty();
        assertThat(onlyEn).as("keys only in core_en.properties").isEmpty();
        assertThat(id).isNotEmpty();
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String lang : new String[] {"id", "en"}) {
            Properties p = load(lang);
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key)).as("%s in %s", key, lang).isNotBlank();
            }
        }
    }

    @Test
    void bundlesAreReadAsUtf8AndApostrophesSurviveMessageFormat() {
        assertThat(Messages.ENGLISH.text("name.error.hajjWords", 3, 2)).contains("father's name");
    }

    @Test
    void theLocaleDecidesTheLanguageNotTheJvmDefault() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(new Messages(Locale.of("id")).text("nik.error.required")).isEqualTo("NIK wajib diisi.");
            Locale.setDefault(Locale.of("id"));
            assertThat(new Messages(Locale.ENGLISH).text("nik.error.required")).isEqualTo("The NIK is required.");
            assertThatThrownBy(() -> new Messages(Locale.FRENCH)).isInstanceOf(MissingResourceException.class);
        } finally {
            Locale.setDefault(saved);
        }
        assertThat(Messages.INDONESIAN.locale().getLanguage()).isEqualTo("id");
        assertThat(Messages.ENGLISH.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void rendersArgumentsDatesEnumsAndNestedMessages() {
        Message m = Message.of("nik.warning.birthDate", LocalDate.of(1974, 8, 12), LocalDate.of(1974, 8, 13));
        assertThat(Messages.INDONESIAN.render(m)).startsWith("Tanggal lahir menurut NIK (12 Agustus 1974)");
        assertThat(Messages.ENGLISH.render(m)).contains("(12 August 1974)");
        assertThat(Messages.ENGLISH.render(Message.of("workflow.refused.same", ProbeState.DRAFT)))
                .isEqualTo("The application is already DRAFT.");
        assertThat(Messages.ENGLISH.render(Message.of("workflow.finalise.missing", Message.of("field.birthDate"))))
                .isEqualTo("Date of birth is required.");
    }

    @Test
    void aMissingKeyIsVisibleButDoesNotThrow() {
        assertThat(Messages.ENGLISH.has("no.such.key")).isFalse();
        assertThat(Messages.ENGLISH.text("no.such.key")).isEqualTo("[no.such.key]");
    }

    @Test
    void messagesAreValuesAndTolerateNullArguments() {
        assertThat(Message.of("k", 1, "a")).isEqualTo(new Message("k", java.util.List.of(1, "a")));
        assertThat(Message.of("k", (Object) null).args()).containsExactly((Object) null);
        assertThat(Message.of("k").args()).isEmpty();
        assertThat(Messages.ENGLISH.text("nik.error.length", (Object) null)).contains("(entered: )");
    }

    /** An enum without bundle labels renders by name. */
    private enum ProbeState { DRAFT }
}
