package id.loket.sync.central.blob;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Pattern;

/**
 * Blob bytes in append-only segment files (ADR 0017), so the database keeps only the index. Each
 * instance appends to segments of its own, named after a random instance id and a number, and
 * never to a file it did not create in this run: several instances can share the directory (a
 * volume they all mount) as they share PostgreSQL, and a torn tail left by a crash is never
 * written after. Any instance reads any segment.
 *
 * <p>Writing a blob is: {@link #append} (placed, not yet durable), then {@link #force} before the
 * transaction that names the placement commits. A crash in between leaves bytes no row points
 * to, never a row pointing to missing bytes.
 */
public final class BlobSegments implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BlobSegments.class);

    /** A new segment is started when the current one would pass this size. */
    public static final long DEFAULT_SEGMENT_BYTES = 1L << 30;
    /** After this many bytes appended, the disk is set to work on them in the background (write-behind). */
    static final long WRITE_BEHIND_BYTES = 1L << 20;

    private static final Pattern NAME = Pattern.compile("seg-[0-9a-f]{32}-[0-9]{6}\\.blobs");

    private final Path dir;
    private final long segmentBytes;
    private final String instance = UUID.randomUUID().toString().replace("-", "");
    private final Map<String, FileChannel> readers = new ConcurrentHashMap<>();
    private final List<FileChannel> written = new ArrayList<>();

    private final ExecutorService flusher = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().name("loket-segment-flush").daemon(true).unstarted(r));

    private FileChannel current;
    private String currentName;
    private long next;
    private int number;
    private long sinceFlush;
    private Future<?> flushing;

    /** Where a blob's bytes begin. */
    public record Placement(String segment, long offset) {
    }

    public BlobSegments(Path dir) {
        this(dir, DEFAULT_SEGMENT_BYTES);
    }

    public BlobSegments(Path dir, long segmentBytes) {
        this.dir = Objects.requireNonNull(dir, "dir").toAbsolutePath();
        if (segmentBytes <= 0) {
            throw new IllegalArgumentException("segment size must be positive");
        }
        this.segmentBytes = segmentBytes;
        try {
            Files.createDirectories(this.dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the blob directory " + this.dir, e);
        }
    }

    public Path directory() {
        return dir;
    }

    /** Appends the bytes to this instance's current segment; durable only after {@link #force}. */
    public Placement append(byte[] data) {
        return append(data, 0, data.length);
    }

    /** Appends {@code length} bytes of {@code data} from {@code from}; durable only after {@link #force}. */
    public Placement append(byte[] data, int from, int length) {
        FileChannel channel;
        Placement placement;
        synchronized (this) {
            if (current == null || (next > 0 && next + length > segmentBytes)) {
                roll();
            }
            channel = current;
            placement = new Placement(currentName, next);
            next += length;
        }
        try {
            ByteBuffer buffer = ByteBuffer.wrap(data, from, length);
            long at = placement.offset();
            while (buffer.hasRemaining()) {
                at += channel.write(buffer, at);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to blob segment " + placement.segment(), e);
        }
        writeBehind(length);
        return placement;
    }

    /**
     * Once a megabyte was appended since, starts forcing the segments on a background thread, so
     * the disk writes a pack's first blobs while its last are still arriving and the {@link #force}
     * that must precede the commit finds little left to write (ADR 0020). Durability still rests on
     * that force alone: this only starts the work early.
     */
    private void writeBehind(int length) {
        synchronized (this) {
            sinceFlush += length;
            if (sinceFlush < WRITE_BEHIND_BYTES || (flushing != null && !flushing.isDone())) {
                return;
            }
            sinceFlush = 0;
            try {
                flushing = flusher.submit(this::forceEarly);
            } catch (RejectedExecutionException closed) {
                // closing: the caller's own force, if any, still runs
            }
        }
    }

    private void forceEarly() {
        try {
            force();
        } catch (UncheckedIOException e) {
            LOG.debug("an early force of the blob segments failed; the force before the commit will report it", e);
        }
    }

    /** Makes every byte appended so far by this instance durable (and the segments' names). */
    public void force() {
        List<FileChannel> channels;
        synchronized (this) {
            channels = List.copyOf(written);
        }
        try {
            for (FileChannel channel : channels) {
                channel.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot force the blob segments to disk", e);
        }
    }

    /** The {@code size} bytes at {@code offset} of a segment written by any instance. */
    public byte[] read(String segment, long offset, int size) {
        if (!NAME.matcher(segment).matches()) {
            throw new IllegalArgumentException("not a blob segment name: " + segment);
        }
        try {
            FileChannel channel = readers.computeIfAbsent(segment, this::openForReading);
            ByteBuffer buffer = ByteBuffer.allocate(size);
            long at = offset;
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer, at);
                if (n < 0) {
                    throw new EOFException("segment " + segment + " ends before " + (offset + size));
                }
                at += n;
            }
            return buffer.array();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read blob segment " + segment, e);
        }
    }

    private FileChannel openForReading(String segment) {
        try {
            return FileChannel.open(dir.resolve(segment), StandardOpenOption.READ);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open blob segment " + segment, e);
        }
    }

    /** Starts a new segment file of this instance and makes its name durable. */
    private void roll() {
        String name = String.format("seg-%s-%06d.blobs", instance, ++number);
        try {
            FileChannel channel = FileChannel.open(dir.resolve(name), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, StandardOpenOption.READ);
            forceDirectory();
            written.add(channel);
            readers.put(name, channel);
            current = channel;
            currentName = name;
            next = 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start blob segment " + name + " in " + dir, e);
        }
    }

    /** Makes a new file's directory entry durable (Linux; where a directory cannot be opened, the file system journals it). */
    private void forceDirectory() {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException ignored) {
            // Windows cannot open a directory; NTFS journals the entry with the file
        }
    }

    @Override
    public synchronized void close() {
        flusher.shutdown();
        for (FileChannel channel : readers.values()) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing: nothing left to lose, every placement was forced before its commit
            }
        }
        readers.clear();
        written.clear();
        current = null;
    }
}
