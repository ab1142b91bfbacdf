package id.loket.sync.protocol.status;

/** What the centre decided or did about a record, reported back through the status feed. */
public enum Decision {
    APPROVED,
    REJECTED,
    PRINTED
}
