package id.loket.core.officer;

/** What an officer may do: administrators manage officers, supervisors confirm exceptions. */
public enum Role {
    ADMINISTRATOR,
    SUPERVISOR,
    OFFICER
}
