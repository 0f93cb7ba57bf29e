package com.newsbridge.cli;

import com.newsbridge.eval.SegmentationEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code segment-eval}: Chinese word segmentation of SmartChinese and of the NewsBridge chain against gold. */
@Command(name = "segment-eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Score Chinese word segmentation (span-based word precision, recall, F1, and recall of out-of-vocabulary"
                    + " words when a training word list is known) of plain SmartChineseAnalyzer and of NewsBridge's"
                    + " Chinese chain (NFKC + traditional->simplified char filters + SmartChinese HMM).",
            "Default data: People's Daily 1998 (derived/pd1998-zh segmentation_gold.txt + segmentation_raw.txt) and"
                    + " SIGHAN 2005 PKU (sighan2005-pku pku_test_gold.utf8 + pku_test.utf8, OOV against"
                    + " pku_training_words.utf8) under --shared. Punctuation-only words are left out on both sides."})
final class SegmentationCommand implements Callable<Integer> {

    @Mixin
    ReportOptions report = new ReportOptions();

    @Option(names = "--shared", defaultValue = "../shared/corpora",
            description = "Shared corpora folder (default: ${DEFAULT-VALUE}).")
    Path shared;

    @Option(names = "--gold", description = "Custom gold file (words separated by spaces), instead of the default data.")
    Path gold;

    @Option(names = "--raw", description = "With --gold: the raw lines (default: the gold lines without spaces).")
    Path raw;

    @Option(names = "--train-words", description = "With --gold: training vocabulary (one word per line) for OOV recall.")
    Path trainWords;

    @Option(names = "--name", defaultValue = "custom", description = "With --gold: data set name (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--limit", defaultValue = "0", description = "At most this many lines per data set (0 = all).")
    int limit;

    @Override
    public Integer call() throws Exception {
        List<SegmentationEvaluation.Dataset> datasets = new ArrayList<>();
        Path tempRaw = null;
        if (gold != null) {
            Path rawFile = raw;
            if (rawFile == null) {
                tempRaw = Files.createTempFile("segment-eval-raw", ".txt");
                List<String> lines = Files.readAllLines(gold).stream().map(l -> l.replaceAll("[ \\t\\u3000\\r]+", "")).toList();
                Files.write(tempRaw, lines);
                rawFile = tempRaw;
            }
            datasets.add(new SegmentationEvaluation.Dataset(name, gold, rawFile, trainWords));
        } else {
            Path pd = shared.resolve("derived/pd1998-zh");
            Path pku = shared.resolve("sighan2005-pku");
            if (!Files.isDirectory(pd) && !Files.isDirectory(pku)) {
                throw new IllegalArgumentException("no segmentation data under " + shared + " (give --shared DIR or --gold FILE)");
            }
            if (Files.isDirectory(pku)) {
                datasets.add(new SegmentationEvaluation.Dataset("sighan-pku", pku.resolve("pku_test_gold.utf8"),
                        pku.resolve("pku_test.utf8"), pku.resolve("pku_training_words.utf8")));
            }
            if (Files.isDirectory(pd)) {
                datasets.add(new SegmentationEvaluation.Dataset("pd1998-zh", pd.resolve("segmentation_gold.txt"),
                        pd.resolve("segmentation_raw.txt"), null));
            }
        }
        try {
            List<SegmentationEvaluation.Result> results = new ArrayList<>();
            for (SegmentationEvaluation.Dataset d : datasets) {
                long start = System.nanoTime();
                results.addAll(SegmentationEvaluation.evaluate(d, limit));
                System.err.printf("%s scored in %.1f s%n", d.name(), (System.nanoTime() - start) / 1e9);
            }
            System.out.print(SegmentationEvaluation.table(results, report.markdown));
            report.writeJson(Map.of("results", SegmentationEvaluation.json(results)));
            return 0;
        } finally {
            if (tempRaw != null) {
                Files.deleteIfExists(tempRaw);
            }
        }
    }
}
