package id.loket.core.application;

import id.loket.core.i18n.Message;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The counter's document checklist: what is still missing for this kind of application and
 * purpose. Advisory, not a workflow guard (offices differ in what they accept as a substitute):
 * the screen shows these messages while documents are being recorded.
 * <ul>
 * <li>always an e-KTP (a parent's for a child) and the Kartu Keluarga;</li>
 * <li>a first passport: a birth certificate, diploma or marriage book;</li>
 * <li>a renewal or damaged passport: the old passport; a lost one: the police report;</li>
 * <li>hajj or umrah: the Kemenag recommendation.</li>
 * </ul>
 */
public final class DocumentRules {

    private static final Set<DocumentType> CIVIL_RECORDS = EnumSet.of(DocumentType.BIRTH_CERTIFICATE,
            DocumentType.DIPLOMA, DocumentType.MARRIAGE_BOOK);

    private DocumentRules() {
    }

    /** Messages naming each missing document; empty when the checklist is complete. */
    public static List<Message> missing(Application app) {
        Set<DocumentType> present = EnumSet.noneOf(DocumentType.class);
        app.documents().forEach(d -> present.add(d.type()));
        List<Message> out = new ArrayList<>();
        require(out, present, DocumentType.E_KTP);
        require(out, present, DocumentType.KARTU_KELUARGA);
        if (app.kind() == ApplicationKind.NEW && present.stream().noneMatch(CIVIL_RECORDS::contains)) {
            out.add(Message.of("document.missingCivilRecord"));
        }
        if (app.kind() == ApplicationKind.RENEWAL || app.kind() == ApplicationKind.REPLACEMENT_DAMAGED) {
            require(out, present, DocumentType.OLD_PASSPORT);
        }
        if (app.kind() == ApplicationKind.REPLACEMENT_LOST) {
            require(out, present, DocumentType.POLICE_REPORT);
        }
        if (app.purpose() == Purpose.HAJJ || app.purpose() == Purpose.UMRAH) {
            require(out, present, DocumentType.KEMENAG_RECOMMENDATION);
        }
        return out;
    }

    private static void require(List<Message> out, Set<DocumentType> present, DocumentType type) {
        if (!present.contains(type)) {
            out.add(Message.of("document.missing", type));
        }
    }
}
