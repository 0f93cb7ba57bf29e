package com.newsbridge.index;

import com.newsbridge.model.Article;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write-ahead log of a {@link NewsIndex}: every acknowledged change is appended here and fsync'd before the client
 * hears about it; the index itself is committed only now and then (a checkpoint), and the log is replayed on start-up
 * to redo what the last commit lacks.
 *
 * <p>The log is a sequence of segment files {@code wal/wal-GENERATION.log} in the index folder. Each segment starts
 * with a magic header, then holds records {@code [int length][int CRC32C][payload]}. A record whose length or checksum
 * does not match ends its segment: that is a write torn by a crash, which was never acknowledged (the acknowledgement
 * waits for the fsync after the append). A checkpoint {@linkplain #rotate() rotates} to a new segment, commits the
 * index with the new generation in its commit data and then {@linkplain #deleteBefore(long) deletes} the older
 * segments; replay starts at the generation of the last commit.
 *
 * <p>Replaying is idempotent: records are upserts and deletes by id, applied in log order (the caller keeps log order
 * and index order the same for each id), so redoing a change the commit already holds changes nothing.
 *
 * <p>Appends are thread-safe and fsyncs are grouped: writers that arrive while an fsync is running share the next one.
 */
final class WriteAheadLog implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(WriteAheadLog.class);

    /** The folder inside the index folder that holds the segments. */
    static final String FOLDER = "wal";
    private static final Pattern SEGMENT_NAME = Pattern.compile("wal-(\\d{16})\\.log");
    private static final byte[] MAGIC = "NBWAL\u0001\n\n".getBytes(StandardCharsets.ISO_8859_1);
    /** Largest record accepted on replay; a bigger length field is a torn or corrupt header. */
    private static final int MAX_RECORD_BYTES = 256 << 20;

    private static final byte UPSERT = 1;
    private static final byte DELETE = 2;

    private final Path folder;
    private volatile Segment current;

    private WriteAheadLog(Path folder, Segment current) {
        this.folder = folder;
        this.current = current;
    }

    /** A logged change. */
    sealed interface Record permits Upsert, Delete {
        String id();
    }

    /** Adds or replaces an article. */
    record Upsert(Article article) implements Record {
        @Override
        public String id() {
            return article.id();
        }
    }

    /** Deletes an article. */
    record Delete(String id) implements Record {
    }

    /** Where an appended record ends: durable once its segment is synced up to {@code end}. */
    record Position(Segment segment, long end) {
    }

    /**
     * Opens a new log in {@code indexFolder/wal} whose first segment has {@code generation}; older segments stay until
     * {@link #deleteBefore(long)}.
     */
    static WriteAheadLog create(Path indexFolder, long generation) throws IOException {
        Path folder = indexFolder.resolve(FOLDER);
        Files.createDirectories(folder);
        return new WriteAheadLog(folder, Segment.create(folder, generation));
    }

    /** Returns the generations of the segments in {@code indexFolder/wal}, ascending. */
    static List<Long> generations(Path indexFolder) throws IOException {
        Path folder = indexFolder.resolve(FOLDER);
        List<Long> gens = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return gens;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(f -> {
                Matcher m = SEGMENT_NAME.matcher(f.getFileName().toString());
                if (m.matches()) {
                    gens.add(Long.parseLong(m.group(1)));
                }
            });
        }
        gens.sort(null);
        return gens;
    }

    /**
     * Reads every record of the segments with a generation of at least {@code fromGeneration}, in order, and hands
     * them to {@code sink}. A torn record ends its segment (logged when it is not the tail of the newest segment).
     *
     * @return the number of records read
     */
    static long replay(Path indexFolder, long fromGeneration, Consumer<Record> sink) throws IOException {
        List<Long> gens = generations(indexFolder);
        long count = 0;
        for (int i = 0; i < gens.size(); i++) {
            long gen = gens.get(i);
            if (gen < fromGeneration) {
                continue;
            }
            count += replaySegment(segmentPath(indexFolder.resolve(FOLDER), gen), i == gens.size() - 1, sink);
        }
        return count;
    }

    private static long replaySegment(Path file, boolean newest, Consumer<Record> sink) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < MAGIC.length) {
            return 0; // created, header not yet written: nothing was ever appended
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                throw new IOException("not a NewsBridge write-ahead log segment: " + file);
            }
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        buf.position(MAGIC.length);
        long count = 0;
        while (buf.remaining() > 0) {
            int start = buf.position();
            if (buf.remaining() < 8) {
                torn(file, newest, start, "truncated record header");
                break;
            }
            int length = buf.getInt();
            int crc = buf.getInt();
            if (length <= 0 || length > MAX_RECORD_BYTES || length > buf.remaining()) {
                torn(file, newest, start, "truncated record");
                break;
            }
            CRC32C check = new CRC32C();
            check.update(bytes, buf.position(), length);
            if ((int) check.getValue() != crc) {
                torn(file, newest, start, "checksum mismatch");
                break;
            }
            Record record = decode(bytes, buf.position(), length);
            buf.position(buf.position() + length);
            sink.accept(record);
            count++;
        }
        return count;
    }

    private static void torn(Path file, boolean newest, int offset, String what) {
        if (newest) {
            LOG.info("write-ahead log {} ends with a torn write at byte {} ({}): an unacknowledged change, ignored",
                    file, offset, what);
        } else {
            LOG.error("write-ahead log {} is damaged at byte {} ({}); the rest of that segment is skipped",
                    file, offset, what);
        }
    }

    /** Appends a record (not yet durable: pass the result to {@link #awaitDurable}). */
    Position append(Record record) throws IOException {
        byte[] payload = encode(record);
        return current.append(payload);
    }

    /** Returns when every record up to {@code position} is on disk (fsync'd), sharing fsyncs among waiting writers. */
    void awaitDurable(Position position) throws IOException {
        position.segment().awaitSynced(position.end());
    }

    /** Returns the generation of the segment being appended to. */
    long generation() {
        return current.generation;
    }

    /**
     * Starts a new segment and returns the previous one; the caller must make sure no append is under way (the index
     * holds its rotation lock) and then {@linkplain Segment#seal() seal} the returned segment.
     */
    Segment rotate() throws IOException {
        Segment previous = current;
        current = Segment.create(folder, previous.generation + 1);
        return previous;
    }

    /** Deletes the segments older than {@code generation} (their changes are in a commit). */
    void deleteBefore(long generation) throws IOException {
        deleteBefore(folder.getParent(), generation);
    }

    /** Deletes the segments in {@code indexFolder/wal} older than {@code generation}. */
    static void deleteBefore(Path indexFolder, long generation) throws IOException {
        Path folder = indexFolder.resolve(FOLDER);
        boolean deleted = false;
        for (long gen : generations(indexFolder)) {
            if (gen < generation) {
                Files.deleteIfExists(segmentPath(folder, gen));
                deleted = true;
            }
        }
        if (deleted) {
            IOUtils.fsync(folder, true);
        }
    }

    @Override
    public void close() throws IOException {
        current.seal();
    }

    private static Path segmentPath(Path folder, long generation) {
        return folder.resolve(String.format(java.util.Locale.ROOT, "wal-%016d.log", generation));
    }

    /** One segment file: appends under a lock, fsyncs shared by the writers waiting for them. */
    static final class Segment {

        final long generation;
        private final Path file;
        private final FileChannel channel;
        private final Object appendLock = new Object();
        /** Bytes appended so far (end offset of the last complete record); written under appendLock. */
        private volatile long written;
        /** Bytes known to be on disk; guarded by this. */
        private long synced;
        /** True while a writer runs an fsync, or the final fsync of {@link #seal()} runs; guarded by this. */
        private boolean syncing;
        /** No more appends; guarded by appendLock. */
        private boolean sealed;
        /** The channel is closed (after the final fsync, successful or not); guarded by this. */
        private boolean closed;

        private Segment(long generation, Path file, FileChannel channel, long written) {
            this.generation = generation;
            this.file = file;
            this.channel = channel;
            this.written = written;
            this.synced = written;
        }

        static Segment create(Path folder, long generation) throws IOException {
            Path file = segmentPath(folder, generation);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                writeFully(channel, ByteBuffer.wrap(MAGIC));
                channel.force(true);
                IOUtils.fsync(folder, true); // the new file's directory entry must survive too
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            return new Segment(generation, file, channel, MAGIC.length);
        }

        Position append(byte[] payload) throws IOException {
            CRC32C crc = new CRC32C();
            crc.update(payload);
            ByteBuffer buf = ByteBuffer.allocate(8 + payload.length);
            buf.putInt(payload.length).putInt((int) crc.getValue()).put(payload).flip();
            synchronized (appendLock) {
                if (sealed) {
                    throw new IOException("write-ahead log segment " + file + " is closed");
                }
                writeFully(channel, buf);
                written += buf.limit();
                return new Position(this, written);
            }
        }

        void awaitSynced(long end) throws IOException {
            while (true) {
                long target;
                synchronized (this) {
                    while (synced < end && syncing) { // an fsync (or the sealing one) is under way: it may cover us
                        try {
                            wait();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IOException("interrupted while waiting for the write-ahead log fsync", e);
                        }
                    }
                    if (synced >= end) {
                        return;
                    }
                    if (closed) {
                        throw new IOException("write-ahead log segment " + file + " could not be synced when closed");
                    }
                    syncing = true;
                    target = written; // everything appended so far goes to disk with this fsync
                }
                boolean ok = false;
                try {
                    channel.force(false);
                    ok = true;
                } finally {
                    synchronized (this) {
                        syncing = false;
                        if (ok) {
                            synced = Math.max(synced, target);
                        }
                        notifyAll();
                    }
                }
            }
        }

        /**
         * Syncs and closes the segment: no more appends. Writers waiting for their records are released once the
         * final fsync is done (they wait for it like for any fsync under way).
         */
        void seal() throws IOException {
            synchronized (appendLock) {
                if (sealed) {
                    return;
                }
                sealed = true;
            }
            synchronized (this) {
                while (syncing) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted while sealing " + file, e);
                    }
                }
                syncing = true; // the final fsync: waiters wait for it instead of starting their own
            }
            boolean ok = false;
            try {
                channel.force(false);
                ok = true;
            } finally {
                synchronized (this) {
                    if (ok) {
                        synced = written;
                    }
                    closed = true;
                    syncing = false;
                    try {
                        channel.close();
                    } finally {
                        notifyAll();
                    }
                }
            }
        }
    }

    private static void writeFully(FileChannel channel, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
    }

    // ---- record encoding -------------------------------------------------------------------------------------------

    static byte[] encode(Record record) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
            DataOutputStream out = new DataOutputStream(bytes);
            switch (record) {
                case Upsert u -> {
                    Article a = u.article();
                    out.writeByte(UPSERT);
                    writeString(out, a.id());
                    writeString(out, a.titleEn());
                    writeString(out, a.titleZh());
                    writeString(out, a.textEn());
                    writeString(out, a.textZh());
                    out.writeInt(a.keywords().size());
                    for (String k : a.keywords()) {
                        writeString(out, k);
                    }
                    writeNullableString(out, a.source());
                    out.writeBoolean(a.published() != null);
                    if (a.published() != null) {
                        out.writeLong(a.published().toEpochDay());
                    }
                    out.writeBoolean(a.views() != null);
                    if (a.views() != null) {
                        out.writeLong(a.views());
                    }
                }
                case Delete d -> {
                    out.writeByte(DELETE);
                    writeString(out, d.id());
                }
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen with a byte array
        }
    }

    static Record decode(byte[] bytes, int offset, int length) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes, offset, length));
        try {
            byte type = in.readByte();
            switch (type) {
                case UPSERT -> {
                    String id = readString(in);
                    String titleEn = readString(in);
                    String titleZh = readString(in);
                    String textEn = readString(in);
                    String textZh = readString(in);
                    int n = in.readInt();
                    if (n < 0 || n > length) {
                        throw new IOException("bad keyword count " + n);
                    }
                    List<String> keywords = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        keywords.add(readString(in));
                    }
                    String source = in.readBoolean() ? readString(in) : null;
                    LocalDate published = in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
                    Long views = in.readBoolean() ? in.readLong() : null;
                    return new Upsert(new Article(id, titleEn, titleZh, textEn, textZh, keywords, source, published,
                            views));
                }
                case DELETE -> {
                    return new Delete(readString(in));
                }
                default -> throw new IOException("unknown record type " + type);
            }
        } catch (EOFException e) {
            throw new IOException("record shorter than its fields", e);
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static void writeNullableString(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            writeString(out, s);
        }
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("bad string length " + n);
        }
        byte[] b = in.readNBytes(n);
        return new String(b, StandardCharsets.UTF_8);
    }
}
