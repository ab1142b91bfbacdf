package id.loket.core.application;

/**
 * Whether Dukcapil has confirmed the NIK. Offline a NIK can only be checked for shape, so every
 * record starts {@link #UNVERIFIED}; the centre's answer sets the other values.
 */
public enum NikVerification {
    UNVERIFIED,
    VERIFIED,
    NOT_FOUND
}
