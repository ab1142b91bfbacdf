package id.loket.bench.store;

import id.loket.core.application.Applicant;
import id.loket.core.application.Application;
import id.loket.core.application.ApplicationKind;
import id.loket.core.application.Lane;
import id.loket.core.application.NikVerification;
import id.loket.core.application.PassportType;
import id.loket.core.application.Purpose;
import id.loket.core.application.ServiceLevel;
import id.loket.core.application.Sex;
import id.loket.core.biometric.Finger;
import id.loket.core.biometric.FingerCapture;
import id.loket.core.biometric.FingerSet;
import id.loket.core.biometric.FingerprintCapture;
import id.loket.core.biometric.PhotoCapture;
import id.loket.core.blob.BlobStore;
import id.loket.core.name.PassportName;
import id.loket.core.store.Ids;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Applications as a counter captures them: a varied applicant that passes every finalise guard,
 * a distinct ~300 KB photo and ten distinct ~15 KB prints. The image bytes are random behind a
 * JPEG / WSQ start marker: core stores and hashes images but never decodes them on save, so this
 * costs the store exactly what real images of that size cost (random bytes do not compress, nor
 * do JPEG or WSQ data). A copy of the test fixture's builder, kept small: test classes are not published.
 * Public for bench/sync, which fills a device's outbox with the same applications.
 */
public final class SyntheticApplications {

    static final int PHOTO_BYTES = 300_000;
    static final int PRINT_BYTES = 15_000;
    static final FingerSet FINGERS = FingerSet.TEN;

    private static final String[] GIVEN = {"Made", "Ketut", "Wayan", "Nyoman", "Putu", "Siti", "Dewi", "Agus",
        "Budi", "Rina", "Ahmad", "Muhammad", "Nur", "Sri", "Eko", "Dian", "Fitri", "Hendra", "Indah", "Joko"};
    private static final String[] MIDDLE = {"Ayu", "Adi", "Wulan", "Putra", "Putri", "Dwi", "Tri", "Kurnia",
        "Rahma", "Yusuf", "Aisyah", "Bayu", "Citra", "Hadi", "Lestari", "Surya"};
    private static final String[] FAMILY = {"Sudarsana", "Santoso", "Wijaya", "Pratama", "Saputra", "Hidayat",
        "Siregar", "Nasution", "Harahap", "Simanjuntak", "Kusuma", "Setiawan", "Gunawan", "Rahayu", "Lubis"};
    private static final String[] PLACES = {"Denpasar", "Bogor", "Bandung", "Surabaya", "Medan", "Makassar",
        "Semarang", "Mataram", "Kupang", "Jakarta"};
    /** Province codes that exist (Jawa Barat, DKI Jakarta, Jawa Tengah, Jawa Timur, Bali, NTB, Sumatera Utara). */
    private static final String[] PROVINCES = {"32", "31", "33", "35", "51", "52", "12"};
    private static final Purpose[] PURPOSES = {Purpose.TOURISM, Purpose.UMRAH, Purpose.WORK, Purpose.STUDY,
        Purpose.FAMILY_VISIT, Purpose.BUSINESS};

    private final SplittableRandom random;

    public SyntheticApplications(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The bytes of one applicant's images, made before any timing starts. */
    public record Images(byte[] photo, List<byte[]> prints) {

        /** Bytes of the 11 sealed files (header with the media type, nonce and GCM tag around each image). */
        long sealedBytes() {
            return photo.length + (4 + 1 + "image/jpeg".length() + 28)
                    + prints.stream().mapToLong(p -> p.length + (4 + 1 + "image/x-wsq".length() + 28)).sum();
        }
    }

    /** The hashes under which {@link Images} were stored. */
    public record StoredImages(String photo, List<String> prints) {
    }

    /** Full-size images: a ~300 KB photo and ten ~15 KB prints. */
    public Images images() {
        return images(PHOTO_BYTES, PRINT_BYTES);
    }

    /** Distinct images of the given sizes (the preload uses small ones to keep the store's disk use down). */
    Images images(int photoBytes, int printBytes) {
        byte[] photo = randomBytes(Math.max(16, photoBytes));
        // JPEG SOI + APP0 "JFIF"
        System.arraycopy(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0},
                0, photo, 0, 11);
        List<byte[]> prints = new ArrayList<>(FINGERS.fingers().size());
        for (int i = 0; i < FINGERS.fingers().size(); i++) {
            byte[] p = randomBytes(Math.max(16, printBytes));
            p[0] = (byte) 0xFF; // WSQ SOI marker FFA0
            p[1] = (byte) 0xA0;
            prints.add(p);
        }
        return new Images(photo, prints);
    }

    /** Stores the images as the capture screens do: one {@link BlobStore#put} (one durable file) per image. */
    static StoredImages put(BlobStore blobs, Images images) {
        String photo = blobs.put(images.photo(), "image/jpeg");
        List<String> prints = new ArrayList<>(images.prints().size());
        for (byte[] p : images.prints()) {
            prints.add(blobs.put(p, "image/x-wsq"));
        }
        return new StoredImages(photo, prints);
    }

    /** Stores the images of many applications with one {@link BlobStore#putAll} (the preload: one journal commit). */
    public static List<StoredImages> putAll(BlobStore blobs, List<Images> images) {
        List<BlobStore.Put> puts = new ArrayList<>();
        for (Images i : images) {
            puts.add(new BlobStore.Put(i.photo(), "image/jpeg"));
            i.prints().forEach(p -> puts.add(new BlobStore.Put(p, "image/x-wsq")));
        }
        List<String> hashes = blobs.putAll(puts);
        List<StoredImages> out = new ArrayList<>();
        int k = 0;
        for (Images i : images) {
            String photo = hashes.get(k++);
            List<String> prints = new ArrayList<>(hashes.subList(k, k + i.prints().size()));
            k += i.prints().size();
            out.add(new StoredImages(photo, prints));
        }
        return out;
    }

    /** A draft referencing the stored images that passes every finalise guard. */
    public Application draft(StoredImages stored, String officer, Instant now, LocalDate today) {
        FingerprintCapture fp = FingerprintCapture.pending(FINGERS);
        List<Finger> fingers = FINGERS.fingers();
        for (int i = 0; i < fingers.size(); i++) {
            fp = fp.with(FingerCapture.captured(fingers.get(i), 60 + random.nextInt(40), 1 + random.nextInt(2),
                    "SBI-001", stored.prints().get(i)));
        }
        return Application.draft(Ids.uuidV7(), applicant(today), ApplicationKind.NEW, PassportType.ELECTRONIC,
                        ServiceLevel.REGULAR, pick(PURPOSES), Lane.APPOINTMENT, FINGERS, officer,
                        now.minusSeconds(600))
                .withPhoto(new PhotoCapture(stored.photo(), 413, 531, now.minusSeconds(300)))
                .withFingerprints(fp);
    }

    private Applicant applicant(LocalDate today) {
        Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        LocalDate born = today.minusYears(18 + random.nextInt(60)).minusDays(random.nextInt(365));
        int day = born.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
        String nik = String.format(Locale.ROOT, "%s%02d%02d%02d%02d%02d%04d", pick(PROVINCES), 1 + random.nextInt(20),
                1 + random.nextInt(30), day, born.getMonthValue(), born.getYear() % 100, 1 + random.nextInt(9999));
        String fullName = pick(GIVEN) + " " + pick(MIDDLE) + " " + pick(FAMILY);
        return new Applicant(nik, NikVerification.UNVERIFIED, fullName, PassportName.derive(fullName), pick(PLACES),
                born, sex, "Jl. Raya " + (1 + random.nextInt(200)) + ", " + pick(PLACES),
                "08" + (1_000_000_000L + random.nextLong(8_999_999_999L)), random.nextBoolean());
    }

    private byte[] randomBytes(int size) {
        byte[] b = new byte[size];
        random.nextBytes(b);
        return b;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
