package id.loket.core.application;

import java.time.Instant;

/**
 * The interview (wawancara). The purpose of travel lives on {@link Application}; this holds who
 * interviewed, when, and the notes.
 */
public record Interview(String interviewedBy, Instant interviewedAt, String notes) {
}
