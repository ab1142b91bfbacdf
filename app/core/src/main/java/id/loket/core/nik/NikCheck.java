package id.loket.core.nik;

import id.loket.core.i18n.Message;

import java.util.List;
import java.util.Optional;

/**
 * Result of checking a NIK. Errors block the application; warnings (the NIK disagrees with the
 * stated birth date or sex, which is legal) are shown to the officer but never block.
 *
 * @param fields present only when there are no errors
 */
public record NikCheck(String input, Optional<NikFields> fields, List<Message> errors, List<Message> warnings) {

    public NikCheck {
        fields = fields == null ? Optional.empty() : fields;
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** True when the NIK has no errors (warnings allowed). */
    public boolean valid() {
        return errors.isEmpty();
    }
}
