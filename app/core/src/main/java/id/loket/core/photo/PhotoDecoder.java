package id.loket.core.photo;

import id.loket.core.i18n.Message;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Turns the bytes of a photo file (chosen by the officer or delivered by a camera) into pixels,
 * refusing anything that is not a complete JPEG or PNG within {@link DecoderLimits}. It reads
 * the header first and checks the dimensions before decoding, treats decoder warnings (a JPEG
 * that ends early is otherwise silently padded with grey) as corruption, and keeps no metadata:
 * EXIF (location, camera serial) is ignored on reading and never written again.
 */
public final class PhotoDecoder {

    private static final int MEGABYTE = 1024 * 1024;

    private final DecoderLimits limits;

    public PhotoDecoder(DecoderLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Decodes the file or says why not; never throws for bad input. */
    public DecodeResult decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return refused(Message.of("photo.decode.empty"));
        }
        if (bytes.length > limits.maxBytes()) {
            return refused(Message.of("photo.decode.tooLarge", megabytes(bytes.length),
                    megabytes(limits.maxBytes())));
        }
        ImageFormat format = ImageFormat.sniff(bytes);
        if (format == null) {
            return refused(Message.of("photo.decode.notImage"));
        }
        if (!format.accepted()) {
            return refused(Message.of("photo.decode.unsupported", format.displayName()));
        }
        try {
            return read(bytes, format);
        } catch (IOException | RuntimeException e) {
            // The exception text may quote file content; only the format is reported.
            return refused(Message.of("photo.decode.corrupt", format.displayName()));
        }
    }

    private DecodeResult read(byte[] bytes, ImageFormat format) throws IOException {
        ImageReader reader = readerFor(format);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0 || width > limits.maxSide() || height > limits.maxSide()
                    || (long) width * height > limits.maxPixels()) {
                return refused(Message.of("photo.decode.tooManyPixels", width, height, limits.maxSide(),
                        limits.maxSide(), Math.round(limits.maxPixels() / 1_000_000.0)));
            }
            ImageReadParam param = reader.getDefaultReadParam();
            BufferedImage decoded = reader.read(0, param);
            if (!warnings.isEmpty() || decoded == null) {
                return refused(Message.of("photo.decode.corrupt", format.displayName()));
            }
            return new DecodeResult.Decoded(toRgb(decoded), format);
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader readerFor(ImageFormat format) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format == ImageFormat.PNG ? "png" : "jpeg");
        if (!readers.hasNext()) {
            throw new IOException("no ImageIO reader for " + format);
        }
        return readers.next();
    }

    /** Flattens any colour model and transparency onto an opaque white RGB canvas. */
    static BufferedImage toRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static double megabytes(long bytes) {
        return Math.round(bytes * 10.0 / MEGABYTE) / 10.0;
    }

    private static DecodeResult refused(Message reason) {
        return new DecodeResult.Refused(reason);
    }
}
