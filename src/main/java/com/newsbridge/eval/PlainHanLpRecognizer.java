package com.newsbridge.eval;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.newsbridge.entity.ChineseEntityRecognizer;
import com.newsbridge.model.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline of the Chinese recognition figures: HanLP portable out of the box ({@code HanLP.newSegment()} with
 * person, transliterated-name, place and organization recognition on), every {@code nr*} term a person, {@code ns*} a
 * place and {@code nt*} an organization, with none of {@link ChineseEntityRecognizer}'s repairs, no gazetteer and no
 * learned names. Thread-safe (one segmenter per thread).
 */
public final class PlainHanLpRecognizer {

    private static final ThreadLocal<Segment> SEGMENTER = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableNameRecognize(true)
            .enableTranslatedNameRecognize(true)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(true));

    /** Returns the distinct (name, type) mentions HanLP tags in {@code text}, in order of first appearance. */
    public List<ChineseEntityRecognizer.Mention> recognize(String text) {
        Map<String, ChineseEntityRecognizer.Mention> found = new LinkedHashMap<>();
        if (text.isBlank()) {
            return List.of();
        }
        for (Term term : SEGMENTER.get().seg(text)) {
            EntityType type = typeOf(term.nature.toString());
            if (type != null) {
                found.putIfAbsent(type + "\u0000" + term.word, new ChineseEntityRecognizer.Mention(term.word, type));
            }
        }
        return new ArrayList<>(found.values());
    }

    /** Maps a HanLP part-of-speech tag to an entity type: nr → person, ns → place, nt → organization. */
    static EntityType typeOf(String nature) {
        if (nature.startsWith("nr")) {
            return EntityType.PERSON;
        }
        if (nature.startsWith("ns")) {
            return EntityType.PLACE;
        }
        return nature.startsWith("nt") ? EntityType.ORGANIZATION : null;
    }
}
