package id.loket.core.nik;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Indonesian province codes (Kemendagri), the first two digits of a NIK, including the Papua
 * provinces created in 2022 (93-96). A NIK keeps the code of the province where it was first
 * issued, so a code is valid even if the person now lives elsewhere.
 */
public final class Provinces {

    private static final Map<String, String> NAMES = build();

    private Provinces() {
    }

    private static Map<String, String> build() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("11", "Aceh");
        m.put("12", "Sumatera Utara");
        m.put("13", "Sumatera Barat");
        m.put("14", "Riau");
        m.put("15", "Jambi");
        m.put("16", "Sumatera Selatan");
        m.put("17", "Bengkulu");
        m.put("18", "Lampung");
        m.put("19", "Kepulauan Bangka Belitung");
        m.put("21", "Kepulauan Riau");
        m.put("31", "DKI Jakarta");
        m.put("32", "Jawa Barat");
        m.put("33", "Jawa Tengah");
        m.put("34", "DI Yogyakarta");
        m.put("35", "Jawa Timur");
        m.put("36", "Banten");
        m.put("51", "Bali");
        m.put("52", "Nusa Tenggara Barat");
        m.put("53", "Nusa Tenggara Timur");
        m.put("61", "Kalimantan Barat");
        m.put("62", "Kalimantan Tengah");
        m.put("63", "Kalimantan Selatan");
        m.put("64", "Kalimantan Timur");
        m.put("65", "Kalimantan Utara");
        m.put("71", "Sulawesi Utara");
        m.put("72", "Sulawesi Tengah");
        m.put("73", "Sulawesi Selatan");
        m.put("74", "Sulawesi Tenggara");
        m.put("75", "Gorontalo");
        m.put("76", "Sulawesi Barat");
        m.put("81", "Maluku");
        m.put("82", "Maluku Utara");
        m.put("91", "Papua");
        m.put("92", "Papua Barat");
        m.put("93", "Papua Selatan");
        m.put("94", "Papua Tengah");
        m.put("95", "Papua Pegunungan");
        m.put("96", "Papua Barat Daya");
        return Collections.unmodifiableMap(m);
    }

    /** The province name for a two-digit code, if the code exists. */
    public static Optional<String> name(String code) {
        return Optional.ofNullable(NAMES.get(code));
    }

    /** All codes and names in code order (38 provinces). */
    public static Map<String, String> all() {
        return NAMES;
    }
}
