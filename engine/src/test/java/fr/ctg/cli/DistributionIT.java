package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archives as a user gets them: unpacked, then run with nothing but a java on PATH (no Maven,
 * no JAVA_HOME, no locale), or with no Java at all for the Linux archive that brings its own runtime. Runs after
 * package (the « distribution » execution of surefire in engine/pom.xml).
 */
class DistributionIT {

    private static final String INSTALL = "installez Java 17 ou plus récent (par exemple Eclipse Temurin, https://adoptium.net/fr/),"
            + " ou prenez l’archive ctg pour Linux qui contient son propre Java";

    @TempDir
    static Path work;

    private static Path plain;
    private static Path javaOnly;
    /** The bundled example generated once by the plain archive: checked, then compared with the Linux archive's. */
    private static Path plainOutput;
    private static Run plainGeneration;

    /** A run of bin/ctg: exit code, standard output, standard error. */
    private record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void unpackThePlainArchive() throws Exception {
        plain = unpack(Path.of(System.getProperty("ctg.distribution") + ".tar.gz"), "java-seul");
        javaOnly = Files.createDirectories(work.resolve("chemin-java"));
        Files.createSymbolicLink(javaOnly.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        plainOutput = work.resolve("sortie-java-seul");
        plainGeneration = ctg(plain, javaOnly, null, "generer", "examples/minimale", "-o", plainOutput.toString());
    }

    @Test
    void namesTheVersionAndTheCommitWithOnlyJavaOnPath() throws Exception {
        String expected = new VersionProvider().getVersion()[0];

        assertEquals(new Run(0, expected + "\n", ""), ctg(plain, javaOnly, null, "--version"));
        assertTrue(expected.matches("ctg \\d+\\.\\d+\\.\\d+ \\(commit ([0-9a-f]{12}|inconnu)\\)"), expected);
    }

    @Test
    void generatesTheBundledExampleWithOnlyJavaOnPath() {
        assertGenerated(plainGeneration, plainOutput);
    }

    @Test
    void theLinuxArchiveNeedsNoJavaAndWritesTheSameDocuments() throws Exception {
        Path archive = Path.of(System.getProperty("ctg.distribution") + "-linux-x64.tar.gz");
        assumeTrue(System.getProperty("os.name").equals("Linux") && System.getProperty("os.arch").equals("amd64"),
                "l’archive avec son propre Java n’est construite que sous Linux x64");
        Path bundled = unpack(archive, "sans-java");
        Path noJava = Files.createDirectories(work.resolve("chemin-vide"));
        Path out = work.resolve("sortie-sans-java");

        assertEquals(new Run(0, new VersionProvider().getVersion()[0] + "\n", ""), ctg(bundled, noJava, null, "--version"));
        assertGenerated(ctg(bundled, noJava, null, "generer", "examples/minimale", "-o", out.toString()), out);
        for (String document : List.of("convention.pdf", "convention.docx")) {
            assertArrayEquals(Files.readAllBytes(plainOutput.resolve("minimale").resolve(document)),
                    Files.readAllBytes(out.resolve("minimale").resolve(document)), document);
        }
    }

    @Test
    void setsUpTheRepositoryOfACafWhoseNewConventionValidates() throws Exception {
        Path repository = work.resolve("depot-caf");
        assertEquals(0, ctg(plain, javaOnly, null, "init", repository.toString(), "--caf", "Caisse d’allocations familiales de l’Exemple").code());

        Run added = ctgIn(repository, plain, javaOnly, null, "nouveau", "essai-2027-2031", "--debut", "2027-01-01");
        Run validation = ctgIn(repository, plain, javaOnly, null, "valider", "conventions/");

        assertEquals(0, added.code(), added.err());
        // the « XXXX » of the convention's text, and the Caf's representative that ctg.yaml still names « XXXX »
        assertEquals(new Run(0, "conventions/essai-2027-2031/convention.yaml : 0 erreur, 11 avertissements\n", ""),
                new Run(validation.code(), validation.out().lines().reduce((first, last) -> last).orElseThrow() + "\n", validation.err()));
    }

    @Test
    void saysHowToInstallJavaWhenThereIsNone() throws Exception {
        Path noJava = Files.createDirectories(work.resolve("aucun-java"));

        assertEquals(new Run(2, "", "ctg : Java est introuvable (ni JAVA_HOME ni java dans le PATH) : " + INSTALL + "\n"),
                ctg(plain, noJava, null, "--version"));
    }

    @Test
    void refusesAJavaOlderThan17() throws Exception {
        Path oldJava = Files.createDirectories(work.resolve("java-8"));
        Path java = Files.writeString(oldJava.resolve("java"), """
                #!/bin/sh
                echo 'openjdk version "1.8.0_392"' >&2
                echo 'OpenJDK Runtime Environment (build 1.8.0_392-b08)' >&2
                """);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertEquals(new Run(2, "", "ctg : " + java + " est un Java 1.8.0_392 ; ctg demande Java 17 ou plus récent : " + INSTALL + "\n"),
                ctg(plain, oldJava, null, "--version"));
    }

    @Test
    void namesAJavaHomeWithoutJava() throws Exception {
        Path empty = Files.createDirectories(work.resolve("java-home-vide"));

        assertEquals(new Run(2, "", "ctg : JAVA_HOME vaut « " + empty + " », où il n’y a pas de bin/java : corrigez JAVA_HOME ou " + INSTALL + "\n"),
                ctg(plain, javaOnly, empty, "--version"));
    }

    private static void assertGenerated(Run run, Path out) {
        Path folder = out.resolve("minimale");
        assertEquals(0, run.code(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals("minimale : " + folder.resolve("convention.pdf") + ", " + folder.resolve("convention.docx"), lines[0]);
        assertTrue(lines[1].matches("1 convention produite, 0 en échec, en \\d+,\\d s"), lines[1]);
        assertEquals(2, lines.length, run.out());
    }

    private static Path unpack(Path archive, String folder) throws Exception {
        Path target = Files.createDirectories(work.resolve(folder));
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", target.toString()).inheritIO().start();
        assertEquals(0, tar.waitFor(), "tar -xzf " + archive);
        return target.resolve(archive.getFileName().toString().replaceFirst("(-linux-x64)?\\.tar\\.gz$", ""));
    }

    /** bin/ctg run from the unpacked folder with this PATH only, and JAVA_HOME when given. */
    private static Run ctg(Path installation, Path path, Path javaHome, String... arguments) throws IOException, InterruptedException {
        return ctgIn(installation, installation, path, javaHome, arguments);
    }

    private static Run ctgIn(Path folder, Path installation, Path path, Path javaHome, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(installation.resolve("bin/ctg").toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.put("PATH", path.toString());
        if (javaHome != null) {
            environment.put("JAVA_HOME", javaHome.toString());
        }
        Path out = Files.createTempFile(work, "sortie", ".txt");
        Path err = Files.createTempFile(work, "erreurs", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int code = process.waitFor();
        return new Run(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
