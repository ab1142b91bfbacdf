package id.loket.core.name.search;

import java.util.Set;

/**
 * An application that may be the same applicant as the one being captured.
 *
 * @param hit     the application, its score the similarity of the names
 * @param reasons why it is a candidate, never empty
 */
public record DuplicateCandidate(ApplicationHit hit, Set<Reason> reasons) {

    /** Why an application is a duplicate candidate. */
    public enum Reason {
        /** The same NIK and a similar name: most likely the same person applying again. */
        SAME_NIK,
        /** The same NIK with a name that is not similar: a typing error in one NIK, or a borrowed NIK. */
        SAME_NIK_DIFFERENT_NAME,
        /** A similar name and the same date of birth. */
        SIMILAR_NAME_SAME_BIRTH_DATE
    }

    public DuplicateCandidate {
        reasons = Set.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a duplicate candidate needs a reason");
        }
    }
}
