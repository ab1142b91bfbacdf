package id.loket.desktop.capture;

import id.loket.core.application.Application;
import id.loket.core.device.DeviceProfile;
import id.loket.core.i18n.Messages;
import id.loket.core.officer.Officer;
import id.loket.core.receipt.ExpectedDate;
import id.loket.core.receipt.ReceiptData;
import id.loket.core.receipt.ReceiptIssuer;
import id.loket.core.receipt.ReceiptPdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Locale;

/**
 * Writes an application's receipt PDF (core's ReceiptData + ReceiptPdf) into the data
 * directory's {@code receipts/} folder, named by receipt number. The file is written to a
 * temporary name first and moved into place, so a crash never leaves half a receipt.
 */
public final class ReceiptFiles {

    private final Path folder;
    private final ExpectedDate expected;
    private final Clock clock;

    /**
     * @param dataDir  the device's data directory; receipts go under {@code receipts/}
     * @param expected working-day rules for the expected collection date
     */
    public ReceiptFiles(Path dataDir, ExpectedDate expected, Clock clock) {
        this.folder = dataDir.resolve("receipts");
        this.expected = expected;
        this.clock = clock;
    }

    /**
     * Renders and stores the receipt.
     *
     * @param officeName the office's name as printed
     * @return the written file
     */
    public Path write(Application finalised, DeviceProfile device, String officeName, Officer officer, Locale language) {
        ReceiptIssuer issuer = new ReceiptIssuer(device.officeCode(), officeName, device.counterNumber(),
                officer.fullName(), clock.getZone());
        ReceiptData data = ReceiptData.from(finalised, issuer, expected, clock, language);
        byte[] pdf = ReceiptPdf.render(data, new Messages(language));
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(finalised.receiptNumber() + ".pdf");
            Path temp = Files.createTempFile(folder, "receipt", ".tmp");
            Files.write(temp, pdf);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the receipt into " + folder, e);
        }
    }
}
