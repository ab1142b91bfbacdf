package id.loket.core.application;

/** Regular service (about 3 working days after payment) or same-day express (percepatan). */
public enum ServiceLevel {
    REGULAR,
    EXPRESS
}
