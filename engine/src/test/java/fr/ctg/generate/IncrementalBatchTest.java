package fr.ctg.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.generate.fingerprint.OutputRecord;
import fr.ctg.pipeline.ConventionPipeline;
import fr.ctg.sign.BlankPdf;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalBatchTest {

    private static final Freshness INCREMENTAL = new Freshness("moteur d’essai 1", false);
    private static DocumentGenerator generator;

    @TempDir
    Path dir;

    @BeforeAll
    static void createGenerator() {
        generator = new DocumentGenerator();
    }

    @Test
    void aSecondRunFindsEveryConventionUpToDateAndWritesNothing() throws IOException {
        List<Path> files = List.of(MinimalConventions.write(dir, "amont", "Val d’Amont"), MinimalConventions.write(dir, "aval", "Val d’Aval"));
        Path output = dir.resolve("sortie");
        run(INCREMENTAL, files);
        Map<Path, String> before = fileStates(output);

        List<Outcome> outcomes = run(INCREMENTAL, files);

        assertEquals(List.of(new Outcome.UpToDate(files.get(0), "amont", output.resolve("amont")),
                new Outcome.UpToDate(files.get(1), "aval", output.resolve("aval"))), outcomes);
        assertEquals(before, fileStates(output));
        assertEquals(List.of(".ctg-empreintes", "convention.docx", "convention.pdf"), names(output.resolve("amont")));
    }

    @Test
    void anEditedAvenantRemakesItsConventionOnly() throws IOException {
        Path amended = MinimalConventions.write(dir, "amendee", "Val d’Amont");
        Path other = MinimalConventions.write(dir, "autre", "Val d’Aval");
        Path avenant = writeAvenant(amended, "Les litiges relèvent du tribunal administratif de Marseille.");
        run(INCREMENTAL, List.of(amended, other));

        writeAvenant(amended, "Les litiges relèvent du tribunal administratif de Nice.");
        List<Outcome> outcomes = run(INCREMENTAL, List.of(amended, other));

        assertTrue(Files.isRegularFile(avenant));
        Outcome.Produced produced = assertInstanceOf(Outcome.Produced.class, outcomes.get(0));
        assertEquals(List.of(dir.resolve("sortie/amendee/avenant-01.pdf"), dir.resolve("sortie/amendee/avenant-01.docx"),
                dir.resolve("sortie/amendee/convention-consolidee.pdf"), dir.resolve("sortie/amendee/convention-consolidee.docx")),
                produced.avenantDocuments());
        assertInstanceOf(Outcome.UpToDate.class, outcomes.get(1));
        assertInstanceOf(Outcome.UpToDate.class, run(INCREMENTAL, List.of(amended)).get(0));
    }

    @Test
    void aChangedReferencedPdfRemakesTheConvention() throws Exception {
        Path file = MinimalConventions.write(dir, "deliberee", "Val d’Amont", "    numero: 2023-112",
                "    numero: 2023-112\n    fichier: deliberations/cc-2023-112.pdf");
        Path deliberation = Files.createDirectories(file.resolveSibling("deliberations")).resolve("cc-2023-112.pdf");
        Files.write(deliberation, BlankPdf.onePage());
        assertInstanceOf(Outcome.Produced.class, run(INCREMENTAL, List.of(file)).get(0));

        Files.write(deliberation, twoPages());

        assertInstanceOf(Outcome.Produced.class, run(INCREMENTAL, List.of(file)).get(0));
        assertInstanceOf(Outcome.UpToDate.class, run(INCREMENTAL, List.of(file)).get(0));
    }

    @Test
    void anotherEngineRemakesEveryConvention() {
        Path file = MinimalConventions.write(dir, "amont", "Val d’Amont");
        run(INCREMENTAL, List.of(file));

        assertInstanceOf(Outcome.Produced.class, run(new Freshness("moteur d’essai 2", false), List.of(file)).get(0));
    }

    @Test
    void forcedEveryConventionIsMadeAgainAndRecorded() throws IOException {
        Path file = MinimalConventions.write(dir, "amont", "Val d’Amont");
        run(INCREMENTAL, List.of(file));
        Path pdf = dir.resolve("sortie/amont/convention.pdf");
        Object before = Files.readAttributes(pdf, BasicFileAttributes.class).fileKey();

        assertInstanceOf(Outcome.Produced.class, run(new Freshness("moteur d’essai 1", true), List.of(file)).get(0));

        assertNotEquals(before, Files.readAttributes(pdf, BasicFileAttributes.class).fileKey());
        assertInstanceOf(Outcome.UpToDate.class, run(INCREMENTAL, List.of(file)).get(0));
    }

    @Test
    void aDeletedOrHandEditedDocumentIsMadeAgain() throws IOException {
        Path file = MinimalConventions.write(dir, "amont", "Val d’Amont");
        run(INCREMENTAL, List.of(file));
        Path docx = dir.resolve("sortie/amont/convention.docx");
        byte[] made = Files.readAllBytes(docx);

        Files.delete(docx);
        assertInstanceOf(Outcome.Produced.class, run(INCREMENTAL, List.of(file)).get(0));
        assertTrue(Files.isRegularFile(docx));

        byte[] edited = made.clone();
        edited[edited.length / 2] ^= 1;
        Files.write(docx, edited);
        assertInstanceOf(Outcome.Produced.class, run(INCREMENTAL, List.of(file)).get(0));
        assertArrayEquals(made, Files.readAllBytes(docx));
    }

    @Test
    void aConventionWithErrorsIsRejectedAsBeforeAndItsFormerDocumentsStayRecorded() throws IOException {
        Path file = MinimalConventions.write(dir, "amont", "Val d’Amont");
        run(INCREMENTAL, List.of(file));
        String valid = Files.readString(file);
        Map<Path, String> before = fileStates(dir.resolve("sortie"));

        Files.writeString(file, valid.replace("statut: a_signer", "statut: a_signe"));
        Outcome.Rejected rejected = assertInstanceOf(Outcome.Rejected.class, run(INCREMENTAL, List.of(file)).get(0));

        assertEquals("CTG-VALEUR-INCONNUE", rejected.firstError().code());
        assertEquals(before, fileStates(dir.resolve("sortie")));
        Files.writeString(file, valid);
        assertInstanceOf(Outcome.UpToDate.class, run(INCREMENTAL, List.of(file)).get(0));
    }

    @Test
    void anInputChangedWhileItsDocumentsAreMadeLeavesThemUnrecorded() throws IOException {
        Path file = MinimalConventions.write(dir, "amont", "Val d’Amont");
        ConventionPipeline pipeline = new ConventionPipeline();
        ConventionBatch editedMeanwhile = new ConventionBatch(() -> generator, 1, INCREMENTAL, conventionFile -> {
            try {
                Files.writeString(conventionFile, "# enregistré pendant la génération\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return pipeline.load(conventionFile);
        });

        assertInstanceOf(Outcome.Produced.class, editedMeanwhile.run(List.of(file), dir.resolve("sortie"), BatchListener.NONE).get(0));

        assertEquals(List.of("convention.docx", "convention.pdf"), names(dir.resolve("sortie/amont")));
        assertInstanceOf(Outcome.Produced.class, run(INCREMENTAL, List.of(file)).get(0));
    }

    @Test
    void aSetThatCannotBeWrittenRecordsNothing() throws IOException {
        Path file = MinimalConventions.write(dir, "amont", "Val d’Amont");
        Files.createDirectories(dir.resolve("sortie/amont/convention.docx"));

        assertInstanceOf(Outcome.Failed.class, run(INCREMENTAL, List.of(file)).get(0));

        assertEquals(List.of("convention.docx"), names(dir.resolve("sortie/amont")));
        assertFalse(OutputRecord.read(dir.resolve("sortie/amont")).isPresent());
    }

    private List<Outcome> run(Freshness freshness, List<Path> files) {
        return new ConventionBatch(() -> generator, 2, freshness).run(files, dir.resolve("sortie"), BatchListener.NONE);
    }

    private static Path writeAvenant(Path convention, String litiges) throws IOException {
        Path avenant = Files.createDirectories(convention.resolveSibling("avenants")).resolve("avenant-01.yaml");
        return Files.writeString(avenant, """
                numero: 1
                convention: %s
                statut: a_signer
                date: 2024-05-15
                date_effet: 2024-06-01
                signataires: [caf, cc]
                modifications:
                  - remplacement_article: {clause: article-13, texte: "%s"}
                """.formatted(convention.getParent().getFileName(), litiges));
    }

    private static byte[] twoPages() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Each file below {@code folder}: its identity on disk (inode) and its date, which any write would change. */
    private static Map<Path, String> fileStates(Path folder) throws IOException {
        Map<Path, String> states = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                states.put(folder.relativize(file), attributes.fileKey() + " " + attributes.lastModifiedTime());
            }
        }
        return states;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
