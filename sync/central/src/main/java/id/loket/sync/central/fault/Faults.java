package id.loket.sync.central.fault;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** The server faults armed right now; switched at run time by tests or {@code POST /v1/admin/faults}. */
public final class Faults {

    private final List<Armed> armed = new CopyOnWriteArrayList<>();

    private record Armed(FaultRule rule, AtomicInteger remaining) {
    }

    /** Arms a rule; rules are tried in the order added. */
    public void add(FaultRule rule) {
        armed.add(new Armed(rule, new AtomicInteger(rule.count())));
    }

    /** Disarms everything. */
    public void clear() {
        armed.clear();
    }

    /** The armed rules, each with the count it has left. */
    public List<FaultRule> active() {
        return armed.stream().map(a -> new FaultRule(a.rule().kind(), a.remaining().get(), a.rule().retryAfterSeconds(),
                a.rule().stallMillis(), a.rule().method(), a.rule().path())).toList();
    }

    /** The first armed rule that matches this request, counting it as used. */
    Optional<FaultRule> take(String method, String path) {
        for (Armed a : armed) {
            if (a.rule().matches(method, path) && use(a)) {
                return Optional.of(a.rule());
            }
        }
        return Optional.empty();
    }

    private boolean use(Armed a) {
        while (true) {
            int left = a.remaining().get();
            if (left == FaultRule.UNTIL_CLEARED) {
                return true;
            }
            if (left <= 0) {
                armed.remove(a);
                return false;
            }
            if (a.remaining().compareAndSet(left, left - 1)) {
                if (left == 1) {
                    armed.remove(a);
                }
                return true;
            }
        }
    }
}
