package com.newsbridge.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates query sets: indexes the set's corpus for each system, runs every judged query and scores the rankings.
 * Systems are built one after the other (never both indexes open at once) and their temporary indexes are deleted.
 */
public final class RetrievalEvaluation {

    /** Depth of every ranking: Recall@100 needs 100 hits, and NewsBridge pages hold at most 100. */
    public static final int DEPTH = 100;

    /**
     * Options of a run.
     *
     * @param baseline      whether to evaluate the plain Lucene baseline too
     * @param stripKeywords whether articles are indexed without their keyword line
     * @param indexDir      NewsBridge index folder (for several sets, one sub-folder per set), or {@code null} for temp
     * @param reuseIndex    search an existing NewsBridge index in {@code indexDir} instead of indexing again
     * @param runsDir       folder for TREC run files, or {@code null}
     * @param threads       indexing threads (0 = all cores)
     * @param log           progress output, or {@code null}
     */
    public record Options(boolean baseline, boolean stripKeywords, Path indexDir, boolean reuseIndex, Path runsDir,
                          int threads, PrintStream log) {
    }

    private RetrievalEvaluation() {
    }

    /** Evaluates one set. */
    public static SetResult evaluate(EvalSet set, Options options) {
        List<EvalQuery> all = QueryFiles.read(set.queries());
        Qrels qrels = Qrels.read(set.qrels());
        List<EvalQuery> judged = all.stream().filter(q -> qrels.relevantCount(q.id()) > 0).toList();
        EvalCorpus corpus = new EvalCorpus(set.corpora(), options.stripKeywords());
        log(options, "== " + set.name() + ": " + judged.size() + " judged queries (" + (all.size() - judged.size())
                + " without relevant documents skipped), corpus " + corpus.describe());
        List<SystemRun> runs = new ArrayList<>();
        if (options.baseline()) {
            try (BaselineSystem baseline = BaselineSystem.build(corpus, options.threads(), options.log())) {
                runs.add(timed(baseline, judged, qrels, options));
            }
        }
        int articles;
        try (NewsBridgeSystem newsBridge = NewsBridgeSystem.build(corpus, options.indexDir(), options.reuseIndex(),
                options.threads(), options.log())) {
            articles = newsBridge.size();
            runs.add(timed(newsBridge, judged, qrels, options));
        }
        if (options.runsDir() != null) {
            for (SystemRun run : runs) {
                writeRun(options.runsDir().resolve(set.name() + "." + run.system() + ".run"), run);
            }
        }
        return new SetResult(set.name(), corpus.describe(), articles, judged.size(), all.size() - judged.size(), runs);
    }

    /** Evaluates several sets; with an index folder, each set gets the sub-folder named after it. */
    public static List<SetResult> evaluate(List<EvalSet> sets, Options options) {
        List<SetResult> results = new ArrayList<>();
        for (EvalSet set : sets) {
            Options perSet = options.indexDir() == null ? options
                    : new Options(options.baseline(), options.stripKeywords(), options.indexDir().resolve(set.name()),
                    options.reuseIndex(), options.runsDir(), options.threads(), options.log());
            results.add(evaluate(set, perSet));
        }
        return results;
    }

    private static SystemRun timed(RetrievalSystem system, List<EvalQuery> queries, Qrels qrels, Options options) {
        long start = System.nanoTime();
        SystemRun run = SystemRun.run(system, queries, qrels, DEPTH);
        log(options, String.format(Locale.ROOT, "%s: %d queries in %.1f s, %d errors", system.name(), queries.size(),
                (System.nanoTime() - start) / 1e9, run.errors().size()));
        return run;
    }

    /** Writes a TREC run file: {@code qid Q0 docid rank score system} (score = depth - rank + 1). */
    public static void writeRun(Path file, SystemRun run) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (QueryResult r : run.results()) {
                    List<String> ranking = Metrics.dedupe(r.ranking());
                    for (int i = 0; i < ranking.size(); i++) {
                        out.write(r.query().id() + " Q0 " + ranking.get(i) + " " + (i + 1) + " " + (DEPTH - i) + " "
                                + run.system() + "\n");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write run " + file, e);
        }
    }

    private static void log(Options options, String line) {
        if (options.log() != null) {
            options.log().println(line);
        }
    }
}
