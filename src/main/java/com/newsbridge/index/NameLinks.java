package com.newsbridge.index;

import com.newsbridge.analysis.ChineseScriptFolding;
import com.newsbridge.entity.ChineseSurnames;
import com.newsbridge.entity.GazetteerEntry;
import com.newsbridge.entity.Pinyin;
import com.newsbridge.entity.Transliteration;
import com.newsbridge.model.Entity;
import com.newsbridge.model.EntityType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The Latin-to-Chinese name links an index knows, kept in the index itself ({@link Fields#NAME_LINKS}), so that an
 * English or pinyin query can also search for the Chinese name in the Chinese text of articles where no entity was
 * extracted (a pd1998 article whose keyword line is full, a Chinese-only article whose recognizer missed the name).
 *
 * <p>Each article writes one term per link it knows, {@code <key><US><Chinese name>}, where the key is the lower-case
 * ASCII letters of a Latin name ({@code Jiang Zemin}, {@code Jiang Ze-min} and {@code jiangzemin} all give
 * {@code jiangzemin}). Only two kinds of link are written, to keep homophones out: the pinyin of a Chinese
 * <em>person</em> name that the article has as an entity (江泽民 → {@code jiangzemin}; never a place or a word, whose
 * pinyin would match every homophone), and the English ↔ Chinese names of an entity that the article itself links
 * (its English keyword and the Chinese mention {@link com.newsbridge.entity.NameLinker} found, a gazetteer entry's
 * English names). Keys are whole names of at least {@link #MIN_KEY_LENGTH} letters: {@code Jiang} alone never
 * expands.
 *
 * <p>Because the links are index terms they survive restarts (unlike the in-memory alias table), arrive with new
 * articles through near-real-time reopening, and are found with one {@code seekCeil} per segment at query time
 * ({@link #chineseNames(IndexReader, String)}).
 */
public final class NameLinks {

    /** Fewest letters of a key: shorter Latin names (UN, US, Li) are too ambiguous to expand. */
    public static final int MIN_KEY_LENGTH = 4;
    /** Most Chinese names one Latin name expands to (the most frequent first). */
    public static final int MAX_NAMES = 8;
    /** Separates the key from the Chinese name inside a term. */
    public static final char SEPARATOR = '\u001F';

    private NameLinks() {
    }

    /**
     * Returns the key of a Latin name: its ASCII letters in lower case, accents removed; empty when the name contains
     * Han characters or digits or has fewer than {@link #MIN_KEY_LENGTH} letters.
     */
    public static String key(String latin) {
        String decomposed = Normalizer.normalize(latin, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = Character.toLowerCase(decomposed.charAt(i));
            if (c >= 'a' && c <= 'z') {
                key.append(c);
            } else if (Character.isLetterOrDigit(c)) {
                return ""; // Han, digits, non-Latin letters: not a Latin name
            }
        }
        return key.length() < MIN_KEY_LENGTH ? "" : key.toString();
    }

    /**
     * Returns the link terms of one entity of an article (see the class comment); {@code entry} is its gazetteer entry
     * or {@code null}.
     */
    public static Set<String> terms(Entity entity, GazetteerEntry entry) {
        Set<String> terms = new LinkedHashSet<>();
        String chinese = ChineseScriptFolding.fold(entity.zh());
        if (entity.type() == EntityType.TOPIC || chinese.length() < 2) {
            return terms;
        }
        if (entity.type() == EntityType.PERSON && ChineseSurnames.looksLikeChineseName(chinese)) {
            List<String> forms = Pinyin.nameForms(chinese);
            if (!forms.isEmpty()) {
                add(terms, forms.get(forms.size() - 1), chinese);
            }
        }
        if (!entity.en().isEmpty()) {
            add(terms, entity.en(), chinese);
        }
        if (entry != null && entry.type() == entity.type()) {
            for (String english : entry.englishNames()) {
                add(terms, english, chinese);
            }
        }
        return terms;
    }

    /**
     * Returns the spelling terms of a Chinese text ({@link Fields#NAME_SPELLINGS}): for every three Han characters led
     * by a common surname ({@link ChineseSurnames}, or a character with a surname reading such as 解 Xie),
     * {@code <pinyin key><US><the three characters>}, e.g.
     * {@code zhangzhuoyuan<US>张卓元}. One pass over the characters with table look-ups, no segmentation. Three
     * characters only: a two-character string led by a surname character is far more often a word (高兴, 方向) than a
     * name, and most names that no article links are three characters long.
     */
    public static Set<String> spellingTerms(String chinese) {
        Set<String> terms = new LinkedHashSet<>();
        String text = ChineseScriptFolding.fold(chinese);
        for (int i = 0; i + 3 <= text.length(); i++) {
            char first = text.charAt(i);
            if (!ChineseSurnames.isSurname(first) && !Pinyin.hasSurnameReading(first)) {
                continue;
            }
            String surname = Pinyin.surname(first);
            String second = Pinyin.of(text.charAt(i + 1));
            String third = Pinyin.of(text.charAt(i + 2));
            if (surname != null && second != null && third != null) {
                terms.add(surname + second + third + SEPARATOR + text.substring(i, i + 3));
            }
        }
        return terms;
    }

    /**
     * Returns the sound keys of the transliteration runs of a Chinese text ({@link Fields#TEXT_SOUNDS}): every run of
     * at least two transliteration characters (本肯, 夏尔马, 斯波坎; middle dots included) gives its
     * {@link Transliteration#soundKey} and that of its part after the last dot, when at least three consonants long.
     * One pass; the runs are not checked to be names, which is why they are searched with the weakest weight.
     */
    public static Set<String> soundTerms(String chinese) {
        Set<String> keys = new LinkedHashSet<>();
        String text = ChineseScriptFolding.fold(chinese);
        for (String run : Transliteration.runs(text)) {
            if (run.replace("·", "").replace("•", "").length() >= 2) {
                keys.addAll(Transliteration.nameSoundKeys(run));
            }
        }
        return keys;
    }

    private static void add(Set<String> terms, String latin, String chinese) {
        String key = key(latin);
        if (!key.isEmpty()) {
            terms.add(key + SEPARATOR + chinese);
        }
    }

    /**
     * Returns the Chinese names linked to {@code key} anywhere in the index, the most frequent first (ties in term
     * order), at most {@link #MAX_NAMES}. Frequencies are per-segment document frequencies, which still count deleted
     * articles until their segment is merged.
     */
    public static List<String> chineseNames(IndexReader reader, String key) {
        return chineseNames(reader, Fields.NAME_LINKS, key);
    }

    /**
     * Returns the Chinese names of {@code key} in {@code field} ({@link Fields#NAME_LINKS} or
     * {@link Fields#NAME_SPELLINGS}), as {@link #chineseNames(IndexReader, String)}.
     */
    public static List<String> chineseNames(IndexReader reader, String field, String key) {
        if (key.isEmpty()) {
            return List.of();
        }
        BytesRef prefix = new BytesRef(key + SEPARATOR);
        Map<String, Integer> frequencies = new TreeMap<>();
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(field);
                if (terms == null) {
                    continue;
                }
                TermsEnum te = terms.iterator();
                if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
                    continue;
                }
                for (BytesRef term = te.term(); term != null && StringHelper.startsWith(term, prefix); term = te.next()) {
                    String name = new String(term.bytes, term.offset + prefix.length, term.length - prefix.length,
                            StandardCharsets.UTF_8);
                    frequencies.merge(name, te.docFreq(), Integer::sum);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read name links", e);
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(frequencies.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        return sorted.stream().limit(MAX_NAMES).map(Map.Entry::getKey).toList();
    }
}
