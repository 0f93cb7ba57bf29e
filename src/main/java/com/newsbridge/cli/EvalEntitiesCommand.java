package com.newsbridge.cli;

import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.eval.EntityEvaluation;
import com.newsbridge.eval.EvalReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eval-entities}: keyword typing and text recognition scored against gold entity files. */
@Command(name = "eval-entities", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Score entity typing (each gold keyword typed by the gazetteer or KeywordTyper) and recognition (entities"
                    + " found in an article's text with its keyword line removed) against gold.tsv files"
                    + " (article_id<TAB>entity<TAB>type[<TAB>count], article_id = article file name without .txt).",
            "Prints precision, recall and F1 per type and the micro average over person/organization/place."})
final class EvalEntitiesCommand implements Callable<Integer> {

    @Option(names = "--gold", description = "Gold file (repeatable); its articles are in the folder 'articles' next to"
            + " it. Default: the pd1998-zh, conll2003-en and reuters-en gold files under --shared.")
    List<Path> gold = List.of();

    @Option(names = "--articles", description = "Articles folder (only with a single --gold; default: articles/ next to it).")
    Path articles;

    @Option(names = "--shared", defaultValue = "../shared/corpora",
            description = "Shared corpora folder for the default gold files (default: ${DEFAULT-VALUE}).")
    Path shared;

    @Option(names = "--task", defaultValue = "both", description = "typing, recognition or both (default: ${DEFAULT-VALUE}).")
    String task;

    @Option(names = "--limit", defaultValue = "0", description = "At most this many article files per corpus (0 = all).")
    int limit;

    @Option(names = "--examples", defaultValue = "0", description = "Print this many examples of each kind of error.")
    int examples;

    @Option(names = "--json", description = "Write the figures to this JSON file.")
    Path json;

    @Option(names = "--markdown", description = "Print Markdown tables.")
    boolean markdown;

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
            List<EntityEvaluation.Result> results = new ArrayList<>();
            if (!task.equals("recognition")) {
                results.add(evaluation.typing(corpus, g, dir, limit));
            }
            if (!task.equals("typing")) {
                results.add(evaluation.recognition(corpus, g, dir, limit));
            }
            for (EntityEvaluation.Result r : results) {
                System.out.println();
                if (markdown) {
                    System.out.printf("%s %s (%d articles, %d items)%n%n", r.corpus(), r.task(), r.articles(), r.items());
                }
                System.out.print(EntityEvaluation.table(r, markdown));
                all.add(EntityEvaluation.json(r));
            }
        }
        if (json != null) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("results", all);
            EvalReport.writeJson(json, root);
            System.err.println("figures written to " + json);
        }
        return 0;
    }
}
