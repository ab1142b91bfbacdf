package id.loket.core.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One audit-log entry: who did what to which subject, when, with details (never passwords or
 * biometric bytes). {@code hash} = SHA-256(prevHash + canonical JSON of the content), so changing
 * any entry breaks the chain from that entry on.
 *
 * @param seq      1, 2, ... without gaps
 * @param subject  what was acted on (a username, an application id); may be null
 * @param prevHash hash of the entry before (64 zeros for the first)
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String subject,
                         Map<String, String> details, String prevHash, String hash) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(details));
    }

    /** The hashed content: everything except the hashes, as a map for canonical JSON. */
    Map<String, Object> content() {
        Map<String, Object> m = new TreeMap<>();
        m.put("seq", seq);
        m.put("at", at.toString());
        m.put("actor", actor);
        m.put("action", action);
        m.put("subject", subject);
        m.put("details", details);
        return m;
    }
}
