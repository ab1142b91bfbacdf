package id.loket.core.queue;

import id.loket.core.i18n.Message;
import id.loket.core.nik.NikCheck;
import id.loket.core.nik.NikValidator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks one appointment before it is stored, the same way for typed-in and imported ones: a
 * name, a real birth date not in the future ({@code yyyy-MM-dd}, {@code dd/MM/yyyy} or
 * {@code dd-MM-yyyy}), a NIK without errors (a NIK that disagrees with the birth date is only a
 * warning, as the law allows), and a booking code. Uniqueness of the booking code needs the
 * store and is checked by {@link AppointmentBook}.
 */
public final class AppointmentRules {

    /** Longest name and booking code stored. */
    public static final int MAX_NAME = 200;
    public static final int MAX_BOOKING_CODE = 64;
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT));

    private AppointmentRules() {
    }

    /**
     * A checked appointment: normalised values (null where unusable), errors that refuse it, and
     * warnings that do not.
     */
    public record Checked(String fullName, LocalDate birthDate, String nik, String bookingCode,
                          List<Message> errors, List<Message> warnings) {

        public Checked {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /**
     * A checked person (name, birth date, NIK) as an imported list gives them: normalised values (null
     * where unusable), errors that refuse the row and warnings that do not.
     */
    public record Person(String fullName, LocalDate birthDate, String nik, List<Message> errors,
                         List<Message> warnings) {

        public Person {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /**
     * Checks a person's name, birth date and NIK the way appointments are checked; {@code today}
     * bounds the birth date and resolves the NIK's century. Shared with the booth's applicant list.
     */
    public static Person checkPerson(String fullName, String birthDateText, String nikText, LocalDate today) {
        List<Message> errors = new ArrayList<>();
        List<Message> warnings = new ArrayList<>();
        String name = fullName == null ? "" : fullName.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            errors.add(Message.of("queue.appointment.nameRequired"));
        } else if (name.length() > MAX_NAME) {
            errors.add(Message.of("queue.appointment.nameTooLong", MAX_NAME));
        }
        LocalDate birthDate = birthDate(birthDateText, today, errors);
        NikCheck nik = NikValidator.check(nikText, birthDate, null, today);
        errors.addAll(nik.errors());
        warnings.addAll(nik.warnings());
        return new Person(name.isEmpty() ? null : name, birthDate, nik.valid() ? nikText.strip() : null, errors,
                warnings);
    }

    /** Checks an appointment; {@code today} bounds the birth date and resolves the NIK's century. */
    public static Checked check(AppointmentInput input, LocalDate today) {
        Person person = checkPerson(input.fullName(), input.birthDate(), input.nik(), today);
        List<Message> errors = new ArrayList<>(person.errors());
        String code = bookingCode(input.bookingCode());
        if (code.isEmpty()) {
            errors.add(Message.of("queue.appointment.bookingCodeRequired"));
        } else if (code.length() > MAX_BOOKING_CODE) {
            errors.add(Message.of("queue.appointment.bookingCodeTooLong", MAX_BOOKING_CODE));
        }
        return new Checked(person.fullName(), person.birthDate(), person.nik(), code, errors, person.warnings());
    }

    /** A booking code as stored: trimmed and upper-case, so "ab12" and " AB12 " are the same booking. */
    public static String bookingCode(String raw) {
        return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    }

    /** Parses a birth date in one of the accepted formats; null (and an error) when it is none of them. */
    static LocalDate birthDate(String raw, LocalDate today, List<Message> errors) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            errors.add(Message.of("queue.appointment.birthDateRequired"));
            return null;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                LocalDate date = LocalDate.parse(text, format);
                if (date.isAfter(today)) {
                    errors.add(Message.of("queue.appointment.birthDateFuture", date));
                    return null;
                }
                return date;
            } catch (DateTimeParseException notThisFormat) {
                // try the next format
            }
        }
        errors.add(Message.of("queue.appointment.birthDateFormat", text));
        return null;
    }
}
