package id.loket.core.audit;

import id.loket.core.MutableClock;
import id.loket.core.i18n.Messages;
import id.loket.core.store.LoketStore;
import id.loket.core.store.StoreException;
import id.loket.sync.protocol.CanonicalJson;
import id.loket.sync.protocol.Sha256;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditLogTest {

    @TempDir
    Path dir;
    private LoketStore store;
    private AuditLog audit;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T01:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void open() {
        store = LoketStore.open(dir);
        audit = new AuditLog(store, clock);
        for (int i = 1; i <= 5; i++) {
            audit.append("petugas" + i, "application.saved", "app-" + i, Map.of("n", String.valueOf(i)));
            clock.advance(Duration.ofSeconds(1));
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void chainsEachEntryToThePreviousOne() {
        List<AuditEntry> entries = audit.entries();
        assertThat(entries).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(entries.getFirst().prevHash()).isEqualTo(AuditLog.GENESIS);
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).prevHash()).isEqualTo(entries.get(i - 1).hash());
        }
        AuditEntry second = entries.get(1);
        byte[] prev = second.prevHash().getBytes(StandardCharsets.US_ASCII);
        byte[] content = CanonicalJson.bytes(second.content());
        byte[] both = new byte[prev.length + content.length];
        System.arraycopy(prev, 0, both, 0, prev.length);
        System.arraycopy(content, 0, both, prev.length, content.length);
        assertThat(second.hash()).isEqualTo(Sha256.hex(both));
        assertThat(second.at()).isEqualTo(Instant.parse("2026-11-23T01:00:01Z"));
        assertThat(second.details()).containsEntry("n", "2");
    }

    @Test
    void anIntactLogVerifies() {
        AuditVerification v = audit.verify();
        assertThat(v.ok()).isTrue();
        assertThat(v.entriesChecked()).isEqualTo(5);
        assertThat(Messages.ENGLISH.render(v.message())).isEqualTo("Audit log intact: 5 entries checked.");
    }

    @Test
    void theTriggerRefusesUpdatesAndDeletes() {
        assertThatThrownBy(() -> sql("UPDATE audit_log SET actor = 'x' WHERE seq = 2"))
                .isInstanceOf(StoreException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> sql("DELETE FROM audit_log WHERE seq = 2"))
                .isInstanceOf(StoreException.class).hasMessageContaining("append-only");
        assertThat(audit.verify().ok()).isTrue();
    }

    @Test
    void verifyNamesARowWhoseContentWasChanged() {
        sql("DROP TRIGGER audit_log_append_only");
        sql("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 3");
        AuditVerification v = audit.verify();
        assertThat(v.ok()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(3L);
        assertThat(v.problem()).isEqualTo(AuditProblem.CONTENT_CHANGED);
        assertThat(Messages.ENGLISH.render(v.message())).isEqualTo("Audit log broken at entry 3: the entry was changed.");
        assertThat(Messages.INDONESIAN.render(v.message())).contains("entri 3").contains("diubah");
    }

    @Test
    void verifyNamesARowWhoseDetailsWereReplaced() {
        sql("DROP TRIGGER audit_log_append_only");
        sql("UPDATE audit_log SET details = 'garbage' WHERE seq = 4");
        assertThat(audit.verify()).extracting(AuditVerification::firstBrokenSeq, AuditVerification::problem)
                .containsExactly(4L, AuditProblem.CONTENT_CHANGED);
    }

    @Test
    void verifyNamesARowWhosePreviousHashWasChanged() {
        sql("DROP TRIGGER audit_log_append_only");
        sql("UPDATE audit_log SET prev_hash = '" + "f".repeat(64) + "' WHERE seq = 2");
        assertThat(audit.verify()).extracting(AuditVerification::firstBrokenSeq, AuditVerification::problem)
                .containsExactly(2L, AuditProblem.CONTENT_CHANGED);
    }

    @Test
    void aForgedRowWithARecomputedHashBreaksTheChainAtTheNextEntry() {
        AuditEntry third = audit.entries().get(2);
        AuditEntry forged = new AuditEntry(3, third.at(), "forger", third.action(), third.subject(), third.details(),
                third.prevHash(), "");
        sql("DROP TRIGGER audit_log_append_only");
        sql("UPDATE audit_log SET actor = 'forger', hash = '" + AuditLog.hashOf(forged) + "' WHERE seq = 3");
        assertThat(audit.verify()).extracting(AuditVerification::firstBrokenSeq, AuditVerification::problem)
                .containsExactly(4L, AuditProblem.CHAIN_BROKEN);
    }

    @Test
    void verifyNamesADeletedRow() {
        sql("DROP TRIGGER audit_log_append_only");
        sql("DELETE FROM audit_log WHERE seq = 2");
        AuditVerification v = audit.verify();
        assertThat(v.firstBrokenSeq()).isEqualTo(2L);
        assertThat(v.problem()).isEqualTo(AuditProblem.ROW_MISSING);
    }

    @Test
    void verifyNamesADeletedLastRow() {
        sql("DROP TRIGGER audit_log_append_only");
        sql("DELETE FROM audit_log WHERE seq = 5");
        assertThat(audit.verify()).extracting(AuditVerification::firstBrokenSeq, AuditVerification::problem)
                .containsExactly(5L, AuditProblem.ROW_MISSING);
    }

    @Test
    void appendsAfterReopeningContinueTheChain() {
        store.close();
        store = LoketStore.open(dir);
        audit = new AuditLog(store, clock);
        AuditEntry sixth = audit.append("admin", "officer.created", "petugas9", Map.of());
        assertThat(sixth.seq()).isEqualTo(6);
        assertThat(audit.verify().ok()).isTrue();
    }

    @Test
    void anAppendInAFailedTransactionLeavesNoTrace() {
        assertThatThrownBy(() -> store.inTransaction(c -> {
            audit.append("x", "y", "z", Map.of());
            throw new IllegalStateException("rolled back");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(audit.entries()).hasSize(5);
        assertThat(audit.append("a", "b", "c", Map.of()).seq()).isEqualTo(6);
        assertThat(audit.verify().ok()).isTrue();
    }

    private void sql(String statement) {
        store.inTransaction(c -> c.createStatement().executeUpdate(statement));
    }
}
