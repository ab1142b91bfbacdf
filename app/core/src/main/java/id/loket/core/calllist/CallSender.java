package id.loket.core.calllist;

import java.io.IOException;

/**
 * How a message reaches an applicant. Today: a CSV file for the staff who phone by hand
 * ({@link CsvCallSender}) or an officer marking a call made by hand ({@link HandCallSender}); an
 * SMS gateway can be added as another implementation. {@link CallList} records every contact a
 * sender accepted, with the sender's {@link #channel()}.
 */
public interface CallSender {

    /** The channel recorded with each contact, e.g. {@code CSV}, {@code HAND}, {@code SMS}. */
    String channel();

    /**
     * Delivers one message; returning normally means it was handed over and will be recorded.
     *
     * @throws IOException when it could not be (nothing is recorded for this contact)
     */
    void send(Contact contact, String text) throws IOException;
}
