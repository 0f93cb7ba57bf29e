package com.newsbridge.index;

import java.io.IOException;

/**
 * Shares one {@code IndexWriter.commit()} among the writers that wait for durability at the same time (group commit).
 *
 * <p>A writer that has applied its change calls {@link #awaitCommit()}: it needs a commit that <em>starts</em> after
 * that call. When no commit is running the caller runs one itself; otherwise it waits for the running one to end and
 * then either finds that a later commit (run by another waiter) covered it, or runs the next one. So under load one
 * commit makes a whole group of changes durable, and commits never overlap.
 */
final class GroupCommitter {

    /** The commit to run; it must make durable every change applied before it was called. */
    @FunctionalInterface
    interface Commit {
        void run() throws IOException;
    }

    private final Commit commit;
    /** Number of commits started and finished; guarded by this. */
    private long started;
    private long finished;
    private boolean running;
    private long lastFailed = -1;
    private Throwable lastFailure;

    GroupCommitter(Commit commit) {
        this.commit = commit;
    }

    /** Returns once a commit that started after this call has completed; throws when that commit failed. */
    void awaitCommit() throws IOException {
        long target;
        synchronized (this) {
            target = started + 1; // the first commit to start from now on
        }
        while (true) {
            long mine;
            synchronized (this) {
                while (true) {
                    if (finished >= target) {
                        if (lastFailed >= target) {
                            throw new IOException("commit failed: " + lastFailure.getMessage(), lastFailure);
                        }
                        return;
                    }
                    if (!running) {
                        running = true;
                        mine = ++started;
                        break;
                    }
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted while waiting for a commit", e);
                    }
                }
            }
            Throwable failure = null;
            try {
                commit.run();
            } catch (IOException | RuntimeException | Error e) {
                failure = e;
            } finally {
                synchronized (this) {
                    running = false;
                    finished = mine;
                    if (failure != null) {
                        lastFailed = mine;
                        lastFailure = failure;
                    }
                    notifyAll();
                }
            }
        }
    }
}
