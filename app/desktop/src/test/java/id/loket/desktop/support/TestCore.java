package id.loket.desktop.support;

import id.loket.core.CoreServices;
import id.loket.core.officer.PasswordHasher;
import id.loket.desktop.i18n.I18n;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The real core on a temporary directory, with a fixed clock, a fast password hasher and the Indonesian texts. */
public final class TestCore {

    /** 23 November 2026, 10:00 in Denpasar (WITA). */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Makassar"));

    private TestCore() {
    }

    public static CoreServices open(Path home) {
        return CoreServices.open(home, CLOCK, fastHasher());
    }

    /** The UI texts in Bahasa Indonesia, dates in the clock's zone. */
    public static I18n indonesian() {
        return new I18n(I18n.INDONESIAN, CLOCK.getZone());
    }

    public static PasswordHasher fastHasher() {
        return new PasswordHasher(1_000);
    }
}
