package id.loket.core.queue;

/**
 * One appointment as typed by an officer or read from a CSV row, before validation. Fields are
 * text exactly as given: {@link AppointmentRules} trims, parses and checks them.
 *
 * @param birthDate {@code yyyy-MM-dd}, {@code dd/MM/yyyy} or {@code dd-MM-yyyy}
 */
public record AppointmentInput(String fullName, String birthDate, String nik, String bookingCode) {
}
