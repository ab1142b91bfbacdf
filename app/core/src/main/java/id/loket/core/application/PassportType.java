package id.loket.core.application;

/** Electronic (chip) or non-electronic passport; the type sets the fee. */
public enum PassportType {
    ELECTRONIC,
    NON_ELECTRONIC
}
