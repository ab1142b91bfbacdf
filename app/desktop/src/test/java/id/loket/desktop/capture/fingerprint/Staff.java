package id.loket.desktop.capture.fingerprint;

import id.loket.core.CoreServices;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;

/** The counter staff of the fingerprint tests: ayu (administrator), budi (officer) and sari (supervisor), one password. */
final class Staff {

    static final String PASSWORD = "rahasia-123";

    private Staff() {
    }

    /** Creates the three in the store and returns budi, the officer at the counter. */
    static Officer hire(CoreServices core) {
        Officer admin = core.officers().createFirstAdministrator("ayu", "Ayu Lestari", PASSWORD.toCharArray());
        Officer officer = core.officers().add(admin, "budi", "Budi Santoso", Role.OFFICER, PASSWORD.toCharArray());
        core.officers().add(admin, "sari", "Sari Dewi", Role.SUPERVISOR, PASSWORD.toCharArray());
        return officer;
    }
}
