package com.newsbridge.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds traditional Chinese characters of each token to simplified ones. The char filter
 * {@link SimplifiedChineseCharFilter} already folded the text before segmentation; this filter only catches the
 * characters that token normalization (NFKC) turned into traditional ones, e.g. a CJK compatibility ideograph whose
 * unified form is traditional. One table lookup per character.
 */
final class SimplifiedChineseTokenFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    SimplifiedChineseTokenFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        for (int i = 0, n = term.length(); i < n; i++) {
            buffer[i] = ChineseScriptFolding.fold(buffer[i]);
        }
        return true;
    }
}
