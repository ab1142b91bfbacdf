package id.loket.core.audit;

import id.loket.core.i18n.Message;

/**
 * The result of walking the audit chain.
 *
 * @param entriesChecked entries whose hashes were recomputed
 * @param firstBrokenSeq sequence number of the first broken entry, null when intact
 * @param problem        what is wrong there, null when intact
 */
public record AuditVerification(boolean ok, long entriesChecked, Long firstBrokenSeq, AuditProblem problem) {

    public AuditVerification {
        if (ok != (firstBrokenSeq == null && problem == null)) {
            throw new IllegalArgumentException("ok exactly when nothing is broken");
        }
    }

    static AuditVerification intact(long checked) {
        return new AuditVerification(true, checked, null, null);
    }

    static AuditVerification broken(long checked, long seq, AuditProblem problem) {
        return new AuditVerification(false, checked, seq, problem);
    }

    /** The outcome as a text for the officer or the CLI. */
    public Message message() {
        return ok ? Message.of("audit.verify.ok", entriesChecked)
                : Message.of("audit.verify.broken", firstBrokenSeq, problem);
    }
}
