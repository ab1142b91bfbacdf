package id.loket.core.i18n;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A user-facing text that is not yet rendered: a bundle key plus its arguments. Rules produce
 * messages rather than strings so the same refusal can be shown in Bahasa Indonesia or English
 * (see {@link Messages}) and so tests can assert on the key instead of on wording.
 *
 * @param key  key present in both {@code core_id.properties} and {@code core_en.properties}
 * @param args {@link java.text.MessageFormat} arguments; may contain nulls
 */
public record Message(String key, List<Object> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
    }

    /** A message with positional arguments ({@code {0}}, {@code {1}}, ...). */
    public static Message of(String key, Object... args) {
        return new Message(key, args == null ? List.of() : Arrays.asList(args));
    }
}
