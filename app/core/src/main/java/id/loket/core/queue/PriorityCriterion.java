package id.loket.core.queue;

/**
 * Why a walk-in was given the priority lane (Ramah HAM service). Recorded on the ticket so a
 * supervisor can check afterwards that the priority lane was used for the people it is meant for.
 */
public enum PriorityCriterion {
    /** Aged 60 or older. */
    ELDERLY_60_PLUS,
    /** A child under five years old. */
    CHILD_UNDER_5,
    PREGNANT,
    DISABLED,
    SICK
}
