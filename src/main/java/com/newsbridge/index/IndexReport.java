package com.newsbridge.index;

import java.util.List;
import java.util.Locale;

/**
 * What a batch indexing run did.
 *
 * @param files    article files read
 * @param indexed  articles added or replaced
 * @param skipped  bad articles skipped
 * @param problems one line per skipped article: {@code path:line: reason}
 * @param bytes    input bytes read
 * @param millis   wall-clock time
 */
public record IndexReport(int files, int indexed, int skipped, List<String> problems, long bytes, long millis) {

    /** Returns a one-line summary, e.g. {@code 45 indexed, 1 skipped from 46 files (0.3 MB) in 1.2 s}. */
    public String summary() {
        double seconds = millis / 1000.0;
        return String.format(Locale.ROOT, "%d indexed, %d skipped from %d files (%.1f MB) in %.1f s (%.0f articles/s)",
                indexed, skipped, files, bytes / 1e6, seconds, seconds > 0 ? indexed / seconds : 0.0);
    }
}
