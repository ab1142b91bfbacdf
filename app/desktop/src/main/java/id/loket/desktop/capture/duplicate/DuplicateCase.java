package id.loket.desktop.capture.duplicate;

import id.loket.core.name.search.DuplicateCandidate.Reason;

import java.util.List;
import java.util.Set;

/**
 * The applicant being captured beside the stored applications that may be the same person.
 *
 * @param current    the draft being captured
 * @param candidates most likely the same person first; never empty
 */
public record DuplicateCase(ApplicantSummary current, List<Candidate> candidates) {

    public DuplicateCase {
        candidates = List.copyOf(candidates);
    }

    /**
     * One stored application that resembles the applicant.
     *
     * @param score   how similar the names are, in [0, 1]
     * @param reasons why it is shown (same NIK, similar name and same birth date)
     */
    public record Candidate(ApplicantSummary summary, double score, Set<Reason> reasons) {
    }
}
