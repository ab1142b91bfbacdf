package id.loket.core.workflow;

import java.util.Locale;

/**
 * Who is acting on an application, as the workflow sees it. The officer roles mirror
 * {@code officer.Role} by name (map with {@link #fromName}); the workflow keeps its own enum so
 * it does not depend on the officer package. {@link #CENTRE} is the central system, whose status
 * updates (approval, rejection) arrive through sync.
 */
public enum ActorRole {
    OFFICER,
    SUPERVISOR,
    ADMINISTRATOR,
    CENTRE;

    /** True for roles allowed to confirm a finger exception or skip a finger. */
    public boolean confirmsFingerExceptions() {
        return this == SUPERVISOR || this == ADMINISTRATOR;
    }

    /** The role with this name, ignoring case (e.g. {@code fromName(officer.role().name())}). */
    public static ActorRole fromName(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
}
