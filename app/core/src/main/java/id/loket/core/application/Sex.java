package id.loket.core.application;

/** Sex as recorded on the e-KTP; the NIK encodes it by adding 40 to a woman's day of birth. */
public enum Sex {
    MALE,
    FEMALE
}
