package fr.ctg.actes;

import fr.ctg.load.SourceFile;
import fr.ctg.load.UnreadableInputException;
import fr.ctg.model.Convention;
import fr.ctg.model.Deliberation;
import fr.ctg.model.Partie;
import fr.ctg.model.Statut;
import fr.ctg.model.Transmission;
import fr.ctg.model.avenant.Avenant;
import fr.ctg.pipeline.ConventionPipeline;
import fr.ctg.pipeline.ConventionSet;
import fr.ctg.sign.SignatureRecorder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The bundle a collectivity uploads to its certified transmission service for the préfecture's ACTES channel: the
 * signed act recorded in {@code signe/} (the convention's or an avenant's), each annexed deliberation as its own PDF,
 * and the act's metadata, named as the channel expects and packed as a {@code .tar.gz}. Refused, with what to do,
 * unless the act is signed and recorded and the YAML says how to transmit it.
 */
public final class ActesBundler {

    /** What the ACTES channel accepts for one act with its annexes. */
    public static final long MAX_BYTES = 150L * 1024 * 1024;
    private static final int MAX_OBJET = 500;

    /** The archive to write and what it holds, in order. */
    public record Bundle(String archiveName, List<BundleFile> files, byte[] archive) {
    }

    /** The act being transmitted: the convention, or one of its avenants ({@code name}: « de la convention »). */
    private record Act(String name, Statut statut, @Nullable LocalDate date, @Nullable String sha256, List<Deliberation> deliberations,
            String numeroInterne, String objet) {
    }

    private final ConventionPipeline pipeline = new ConventionPipeline();
    private final long maxBytes;

    public ActesBundler() {
        this(MAX_BYTES);
    }

    /** @param maxBytes the size the files may reach together: {@link #MAX_BYTES}, lower in tests */
    ActesBundler(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** @param avenant the number of the avenant to transmit; {@code null} for the convention itself */
    public Bundle bundle(Path conventionFile, @Nullable Integer avenant) throws ActesRefusal, IOException, UnreadableInputException {
        ConventionSet set = pipeline.load(conventionFile);
        Convention convention = set.convention();
        if (convention == null || set.hasErrors()) {
            throw new ActesRefusal(conventionFile + " a des erreurs : corrigez-les d’abord (ctg valider)");
        }
        Transmission transmission = convention.transmission();
        if (transmission == null) {
            throw new ActesRefusal("la convention ne dit pas comment la transmettre : ajoutez au YAML la rubrique « transmission »"
                    + " (collectivite, departement, matiere, date_classification, numero_interne ; voyez le README)");
        }
        Partie collectivite = convention.parties().stream().filter(p -> p.id().equals(transmission.collectivite())).findFirst()
                .orElseThrow(() -> new ActesRefusal("aucune partie n’a l’identifiant « " + transmission.collectivite()
                        + " » de transmission.collectivite"));
        if (collectivite.siren() == null) {
            throw new ActesRefusal("« " + collectivite.nom() + " », qui transmet l’acte, n’a pas de SIREN : ajoutez « siren: »"
                    + " à sa partie (« " + collectivite.id() + " »), ses 9 chiffres");
        }
        Act act = avenant == null ? conventionAct(convention, transmission) : avenantAct(set, avenant, transmission);
        Path signed = signedCopy(conventionFile, avenant, act);
        Path folder = conventionFile.toAbsolutePath().getParent();
        List<Path> annexes = act.deliberations().stream().map(Deliberation::fichier).filter(Objects::nonNull).map(folder::resolve).toList();
        ActeTransmis acte = new ActeTransmis(transmission.departement(), collectivite.siren(), act.date(), act.numeroInterne(),
                List.of(transmission.matiere().split("\\.")), transmission.dateClassification(), act.objet(), signed, annexes);
        checkSize(acte);
        List<BundleFile> files = new ArrayList<>();
        files.add(new BundleFile(acte.metadataName(), ActesMetadata.of(acte)));
        files.add(new BundleFile(acte.actName(), Files.readAllBytes(signed)));
        for (int i = 0; i < annexes.size(); i++) {
            files.add(new BundleFile(acte.annexName(i), Files.readAllBytes(annexes.get(i))));
        }
        return new Bundle(acte.archiveName(), List.copyOf(files), DeterministicTarGz.pack(files, acte.date()));
    }

    private static Act conventionAct(Convention convention, Transmission transmission) {
        return new Act("de la convention", convention.statut(), convention.signature() == null ? null : convention.signature().date(),
                convention.empreintePdfSigne(), convention.deliberations(), transmission.numeroInterne(),
                objet(convention.titre() + " – " + convention.territoire() + ", " + convention.periode().debut().getYear() + "-"
                        + convention.periode().fin().getYear()));
    }

    /** An avenant is its own act: its number is the convention's followed by {@code _AV} and the avenant's. */
    private static Act avenantAct(ConventionSet set, int numero, Transmission transmission) throws ActesRefusal {
        Convention convention = set.convention();
        Avenant avenant = set.avenantValues().stream().filter(a -> a.numero() == numero).findFirst()
                .orElseThrow(() -> new ActesRefusal("la convention n’a pas d’avenant n° " + numero));
        String numeroInterne = transmission.numeroInterne() + "_AV" + avenant.numeroSurDeuxChiffres();
        if (numeroInterne.length() > 15) {
            throw new ActesRefusal("le numéro interne de l’avenant, « " + numeroInterne + " », dépasse les 15 caractères qu’accepte"
                    + " ACTES : raccourcissez transmission.numero_interne à "
                    + (15 - numeroInterne.length() + transmission.numeroInterne().length()) + " caractères");
        }
        return new Act("de l’avenant n° " + numero, avenant.statut(), avenant.date(), avenant.empreintePdfSigne(), avenant.deliberations(),
                numeroInterne, objet("Avenant n° " + numero + " – " + convention.titre() + " – " + convention.territoire()));
    }

    /** The signed PDF recorded for the act, after checking that it is the one whose fingerprint the YAML records. */
    private static Path signedCopy(Path conventionFile, @Nullable Integer avenant, Act act) throws ActesRefusal, IOException {
        String enregistrez = "enregistrez d’abord sa signature : ctg enregistrer-signature" + (avenant == null ? "" : " --avenant " + avenant);
        if (act.statut() != Statut.SIGNEE || act.date() == null) {
            throw new ActesRefusal("la signature " + act.name() + " n’est pas enregistrée (statut « " + act.statut().yaml() + " ») : "
                    + enregistrez);
        }
        Path signed = SignatureRecorder.signedCopy(conventionFile, avenant);
        if (act.sha256() == null || !Files.isRegularFile(signed)) {
            throw new ActesRefusal("le PDF signé " + act.name() + " n’est pas enregistré (" + signed
                    + (Files.isRegularFile(signed) ? " sans empreinte_pdf_signe dans le YAML" : " manque") + ") : " + enregistrez);
        }
        if (!act.sha256().equalsIgnoreCase(SourceFile.of(signed, Files.readAllBytes(signed)).sha256())) {
            throw new ActesRefusal(signed + " n’est pas le PDF signé enregistré : son empreinte n’est pas l’empreinte_pdf_signe"
                    + " du YAML (remettez le PDF signé à sa place)");
        }
        return signed;
    }

    private void checkSize(ActeTransmis acte) throws ActesRefusal, IOException {
        long total = Files.size(acte.act());
        for (Path annex : acte.annexes()) {
            total += Files.size(annex);
        }
        if (total > maxBytes) {
            throw new ActesRefusal("l’acte et ses " + acte.annexes().size() + " annexe(s) pèsent " + megabytes(total)
                    + ", plus que les " + megabytes(maxBytes) + " qu’accepte ACTES : allégez les annexes (numérisez les délibérations"
                    + " en moindre résolution, par exemple)");
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.FRANCE, "%.1f Mo", bytes / (1024.0 * 1024.0));
    }

    /** One line, at most 500 characters: the channel's limit for an act's object. */
    private static String objet(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_OBJET ? line : line.substring(0, MAX_OBJET - 1) + "…";
    }
}
