package id.loket.sync.agent.status;

import id.loket.sync.agent.http.CentreClient;
import id.loket.sync.agent.ledger.DecisionOutcome;
import id.loket.sync.agent.ledger.DeviceLedger;
import id.loket.sync.protocol.status.StatusEvent;
import id.loket.sync.protocol.status.StatusPage;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Pulls the centre's status feed after the device's cursor: first reconciles with the highest
 * unbroken sequence (records the centre already holds are acknowledged, not sent again), then
 * applies each decision in its own transaction with the cursor advance, page by page.
 */
public final class StatusPuller {

    static final int PAGE_SIZE = 200;
    /** Pages per pull at most; the rest waits for the next pull. */
    static final int MAX_PAGES = 25;

    private final DeviceLedger ledger;
    private final CentreClient centre;

    public StatusPuller(DeviceLedger ledger, CentreClient centre) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.centre = Objects.requireNonNull(centre, "centre");
    }

    /** Pulls and applies; returns what was done. */
    public StatusTally pull() throws IOException {
        Map<DecisionOutcome, Integer> outcomes = new EnumMap<>(DecisionOutcome.class);
        int reconciled = 0;
        long cursor = ledger.statusCursor();
        for (int page = 0; page < MAX_PAGES; page++) {
            StatusPage reply = centre.status(cursor, PAGE_SIZE);
            if (page == 0 && reply.highestUnbrokenSeq() > 0) {
                reconciled = ledger.acknowledgeUpTo(reply.highestUnbrokenSeq());
            }
            for (StatusEvent event : reply.events()) {
                outcomes.merge(ledger.applyDecision(event), 1, Integer::sum);
                cursor = event.cursor();
            }
            if (!reply.more() || reply.events().isEmpty()) {
                break;
            }
        }
        return new StatusTally(reconciled, outcomes);
    }

    /**
     * What one pull did.
     *
     * @param reconciled records acknowledged because the centre already held them
     * @param outcomes   decisions per outcome
     */
    public record StatusTally(int reconciled, Map<DecisionOutcome, Integer> outcomes) {

        public StatusTally {
            outcomes = Map.copyOf(outcomes);
        }

        public int decisions() {
            return outcomes.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
