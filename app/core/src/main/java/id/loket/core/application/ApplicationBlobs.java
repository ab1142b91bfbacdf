package id.loket.core.application;

import id.loket.core.biometric.FingerCapture;

import java.util.Set;
import java.util.TreeSet;

/** The blob addresses an application references: its photo, fingerprint images and document scans. */
public final class ApplicationBlobs {

    private ApplicationBlobs() {
    }

    /** Every distinct image hash of the application, sorted. */
    public static Set<String> of(Application app) {
        Set<String> hashes = new TreeSet<>();
        if (app.photo() != null) {
            hashes.add(app.photo().imageHash());
        }
        for (FingerCapture f : app.fingerprints().fingers()) {
            if (f.imageHash() != null) {
                hashes.add(f.imageHash());
            }
        }
        for (DocumentRecord d : app.documents()) {
            if (d.imageHash() != null) {
                hashes.add(d.imageHash());
            }
        }
        return hashes;
    }
}
