package id.loket.core.bundle;

import java.nio.file.Path;
import java.util.UUID;

/** A bundle written completely: where it is and what it carries. */
public record ExportResult(UUID bundleId, Path file, int records, int blobs, long bytes) {
}
