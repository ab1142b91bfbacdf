package id.loket.core.name;

import java.util.Locale;
import java.util.Set;

/**
 * Titles and academic degrees that are not part of a person's name: the one list that both the
 * passport name ({@link PassportName}) and name matching ({@code id.loket.core.name.match}) use.
 * Words are compared upper case with dots removed ("S.Pd." is "SPD").
 */
public final class NameTitles {

    /** Leading honorifics: haji, hajjah, kyai haji, doctor, doktorandus/doktoranda, insinyur, professor. */
    private static final Set<String> PREFIX_TITLES = Set.of("H", "HJ", "KH", "DR", "DRS", "DRA", "IR", "PROF");

    /** Academic degrees, written after the name. */
    private static final Set<String> DEGREES = Set.of("SE", "SH", "SKOM", "SPD", "SPDI", "SAG", "SSOS", "SIP", "ST",
            "SSI", "SKED", "SKM", "SFARM", "SPSI", "SS", "SIKOM", "SHI", "SKEP", "STP", "SP", "SSTP", "AMD", "AMDKEB",
            "AMDKEP", "MM", "MPD", "MSI", "MT", "MH", "MKES", "MSC", "MA", "MAG", "MBA", "MKOM", "MHUM", "MPH",
            "MSTAT", "PHD", "SPA", "SPOG", "SPPD", "SPB", "LC", "APT", "BSC", "BA");

    private NameTitles() {
    }

    /** True for a leading title such as "H.", "Hj", "Dr.", "Ir." (any case, dots ignored). */
    public static boolean isPrefixTitle(String word) {
        return word != null && PREFIX_TITLES.contains(plain(word));
    }

    /** True for an academic degree such as "S.E.", "M.Pd", "SH" (any case, dots ignored). */
    public static boolean isDegree(String word) {
        return word != null && DEGREES.contains(plain(word));
    }

    private static String plain(String word) {
        return word.replace(".", "").toUpperCase(Locale.ROOT);
    }
}
