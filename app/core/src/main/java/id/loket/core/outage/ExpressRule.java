package id.loket.core.outage;

import id.loket.core.application.ServiceLevel;
import id.loket.core.i18n.Message;

import java.util.Optional;

/**
 * Same-day express (percepatan) needs the centre the same day: its checks and approval come
 * before printing. While the office is in an outage, express is refused with the reason; regular
 * service is always open (capture, payment and the receipt work offline).
 */
public final class ExpressRule {

    private ExpressRule() {
    }

    /** Why {@code level} cannot be chosen now, or empty when it can. */
    public static Optional<Message> refusal(ServiceLevel level, OutageStatus outage) {
        if (level == ServiceLevel.EXPRESS && outage.inOutage()) {
            return Optional.of(Message.of("outage.express.refused", outage.sinceLocal().toLocalDate(),
                    outage.sinceTime()));
        }
        return Optional.empty();
    }
}
