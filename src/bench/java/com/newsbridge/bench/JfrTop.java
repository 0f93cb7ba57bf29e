package com.newsbridge.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarizes the CPU samples ({@code jdk.ExecutionSample}) of a JFR recording: samples per thread group (and by area
 * within each group over 5% of the samples, so two passes of one run compare side by side), the hottest
 * methods by self time and by inclusive time, and a breakdown into named areas (the first frame from the leaf whose
 * class matches an area's prefix decides).
 */
final class JfrTop {

    private static final String JDK = "JDK only (no caller of the above)";

    /** Area name → class-name prefixes; checked from the leaf frame towards the root, first match wins. */
    private static final Map<String, List<String>> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("SmartChinese HMM segmentation", List.of("org.apache.lucene.analysis.cn.smart"));
        AREAS.put("ICU NFKC char filter", List.of("org.apache.lucene.analysis.icu", "com.ibm.icu"));
        AREAS.put("traditional->simplified char filter", List.of("com.newsbridge.analysis.SimplifiedChineseCharFilter",
                "com.newsbridge.analysis.ChineseScriptFolding"));
        AREAS.put("other analysis (tokenizers, filters)", List.of("org.apache.lucene.analysis"));
        AREAS.put("entity extraction", List.of("com.newsbridge.entity"));
        AREAS.put("article parsing / decoding", List.of("com.newsbridge.ingest"));
        AREAS.put("JSON (Jackson: responses, stored entities)", List.of("com.fasterxml.jackson"));
        AREAS.put("document building / reading", List.of("com.newsbridge.index.ArticleDocuments",
                "org.apache.lucene.facet.FacetsConfig"));
        AREAS.put("highlighting", List.of("org.apache.lucene.search.uhighlight", "com.newsbridge.search.SnippetHighlighter",
                "com.newsbridge.search.MarkPassageFormatter"));
        AREAS.put("facet counting", List.of("org.apache.lucene.facet"));
        AREAS.put("query parsing", List.of("org.apache.lucene.queryparser", "com.newsbridge.search.NewsQueryParser"));
        AREAS.put("stored fields / compression", List.of("org.apache.lucene.codecs.lucene90.compressing",
                "org.apache.lucene.codecs.compressing", "org.apache.lucene.util.compress"));
        AREAS.put("postings / terms codecs", List.of("org.apache.lucene.codecs"));
        AREAS.put("search / scoring / collecting", List.of("org.apache.lucene.search"));
        AREAS.put("Lucene index/util (indexing chain, flush, merge; readers)", List.of("org.apache.lucene.index",
                "org.apache.lucene.util"));
        AREAS.put("HTTP server (Jetty, Javalin)", List.of("org.eclipse.jetty", "io.javalin", "kotlin"));
        AREAS.put("other NewsBridge code", List.of("com.newsbridge"));
        AREAS.put(JDK, List.of("java.", "jdk.", "sun."));
    }

    private JfrTop() {
    }

    static void print(Path recording, int top, PrintStream out) throws IOException {
        print(recording, top, out, List.of());
    }

    /**
     * As {@link #print(Path, int, PrintStream)}; for each of {@code focus} (a substring of a class.method name), also
     * the stacks through it, cut at that frame plus its {@code depth} callers, most frequent first.
     */
    static void print(Path recording, int top, PrintStream out, List<String> focus) throws IOException {
        Map<String, Map<String, Integer>> callers = new LinkedHashMap<>();
        focus.forEach(f -> callers.put(f, new HashMap<>()));
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> areas = new LinkedHashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        Map<String, Map<String, Integer>> areasByThread = new HashMap<>();
        int total = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                RecordedStackTrace stack = event.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                total++;
                var thread = event.getThread("sampledThread");
                String threadName = thread == null || thread.getJavaName() == null ? "?" : thread.getJavaName();
                String threadGroup = threadName.replaceAll("[-#]?\\d+", "#");
                threads.merge(threadGroup, 1, Integer::sum);
                List<RecordedFrame> frames = stack.getFrames();
                self.merge(name(frames.get(0)), 1, Integer::sum);
                Set<String> seen = new HashSet<>();
                String area = null;
                String jdkFallback = null;
                for (RecordedFrame f : frames) {
                    String n = name(f);
                    if (seen.add(n)) {
                        inclusive.merge(n, 1, Integer::sum);
                    }
                    if (area == null) {
                        String a = area(f.getMethod().getType().getName());
                        if (JDK.equals(a)) {
                            jdkFallback = a; // a JDK leaf is charged to its nearest non-JDK caller
                        } else {
                            area = a;
                        }
                    }
                }
                String charged = area != null ? area : jdkFallback != null ? jdkFallback : "other";
                areas.merge(charged, 1, Integer::sum);
                areasByThread.computeIfAbsent(threadGroup, g -> new HashMap<>()).merge(charged, 1, Integer::sum);
                for (String f : focus) {
                    for (int i = 0; i < frames.size(); i++) {
                        if (name(frames.get(i)).contains(f)) {
                            StringBuilder chain = new StringBuilder();
                            for (int j = i; j < Math.min(frames.size(), i + 5); j++) {
                                chain.append(j == i ? "" : " <- ").append(shortName(frames.get(j)));
                            }
                            callers.get(f).merge(chain.toString(), 1, Integer::sum);
                            break;
                        }
                    }
                }
            }
        }
        out.printf(Locale.ROOT, "%s: %d CPU samples%n", recording, total);
        section(out, "by thread", threads, total, top);
        section(out, "by area (leaf-most matching frame)", areas, total, top);
        // per thread group (e.g. the indexing threads of two passes of one run, side by side), groups over 5% only
        List<Map.Entry<String, Integer>> groups = new ArrayList<>(threads.entrySet());
        groups.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        for (Map.Entry<String, Integer> g : groups) {
            if (g.getValue() * 20 >= total) {
                section(out, "by area within thread group " + g.getKey() + " (" + g.getValue() + " samples)",
                        areasByThread.get(g.getKey()), g.getValue(), top);
            }
        }
        section(out, "top methods, self", self, total, top);
        section(out, "top methods, inclusive", inclusive, total, top);
        for (Map.Entry<String, Map<String, Integer>> e : callers.entrySet()) {
            section(out, "stacks through " + e.getKey() + " (that frame and 4 callers)", e.getValue(), total, 12);
        }
    }

    private static String shortName(RecordedFrame f) {
        String type = f.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName() + ":" + f.getLineNumber();
    }

    private static void section(PrintStream out, String title, Map<String, Integer> counts, int total, int top) {
        out.println("-- " + title);
        List<Map.Entry<String, Integer>> list = new ArrayList<>(counts.entrySet());
        list.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        for (int i = 0; i < Math.min(top, list.size()); i++) {
            out.printf(Locale.ROOT, "  %5.1f%%  %6d  %s%n", 100.0 * list.get(i).getValue() / Math.max(1, total),
                    list.get(i).getValue(), list.get(i).getKey());
        }
    }

    private static String area(String className) {
        for (Map.Entry<String, List<String>> e : AREAS.entrySet()) {
            for (String prefix : e.getValue()) {
                if (className.startsWith(prefix)) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }
}
