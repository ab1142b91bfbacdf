package id.loket.sync.protocol.appointment;

import java.time.LocalDate;
import java.util.List;

/** {@code GET /v1/appointments?office=DPS&date=2026-11-23}: an office's appointments of one day. */
public record AppointmentsPage(String officeCode, LocalDate date, List<WireAppointment> appointments) {
}
