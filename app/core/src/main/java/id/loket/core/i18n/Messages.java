package id.loket.core.i18n;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Renders {@link Message}s in one language from the core bundles. The bundles are loaded with a
 * no-fallback control so the JVM's default locale never decides which language an officer sees.
 * Dates render as "12 Agustus 1974" / "12 August 1974"; enum arguments render through the key
 * {@code enum.<SimpleName>.<CONSTANT>} when the bundle has it.
 */
public final class Messages {

    /** Base name of the core bundles ({@code id/loket/core/i18n/core_id.properties}, {@code _en}). */
    public static final String BUNDLE = "id.loket.core.i18n.core";
    /** Bahasa Indonesia, the default language of the counters. */
    public static final Messages INDONESIAN = new Messages(Locale.of("id"));
    /** English. */
    public static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dates;

    /** Loads the core bundle for exactly this locale; fails if no such bundle exists. */
    public Messages(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        if (!bundle.getLocale().getLanguage().equals(locale.getLanguage())) {
            throw new MissingResourceException("no core bundle for " + locale, BUNDLE, "");
        }
        this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    }

    public Locale locale() {
        return locale;
    }

    /** True when the bundle has this key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** All keys of this language's bundle. */
    public Set<String> keys() {
        return bundle.keySet();
    }

    /**
     * The text for a key with its arguments. A missing key renders as {@code [key]} rather than
     * failing, so a screen never breaks over a text; the bundle tests keep this from happening.
     */
    public String text(String key, Object... args) {
        if (!bundle.containsKey(key)) {
            return "[" + key + "]";
        }
        String pattern = bundle.getString(key);
        if (args == null || args.length == 0) {
            return new MessageFormat(pattern, locale).format(new Object[0]);
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = shown(args[i]);
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** The text of a message in this language. */
    public String render(Message message) {
        return text(message.key(), message.args().toArray());
    }

    private Object shown(Object arg) {
        if (arg instanceof LocalDate date) {
            return dates.format(date);
        }
        if (arg instanceof Enum<?> e) {
            String key = "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
            return bundle.containsKey(key) ? bundle.getString(key) : e.name();
        }
        if (arg instanceof Message nested) {
            return render(nested);
        }
        return arg == null ? "" : arg;
    }
}
