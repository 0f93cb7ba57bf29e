package com.newsbridge.bench;

import com.newsbridge.analysis.ChineseScriptFolding;
import com.newsbridge.analysis.NewsAnalyzers;
import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.index.NewsIndex;
import com.newsbridge.model.SearchRequest;
import com.newsbridge.search.ArticleSearcher;
import com.newsbridge.web.NewsBridgeApp;
import io.javalin.Javalin;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Times the steps of a server start one by one, in the order {@code NewsBridgeServer.start} and the first queries run
 * them, in a fresh JVM: where the start-up time goes.
 */
final class StartupProbe {

    private StartupProbe() {
    }

    static void run(Path indexDir) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainAt = System.currentTimeMillis();
        NewsBench.OUT.printf(Locale.ROOT, "JVM start to main(): %d ms%n", mainAt - jvmStart);
        long t = System.nanoTime();
        ChineseScriptFolding.fold('臺');
        t = lap("ChineseScriptFolding table (ICU Traditional-Simplified over the CJK blocks)", t);
        NewsAnalyzers.normalizeText("Ｕ");
        t = lap("ICU NFKC_Casefold normalizer", t);
        EntityExtractor extractor = EntityExtractor.bundled();
        t = lap("EntityExtractor.bundled() (gazetteer)", t);
        NewsIndex index = NewsIndex.open(indexDir, extractor);
        t = lap("NewsIndex.open (IndexWriter + SearcherManager)", t);
        int count = index.count();
        t = lap("NewsIndex.count() = " + count, t);
        ArticleSearcher searcher = new ArticleSearcher(index);
        Javalin javalin = new NewsBridgeApp(index, searcher).create();
        t = lap("NewsBridgeApp.create (Javalin config)", t);
        javalin.start("127.0.0.1", 0);
        t = lap("Javalin.start", t);
        NewsBench.OUT.printf(Locale.ROOT, "   = ready to serve %d ms after JVM start%n", System.currentTimeMillis() - jvmStart);
        searcher.search(SearchRequest.of("market"));
        t = lap("first search 'market' (English; facet ordinal state built here)", t);
        searcher.search(SearchRequest.of("中国"));
        t = lap("first Chinese search '中国' (SmartChinese dictionaries loaded here)", t);
        searcher.search(SearchRequest.of("oil"));
        t = lap("next search 'oil'", t);
        searcher.search(SearchRequest.of("经济"));
        lap("next search '经济'", t);
        javalin.stop();
        index.close();
    }

    private static long lap(String what, long since) {
        long now = System.nanoTime();
        NewsBench.OUT.printf(Locale.ROOT, "%7.0f ms  %s%n", (now - since) / 1e6, what);
        return now;
    }
}
