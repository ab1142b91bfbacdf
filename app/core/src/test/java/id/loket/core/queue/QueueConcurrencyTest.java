package id.loket.core.queue;

import id.loket.core.application.Lane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Ticket numbers stay strict and unique when several threads issue at once, and across counters. */
class QueueConcurrencyTest {

    private static final int THREADS = 6;
    private static final int PER_THREAD = 8;

    @Test
    void concurrentIssuesGetDistinctGapFreeNumbers(@TempDir Path dir) throws Exception {
        try (QueueFixture f = new QueueFixture(dir)) {
            f.quota(Lane.WALK_IN, 100);
            List<Object> results = issueConcurrently(f, THREADS * PER_THREAD);
            List<Ticket> tickets = results.stream().map(Ticket.class::cast).toList();
            assertThat(tickets).extracting(Ticket::number).doesNotHaveDuplicates().hasSize(THREADS * PER_THREAD);
            assertThat(tickets).extracting(Ticket::sequence).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(1, THREADS * PER_THREAD).boxed().toList());
            // the stored order by sequence is the order of the numbers
            assertThat(f.tickets().waiting(Lane.WALK_IN)).extracting(Ticket::number)
                    .isSortedAccordingTo(String::compareTo);
            assertThat(f.core.audit().verify().ok()).isTrue();
        }
    }

    @Test
    void concurrentIssuesNeverExceedTheQuota(@TempDir Path dir) throws Exception {
        try (QueueFixture f = new QueueFixture(dir)) {
            int quota = 20;
            f.quota(Lane.WALK_IN, quota);
            List<Object> results = issueConcurrently(f, THREADS * PER_THREAD);
            List<Ticket> issued = results.stream().filter(Ticket.class::isInstance).map(Ticket.class::cast).toList();
            List<QueueRefusal> refused = results.stream().filter(QueueRefusal.class::isInstance)
                    .map(QueueRefusal.class::cast).toList();
            assertThat(issued).hasSize(quota);
            assertThat(issued).extracting(Ticket::sequence).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(1, quota).boxed().toList());
            assertThat(refused).hasSize(THREADS * PER_THREAD - quota)
                    .allSatisfy(r -> assertThat(r.reason().key()).isEqualTo("queue.refused.quotaFull"));
        }
    }

    @Test
    void countersCallingAtOnceNeverCallTheSameTicket(@TempDir Path dir) throws Exception {
        try (QueueFixture f = new QueueFixture(dir)) {
            int tickets = 24;
            for (int i = 0; i < tickets; i++) {
                f.tickets().issue(Lane.WALK_IN, QueueFixture.OFFICER);
            }
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Optional<Ticket>>> calls = new ArrayList<>();
            try {
                for (int i = 0; i < tickets + THREADS; i++) {
                    calls.add(pool.submit(() -> {
                        start.await();
                        return f.calls().callNext(Lane.WALK_IN, QueueFixture.OFFICER);
                    }));
                }
                start.countDown();
                List<Ticket> called = new ArrayList<>();
                for (Future<Optional<Ticket>> call : calls) {
                    call.get().ifPresent(called::add);
                }
                assertThat(called).hasSize(tickets);
                assertThat(called).extracting(Ticket::number).doesNotHaveDuplicates();
                assertThat(f.tickets().waiting(Lane.WALK_IN)).isEmpty();
                assertThat(f.core.audit().entries()).filteredOn(e -> e.action().equals("queue.call")).hasSize(tickets);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void twoCountersOfflineNeverHandOutTheSameNumber(@TempDir Path a, @TempDir Path b) {
        Set<String> numbers = new HashSet<>();
        try (QueueFixture counter3 = new QueueFixture(a, QueueFixture.MONDAY_9AM, 3);
             QueueFixture counter5 = new QueueFixture(b, QueueFixture.MONDAY_9AM, 5)) {
            for (int i = 0; i < 10; i++) {
                for (QueueFixture f : List.of(counter3, counter5)) {
                    assertThat(numbers.add(f.tickets().issue(Lane.WALK_IN, QueueFixture.OFFICER).number())).isTrue();
                }
            }
            assertThat(numbers).hasSize(20).contains("W03-010", "W05-010");
        }
    }

    /** Issues {@code count} walk-in tickets from {@link #THREADS} threads started together; each result is a Ticket or a QueueRefusal. */
    private static List<Object> issueConcurrently(QueueFixture f, int count) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<Object> issue = () -> {
                    start.await();
                    try {
                        return f.tickets().issue(Lane.WALK_IN, QueueFixture.OFFICER);
                    } catch (QueueRefusal r) {
                        return r;
                    }
                };
                futures.add(pool.submit(issue));
            }
            start.countDown();
            List<Object> out = new ArrayList<>();
            for (Future<Object> future : futures) {
                out.add(future.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
