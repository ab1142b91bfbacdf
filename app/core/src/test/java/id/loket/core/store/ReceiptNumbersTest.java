package id.loket.core.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReceiptNumbersTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    @Test
    void formatsOfficeCounterDateAndSequence() {
        try (LoketStore store = LoketStore.open(dir)) {
            assertThat(next(store, "DPS", 3, DAY)).isEqualTo("DPS-03-261123-0001");
            assertThat(next(store, "DPS", 3, DAY)).isEqualTo("DPS-03-261123-0002");
            assertThat(next(store, "DPS", 3, DAY.plusDays(1)))
                    .isEqualTo("DPS-03-261124-0001");
            assertThat(next(store, "DPS", 3, DAY))
                    .matches(ReceiptNumbers.FORMAT);
        }
    }

    @Test
    void aRolledBackTransactionDoesNotUseUpItsNumber() {
        try (LoketStore store = LoketStore.open(dir)) {
            assertThatThrownBy(() -> store.inTransaction(c -> {
                ReceiptNumbers.allocate(c, "MTR", 1, DAY);
                throw new IllegalStateException("finalise failed");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(next(store, "MTR", 1, DAY)).isEqualTo("MTR-01-261123-0001");
        }
    }

    @Test
    void concurrentAllocationsOnOneCounterNeverCollideAndLeaveNoGaps() throws Exception {
        int threads = 8;
        int each = 25;
        try (LoketStore store = LoketStore.open(dir); ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Callable<List<String>>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                tasks.add(() -> {
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        mine.add(store.inTransaction(c -> ReceiptNumbers.allocate(c, "PLG", 2, DAY)));
                    }
                    return mine;
                });
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : pool.invokeAll(tasks)) {
                all.addAll(f.get());
            }
            assertThat(new HashSet<>(all)).hasSize(threads * each);
            Collections.sort(all);
            assertThat(all.getFirst()).isEqualTo("PLG-02-261123-0001");
            assertThat(all.getLast()).isEqualTo("PLG-02-261123-0200");
        }
    }

    @Test
    void differentCountersNeverCollideEvenWithTheSameSequence() throws Exception {
        try (LoketStore store = LoketStore.open(dir); ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Callable<String>> tasks = new ArrayList<>();
            for (int counter = 1; counter <= 4; counter++) {
                int cc = counter;
                for (int i = 0; i < 10; i++) {
                    tasks.add(() -> store.inTransaction(c -> ReceiptNumbers.allocate(c, "BJM", cc, DAY)));
                }
            }
            Set<String> numbers = new HashSet<>();
            for (Future<String> f : pool.invokeAll(tasks)) {
                numbers.add(f.get());
            }
            assertThat(numbers).hasSize(40).contains("BJM-01-261123-0010", "BJM-04-261123-0010");
        }
    }

    private static String next(LoketStore store, String office, int counter, LocalDate day) {
        return store.inTransaction(c -> ReceiptNumbers.allocate(c, office, counter, day));
    }

    @Test
    void refusesBadOfficeCodesAndCounters() {
        try (LoketStore store = LoketStore.open(dir)) {
            assertThatThrownBy(() -> store.inTransaction(c -> ReceiptNumbers.allocate(c, "d-s", 1, DAY)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.inTransaction(c -> ReceiptNumbers.allocate(c, "DPS", 100, DAY)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.inTransaction(c -> ReceiptNumbers.allocate(c, "DPS", 0, DAY)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
