package id.loket.core.officer;

import java.time.Instant;

/** The outcome of a login attempt. */
public sealed interface LoginResult {

    /** Username and password matched an active, unlocked officer. */
    record Success(Officer officer) implements LoginResult {
    }

    /** Wrong username or password; {@code attemptsLeft} before the account locks. */
    record Failed(int attemptsLeft) implements LoginResult {
    }

    /** Too many failures: no login until {@code until}. */
    record LockedOut(Instant until) implements LoginResult {
    }
}
