package id.loket.core.queue;

/** How an appointment reached this device: typed in by an officer or imported from an M-Paspor CSV export. */
public enum AppointmentSource {
    MANUAL,
    CSV
}
