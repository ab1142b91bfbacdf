package id.loket.core.application;

import id.loket.core.i18n.Message;
import id.loket.core.i18n.Messages;
import id.loket.core.workflow.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentRulesTest {

    private static Application with(Application app, DocumentType... types) {
        return app.withDocuments(Arrays.stream(types)
                .map(t -> new DocumentRecord(t, null, null, "petugas1", Instant.EPOCH)).toList());
    }

    private static List<Object> missingTypes(Application app) {
        return DocumentRules.missing(app).stream().map(m -> m.args().isEmpty() ? m.key() : m.args().getFirst())
                .toList();
    }

    @Test
    void aNewUmrahApplicationNeedsIdentityCivilRecordAndKemenag() {
        Application app = Fixtures.completeDraft(); // NEW, UMRAH
        assertThat(missingTypes(app)).containsExactly(DocumentType.E_KTP, DocumentType.KARTU_KELUARGA,
                "document.missingCivilRecord", DocumentType.KEMENAG_RECOMMENDATION);
        assertThat(DocumentRules.missing(with(app, DocumentType.E_KTP, DocumentType.KARTU_KELUARGA,
                DocumentType.DIPLOMA, DocumentType.KEMENAG_RECOMMENDATION))).isEmpty();
    }

    @Test
    void aRenewalNeedsTheOldPassportAndALostOneThePoliceReport() {
        Application tourism = with(Fixtures.completeDraft().withPurpose(Purpose.TOURISM), DocumentType.E_KTP,
                DocumentType.KARTU_KELUARGA);
        assertThat(missingTypes(tourism.withKind(ApplicationKind.RENEWAL))).containsExactly(DocumentType.OLD_PASSPORT);
        assertThat(missingTypes(tourism.withKind(ApplicationKind.REPLACEMENT_DAMAGED)))
                .containsExactly(DocumentType.OLD_PASSPORT);
        assertThat(missingTypes(tourism.withKind(ApplicationKind.REPLACEMENT_LOST)))
                .containsExactly(DocumentType.POLICE_REPORT);
    }

    @Test
    void theMessagesNameTheDocument() {
        List<Message> m = DocumentRules.missing(Fixtures.completeDraft().withKind(ApplicationKind.RENEWAL));
        assertThat(m.stream().map(Messages.INDONESIAN::render)).contains("Dokumen belum dicatat: Paspor lama.");
    }
}
