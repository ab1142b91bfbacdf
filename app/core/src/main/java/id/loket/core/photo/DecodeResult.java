package id.loket.core.photo;

import id.loket.core.i18n.Message;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * The outcome of {@link PhotoDecoder#decode(byte[])}: either a decoded image or a refusal with a
 * message the officer can act on. A sealed result instead of an exception because a refused file
 * is an ordinary event at the counter (wrong file picked, copy interrupted), not a program error.
 */
public sealed interface DecodeResult {

    /**
     * A decoded photo, always {@link BufferedImage#TYPE_INT_RGB} (any transparency is flattened
     * onto white, the background the counters use).
     *
     * @param image  the pixels; no metadata of the source file survives decoding
     * @param format the container the bytes were in
     */
    record Decoded(BufferedImage image, ImageFormat format) implements DecodeResult {
        public Decoded {
            Objects.requireNonNull(image, "image");
            Objects.requireNonNull(format, "format");
        }

        /** Only the format and size: the pixels are biometric data and never go into logs. */
        @Override
        public String toString() {
            return "Decoded[" + format + " " + image.getWidth() + "x" + image.getHeight() + "]";
        }
    }

    /** The bytes were not accepted; {@code reason} says why in the officer's language. */
    record Refused(Message reason) implements DecodeResult {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
