package id.loket.core.name.search;

import id.loket.core.name.match.IndonesianNameNormaliser;
import id.loket.core.name.match.NameMatch;
import id.loket.core.name.match.NameMatcher;
import id.loket.core.name.match.NormalisedName;
import id.loket.core.name.search.DuplicateCandidate.Reason;
import id.loket.core.store.LoketStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Finds applications in the local store that may belong to the applicant being captured: a
 * similar name ({@link NameMatch#THRESHOLD}) with the same date of birth, or the same NIK (with a
 * similar name or not). Blocking: the date-of-birth and NIK blocks of {@code name_index} give the
 * few applications to score, so the cost does not grow with the store.
 */
public final class DuplicateFinder {

    /** At most this many applications born on one day are scored (1 January stands for unknown dates). */
    public static final int MAX_SAME_BIRTH_DATE = 5_000;
    private static final Comparator<DuplicateCandidate> MOST_LIKELY_FIRST = Comparator
            .comparing((DuplicateCandidate d) -> !d.reasons().contains(Reason.SAME_NIK))
            .thenComparing(d -> -d.hit().score())
            .thenComparing(d -> d.hit().id());

    private final LoketStore store;

    public DuplicateFinder(LoketStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Candidates for an applicant, the most likely the same person first (the same NIK with a
     * similar name, then by name score); any argument may be null (it then finds nothing through it).
     */
    public List<DuplicateCandidate> candidates(String fullName, LocalDate birthDate, String nik) {
        return candidates(fullName, birthDate, nik, null);
    }

    /**
     * As {@link #candidates(String, LocalDate, String)}, leaving out the application {@code self}
     * (the draft being captured, already saved).
     */
    public List<DuplicateCandidate> candidates(String fullName, LocalDate birthDate, String nik, UUID self) {
        NormalisedName name = IndonesianNameNormaliser.normalise(fullName);
        String dateKey = name.isEmpty() ? null : NameBlocks.birthDate(birthDate);
        String nikKey = NameBlocks.nik(nik);
        return store.read(c -> {
            Map<UUID, ApplicationHit> hits = new LinkedHashMap<>();
            Map<UUID, Set<Reason>> reasons = new LinkedHashMap<>();
            if (dateKey != null) {
                for (ApplicationHit hit : NameIndex.members(c, List.of(dateKey), MAX_SAME_BIRTH_DATE)) {
                    double score = NameMatcher.score(name, IndonesianNameNormaliser.normalise(hit.fullName()));
                    if (score >= NameMatch.THRESHOLD) {
                        hits.put(hit.id(), hit.withScore(score));
                        add(reasons, hit.id(), Reason.SIMILAR_NAME_SAME_BIRTH_DATE);
                    }
                }
            }
            if (nikKey != null) {
                for (ApplicationHit hit : NameIndex.members(c, List.of(nikKey), MAX_SAME_BIRTH_DATE)) {
                    double score = NameMatcher.score(name, IndonesianNameNormaliser.normalise(hit.fullName()));
                    hits.put(hit.id(), hit.withScore(score));
                    add(reasons, hit.id(), score >= NameMatch.THRESHOLD ? Reason.SAME_NIK : Reason.SAME_NIK_DIFFERENT_NAME);
                }
            }
            hits.remove(self);
            List<DuplicateCandidate> out = new ArrayList<>();
            for (ApplicationHit hit : HitRows.current(c, List.copyOf(hits.values()))) {
                out.add(new DuplicateCandidate(hit, reasons.get(hit.id())));
            }
            out.sort(MOST_LIKELY_FIRST);
            return out;
        });
    }

    private static void add(Map<UUID, Set<Reason>> reasons, UUID id, Reason reason) {
        reasons.computeIfAbsent(id, k -> EnumSet.noneOf(Reason.class)).add(reason);
    }
}
