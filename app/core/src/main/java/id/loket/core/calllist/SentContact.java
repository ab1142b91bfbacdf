package id.loket.core.calllist;

import java.time.Instant;
import java.util.UUID;

/** A contact as recorded: what was sent to whom, how, by which officer and when. */
public record SentContact(UUID subjectId, CallStatus status, String fullName, String phone, String message,
                          String channel, String sentBy, Instant sentAt) {
}
