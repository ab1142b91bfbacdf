package id.loket.core.name.search;

import id.loket.core.workflow.ApplicationState;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An application found by a search, with what an officer needs to tell it apart; the whole record
 * is {@code ApplicationRepository.find(id)}.
 *
 * @param receiptNumber null for a draft
 * @param score         how similar its name is to the name searched for (1 for lookups by number)
 */
public record ApplicationHit(UUID id, String receiptNumber, ApplicationState state, String fullName,
                             LocalDate birthDate, String nik, double score) {

    /** The same hit with another score. */
    ApplicationHit withScore(double value) {
        return new ApplicationHit(id, receiptNumber, state, fullName, birthDate, nik, value);
    }
}
