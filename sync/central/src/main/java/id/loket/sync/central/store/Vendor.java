package id.loket.sync.central.store;

import java.util.Locale;

/** The databases the centre runs on, told apart by the JDBC URL. */
public enum Vendor {
    H2("BLOB"),
    POSTGRESQL("BYTEA");

    private final String bytesType;

    Vendor(String bytesType) {
        this.bytesType = bytesType;
    }

    /** The column type for chunk bytes (the {@code ${bytes}} migration placeholder). */
    public String bytesType() {
        return bytesType;
    }

    /**
     * The vendor of a JDBC URL.
     *
     * @throws IllegalArgumentException for anything but H2 and PostgreSQL
     */
    public static Vendor of(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("the centre runs on H2 or PostgreSQL, not on " + jdbcUrl.split(":", 3)[1]);
    }
}
