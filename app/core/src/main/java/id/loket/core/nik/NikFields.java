package id.loket.core.nik;

import id.loket.core.application.Sex;

import java.time.LocalDate;

/**
 * The parts of a structurally valid NIK {@code PP KK CC DD MM YY NNNN}.
 *
 * @param dayOfBirth   the real day (for women the NIK holds day + 40; this is already corrected)
 * @param twoDigitYear YY as written
 * @param birthDate    the date with the century resolved against "today"
 * @param serial       NNNN, from 1
 */
public record NikFields(String provinceCode, String provinceName, String regencyCode, String districtCode,
                        int dayOfBirth, Sex sex, int month, int twoDigitYear, LocalDate birthDate, int serial) {
}
