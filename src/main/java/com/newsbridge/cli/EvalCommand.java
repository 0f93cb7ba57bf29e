package com.newsbridge.cli;

import com.newsbridge.eval.CorpusSpec;
import com.newsbridge.eval.EvalReport;
import com.newsbridge.eval.EvalSet;
import com.newsbridge.eval.NewsBridgeSystem;
import com.newsbridge.eval.QuerySetBuilder;
import com.newsbridge.eval.RegressionFile;
import com.newsbridge.eval.RetrievalEvaluation;
import com.newsbridge.eval.SetResult;
import com.newsbridge.eval.Suite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code eval}: retrieval effectiveness of NewsBridge against a plain Lucene baseline, and {@code eval --build-queries}
 * to make the query sets.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Measure search quality: nDCG@10, MRR@10, P@10 and Recall@100 of NewsBridge and of a plain Lucene baseline"
                    + " (SmartChinese/English analyzers, MultiFieldQueryParser, OR) on the same corpus, overall and per"
                    + " query type.",
            "  eval --corpus DIR --queries Q.tsv --qrels QRELS   one query set",
            "  eval --suite SETS.tsv                       the sets of a suite",
            "  eval --build-queries OUT [--shared DIR]     build the query sets",
            "A corpus may be prefixed with no-keywords: (index without keyword lines), zh-only: (Chinese-only"
                    + " variants, ids + '-zh') or en-only: (English-only variants without keyword lines, ids + '-en')."})
final class EvalCommand implements Callable<Integer> {

    @Mixin
    ReportOptions report = new ReportOptions();

    @Option(names = "--corpus", description = "Corpus folder (repeatable), optionally no-keywords:DIR, zh-only:DIR or en-only:DIR.")
    List<String> corpora = List.of();

    @Option(names = "--queries", description = "Queries: id<TAB>query[<TAB>type] per line.")
    Path queries;

    @Option(names = "--qrels", description = "TREC qrels: qid 0 docid relevance (doc ids = NewsBridge article ids).")
    Path qrels;

    @Option(names = "--name", defaultValue = "eval", description = "Name of the set in the output (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--suite", description = "Suite file: name<TAB>corpora<TAB>queries<TAB>qrels per line.")
    Path suite;

    @Option(names = "--sets", split = ",", description = "With --suite: only these sets (comma separated names).")
    Set<String> only;

    @Option(names = "--strip-keywords", description = "Index every article without its keyword line.")
    boolean stripKeywords;

    @Option(names = "--no-baseline", description = "Evaluate NewsBridge only.")
    boolean noBaseline;

    @Option(names = "--index", description = "Keep the NewsBridge index in this folder (with --suite: one sub-folder per"
            + " set) instead of a temporary folder.")
    Path index;

    @Option(names = "--reuse-index", description = "With --index: search an existing index there instead of indexing.")
    boolean reuseIndex;

    @Option(names = "--runs", description = "Write TREC run files (SET.SYSTEM.run) to this folder.")
    Path runs;

    @Option(names = "--write-expected", paramLabel = "FILE", description = "Write NewsBridge's figures as a regression"
            + " file (set, type, metric, value), e.g. src/test/resources/regression/bundled.tsv.")
    Path writeExpected;

    @Option(names = "--threads", defaultValue = "0", description = "Indexing threads (default: all cores).")
    int threads;

    @Option(names = "--build-queries", paramLabel = "OUT", description = "Build the query sets into folder OUT and exit.")
    Path buildQueries;

    @Option(names = "--shared", defaultValue = "../shared/corpora",
            description = "With --build-queries: the shared corpora folder (default: ${DEFAULT-VALUE}); 'none' for the"
                    + " bundled sets only.")
    String shared;

    @Option(names = "--bundled", defaultValue = "index-data", description = "With --build-queries: the bundled corpus"
            + " (default: ${DEFAULT-VALUE}).")
    Path bundled;

    @Option(names = "--bundled-gold", defaultValue = "src/test/resources/gold/bundled-entities.tsv",
            description = "With --build-queries: entities of the bundled corpus (default: ${DEFAULT-VALUE}).")
    Path bundledGold;

    @Option(names = "--seed", defaultValue = "20240601", description = "With --build-queries: sampling seed"
            + " (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (buildQueries != null) {
            return build();
        }
        List<EvalSet> sets;
        if (suite != null) {
            if (!corpora.isEmpty() || queries != null || qrels != null) {
                throw new IllegalArgumentException("give either --suite or --corpus/--queries/--qrels, not both");
            }
            sets = Suite.read(suite);
            if (only != null && !only.isEmpty()) {
                Set<String> known = sets.stream().map(EvalSet::name).collect(Collectors.toSet());
                for (String s : only) {
                    if (!known.contains(s)) {
                        throw new IllegalArgumentException("no set '" + s + "' in " + suite + " (has " + known + ")");
                    }
                }
                sets = sets.stream().filter(s -> only.contains(s.name())).toList();
            }
        } else {
            if (corpora.isEmpty() || queries == null || qrels == null) {
                throw new IllegalArgumentException("eval needs --corpus, --queries and --qrels (or --suite, or"
                        + " --build-queries); see eval --help");
            }
            sets = List.of(new EvalSet(name, corpora.stream().map(c -> CorpusSpec.parse(c, null)).toList(), queries, qrels));
        }
        for (EvalSet set : sets) {
            for (CorpusSpec c : set.corpora()) {
                if (!Files.isDirectory(c.dir())) {
                    throw new IllegalArgumentException("corpus folder not found: " + c.dir());
                }
            }
        }
        if (reuseIndex && index == null) {
            throw new IllegalArgumentException("--reuse-index needs --index");
        }
        RetrievalEvaluation.Options options = new RetrievalEvaluation.Options(!noBaseline, stripKeywords, index,
                reuseIndex, runs, threads, System.err);
        List<SetResult> results = RetrievalEvaluation.evaluate(sets, options);
        for (SetResult r : results) {
            System.out.println();
            if (report.markdown) {
                System.out.printf("%s: %d queries, %d articles (%s)%n%n", r.name(), r.queries(), r.articles(), r.corpus());
                System.out.print(EvalReport.markdown(r));
            } else {
                System.out.print(EvalReport.table(r));
            }
        }
        report.writeJson(EvalReport.json(results));
        if (writeExpected != null) {
            RegressionFile.write(writeExpected, RegressionFile.of(results, NewsBridgeSystem.NAME),
                    "Expected NewsBridge figures of the query sets in " + (suite != null ? suite : queries) + ".\n"
                            + "BundledRegressionTest checks every value within +-0.005 (query counts exactly).\n"
                            + "Regenerate after an intended change of ranking, analysis or entities with:\n"
                            + "  newsbridge eval --suite src/test/resources/regression/sets.tsv --no-baseline"
                            + " --write-expected src/test/resources/regression/bundled.tsv");
            System.err.println("expected figures written to " + writeExpected);
        }
        return 0;
    }

    private int build() {
        Path sharedDir = shared.equalsIgnoreCase("none") ? null : Path.of(shared);
        if (sharedDir != null && !Files.isDirectory(sharedDir.resolve("derived"))) {
            throw new IllegalArgumentException("shared corpora not found: " + sharedDir.resolve("derived")
                    + " (give --shared DIR, or --shared none for the bundled sets only)");
        }
        QuerySetBuilder.Config defaults = QuerySetBuilder.Config.defaults(sharedDir, bundled, bundledGold);
        QuerySetBuilder.Config config = new QuerySetBuilder.Config(sharedDir, bundled, bundledGold, seed,
                defaults.zhPersons(), defaults.zhOthers(), defaults.enPerType(), defaults.knownItems());
        List<EvalSet> sets = new QuerySetBuilder(config, System.err).buildAll(buildQueries);
        System.out.println("wrote " + sets.size() + " sets (" + Arrays.toString(sets.stream().map(EvalSet::name).toArray())
                + "); run them with: eval --suite " + buildQueries.resolve("sets.tsv"));
        return 0;
    }
}
