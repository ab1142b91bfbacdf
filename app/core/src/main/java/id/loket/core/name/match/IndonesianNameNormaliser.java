package id.loket.core.name.match;

import id.loket.core.name.NameTitles;
import id.loket.core.name.NameVariants;
import id.loket.core.name.PassportName;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a name as typed (civil form with titles and degrees, or passport form) into
 * {@link NormalisedName} words ready for matching:
 * <ol>
 *   <li>the passport name ({@link PassportName#derive}): case, punctuation, diacritics, leading
 *       titles (H., Hj., Dr., Ir., Drs. ...) and degrees after a comma or written with dots go;
 *       degrees written without dots at the end go too ("BUDI SANTOSO SE");</li>
 *   <li>abbreviations are written out: Abd -> Abdul, a leading St -> Siti, Nurul -> Nur; Muhammad
 *       in any spelling or abbreviation (Mochammad, Moh., Muh., Mhd., M.) is one kind of word;</li>
 *   <li>bin / binti / bt / bte split off the father's name;</li>
 *   <li>each word gets its modern-spelling readings (old spelling in both directions, see
 *       {@link Spelling}) and their {@link PhoneticKey}s.</li>
 * </ol>
 */
public final class IndonesianNameNormaliser {

    private static final Set<String> PATRONYM_MARKS = Set.of("BIN", "BINTI", "BT", "BTE");
    /** Words often left out: Batak boru / br. (daughter of), Arabic al / el; Balinese I / Ni only first. */
    private static final Set<String> PARTICLES = Set.of("BR", "BORU", "AL", "EL");
    private static final Set<String> LEADING_PARTICLES = Set.of("I", "NI");
    private static final Map<String, String> ABBREVIATIONS = Map.of("ABD", "ABDUL", "NURUL", "NUR");
    /** Name words so common that sharing them says little (weight 0.5): Siti, Nur, Balinese birth-order names ... */
    private static final Set<String> COMMON = Set.of("SITI", "NUR", "NOR", "ABDUL", "SRI", "DWI", "TRI", "EKA", "CATUR",
            "PUTU", "MADE", "KADEK", "NENGAH", "WAYAN", "GEDE", "NYOMAN", "KOMANG", "KETUT", "RADEN", "TEUKU",
            "TUBAGUS", "GUSTI");
    private static final String MUHAMMAD = "MUHAMMAD";
    private static final String MUHAMMAD_KEY = PhoneticKey.of(Spelling.fold(MUHAMMAD));
    /**
     * Tokens made so far, by spelling (modern, old) and word: a search scores thousands of stored
     * names made of a few thousand distinct words, so each word's readings and keys are worked out
     * once. Tokens are immutable. Bounded: emptied when it reaches {@value #MAX_CACHED} words.
     */
    private static final List<Map<String, NameToken>> TOKENS = List.of(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    private static final int MAX_CACHED = 50_000;

    private IndonesianNameNormaliser() {
    }

    /** The normalised form of a name; empty for null, blank or titles only. */
    public static NormalisedName normalise(String name) {
        List<String> words = new ArrayList<>(PassportName.words(PassportName.derive(name)));
        while (words.size() > 1 && NameTitles.isDegree(words.getLast())) {
            words.removeLast();
        }
        boolean old = words.stream().anyMatch(Spelling::isOld);
        List<NameToken> own = new ArrayList<>();
        List<NameToken> patronym = new ArrayList<>();
        List<NameToken> target = own;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i > 0 && target == own && PATRONYM_MARKS.contains(word)) {
                target = patronym;
                continue;
            }
            if (i == 0 && word.equals("ST") && words.size() > 1) {
                word = "SITI";
            }
            if (i == 0 && LEADING_PARTICLES.contains(word) && words.size() > 1) {
                target.add(particle(word));
                continue;
            }
            target.add(token(ABBREVIATIONS.getOrDefault(word, word), old));
        }
        return new NormalisedName(own, patronym, old);
    }

    /** One passport-name word (upper case letters) as a token of a name in the old spelling or not. */
    public static NameToken token(String word, boolean oldSpelling) {
        Map<String, NameToken> cache = TOKENS.get(oldSpelling ? 1 : 0);
        NameToken token = cache.get(word);
        if (token == null) {
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            token = newToken(word, oldSpelling);
            cache.put(word, token);
        }
        return token;
    }

    private static NameToken newToken(String word, boolean oldSpelling) {
        if (PARTICLES.contains(word)) {
            return particle(word);
        }
        if (NameVariants.isMuhammad(word) || NameVariants.isMuhammad(word.replace("OE", "U"))) {
            return new NameToken(word, NameToken.Kind.MUHAMMAD, List.of(MUHAMMAD), List.of(MUHAMMAD_KEY), 0.4);
        }
        if (word.length() == 1) {
            return new NameToken(word, NameToken.Kind.INITIAL, List.of(word), List.of(word + "."), 0.5);
        }
        List<String> readings = Spelling.readings(word, oldSpelling);
        Set<String> keys = new LinkedHashSet<>();
        for (String r : readings) {
            keys.add(PhoneticKey.of(r));
        }
        double weight = COMMON.contains(readings.getFirst()) ? 0.5 : 1.0;
        return new NameToken(word, NameToken.Kind.WORD, readings, List.copyOf(keys), weight);
    }

    private static NameToken particle(String word) {
        return new NameToken(word, NameToken.Kind.PARTICLE, List.of(word), List.of(), 0.2);
    }

    /** Two adjacent words written as one ("NUR AINI" as "NURAINI"), or null when they are not both words. */
    public static NameToken joined(NameToken first, NameToken second, boolean oldSpelling) {
        if (first.kind() != NameToken.Kind.WORD || second.kind() != NameToken.Kind.WORD) {
            return null;
        }
        return token(first.text() + second.text(), oldSpelling);
    }
}
