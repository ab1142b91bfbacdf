package id.loket.core.application;

import java.time.LocalDate;

/**
 * The person applying, as typed at the counter from the e-KTP and Kartu Keluarga. Drafts may be
 * incomplete, so any field may be null here; the workflow refuses to finalise an incomplete one.
 *
 * @param nik              16-digit NIK as typed
 * @param nikVerification  Dukcapil status (offline: UNVERIFIED)
 * @param fullName         name as on civil documents, titles included
 * @param passportName     name to print (see {@code PassportName.derive})
 * @param married          married applicants get 10-year validity regardless of age
 */
public record Applicant(String nik, NikVerification nikVerification, String fullName, String passportName,
                        String placeOfBirth, LocalDate birthDate, Sex sex, String address, String phone,
                        boolean married) {

    public Applicant {
        if (nikVerification == null) {
            nikVerification = NikVerification.UNVERIFIED;
        }
    }

    public Applicant withNikVerification(NikVerification verification) {
        return new Applicant(nik, verification, fullName, passportName, placeOfBirth, birthDate, sex, address,
                phone, married);
    }

    public Applicant withPassportName(String name) {
        return new Applicant(nik, nikVerification, fullName, name, placeOfBirth, birthDate, sex, address,
                phone, married);
    }
}
