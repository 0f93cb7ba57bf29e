package com.newsbridge.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * A char filter that folds traditional Chinese characters to simplified ones before tokenization.
 *
 * <p>Because every character maps to exactly one character, offsets need no correction: a highlight computed on the
 * folded text marks the same characters of the original (traditional) text.
 */
public final class SimplifiedChineseCharFilter extends CharFilter {

    public SimplifiedChineseCharFilter(Reader input) {
        super(input);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = input.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            buffer[i] = ChineseScriptFolding.fold(buffer[i]);
        }
        return read;
    }

    @Override
    protected int correct(int currentOffset) {
        return currentOffset;
    }
}
