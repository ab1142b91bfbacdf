package id.loket.core.application;

/**
 * Why the applicant is here: a first passport, a renewal of an expiring or expired one, or a
 * replacement of a lost or damaged one. The kind decides which name rules are errors and which
 * are only notes (an existing single name is legal on a renewal).
 */
public enum ApplicationKind {
    NEW,
    RENEWAL,
    REPLACEMENT_LOST,
    REPLACEMENT_DAMAGED;

    /** True for every kind where the applicant already holds (or held) an Indonesian passport. */
    public boolean hasPreviousPassport() {
        return this != NEW;
    }
}
