package id.loket.core.application;

/** Purpose of travel stated in the interview; hajj passports need three name words. */
public enum Purpose {
    TOURISM,
    UMRAH,
    HAJJ,
    WORK,
    STUDY,
    MEDICAL,
    FAMILY_VISIT,
    BUSINESS,
    OTHER
}
