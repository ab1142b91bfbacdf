package id.loket.sync.agent;

import id.loket.sync.protocol.batch.Outcome;

import java.util.Map;

/**
 * What one drain did: decisions pulled, images uploaded, records sent and the centre's answers.
 *
 * @param decisions          status-feed decisions received (applied or recorded)
 * @param reconciled         records acknowledged because the centre already held them
 * @param blobsUploaded      images now at the centre
 * @param bytesUploaded      image bytes the centre confirmed
 * @param uploadRestarts     uploads the centre discarded (hash mismatch) and that began again
 * @param outcomes           records per outcome of the centre
 * @param quarantinedLocally records set aside before sending (payload or image damaged here)
 * @param missingUnresolved  records still lacking images at the centre after a second try
 */
public record DrainReport(int decisions, int reconciled, int blobsUploaded, long bytesUploaded, int uploadRestarts,
                          Map<Outcome, Integer> outcomes, int quarantinedLocally, int missingUnresolved) {

    public DrainReport {
        outcomes = Map.copyOf(outcomes);
    }

    /** Records that got this outcome. */
    public int count(Outcome outcome) {
        return outcomes.getOrDefault(outcome, 0);
    }

    /** True when nothing asks for a retry: no RETRY_LATER, no images still missing. */
    public boolean complete() {
        return count(Outcome.RETRY_LATER) == 0 && missingUnresolved == 0;
    }
}
