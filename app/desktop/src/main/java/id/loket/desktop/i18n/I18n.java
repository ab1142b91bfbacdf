package id.loket.desktop.i18n;

import id.loket.core.i18n.Message;
import id.loket.core.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The one text facade of the desktop: UI keys come from {@code ui_id}/{@code ui_en}, core
 * {@link Message}s are rendered by core's {@link Messages}. The language is a property, so views
 * that bind through {@link #bind} re-render every text when the officer switches language.
 * Bahasa Indonesia is the default; the JVM's default locale never decides.
 */
public final class I18n {

    /** Base name of the desktop bundles. */
    public static final String BUNDLE = "id.loket.desktop.i18n.ui";
    /** Bahasa Indonesia. */
    public static final Locale INDONESIAN = Locale.of("id");
    /** English. */
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** Every language the UI ships, default first. */
    public static final List<Locale> LANGUAGES = List.of(INDONESIAN, ENGLISH);

    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ZoneId zone;

    /** Starts in Bahasa Indonesia, showing instants in the system time zone. */
    public I18n() {
        this(INDONESIAN, ZoneId.systemDefault());
    }

    /**
     * @param locale the starting language
     * @param zone   the zone instants (such as a lockout end) are shown in
     */
    public I18n(Locale locale, ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
        setLocale(locale);
    }

    /** Loads the desktop bundle for exactly one language (no fallback to the JVM default locale). */
    public static ResourceBundle bundle(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        if (!bundle.getLocale().getLanguage().equals(locale.getLanguage())) {
            throw new IllegalArgumentException("no UI bundle for " + locale);
        }
        return bundle;
    }

    /** Switches language; every binding made through {@link #bind} updates. */
    public void setLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        Locale chosen = LANGUAGES.stream()
                .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unsupported language " + locale));
        if (language.get() == null || !language.get().locale().equals(chosen)) {
            language.set(new Language(chosen, bundle(chosen), new Messages(chosen)));
        }
    }

    public Locale locale() {
        return language.get().locale();
    }

    /** Observable current language, for views that need to react beyond text bindings. */
    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language;
    }

    /** Core's renderer for the current language. */
    public Messages core() {
        return language.get().core();
    }

    /** True when the desktop bundle of the current language has this key. */
    public boolean has(String key) {
        return language.get().bundle().containsKey(key);
    }

    /**
     * The text for a key: the desktop bundle first, then the core bundle; a key in neither renders
     * as {@code [key]} (the bundle tests keep that from reaching an officer).
     */
    public String text(String key, Object... args) {
        Language current = language.get();
        if (current.bundle().containsKey(key)) {
            String pattern = current.bundle().getString(key);
            Object[] shown = args == null ? new Object[0] : args.clone();
            for (int i = 0; i < shown.length; i++) {
                shown[i] = shown(current, shown[i]);
            }
            return new MessageFormat(pattern, current.locale()).format(shown);
        }
        return current.core().text(key, args);
    }

    private Object shown(Language current, Object arg) {
        if (arg instanceof Message nested) {
            return render(nested);
        }
        if (arg instanceof Enum<?> e) {
            String key = "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
            if (current.bundle().containsKey(key)) {
                return current.bundle().getString(key);
            }
            return current.core().has(key) ? current.core().text(key) : e.name();
        }
        if (arg instanceof LocalDate date) {
            return DateTimeFormatter.ofPattern("d MMMM yyyy", current.locale()).format(date);
        }
        if (arg instanceof Instant instant) {
            return DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", current.locale())
                    .format(instant.atZone(zone));
        }
        return arg == null ? "" : arg;
    }

    /** Renders a message (desktop key or core key) in the current language. */
    public String render(Message message) {
        return text(message.key(), message.args().toArray());
    }

    /** A text that follows the language. */
    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> text(key, args), language);
    }

    /**
     * A text that follows both the language and a changing message; an absent message renders
     * as the empty string.
     */
    public StringBinding bind(ObservableValue<Message> message) {
        return Bindings.createStringBinding(() -> message.getValue() == null ? "" : render(message.getValue()),
                language, message);
    }

    /**
     * One loaded language.
     *
     * @param locale the language
     * @param bundle the desktop texts
     * @param core   core's renderer
     */
    public record Language(Locale locale, ResourceBundle bundle, Messages core) {
    }
}
