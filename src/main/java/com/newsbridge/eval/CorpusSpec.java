package com.newsbridge.eval;

import com.newsbridge.model.Article;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One corpus folder of an evaluation, optionally seen through a view that changes its articles on the fly:
 * <ul>
 *   <li>{@code DIR}: the articles as they are;</li>
 *   <li>{@code no-keywords:DIR}: the articles without their keyword line (so entity search must rely on the text);</li>
 *   <li>{@code zh-only:DIR}: Chinese-only variants of the articles that have Chinese text: no English title or text,
 *       no keywords, id = original id + {@code -zh}. Used by cross-language queries (an English name must find articles
 *       that name the entity only in Chinese). Articles without Chinese are left out.</li>
 * </ul>
 *
 * @param view the view
 * @param dir  the corpus folder
 */
public record CorpusSpec(View view, Path dir) {

    /** How the articles of a folder are changed before indexing. */
    public enum View {
        AS_IS(""), NO_KEYWORDS("no-keywords:"), ZH_ONLY("zh-only:"), EN_ONLY("en-only:");

        private final String prefix;

        View(String prefix) {
            this.prefix = prefix;
        }

        /** Returns the prefix of this view in a corpus spec, e.g. {@code zh-only:}. */
        public String prefix() {
            return prefix;
        }
    }

    /** Suffix of the id of a {@code zh-only} variant. */
    public static final String ZH_ONLY_ID_SUFFIX = "-zh";
    /** Suffix of the id of an {@code en-only} variant. */
    public static final String EN_ONLY_ID_SUFFIX = "-en";

    /** Parses {@code [no-keywords:|zh-only:|en-only:]DIR}; a relative DIR is resolved against {@code base} when not null. */
    public static CorpusSpec parse(String spec, Path base) {
        String s = spec.strip();
        View view = View.AS_IS;
        for (View v : View.values()) {
            if (v != View.AS_IS && s.toLowerCase(Locale.ROOT).startsWith(v.prefix)) {
                view = v;
                s = s.substring(v.prefix.length());
                break;
            }
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty corpus folder in '" + spec + "'");
        }
        Path dir = Path.of(s);
        if (base != null && !dir.isAbsolute()) {
            dir = base.resolve(dir);
        }
        return new CorpusSpec(view, dir.normalize());
    }

    /** Returns the spec as text, e.g. {@code zh-only:index-data}. */
    @Override
    public String toString() {
        return view.prefix + dir;
    }

    /** Applies the view (and, when {@code stripKeywords}, drops keywords); returns {@code null} to leave it out. */
    public Article apply(Article a, boolean stripKeywords) {
        Article out = switch (view) {
            case AS_IS -> a;
            case NO_KEYWORDS -> withoutKeywords(a);
            case ZH_ONLY -> a.hasChinese()
                    ? new Article(a.id() + ZH_ONLY_ID_SUFFIX, "", a.titleZh(), "", a.textZh(), null, a.source(),
                    a.published(), a.views())
                    : null;
            // the English title and text alone: no Chinese, and no keyword line (its names may be Chinese ones)
            case EN_ONLY -> a.hasEnglish()
                    ? new Article(a.id() + EN_ONLY_ID_SUFFIX, a.titleEn(), "", a.textEn(), "", null, a.source(),
                    a.published(), a.views())
                    : null;
        };
        return out != null && stripKeywords ? withoutKeywords(out) : out;
    }

    /** Returns the article without its keywords. */
    public static Article withoutKeywords(Article a) {
        return a.keywords().isEmpty() ? a
                : new Article(a.id(), a.titleEn(), a.titleZh(), a.textEn(), a.textZh(), null, a.source(), a.published(),
                a.views());
    }
}
