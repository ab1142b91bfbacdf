package id.loket.desktop.capture;

import java.nio.file.Path;

/**
 * Opens a receipt PDF in the system's viewer (production: JavaFX HostServices.showDocument).
 * An interface so the capture flow can be tested without launching a viewer.
 */
@FunctionalInterface
public interface ReceiptOpener {

    /** Shows the file to the officer for printing. */
    void open(Path pdf);
}
