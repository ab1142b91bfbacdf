package id.loket.bench.names;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import static id.loket.bench.names.NamePools.*;

/**
 * Synthetic applicants, the same for the same seed and index (so a query can name an applicant
 * without keeping a million in memory): names of Javanese, Arab-derived, Sundanese, Balinese, Batak,
 * Chinese-Indonesian and Christian patterns, common names more often; people born before 1965
 * sometimes in the old spelling; a few with titles, degrees or bin / binti; birth dates from 1940
 * with the 1 January and 31 December of unknown dates; a NIK that fits the birth date.
 */
final class SyntheticNames {

    record Person(UUID id, String fullName, LocalDate birthDate, String nik) {
    }

    private static final String[] PROVINCES = {"11", "12", "13", "31", "32", "33", "34", "35", "36", "51", "52",
        "61", "63", "64", "71", "73"};
    private final long seed;

    SyntheticNames(long seed) {
        this.seed = seed;
    }

    Person person(long index) {
        Random r = new Random(seed * 0x9E3779B97F4A7C15L + index);
        boolean female = r.nextBoolean();
        LocalDate born = birthDate(r);
        String name = name(r, female);
        if (born.getYear() < 1965 && r.nextInt(10) < 3) {
            name = oldSpelling(name);
        }
        int t = r.nextInt(100);
        if (t < 4) {
            name = (female ? "Hj. " : "H. ") + name;
        } else if (t < 6) {
            name = name + ", S.Pd.";
        } else if (t < 7) {
            name = "Drs. " + name + ", M.M.";
        }
        return new Person(new UUID(0x0190_0000_0000_7000L, 0x8000_0000_0000_0000L | index), name, born,
                nik(r, born, female));
    }

    private static LocalDate birthDate(Random r) {
        int year = 1940 + r.nextInt(85);
        int u = r.nextInt(100);
        if (u < 3) {
            return LocalDate.of(year, 1, 1);
        }
        if (u < 4) {
            return LocalDate.of(year, 12, 31);
        }
        return LocalDate.ofYearDay(year, 1 + r.nextInt(365));
    }

    private static String nik(Random r, LocalDate born, boolean female) {
        return String.format(Locale.ROOT, "%s%04d%02d%02d%02d%04d", PROVINCES[r.nextInt(PROVINCES.length)],
                r.nextInt(10_000), born.getDayOfMonth() + (female ? 40 : 0), born.getMonthValue(),
                born.getYear() % 100, 1 + r.nextInt(9999));
    }

    /** A pool entry, the first ones somewhat more often (the first of 50 in about 5% of picks). */
    private static String pick(Random r, String[] pool) {
        return pool[(int) (Math.pow(r.nextDouble(), 1.3) * pool.length)];
    }

    /** A Javanese name: from the pool, or (half the time) built from a prefix, a root and an ending. */
    private static String javanese(Random r, String[] pool, boolean female) {
        if (r.nextBoolean()) {
            return pick(r, pool);
        }
        String name = pick(r, JAVANESE_PREFIX) + pick(r, JAVANESE_ROOT)
                + pick(r, female ? JAVANESE_FEMALE_END : JAVANESE_MALE_END);
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space + 1) + Character.toUpperCase(name.charAt(space + 1))
                + name.substring(space + 2);
    }

    private static String name(Random r, boolean female) {
        int origin = r.nextInt(100);
        List<String> words = new ArrayList<>();
        if (origin < 35) {
            int n = r.nextInt(10);
            words.add(javanese(r, female ? JAVANESE_FEMALE : JAVANESE_MALE, female));
            if (n >= 1) {
                words.add(javanese(r, JAVANESE_SECOND, female));
            }
            if (n >= 8) {
                words.add(javanese(r, JAVANESE_SECOND, female));
            }
        } else if (origin < 60) {
            int lead = r.nextInt(10);
            if (!female && lead < 4) {
                words.add("Muhammad");
            } else if (female && lead < 3) {
                words.add("Siti");
            } else if (lead < 4) {
                words.add("Nur");
            }
            words.add(pick(r, female ? ARABIC_FEMALE : ARABIC_MALE));
            if (r.nextInt(3) == 0) {
                words.add(r.nextBoolean() ? javanese(r, JAVANESE_SECOND, female) : pick(r, ARABIC_MALE));
            }
            if (r.nextInt(8) == 0) {
                words.add(female ? "binti" : "bin");
                words.add(pick(r, ARABIC_MALE));
            }
        } else if (origin < 70) {
            words.add(pick(r, SUNDANESE));
            words.add(pick(r, SUNDANESE_SECOND));
        } else if (origin < 77) {
            if (r.nextBoolean()) {
                words.add(female ? "Ni" : "I");
            }
            words.add(pick(r, BALINESE_ORDER));
            words.add(pick(r, BALINESE));
            if (r.nextInt(4) == 0) {
                words.add(pick(r, BALINESE));
            }
        } else if (origin < 85) {
            words.add(pick(r, BATAK_GIVEN));
            if (female && r.nextInt(3) == 0) {
                words.add("br.");
            }
            words.add(pick(r, BATAK_MARGA));
        } else if (origin < 90) {
            if (r.nextBoolean()) {
                words.add(pick(r, CHINESE_INDONESIAN));
                words.add(pick(r, CHINESE_INDONESIAN));
            } else {
                words.add(pick(r, CHINESE_SURNAME));
                words.add(pick(r, CHINESE_SYLLABLE));
                words.add(pick(r, CHINESE_SYLLABLE));
            }
        } else {
            words.add(pick(r, CHRISTIAN));
            words.add(r.nextBoolean() ? pick(r, BATAK_MARGA) : javanese(r, JAVANESE_SECOND, female));
        }
        return String.join(" ", words);
    }

    /** The name in the pre-1972 spelling. */
    static String oldSpelling(String name) {
        return name.replace("u", "oe").replace("j", "dj").replace("c", "tj").replace("y", "j")
                .replace("ny", "nj").replace("sy", "sj").replace("kh", "ch");
    }

    /**
     * The name as another document or another officer might write it: one or two of spelling
     * (old to new or back), titles, Muhammad abbreviated, word order, an initial, a doubled letter.
     */
    static String variant(String name, Random r) {
        String out = name;
        int changes = 1 + r.nextInt(2);
        for (int i = 0; i < changes; i++) {
            out = switch (r.nextInt(8)) {
                case 0 -> out.contains("oe") ? modern(out) : oldSpelling(out);
                case 1 -> out.startsWith("H. ") || out.startsWith("Hj. ") ? out.substring(out.indexOf(' ') + 1)
                        : "H. " + out;
                case 2 -> out.replace("Muhammad ", r.nextBoolean() ? "M. " : "Moh. ");
                case 3 -> rotate(out);
                case 4 -> initialLast(out);
                case 5 -> out.replaceFirst("([aiueo])([lmnrst])([aiueo])", "$1$2$2$3");
                case 6 -> out.toUpperCase(Locale.ROOT);
                default -> out.replace("Siti ", "");
            };
        }
        return out;
    }

    private static String modern(String name) {
        return name.replace("oe", "u").replace("dj", "j").replace("tj", "c").replace("nj", "ny")
                .replace("sj", "sy").replace("ch", "kh");
    }

    private static String rotate(String name) {
        List<String> words = new ArrayList<>(List.of(name.split(" ")));
        if (words.size() < 2 || name.contains(",") || name.contains(" bin")) {
            return name;
        }
        Collections.rotate(words, 1);
        return String.join(" ", words);
    }

    private static String initialLast(String name) {
        List<String> words = new ArrayList<>(List.of(name.split(" ")));
        if (words.size() < 2 || name.contains(",") || name.contains(" bin")) {
            return name;
        }
        String last = words.removeLast();
        words.add(last.charAt(0) + ".");
        return String.join(" ", words);
    }
}
