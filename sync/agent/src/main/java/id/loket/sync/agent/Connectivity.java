package id.loket.sync.agent;

/** What the last health probe found; the agent believes this, not the OS's network flags. */
public enum Connectivity {
    /** The centre answered the health probe with UP. */
    ONLINE,
    /** The centre answered, but not UP (maintenance, overload, wrong protocol version). */
    DEGRADED,
    /** No answer: refused, timed out, DNS failure, TLS failure. */
    OFFLINE
}
