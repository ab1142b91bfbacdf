package id.loket.core.name.search;

import id.loket.core.name.match.IndonesianNameNormaliser;
import id.loket.core.name.match.NameMatch;
import id.loket.core.name.match.NameMatcher;
import id.loket.core.name.match.NormalisedName;
import id.loket.core.queue.AppointmentRules;
import id.loket.core.store.LoketStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds applications in the local store: by name, allowing for spelling variants (Soesilo finds
 * Susilo, H. M. Firman finds Muhammad Firman), by NIK, by receipt number, by M-Paspor booking code.
 * A name search reads the distinct names filed under the query's blocking keys in
 * {@code name_block} ({@link NameBlocks}, one key range each), scores each with {@link NameMatcher},
 * then reads the applications of the names that pass, best first, until it has enough: a name
 * shared by hundreds of applicants is read and scored once, so it stays fast on a store of a million.
 */
public final class ApplicationSearch {

    /**
     * At most this many distinct names are scored for one name search (a query of one very common
     * word); the pair blocks, the most selective, are read first.
     */
    public static final int MAX_CANDIDATES = 5_000;

    /**
     * From this many names on, they are scored on all cores (the common fork-join pool): scoring is
     * most of a search with thousands of candidates ("Muhammad A.", "Sahat S.").
     */
    static final int PARALLEL_FROM = 500;

    private final LoketStore store;

    public ApplicationSearch(LoketStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Applications whose name may be {@code name} ({@link NameMatch#THRESHOLD}), best first, at most {@code limit}. */
    public List<ApplicationHit> byName(String name, int limit) {
        return byName(name, NameMatch.THRESHOLD, limit);
    }

    /** Applications scoring at least {@code minScore} against {@code name}, best first (at most {@code limit}). */
    public List<ApplicationHit> byName(String name, double minScore, int limit) {
        NormalisedName query = IndonesianNameNormaliser.normalise(name);
        Set<String> keys = NameBlocks.query(query);
        if (keys.isEmpty() || limit <= 0) {
            return List.of();
        }
        return store.read(c -> {
            List<String> names = NameBlockIndex.names(c, keys, MAX_CANDIDATES);
            Stream<String> scoring = names.size() >= PARALLEL_FROM ? names.parallelStream() : names.stream();
            List<ScoredName> passed = scoring
                    .map(n -> new ScoredName(n, NameMatcher.score(query, IndonesianNameNormaliser.normalise(n))))
                    .filter(n -> n.score() >= minScore)
                    .sorted(ScoredName.BEST_FIRST)
                    .toList();
            List<ApplicationHit> out = new ArrayList<>();
            for (ScoredName n : passed) {
                if (out.size() >= limit) {
                    break;
                }
                for (ApplicationHit hit : HitRows.query(c, "SELECT " + HitRows.COLUMNS + " FROM application a "
                        + "WHERE a.full_name = ? LIMIT ?", n.name(), limit - out.size())) {
                    out.add(hit.withScore(n.score()));
                }
            }
            out.sort(HitRows.BEST_FIRST);
            return out;
        });
    }

    /** A distinct name and its score against the query. */
    private record ScoredName(String name, double score) {
        static final Comparator<ScoredName> BEST_FIRST = Comparator.comparingDouble(ScoredName::score).reversed()
                .thenComparing(ScoredName::name);
    }

    /**
     * How many distinct names a name search for {@code name} scores (at most {@link #MAX_CANDIDATES}):
     * the size of its candidate blocks, for benchmarks and diagnostics.
     */
    public int candidateCount(String name) {
        Set<String> keys = NameBlocks.query(IndonesianNameNormaliser.normalise(name));
        return keys.isEmpty() ? 0 : store.read(c -> NameBlockIndex.names(c, keys, MAX_CANDIDATES).size());
    }

    /** Applications with this NIK (spaces ignored), newest first. */
    public List<ApplicationHit> byNik(String nik) {
        String digits = nik == null ? "" : nik.replaceAll("\\s+", "");
        if (digits.isEmpty()) {
            return List.of();
        }
        return store.read(c -> HitRows.query(c, "SELECT " + HitRows.COLUMNS
                + " FROM application a WHERE a.nik = ? ORDER BY a.created_at DESC", digits));
    }

    /** The application with this receipt number (case and spaces around it ignored). */
    public Optional<ApplicationHit> byReceipt(String receiptNumber) {
        String number = receiptNumber == null ? "" : receiptNumber.strip().toUpperCase(Locale.ROOT);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        return store.read(c -> HitRows.query(c, "SELECT " + HitRows.COLUMNS
                + " FROM application a WHERE a.receipt_number = ?", number)).stream().findFirst();
    }

    /**
     * Applications captured for an M-Paspor booking (through the queue ticket it was checked in
     * with), newest service date first; a booking code is unique per day only.
     */
    public List<ApplicationHit> byBookingCode(String bookingCode) {
        String code = AppointmentRules.bookingCode(bookingCode);
        if (code.isEmpty()) {
            return List.of();
        }
        return store.read(c -> HitRows.query(c, "SELECT " + HitRows.COLUMNS + " FROM queue_appointment q"
                + " JOIN queue_ticket t ON t.appointment_id = q.id JOIN application a ON a.id = t.application_id"
                + " WHERE q.booking_code = ? ORDER BY q.service_date DESC", code));
    }
}
