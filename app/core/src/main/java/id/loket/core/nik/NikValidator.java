package id.loket.core.nik;

import id.loket.core.application.Sex;
import id.loket.core.i18n.Message;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Offline shape check of a NIK ({@code PP KK CC DD MM YY NNNN}). There is no check digit, so this
 * catches typing mistakes only; Dukcapil verification happens at the centre. Each problem is a
 * separate {@link Message} naming what is wrong, so the officer can fix it without guessing.
 */
public final class NikValidator {

    /** Women's NIKs hold the day of birth plus this. */
    public static final int FEMALE_DAY_OFFSET = 40;

    private NikValidator() {
    }

    /**
     * Checks a NIK.
     *
     * @param nik             as typed (surrounding spaces ignored)
     * @param statedBirthDate birth date from the form, or null; a difference is a warning
     * @param statedSex       sex from the form, or null; a difference is a warning
     * @param today           resolves the century: a date that would lie after today is 19xx
     */
    public static NikCheck check(String nik, LocalDate statedBirthDate, Sex statedSex, LocalDate today) {
        Objects.requireNonNull(today, "today");
        List<Message> errors = new ArrayList<>();
        List<Message> warnings = new ArrayList<>();
        String input = nik == null ? "" : nik.strip();
        if (input.isEmpty()) {
            errors.add(Message.of("nik.error.required"));
            return new NikCheck(nik, Optional.empty(), errors, warnings);
        }
        String nonDigits = input.codePoints().filter(c -> c < '0' || c > '9')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (!nonDigits.isEmpty()) {
            errors.add(Message.of("nik.error.notDigits", nonDigits.codePoints().distinct()
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()));
        }
        int length = input.codePointCount(0, input.length());
        if (length != 16) {
            errors.add(Message.of("nik.error.length", String.valueOf(length)));
        }
        if (!errors.isEmpty()) {
            return new NikCheck(nik, Optional.empty(), errors, warnings);
        }

        String province = input.substring(0, 2);
        String regency = input.substring(2, 4);
        String district = input.substring(4, 6);
        int rawDay = Integer.parseInt(input.substring(6, 8));
        int month = Integer.parseInt(input.substring(8, 10));
        int yy = Integer.parseInt(input.substring(10, 12));
        int serial = Integer.parseInt(input.substring(12, 16));

        Optional<String> provinceName = Provinces.name(province);
        if (provinceName.isEmpty()) {
            errors.add(Message.of("nik.error.province", province));
        }
        if (regency.equals("00")) {
            errors.add(Message.of("nik.error.regency"));
        }
        if (district.equals("00")) {
            errors.add(Message.of("nik.error.district"));
        }
        Sex sex = null;
        int day = rawDay;
        if (rawDay >= 1 && rawDay <= 31) {
            sex = Sex.MALE;
        } else if (rawDay >= 1 + FEMALE_DAY_OFFSET && rawDay <= 31 + FEMALE_DAY_OFFSET) {
            sex = Sex.FEMALE;
            day = rawDay - FEMALE_DAY_OFFSET;
        } else {
            errors.add(Message.of("nik.error.day", input.substring(6, 8)));
        }
        boolean monthOk = month >= 1 && month <= 12;
        if (!monthOk) {
            errors.add(Message.of("nik.error.month", input.substring(8, 10)));
        }
        LocalDate birthDate = null;
        if (sex != null && monthOk) {
            birthDate = resolve(day, month, yy, today);
            if (birthDate == null) {
                errors.add(Message.of("nik.error.date", "%02d".formatted(day), input.substring(8, 10),
                        input.substring(10, 12)));
            }
        }
        if (serial == 0) {
            errors.add(Message.of("nik.error.serial"));
        }
        if (!errors.isEmpty()) {
            return new NikCheck(nik, Optional.empty(), errors, warnings);
        }

        if (statedBirthDate != null && !statedBirthDate.equals(birthDate)) {
            warnings.add(Message.of("nik.warning.birthDate", birthDate, statedBirthDate));
        }
        if (statedSex != null && statedSex != sex) {
            warnings.add(Message.of("nik.warning.sex", sex, statedSex));
        }
        NikFields fields = new NikFields(province, provinceName.orElseThrow(), regency, district, day, sex, month, yy,
                birthDate, serial);
        return new NikCheck(nik, Optional.of(fields), errors, warnings);
    }

    /**
     * The birth date for DD MM YY: 20YY unless that is after today, then 19YY. Returns null when
     * the day does not exist in that month and year (e.g. 29 February in a non-leap year).
     */
    static LocalDate resolve(int day, int month, int yy, LocalDate today) {
        int year = 2000 + yy;
        if (year > today.getYear()) {
            year -= 100;
        }
        LocalDate date = dateOrNull(year, month, day);
        if (date != null && date.isAfter(today)) {
            year -= 100;
            date = dateOrNull(year, month, day);
        }
        return date;
    }

    private static LocalDate dateOrNull(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
