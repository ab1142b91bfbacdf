package id.loket.core.application;

/** Supporting documents checked and scanned at the counter. */
public enum DocumentType {
    E_KTP,
    KARTU_KELUARGA,
    BIRTH_CERTIFICATE,
    DIPLOMA,
    MARRIAGE_BOOK,
    OLD_PASSPORT,
    POLICE_REPORT,
    KEMENAG_RECOMMENDATION,
    OTHER
}
