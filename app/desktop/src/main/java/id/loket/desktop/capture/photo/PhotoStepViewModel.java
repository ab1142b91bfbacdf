package id.loket.desktop.capture.photo;

import id.loket.core.biometric.PhotoCapture;
import id.loket.core.blob.BlobStore;
import id.loket.core.i18n.Message;
import id.loket.core.photo.CropRect;
import id.loket.core.photo.DecodeResult;
import id.loket.core.photo.DecoderLimits;
import id.loket.core.photo.PassportCrop;
import id.loket.core.photo.PhotoCheckResult;
import id.loket.core.photo.PhotoChecks;
import id.loket.core.photo.PhotoDecoder;
import id.loket.core.photo.PhotoPolicy;
import id.loket.desktop.concurrent.TaskRunner;
import id.loket.desktop.shell.Failures;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * The photo step: a file is decoded (corrupt, tiny or non-image files are refused with a reason),
 * a 7:9 crop is proposed around the person and can be nudged with large buttons (no mouse needed),
 * the framed photo is checked after every change, and an acceptable photo is stored as the
 * passport JPEG in the {@link BlobStore} before {@link #acceptedProperty()} names its hash.
 * Decoding, checks and storing run off the UI thread.
 */
public final class PhotoStepViewModel {

    /** File name patterns the file chooser offers (the decoder sniffs the content anyway). */
    public static final java.util.List<String> FILE_PATTERNS =
            java.util.List.of("*.jpg", "*.jpeg", "*.png", "*.JPG", "*.JPEG", "*.PNG");

    /** Share of the crop height one move nudges by. */
    static final double MOVE_STEP = 0.04;
    /** Factor one bigger/smaller nudge scales the crop by. */
    static final double SIZE_STEP = 1.05;

    private final ObjectProperty<PhotoCapture> accepted = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<BufferedImage> source = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BufferedImage> storedPhoto = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CropRect> crop = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Message> problems = FXCollections.observableArrayList();
    private final ObservableList<Message> warnings = FXCollections.observableArrayList();
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>();
    private final ObjectProperty<Message> message = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty checked = new SimpleBooleanProperty();
    private final BooleanBinding canAccept;

    private final BlobStore blobs;
    private final TaskRunner tasks;
    private final Clock clock;
    private final PhotoDecoder decoder;
    private final PassportCrop cropper;
    private final PhotoChecks checks;
    private final PhotoPolicy policy;
    private final DecoderLimits limits;
    private long generation;

    public PhotoStepViewModel(BlobStore blobs, TaskRunner tasks, Clock clock, DecoderLimits limits,
                              PassportCrop cropper, PhotoPolicy policy) {
        this.blobs = Objects.requireNonNull(blobs, "blobs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.decoder = new PhotoDecoder(limits);
        this.cropper = Objects.requireNonNull(cropper, "cropper");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.checks = new PhotoChecks(policy);
        canAccept = Bindings.createBooleanBinding(() -> source.get() != null && checked.get() && problems.isEmpty()
                && !busy.get(), source, checked, problems, busy);
    }

    /** Shows an already accepted photo (read back from the blob store), or nothing for a new application. */
    public void load(PhotoCapture existing) {
        clearWork();
        accepted.set(existing);
        storedPhoto.set(null);
        error.set(null);
        message.set(null);
        if (existing == null) {
            return;
        }
        tasks.run(() -> blobs.get(existing.imageHash()).map(PhotoStepViewModel::readImage).orElse(null),
                image -> {
                    storedPhoto.set(image);
                    message.set(image == null ? Message.of("photo.stored.missing") : Message.of("photo.stored.shown"));
                },
                failure -> error.set(Failures.message(failure)));
    }

    /** Reads and decodes a photo file the officer chose; refusals explain themselves. */
    public void loadFile(Path file) {
        clearWork();
        error.set(null);
        message.set(null);
        busy.set(true);
        tasks.run(() -> open(file), this::show, failure -> {
            busy.set(false);
            error.set(Failures.message(failure));
        });
    }

    /** Off the UI thread: read, decode, refuse tiny pictures, propose a crop, check it. */
    private Opened open(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                return Opened.refused(Message.of("photo.decode.tooLarge", megabytes(size), megabytes(limits.maxBytes())));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Opened.refused(Message.of("photo.load.unreadable"));
        }
        return switch (decoder.decode(bytes)) {
            case DecodeResult.Refused refused -> Opened.refused(refused.reason());
            case DecodeResult.Decoded decoded -> framed(decoded.image());
        };
    }

    private Opened framed(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (w < policy.minWidth() || h < policy.minHeight()) {
            return Opened.refused(Message.of("photo.load.tooSmall", w, h, policy.minWidth(), policy.minHeight()));
        }
        var suggestion = cropper.suggestCrop(image);
        CropRect rect = suggestion.orElseGet(() -> cropper.centred(w, h, w / 2.0, h / 2.0, h));
        return new Opened(image, rect, checks.check(cropper.crop(image, rect)),
                suggestion.isPresent() ? Message.of("photo.crop.suggested") : Message.of("photo.crop.manual"), null);
    }

    private record Opened(BufferedImage image, CropRect crop, PhotoCheckResult result, Message note, Message refusal) {
        static Opened refused(Message reason) {
            return new Opened(null, null, null, null, reason);
        }
    }

    private void show(Opened opened) {
        busy.set(false);
        if (opened.refusal() != null) {
            error.set(opened.refusal());
            return;
        }
        generation++;
        source.set(opened.image());
        crop.set(opened.crop());
        message.set(opened.note());
        showResult(opened.result());
    }

    private void showResult(PhotoCheckResult result) {
        problems.setAll(result.problems());
        warnings.setAll(result.warnings());
        checked.set(true);
    }

    /** Makes the frame larger (the head smaller in the photo). */
    public void bigger() {
        resize(SIZE_STEP);
    }

    /** Makes the frame smaller (the head larger in the photo). */
    public void smaller() {
        resize(1 / SIZE_STEP);
    }

    public void up() {
        move(0, -1);
    }

    public void down() {
        move(0, 1);
    }

    public void left() {
        move(-1, 0);
    }

    public void right() {
        move(1, 0);
    }

    private void resize(double factor) {
        CropRect c = crop.get();
        if (c != null) {
            reframe(centreX(c), centreY(c), (int) Math.round(c.height() * factor));
        }
    }

    private void move(int dx, int dy) {
        CropRect c = crop.get();
        if (c != null) {
            double step = Math.max(2, c.height() * MOVE_STEP);
            reframe(centreX(c) + dx * step, centreY(c) + dy * step, c.height());
        }
    }

    private static double centreX(CropRect c) {
        return c.x() + c.width() / 2.0;
    }

    private static double centreY(CropRect c) {
        return c.y() + c.height() / 2.0;
    }

    private void reframe(double cx, double cy, int height) {
        BufferedImage image = source.get();
        CropRect next = cropper.centred(image.getWidth(), image.getHeight(), cx, cy, height);
        if (next.equals(crop.get())) {
            return;
        }
        crop.set(next);
        checked.set(false);
        long mine = ++generation;
        tasks.run(() -> checks.check(cropper.crop(image, next)), result -> {
            if (mine == generation) {
                showResult(result);
            }
        }, failure -> error.set(Failures.message(failure)));
    }

    /** Stores the framed photo as the passport JPEG and records it; refused while a problem remains. */
    public void accept() {
        if (!canAccept.get()) {
            error.set(Message.of("photo.accept.blocked"));
            return;
        }
        BufferedImage image = source.get();
        CropRect rect = crop.get();
        busy.set(true);
        tasks.run(() -> {
            byte[] jpeg = cropper.toJpeg(image, rect);
            String hash = blobs.put(jpeg, "image/jpeg");
            return new PhotoCapture(hash, cropper.format().width(), cropper.format().height(), clock.instant());
        }, photo -> {
            busy.set(false);
            accepted.set(photo);
            storedPhoto.set(cropper.crop(image, rect));
            clearWork();
            message.set(Message.of("photo.accepted"));
        }, failure -> {
            busy.set(false);
            error.set(Failures.message(failure));
        });
    }

    /** Drops the current photo (accepted or not) so another can be taken. */
    public void retake() {
        clearWork();
        accepted.set(null);
        storedPhoto.set(null);
        error.set(null);
        message.set(Message.of("photo.retake"));
    }

    private void clearWork() {
        generation++;
        source.set(null);
        crop.set(null);
        problems.clear();
        warnings.clear();
        checked.set(false);
    }

    private static double megabytes(long bytes) {
        return Math.round(bytes * 10.0 / (1024 * 1024)) / 10.0;
    }

    private static BufferedImage readImage(byte[] jpeg) {
        try {
            return ImageIO.read(new ByteArrayInputStream(jpeg));
        } catch (IOException e) {
            return null;
        }
    }

    /** The accepted photo (its JPEG already in the blob store), or null. */
    public ObjectProperty<PhotoCapture> acceptedProperty() {
        return accepted;
    }

    /** The decoded photo being framed, or null. */
    public ReadOnlyObjectProperty<BufferedImage> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** The accepted photo's pixels for display, or null. */
    public ReadOnlyObjectProperty<BufferedImage> storedPhotoProperty() {
        return storedPhoto.getReadOnlyProperty();
    }

    /** The frame, in source pixels, or null. */
    public ReadOnlyObjectProperty<CropRect> cropProperty() {
        return crop.getReadOnlyProperty();
    }

    /** What blocks the framed photo. */
    public ObservableList<Message> problems() {
        return problems;
    }

    /** What the officer should look at but may accept. */
    public ObservableList<Message> warnings() {
        return warnings;
    }

    public ObjectProperty<Message> errorProperty() {
        return error;
    }

    public ObjectProperty<Message> messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** True when a checked photo without problems is framed. */
    public BooleanBinding canAcceptProperty() {
        return canAccept;
    }
}
