package id.loket.core.name;

import id.loket.core.i18n.Message;

import java.util.List;

/**
 * Result of the name rules for one application. Errors block finalising; notes tell the officer
 * something legal but unusual (an existing single name on a renewal).
 */
public record NameCheck(String passportName, List<Message> errors, List<Message> notes) {

    public NameCheck {
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
