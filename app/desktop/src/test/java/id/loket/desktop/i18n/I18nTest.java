package id.loket.desktop.i18n;

import id.loket.core.application.Sex;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Role;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class I18nTest {

    private final I18n i18n = new I18n(I18n.INDONESIAN, ZoneId.of("Asia/Makassar"));

    @Test
    void startsInIndonesianAndSwitchesBindingsToEnglish() {
        StringBinding title = i18n.bind("login.title");
        assertThat(title.get()).isEqualTo("Masuk");
        i18n.setLocale(I18n.ENGLISH);
        assertThat(title.get()).isEqualTo("Sign in");
        i18n.setLocale(I18n.INDONESIAN);
        assertThat(title.get()).isEqualTo("Masuk");
    }

    @Test
    void messageBindingFollowsBothTheMessageAndTheLanguage() {
        SimpleObjectProperty<Message> error = new SimpleObjectProperty<>();
        StringBinding text = i18n.bind(error);
        assertThat(text.get()).isEmpty();
        error.set(Message.of("login.error.failed", 3));
        assertThat(text.get()).contains("Sisa 3 kali percobaan");
        i18n.setLocale(I18n.ENGLISH);
        assertThat(text.get()).contains("3 attempts left");
        error.set(Message.of("login.error.failed", 1));
        assertThat(text.get()).contains("1 attempt left");
    }

    @Test
    void rendersCoreMessagesEnumsDatesAndInstants() {
        assertThat(i18n.render(Message.of("nik.error.required"))).isEqualTo(i18n.core().text("nik.error.required"));
        assertThat(i18n.text("cli.nik.sex", Sex.FEMALE)).isEqualTo("Jenis kelamin: " + i18n.core().text("enum.Sex.FEMALE"));
        assertThat(i18n.text("home.officer", "Ayu", Role.OFFICER)).isEqualTo("Ayu · petugas");
        assertThat(i18n.text("cli.nik.birthDate", LocalDate.of(1990, 8, 7))).isEqualTo("Tanggal lahir: 7 Agustus 1990");
        assertThat(i18n.text("login.error.locked", Instant.parse("2026-11-23T02:15:00Z")))
                .contains("23 November 2026 10:15");
        i18n.setLocale(I18n.ENGLISH);
        assertThat(i18n.text("cli.nik.birthDate", LocalDate.of(1990, 8, 7))).isEqualTo("Date of birth: 7 August 1990");
    }

    @Test
    void unknownKeyIsVisibleAndUnsupportedLanguageRefused() {
        assertThat(i18n.text("no.such.key")).isEqualTo("[no.such.key]");
        assertThatThrownBy(() -> i18n.setLocale(java.util.Locale.FRENCH)).isInstanceOf(IllegalArgumentException.class);
    }
}
