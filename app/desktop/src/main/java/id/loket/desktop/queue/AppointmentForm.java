package id.loket.desktop.queue;

import id.loket.core.i18n.Message;
import id.loket.core.queue.AppointmentInput;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The typed-in appointment: four text fields and, per field, the core's first error and first
 * warning for it (the core checks; this only sorts its messages to the field they are about).
 */
public final class AppointmentForm {

    /** The fields of the form. */
    public enum Field {
        NAME, BIRTH_DATE, NIK, BOOKING_CODE
    }

    private final Map<Field, StringProperty> values = new EnumMap<>(Field.class);
    private final Map<Field, ObjectProperty<Message>> errors = new EnumMap<>(Field.class);
    private final Map<Field, ObjectProperty<Message>> warnings = new EnumMap<>(Field.class);

    public AppointmentForm() {
        for (Field f : Field.values()) {
            values.put(f, new SimpleStringProperty(""));
            errors.put(f, new SimpleObjectProperty<>());
            warnings.put(f, new SimpleObjectProperty<>());
        }
    }

    /** The text typed into a field. */
    public StringProperty value(Field field) {
        return values.get(field);
    }

    /** The core's first error about a field, or null. */
    public ObjectProperty<Message> error(Field field) {
        return errors.get(field);
    }

    /** The core's first warning about a field (e.g. the NIK's birth date differs), or null. */
    public ObjectProperty<Message> warning(Field field) {
        return warnings.get(field);
    }

    /** What was typed, as the core's input record. */
    AppointmentInput input() {
        return new AppointmentInput(value(Field.NAME).get(), value(Field.BIRTH_DATE).get(), value(Field.NIK).get(),
                value(Field.BOOKING_CODE).get());
    }

    /**
     * Shows the core's messages at their fields.
     *
     * @return the messages about no particular field (shown for the form as a whole)
     */
    List<Message> show(List<Message> errorMessages, List<Message> warningMessages) {
        clearMessages();
        List<Message> general = new ArrayList<>();
        place(errorMessages, errors, general);
        place(warningMessages, warnings, general);
        return general;
    }

    private static void place(List<Message> messages, Map<Field, ObjectProperty<Message>> target,
                              List<Message> general) {
        for (Message m : messages) {
            Field field = fieldOf(m.key());
            if (field == null) {
                general.add(m);
            } else if (target.get(field).get() == null) {
                target.get(field).set(m);
            }
        }
    }

    /** Which field a core message key is about; null when none. */
    static Field fieldOf(String key) {
        if (key.startsWith("nik.")) {
            return Field.NIK;
        }
        if (key.startsWith("queue.appointment.name")) {
            return Field.NAME;
        }
        if (key.startsWith("queue.appointment.birthDate")) {
            return Field.BIRTH_DATE;
        }
        if (key.startsWith("queue.appointment.bookingCode") || key.startsWith("queue.import.duplicateInFile")) {
            return Field.BOOKING_CODE;
        }
        return null;
    }

    /** Empties the fields and their messages (after a successful save). */
    void clear() {
        values.values().forEach(v -> v.set(""));
        clearMessages();
    }

    void clearMessages() {
        errors.values().forEach(e -> e.set(null));
        warnings.values().forEach(w -> w.set(null));
    }
}
