package com.newsbridge.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The seeded case runner and random primitives the fuzz tests share. Every case draws its input from its own {@link
 * SplittableRandom}, derived from the seed, the property's name and the case's index, so a failure names all three
 * and replays alone: {@code mvn test -Dtest='QueryFuzzTest#adversarialQueries' -Dnewsbridge.fuzz.seed=N
 * -Dnewsbridge.fuzz.case=I}. Without {@code -Dnewsbridge.fuzz.case} every case runs; without {@code
 * -Dnewsbridge.fuzz.seed} the default seed does.
 */
final class FuzzCases {

    static final long SEED = Long.getLong("newsbridge.fuzz.seed", 20_260_428L);
    static final int ONLY_CASE = Integer.getInteger("newsbridge.fuzz.case", -1);
    /** Cases of the running property that ended in the expected exception (for the summary line). */
    static int rejected;

    private FuzzCases() {
    }

    // ------------------------------------------------------------------------------------------- random primitives

    static <T> T pick(SplittableRandom r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    /**
     * A collection or string size in [min, max] distributed as jqwik's were: mostly at most 32 above {@code min}, now
     * and then anywhere up to {@code max}, and each bound one time in 16.
     */
    static int size(SplittableRandom r, int min, int max) {
        int pick = r.nextInt(16);
        if (pick == 0) {
            return min;
        }
        if (pick == 1) {
            return max;
        }
        return r.nextInt(min, (pick < 14 ? Math.min(max, min + 32) : max) + 1);
    }

    static String string(SplittableRandom r, int length, Function<SplittableRandom, Character> chars) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(chars.apply(r).charValue());
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------------- the runner

    /** Generates input {@code i} from its own random (see {@link #caseRandom}); the generator may use the index. */
    interface Generator<T> {
        T generate(SplittableRandom random, int index);
    }

    static <T> void forAll(String property, int tries, Function<SplittableRandom, T> generator, Consumer<T> check) {
        run(callingTest(), property, tries, (r, i) -> generator.apply(r), check);
    }

    /**
     * Runs {@code check} on {@code tries} generated inputs (or only on case {@code -Dnewsbridge.fuzz.case}); the first
     * failure — an assertion or an unexpected exception, in generation or in the check — fails the test with the seed,
     * the case and the input.
     */
    static <T> void forAll(String property, int tries, Generator<T> generator, Consumer<T> check) {
        run(callingTest(), property, tries, generator, check);
    }

    private static <T> void run(String test, String property, int tries, Generator<T> generator, Consumer<T> check) {
        long start = System.nanoTime();
        int ran = 0;
        rejected = 0;
        for (int i = 0; i < tries; i++) {
            if (ONLY_CASE >= 0 && i != ONLY_CASE) {
                continue;
            }
            Object input = "<not generated>";
            try {
                T generated = generator.generate(caseRandom(property, i), i);
                input = generated;
                check.accept(generated);
            } catch (Throwable t) {
                throw new AssertionError(String.format("%s failed on case %d of %d (seed %d; replay with"
                        + " -Dtest='%s#%s' -Dnewsbridge.fuzz.seed=%d -Dnewsbridge.fuzz.case=%d): %s%n  input: %s",
                        property, i, tries, SEED, test, property, SEED, i, t,
                        describe(input)), t);
            }
            ran++;
        }
        System.out.printf("%s.%s: %d cases (%d rejected) in %d ms (seed %d)%n",
                test, property, ran, rejected,
                (System.nanoTime() - start) / 1_000_000, SEED);
    }

    /** The simple name of the test class that called {@code forAll}, for the replay command. */
    private static String callingTest() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
                        .filter(c -> c != FuzzCases.class).findFirst().orElseThrow().getSimpleName());
    }

    /** The random for case {@code index} of {@code property}: independent of every other case, so it replays alone. */
    static SplittableRandom caseRandom(String property, int index) {
        long base = new SplittableRandom(SEED ^ ((long) property.hashCode() << 32)).nextLong();
        return new SplittableRandom(new SplittableRandom(base + index).nextLong());
    }

    /** A short, printable description of an input: escaped, and cut in the middle when long. */
    static String describe(Object input) {
        if (input instanceof byte[] b) {
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < Math.min(b.length, 96); i++) {
                hex.append(String.format("%02x", b[i] & 0xFF));
            }
            return b.length + " bytes: " + hex + (b.length > 96 ? "…" : "") + " = \""
                    + escape(new String(b, 0, Math.min(b.length, 300), StandardCharsets.ISO_8859_1)) + "\"";
        }
        if (input instanceof String s) {
            return s.length() + " chars: \"" + escape(s) + "\"";
        }
        return escape(String.valueOf(input));
    }

    static String escape(String s) {
        String shown = s.length() <= 400 ? s : s.substring(0, 300) + "…(" + (s.length() - 380) + " more)…"
                + s.substring(s.length() - 80);
        StringBuilder sb = new StringBuilder();
        for (char c : shown.toCharArray()) {
            if (c == '\\') {
                sb.append("\\\\");
            } else if (c == '"') {
                sb.append("\\\"");
            } else if ((c >= 0x20 && c < 0x7F) || c == '…' || (c > 0xFF && Character.isLetterOrDigit(c))) {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04X", (int) c));
            }
        }
        return sb.toString();
    }
}
