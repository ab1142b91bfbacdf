package id.loket.desktop.outage;

import id.loket.core.outage.OutageWatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.function.Function;

/**
 * How long the centre may be unreachable before the office works in outage mode: the system
 * property {@value #PROPERTY} in minutes (e.g. {@code -Dloket.outage.minutes=30}), else
 * {@link OutageWatch#DEFAULT_THRESHOLD}. A value that is not a whole number of minutes (0 or more)
 * is ignored with a warning.
 */
public final class OutageThreshold {

    public static final String PROPERTY = "loket.outage.minutes";
    private static final Logger LOG = LoggerFactory.getLogger(OutageThreshold.class);

    private OutageThreshold() {
    }

    public static Duration from(Function<String, String> properties) {
        String value = properties.apply(PROPERTY);
        if (value == null || value.isBlank()) {
            return OutageWatch.DEFAULT_THRESHOLD;
        }
        try {
            long minutes = Long.parseLong(value.strip());
            if (minutes >= 0) {
                return Duration.ofMinutes(minutes);
            }
        } catch (NumberFormatException e) {
            // falls through to the warning
        }
        LOG.warn("{}={} is not a number of minutes; using {} minutes", PROPERTY, value,
                OutageWatch.DEFAULT_THRESHOLD.toMinutes());
        return OutageWatch.DEFAULT_THRESHOLD;
    }
}
