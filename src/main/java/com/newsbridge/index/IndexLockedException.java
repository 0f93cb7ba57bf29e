package com.newsbridge.index;

import com.newsbridge.model.NewsBridgeException;
import java.nio.file.Path;

/** Another process (a running server or indexer) holds the index's write lock. */
public final class IndexLockedException extends NewsBridgeException {

    public IndexLockedException(Path path, Throwable cause) {
        super("index_locked", "index " + path + " is locked by another NewsBridge process (a running server or"
                + " indexer); stop it or use its write API", cause);
    }
}
