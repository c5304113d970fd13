package fr.ctg.sign;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.load.SourceFile;
import fr.ctg.load.UnreadableInputException;
import fr.ctg.pipeline.ConventionPipeline;
import fr.ctg.pipeline.ConventionSet;
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
 * Records that a convention is signed: its signed PDF goes to {@code signe/convention.pdf} in the convention's folder
 * (committed with the YAML, unlike {@code out/}), and the YAML says {@code statut: signee}, the signature date and
 * the PDF's SHA-256. Nothing is written unless the PDF is fully signed (or declared signed on paper) and the YAML
 * so updated is valid; a different signed PDF already recorded is never replaced.
 */
public final class SignatureRecorder {

    /** Where a convention's folder keeps its signed PDF. */
    public static final String FOLDER = "signe";
    public static final String FILE = "convention.pdf";
    /** Signatures are dated as the préfecture and the signatories see the day: in metropolitan France. */
    private static final ZoneId SIGNATORIES_ZONE = ZoneId.of("Europe/Paris");

    /** What was recorded. */
    public record Recorded(Path copy, LocalDate signedOn, String sha256, long signatures) {
    }

    private final ConventionPipeline pipeline = new ConventionPipeline();

    /**
     * @param paper a scanned PDF signed by hand: its signature fields are not checked
     * @param date the signature date; by default the YAML's, which the signed text prints (« Fait à …, le … »), else the
     *     last electronic signature's day
     */
    public Recorded record(Path conventionFile, Path pdf, boolean paper, @Nullable LocalDate date)
            throws SignatureRefusal, IOException, UnreadableInputException {
        ConventionSet set = pipeline.load(conventionFile);
        if (set.convention() == null || set.hasErrors()) {
            throw new SignatureRefusal(conventionFile + " a des erreurs : corrigez-les d’abord (ctg valider)");
        }
        byte[] bytes = Files.readAllBytes(pdf);
        Verification verification = verification(pdf, bytes, paper);
        LocalDate written = set.convention().signature() == null ? null : set.convention().signature().date();
        LocalDate signedOn = date != null ? date : written != null ? written : paper ? undated(conventionFile) : lastSignature(verification);
        SourceFile signedCopy = SourceFile.of(pdf, bytes);
        Path copy = conventionFile.toAbsolutePath().getParent().resolve(FOLDER).resolve(FILE);
        if (Files.isRegularFile(copy) && !Objects.equals(SourceFile.of(copy, Files.readAllBytes(copy)).sha256(), signedCopy.sha256())) {
            throw new SignatureRefusal(copy + " existe déjà et n’est pas ce PDF : un PDF signé enregistré n’est jamais remplacé"
                    + " (déplacez-le d’abord si la convention a vraiment été signée de nouveau)");
        }
        String yaml = new String(set.source().bytes(), StandardCharsets.UTF_8);
        byte[] updated = SignedStateEdit.apply(yaml, signedOn, signedCopy.sha256()).getBytes(StandardCharsets.UTF_8);
        ConventionSet after = pipeline.load(SourceFile.of(set.file(), updated));
        List<Diagnostic> errors = after.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            throw new SignatureRefusal("la convention signée ne serait pas valide : " + errors.get(0).oneLine());
        }
        AtomicOutput.write(copy, bytes);
        AtomicOutput.write(set.file(), updated);
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
