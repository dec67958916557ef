package io.github.narrator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.script.normalize.Normalizer;
import io.github.narrator.testing.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jars {@code mvn package} builds, as a user runs them: the product jar holds what run, convert
 * and serve need and nothing of the benchmark or the embedded broker, stays under its size
 * budget, and the data the build leaves out of its libraries (ICU, FreeTTS) is not missed.
 */
@Slow
class ProductJarTest {

    private static final Path PRODUCT = Path.of("target", "narrator.jar");
    private static final Path BENCH = Path.of("target", "narrator-bench.jar");
    private static final Path BROKER = Path.of("target", "narrator-broker.jar");
    /** The budget: the product jar was 61 MiB with the benchmark and the broker in it. */
    private static final long MAX_BYTES = 45L * 1024 * 1024;

    @Test
    void productJarIsUnderItsBudgetAndHoldsNeitherBenchNorBroker() throws IOException {
        assertTrue(Files.size(PRODUCT) <= MAX_BYTES, PRODUCT + " is " + Files.size(PRODUCT) + " bytes, over " + MAX_BYTES);
        List<String> strays = new ArrayList<>();
        List<String> references = new ArrayList<>();
        try (ZipFile jar = new ZipFile(PRODUCT.toFile())) {
            for (ZipEntry entry : jar.stream().toList()) {
                String name = entry.getName();
                if (name.startsWith("io/github/narrator/bench/") || name.startsWith("io/github/narrator/broker/")
                        || name.startsWith("io/github/narrator/cli/BenchCommand") || name.startsWith("io/github/narrator/cli/BrokerCommand")
                        || name.startsWith("org/apache/activemq/artemis/core/server/embedded/")
                        || name.startsWith("org/jgroups/") || name.startsWith("org/openqa/") || name.startsWith("org/junit/")) {
                    strays.add(name);
                }
                if (name.startsWith("io/github/narrator/") && name.endsWith(".class")) {
                    String constants = new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.ISO_8859_1);
                    if (constants.contains("io/github/narrator/bench/") || constants.contains("io/github/narrator/broker/")) {
                        references.add(name);
                    }
                }
            }
        }
        assertEquals(List.of(), strays, "packaged apart or test-only, not in the product jar");
        assertEquals(List.of(), references, "product classes that need the bench or broker jar");
    }

    @Test
    void benchAndBrokerJarsHoldTheirCommands() throws IOException {
        try (ZipFile bench = new ZipFile(BENCH.toFile()); ZipFile broker = new ZipFile(BROKER.toFile())) {
            assertTrue(bench.getEntry("io/github/narrator/cli/BenchCommand.class") != null);
            assertTrue(bench.getEntry("io/github/narrator/bench/peer-narrate.sh") != null);
            assertTrue(broker.getEntry("io/github/narrator/broker/EmbeddedBroker.class") != null);
        }
        try (Stream<Path> libraries = Files.list(Path.of("target", "broker-lib"))) {
            assertTrue(libraries.anyMatch(jar -> jar.getFileName().toString().startsWith("artemis-server-")));
        }
    }

    @Test
    void optionalCommandsSayWhereTheyAreAndRunWithTheirJar() throws Exception {
        Result alone = java(List.of("-jar", PRODUCT.toString(), "bench", "--runs", "1"));
        assertEquals(1, alone.status());
        assertTrue(alone.err().contains("'bench' is not in narrator.jar but in narrator-bench.jar"), alone.err());
        Result withJar = java(List.of("-cp", PRODUCT + java.io.File.pathSeparator + BENCH,
                "io.github.narrator.cli.NarratorCommand", "bench", "--help"));
        assertEquals(0, withJar.status(), withJar.err());
        assertTrue(withJar.out().contains("--runs"));
    }

    /** Transliteration and sentence breaks need ICU data the build keeps; any other script would show a gap. */
    @Test
    void theJarSaysWhatTheClassesSay() throws Exception {
        List<String> lines = List.of("Київ, Сергій Лавров, 12 червня", "Αθήνα 2025 — Ελλάδα", "القاهرة ١٢٣", "ירושלים",
                "北京市 2024年", "東京 ひらがな カタカナ", "서울특별시", "กรุงเทพมหานคร", "नई दिल्ली ५", "თბილისი", "Երևան",
                "Æsir Øresund ß ﬁ, $4.5bn on 3 May 2024 at 10:30am.");
        Normalizer normalizer = new Normalizer(NarratorConfig.defaults().scriptSettings().lexicon());
        List<String> expected = lines.stream().map(normalizer::spoken).toList();
        Result jar = java(List.of("-jar", PRODUCT.toString(), "normalize"), String.join("\n", lines) + "\n");
        assertEquals(0, jar.status(), jar.err());
        assertEquals(expected, jar.out().lines().toList());
    }

    @Test
    void theJarNarratesASampleWithItsBundledVoice(@TempDir Path out) throws Exception {
        Result convert = java(List.of("-Xmx192m", "-jar", PRODUCT.toString(), "convert",
                Path.of("samples", "articles", "local-bridge-closure.html").toString(), "--out", out.toString()));
        assertEquals(0, convert.status(), convert.err());
        try (Stream<Path> files = Files.walk(out.resolve("articles"))) {
            Path mp3 = files.filter(file -> file.getFileName().toString().equals("narration.mp3")).findFirst().orElseThrow();
            assertTrue(Files.size(mp3) > 50_000, mp3 + " is " + Files.size(mp3) + " bytes");
        }
    }

    private record Result(int status, String out, String err) {
    }

    private static Result java(List<String> arguments) throws Exception {
        return java(arguments, "");
    }

    private static Result java(List<String> arguments, String stdin) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        Path err = Files.createTempFile("narrator-jar", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "java " + arguments + " did not finish");
            return new Result(process.exitValue(), out, Files.readString(err));
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
