package fr.ctg.sign;

import fr.ctg.avenant.AvenantFiles;
import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.load.SourceFile;
import fr.ctg.load.UnreadableInputException;
import fr.ctg.model.Convention;
import fr.ctg.pipeline.ConventionPipeline;
import fr.ctg.pipeline.ConventionSet;
import fr.ctg.pipeline.ConventionSet.LoadedAvenant;
import fr.ctg.write.AtomicOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;

/**
 * Records that a convention, or one of its avenants, is signed: its signed PDF goes to {@code signe/convention.pdf}
 * ({@code signe/avenant-NN.pdf}) in the convention's folder (committed with the YAML, unlike {@code out/}), and its YAML
 * says {@code statut: signee}, the signature date and the PDF's SHA-256. Nothing is written unless the PDF is fully
 * signed (or declared signed on paper) and the YAML so updated is valid; a different signed PDF already recorded is
 * never replaced.
 */
public final class SignatureRecorder {

    /** Where a convention's folder keeps its signed PDFs. */
    public static final String FOLDER = "signe";
    public static final String FILE = "convention.pdf";
    /** Signatures are dated as the préfecture and the signatories see the day: in metropolitan France. */
    private static final ZoneId SIGNATORIES_ZONE = ZoneId.of("Europe/Paris");

    /** What was recorded. */
    public record Recorded(Path copy, LocalDate signedOn, String sha256, long signatures) {
    }

    /** The signed PDF of a convention's folder: the convention's, else the avenant's of this number. */
    public static Path signedCopy(Path conventionFile, @Nullable Integer avenant) {
        return conventionFile.toAbsolutePath().getParent().resolve(FOLDER)
                .resolve(avenant == null ? FILE : String.format("avenant-%02d.pdf", avenant));
    }

    /**
     * The document being recorded: its YAML, the date it already prints, its YAML once signed, and the folder loaded
     * with that edit in place.
     */
    private record Signed(String name, SourceFile yaml, @Nullable LocalDate writtenDate, StateEdit edit, EditCheck check) {
    }

    @FunctionalInterface
    private interface StateEdit {
        String apply(String yaml, LocalDate signedOn, String sha256);
    }

    @FunctionalInterface
    private interface EditCheck {
        ConventionSet load(byte[] edited) throws UnreadableInputException;
    }

    private final ConventionPipeline pipeline = new ConventionPipeline();

    /**
     * @param paper a scanned PDF signed by hand: its signature fields are not checked
     * @param date the signature date; by default the YAML's, which the signed text prints (« Fait à …, le … »), else the
     *     last electronic signature's day
     */
    public Recorded record(Path conventionFile, Path pdf, boolean paper, @Nullable LocalDate date)
            throws SignatureRefusal, IOException, UnreadableInputException {
        ConventionSet set = sound(conventionFile);
        Convention convention = set.convention();
        LocalDate written = convention.signature() == null ? null : convention.signature().date();
        return record(new Signed("la convention signée", set.source(), written, SignedStateEdit::convention,
                edited -> pipeline.load(SourceFile.of(set.file(), edited))), signedCopy(conventionFile, null), pdf, paper, date);
    }

    /** Records the avenant {@code numero} of the convention as signed by {@code pdf}; see {@link #record}. */
    public Recorded recordAvenant(Path conventionFile, int numero, Path pdf, boolean paper, @Nullable LocalDate date)
            throws SignatureRefusal, IOException, UnreadableInputException {
        ConventionSet set = sound(conventionFile);
        LoadedAvenant loaded = set.avenants().stream().filter(a -> a.avenant().numero() == numero).findFirst()
                .orElseThrow(() -> new SignatureRefusal("la convention n’a pas d’avenant n° " + numero + " ("
                        + AvenantFiles.FOLDER + "/" + AvenantFiles.fileName(numero) + " n’existe pas)"));
        return record(new Signed("l’avenant n° " + numero + " signé", loaded.source(), loaded.avenant().date(), SignedStateEdit::avenant,
                edited -> pipeline.load(set.source(), SourceFile.of(loaded.source().path(), edited))),
                signedCopy(conventionFile, numero), pdf, paper, date);
    }

    private ConventionSet sound(Path conventionFile) throws SignatureRefusal, UnreadableInputException {
        ConventionSet set = pipeline.load(conventionFile);
        if (set.convention() == null || set.hasErrors()) {
            throw new SignatureRefusal(conventionFile + " a des erreurs : corrigez-les d’abord (ctg valider)");
        }
        return set;
    }

    private static Recorded record(Signed signed, Path copy, Path pdf, boolean paper, @Nullable LocalDate date)
            throws SignatureRefusal, IOException, UnreadableInputException {
        byte[] bytes = Files.readAllBytes(pdf);
        Verification verification = verification(pdf, bytes, paper);
        LocalDate written = signed.writtenDate();
        LocalDate signedOn = date != null ? date : written != null ? written : paper ? undated(signed.yaml().path()) : lastSignature(verification);
        SourceFile signedCopy = SourceFile.of(pdf, bytes);
        if (Files.isRegularFile(copy) && !Objects.equals(SourceFile.of(copy, Files.readAllBytes(copy)).sha256(), signedCopy.sha256())) {
            throw new SignatureRefusal(copy + " existe déjà et n’est pas ce PDF : un PDF signé enregistré n’est jamais remplacé"
                    + " (déplacez-le d’abord si la convention a vraiment été signée de nouveau)");
        }
        String yaml = new String(signed.yaml().bytes(), StandardCharsets.UTF_8);
        byte[] updated = signed.edit().apply(yaml, signedOn, signedCopy.sha256()).getBytes(StandardCharsets.UTF_8);
        List<Diagnostic> errors = signed.check().load(updated).diagnostics().stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            throw new SignatureRefusal(signed.name() + " ne serait pas valide : " + errors.get(0).oneLine());
        }
        AtomicOutput.write(copy, bytes);
        AtomicOutput.write(signed.yaml().path(), updated);
        return new Recorded(copy, signedOn, signedCopy.sha256(), verification.signedCount());
    }

    private static Verification verification(Path pdf, byte[] bytes, boolean paper) throws SignatureRefusal {
        if (paper) {
            try (PDDocument document = Loader.loadPDF(bytes)) {
                return new Verification(List.of());
            } catch (IOException e) {
                throw new SignatureRefusal(pdf + " n’est pas un PDF lisible (" + e.getMessage() + ")", e);
            }
        }
        Verification verification;
        try {
            verification = new PdfVerifier(null).verify(bytes);
        } catch (IOException e) {
            throw new SignatureRefusal(pdf + " n’est pas un PDF lisible (" + e.getMessage() + ")", e);
        }
        if (!verification.valid()) {
            throw new SignatureRefusal(pdf + " a une signature qui n’est pas valide : voyez « ctg verifier " + pdf + " »");
        }
        if (!verification.allSigned()) {
            throw new SignatureRefusal(pdf + " n’est pas signé par tous : " + verification.signedCount() + " champ(s) signé(s) sur "
                    + verification.fields().size() + " (voyez « ctg verifier " + pdf + " » ; pour un PDF signé à la main, ajoutez --papier)");
        }
        return verification;
    }

    private static LocalDate lastSignature(Verification verification) throws SignatureRefusal {
        return verification.fields().stream().map(f -> f.signature().signingTime()).filter(Objects::nonNull)
                .max(Instant::compareTo).map(t -> t.atZone(SIGNATORIES_ZONE).toLocalDate())
                .orElseThrow(() -> new SignatureRefusal("les signatures ne sont pas datées : indiquez la date avec --date AAAA-MM-JJ"));
    }

    private static LocalDate undated(Path conventionFile) throws SignatureRefusal {
        throw new SignatureRefusal(conventionFile + " n’a pas de date de signature : indiquez-la avec --date AAAA-MM-JJ");
    }
}
