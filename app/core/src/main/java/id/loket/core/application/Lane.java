package id.loket.core.application;

/**
 * How the applicant reached the counter: an M-Paspor appointment, an ordinary walk-in, a priority walk-in
 * (Ramah HAM: 60+, under 5, pregnant, disabled, sick), a collective group (Eazy Paspor,
 * mobile team), or a hajj/umrah-only session. Lanes have separate quotas.
 */
public enum Lane {
    APPOINTMENT,
    WALK_IN,
    PRIORITY,
    COLLECTIVE,
    HAJJ_UMRAH_SESSION
}
