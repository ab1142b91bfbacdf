package id.loket.sync.protocol.appointment;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One M-Paspor appointment as the centre's feed gives it.
 *
 * @param bookingCode the applicant's booking code
 * @param fullName    as booked
 * @param birthDate   date of birth
 * @param nik         16-digit NIK
 * @param slot        booked time slot, or null
 */
public record WireAppointment(String bookingCode, String fullName, LocalDate birthDate, String nik, LocalTime slot) {
}
