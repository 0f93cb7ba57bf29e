package com.newsbridge.cli;

import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.eval.EntityEvaluation;
import com.newsbridge.eval.EntityTables;
import com.newsbridge.eval.MsraNerGold;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code eval-entities}: keyword typing and text recognition scored against gold entity files. */
@Command(name = "eval-entities", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Score entity typing (each gold keyword typed by the gazetteer or KeywordTyper) and recognition (entities"
                    + " found in an article's text with its keyword line removed) against gold.tsv files"
                    + " (article_id<TAB>entity<TAB>type[<TAB>count], article_id = article file name without .txt).",
            "Prints precision, recall and F1 per type and the micro average over person/organization/place; Chinese"
                    + " recognition also shows plain HanLP (no repairs) beside NewsBridge as the baseline."})
final class EvalEntitiesCommand implements Callable<Integer> {

    @Mixin
    ReportOptions report = new ReportOptions();

    @Option(names = "--gold", description = "Gold file (repeatable); its articles are in the folder 'articles' next to"
            + " it. Default: the pd1998-zh, conll2003-en and reuters-en gold files under --shared.")
    List<Path> gold = List.of();

    @Option(names = "--articles", description = "Articles folder (only with a single --gold; default: articles/ next to it).")
    Path articles;

    @Option(names = "--shared", defaultValue = "../shared/corpora",
            description = "Shared corpora folder for the default gold files (default: ${DEFAULT-VALUE}).")
    Path shared;

    @Option(names = "--msra", description = "MSRA NER test gold (msra_ner_test_gold.txt) scored for recognition, one"
            + " article per sentence. Default: msra-ner-test/" + MsraNerGold.FILE + " under --shared when it exists and"
            + " no --gold is given; 'none' to skip.")
    String msra;

    @Option(names = "--msra-halves", description = "Also score the MSRA sentences' first half (the development half,"
            + " whose errors may be read) and second half (held out: scored, never read) on their own.")
    boolean msraHalves;

    @Option(names = "--keyword-teaching", description = "Also score recognition in the second half of each corpus's"
            + " articles after the first half was read with its keyword lines, and without them: what keyword lines"
            + " teach recognition.")
    boolean keywordTeaching;

    @Option(names = "--no-baseline", description = "Skip the plain-HanLP baseline column of Chinese recognition.")
    boolean noBaseline;

    @Option(names = "--task", defaultValue = "both", description = "typing, recognition or both (default: ${DEFAULT-VALUE}).")
    String task;

    @Option(names = "--limit", defaultValue = "0", description = "At most this many article files per corpus (0 = all).")
    int limit;

    @Option(names = "--examples", defaultValue = "0", description = "Print this many examples of each kind of error"
            + " (never for the MSRA held-out half).")
    int examples;

    @Override
    public Integer call() {
        List<Path> golds = gold;
        if (golds.isEmpty()) {
            Path derived = shared.resolve("derived");
            golds = List.of(derived.resolve("pd1998-zh/gold.tsv"), derived.resolve("conll2003-en/gold.tsv"),
                    derived.resolve("reuters-en/gold.tsv"));
        }
        if (articles != null && golds.size() != 1) {
            throw new IllegalArgumentException("--articles needs exactly one --gold");
        }
        if (!List.of("typing", "recognition", "both").contains(task)) {
            throw new IllegalArgumentException("--task must be typing, recognition or both, got '" + task + "'");
        }
        EntityEvaluation evaluation = new EntityEvaluation(EntityExtractor::bundled, examples);
        List<Object> all = new ArrayList<>();
        for (Path g : golds) {
            if (!Files.isRegularFile(g)) {
                throw new IllegalArgumentException("gold file not found: " + g);
            }
            Path dir = articles != null ? articles : g.toAbsolutePath().getParent().resolve("articles");
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("articles folder not found: " + dir);
            }
            String corpus = g.toAbsolutePath().getParent().getFileName().toString();
            if (!task.equals("recognition")) {
                print(evaluation.typing(corpus, g, dir, limit), null, all);
            }
            if (!task.equals("typing")) {
                // the baseline reads Chinese text only: shown for corpora where it predicts something
                EntityEvaluation.Result baseline = noBaseline ? null : evaluation.hanLpRecognition(corpus, g, dir, limit);
                print(evaluation.recognition(corpus, g, dir, limit),
                        baseline != null && baseline.micro().predicted() > 0 ? baseline : null, all);
                if (keywordTeaching) {
                    print(evaluation.recognitionAfterFirstHalf(corpus, g, dir, limit, false), null, all);
                    print(evaluation.recognitionAfterFirstHalf(corpus, g, dir, limit, true), null, all);
                }
            }
        }
        Path msraFile = msraFile();
        if (msraFile != null && !task.equals("typing")) {
            MsraNerGold.Data data = MsraNerGold.read(msraFile, limit);
            msraRecognition(evaluation, "msra-ner-test", data, all);
            if (msraHalves) {
                msraRecognition(evaluation, "msra-ner-test, development half", data.half(true), all);
                // no error examples from the held-out half: nobody reads them, so the half stays unseen
                msraRecognition(new EntityEvaluation(EntityExtractor::bundled, 0), "msra-ner-test, held-out half",
                        data.half(false), all);
            }
        }
        report.writeJson(Map.of("results", all));
        return 0;
    }

    private void msraRecognition(EntityEvaluation evaluation, String name, MsraNerGold.Data data, List<Object> all) {
        EntityEvaluation.ArticleSource source = action -> data.articles().forEach(a -> action.accept(a.id(), a));
        EntityEvaluation.Result baseline = noBaseline ? null : evaluation.hanLpRecognition(name, data.gold(), source);
        print(evaluation.recognition(name, data.gold(), source), baseline, all);
    }

    private Path msraFile() {
        if ("none".equals(msra)) {
            return null;
        }
        if (msra != null) {
            if (!Files.isRegularFile(Path.of(msra))) {
                throw new IllegalArgumentException("MSRA gold file not found: " + msra);
            }
            return Path.of(msra);
        }
        Path byDefault = shared.resolve("msra-ner-test").resolve(MsraNerGold.FILE);
        return gold.isEmpty() && Files.isRegularFile(byDefault) ? byDefault : null;
    }

    private void print(EntityEvaluation.Result r, EntityEvaluation.Result baseline, List<Object> all) {
        System.out.println();
        if (report.markdown) {
            System.out.printf("%s %s (%d articles, %d items)%n%n", r.corpus(), r.task(), r.articles(), r.items());
        }
        System.out.print(EntityTables.table(r, baseline, report.markdown));
        all.add(EntityTables.json(r, baseline));
    }
}
