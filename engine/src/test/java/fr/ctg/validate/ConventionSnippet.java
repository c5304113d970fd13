package fr.ctg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Label;
import fr.ctg.diagnostic.Position;
import fr.ctg.load.ConventionLoader;
import fr.ctg.load.UnreadableInputException;
import fr.ctg.model.Convention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The minimal valid convention (a copy of examples/minimale/convention.yaml, so that rule tests do not
 * move when the example does) with one thing changed, validated by every rule or by one rule alone.
 */
public final class ConventionSnippet {

    private static final Pattern ID = Pattern.compile("(?m)^id: (.+)$");

    public static final String MINIMALE = """
            # yaml-language-server: $schema=../../conventions/ctg-convention.schema.json
            id: minimale
            titre: Convention Territoriale Globale
            territoire: Communauté de communes du Val d’Exemple
            statut: a_signer
            periode:
              debut: 2024-01-01
              fin: 2028-12-31
            signature:
              lieu: Exempleville
              date: 2023-12-15
            parties:
              - id: caf
                type: caf
                nom: Caisse d’allocations familiales de l’Exemple
                article: la
                genre: feminin
                nom_court: la Caf
                representants:
                  - civilite: Mme
                    nom: Claire MARTIN
                    qualite: Directrice
              - id: cc
                type: epci
                nom: Communauté de communes du Val d’Exemple
                article: la
                genre: feminin
                nom_court: la Communauté de communes
                organe: conseil_communautaire
                representants:
                  - civilite: M.
                    nom: Paul DURAND
                    qualite: Président
            deliberations:
              - partie: cc
                organe: conseil_communautaire
                date: 2023-11-20
                numero: 2023-112
            preambule:
              consultation_diagnostic: auprès de la Communauté de communes ou de la Caf
              thematiques:
                - La petite enfance
                - La parentalité
            objectifs_partages:
              champs_conjoints:
                - intitule: Aider les familles à concilier vie familiale, vie professionnelle et vie sociale
                  objectifs:
                    - Maintenir l’offre d’accueil du jeune enfant
            diagnostic:
              constats:
                - thematique: La petite enfance
                  quantitatif:
                    - Un multi-accueil de 20 places
                  qualitatif:
                    - Des besoins sur les horaires atypiques
            gouvernance:
              comite_pilotage:
                membres:
                  - de la Caf
                  - de la Communauté de communes
                copilotes: [caf, cc]
                frequence: 1 fois par an minimum
            axes:
              - numero: 1
                titre: La petite enfance
                domaines: [petite enfance]
                fiches: ["1.1"]
              - numero: 2
                titre: Le soutien à la parentalité
                domaines: [parentalité]
                fiches_par_avenant: 2024-06-30
            fiches_actions:
              - numero: "1.1"
                titre: Maintenir l’offre d’accueil du jeune enfant
                contexte: Le multi-accueil est le seul mode d’accueil collectif du territoire.
                objectifs: Garder les 20 places ouvertes pendant toute la durée de la convention.
                actions:
                  - numero: 1
                    description: Soutenir le fonctionnement du multi-accueil.
                    debut: 2024
                    indicateurs:
                      - Le taux d’occupation
                public_vise: Les familles avec de jeunes enfants
            evaluation:
              annee_deploiement: 2028
            """;

    private final String texte;
    private final List<Rule<Convention>> rules;

    private ConventionSnippet(String texte, List<Rule<Convention>> rules) {
        this.texte = texte;
        this.rules = rules;
    }

    public static ConventionSnippet minimale() {
        return new ConventionSnippet(MINIMALE, Rules.all());
    }

    /** Any convention text, e.g. one that only a loader code is about. */
    public static ConventionSnippet of(String texte) {
        return new ConventionSnippet(texte, Rules.all());
    }

    /** The same text, validated by this rule only (the loader's checks still apply). */
    public ConventionSnippet alone(Rule<Convention> rule) {
        return new ConventionSnippet(texte, List.of(rule));
    }

    /** Replaces text that must occur exactly once, so a test never changes more than it says. */
    public ConventionSnippet with(String avant, String apres) {
        int premier = texte.indexOf(avant);
        assertEquals(true, premier >= 0 && premier == texte.lastIndexOf(avant), "« " + avant + " » doit apparaître une seule fois");
        return new ConventionSnippet(texte.replace(avant, apres), rules);
    }

    /** Adds lines at the end of the file, e.g. a section the minimal convention leaves out. */
    public ConventionSnippet append(String lignes) {
        return new ConventionSnippet(texte + lignes, rules);
    }

    public String text() {
        return texte;
    }

    /**
     * Writes the file as {@code <dossier>/<id>/convention.yaml}, validates it and returns each diagnostic as
     * {@code line:column: severity[CODE]: message | hint}, then, for each other place it points at,
     * {@code | line:column-endLine:endColumn note}.
     */
    public List<String> diagnostics(Path dossier) {
        Matcher id = ID.matcher(texte);
        return diagnosticsAt(dossier.resolve(id.find() ? id.group(1).strip() : "sans-id").resolve("convention.yaml"));
    }

    /** Writes the file exactly there, validates it and returns its diagnostics as {@link #diagnostics} does. */
    public List<String> diagnosticsAt(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, texte);
            return new Validator(rules).validate(new ConventionLoader().load(file)).stream().map(ConventionSnippet::describe).toList();
        } catch (IOException | UnreadableInputException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(Diagnostic d) {
        StringBuilder described = new StringBuilder(d.position().line() + ":" + d.position().column() + ": " + d.severity().label()
                + "[" + d.code() + "]: " + d.message() + " | " + d.hint());
        for (Label label : d.labels()) {
            Position at = label.position();
            described.append(" | ").append(at.line()).append(':').append(at.column()).append('-').append(at.endLine()).append(':')
                    .append(at.endColumn()).append(' ').append(label.note());
        }
        return described.toString();
    }
}
