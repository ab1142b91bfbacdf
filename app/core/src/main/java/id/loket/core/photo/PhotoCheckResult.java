package id.loket.core.photo;

import id.loket.core.i18n.Message;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on a framed photo. Problems block acceptance (retake or reframe); warnings are shown
 * but the officer may keep the photo, because the proxies behind them (exposure, blur, head size
 * near the limit) can be wrong for a real face.
 */
public record PhotoCheckResult(List<Message> problems, List<Message> warnings, PhotoMetrics metrics) {

    public PhotoCheckResult {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(metrics, "metrics");
    }

    /** True when nothing blocks the photo. */
    public boolean acceptable() {
        return problems.isEmpty();
    }

    /** The keys of the problems, for tests and audit details. */
    public List<String> problemKeys() {
        return problems.stream().map(Message::key).toList();
    }

    /** The keys of the warnings. */
    public List<String> warningKeys() {
        return warnings.stream().map(Message::key).toList();
    }
}
