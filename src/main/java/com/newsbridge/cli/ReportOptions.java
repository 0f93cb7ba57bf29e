package com.newsbridge.cli;

import com.newsbridge.eval.EvalReport;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The output options every evaluation command shares ({@code eval}, {@code eval-entities}, {@code segment-eval}):
 * Markdown tables instead of text tables, and the figures written to a JSON file as well. Mixed into each command
 * with {@code @Mixin}, so the three spell and describe them the same way.
 */
final class ReportOptions {

    @Option(names = "--json", description = "Write the figures to this JSON file.")
    Path json;

    @Option(names = "--markdown", description = "Print Markdown tables instead of text tables.")
    boolean markdown;

    /** Writes {@code figures} to the {@code --json} file, if one was given, and says so on standard error. */
    void writeJson(Object figures) {
        if (json != null) {
            EvalReport.writeJson(json, figures);
            System.err.println("figures written to " + json);
        }
    }
}
