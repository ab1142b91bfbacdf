package id.loket.core.officer;

import java.util.Objects;
import java.util.UUID;

/** A person who may log in at this device. Holds no password material. */
public record Officer(UUID id, String username, String fullName, Role role, boolean active) {

    public Officer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }
}
