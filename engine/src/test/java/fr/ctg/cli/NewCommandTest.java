package fr.ctg.cli;

import static fr.ctg.cli.CliRun.ctg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

class NewCommandTest {

    @TempDir
    Path dir;

    private Path repository;

    @BeforeEach
    void createTheRepository() throws IOException {
        repository = dir.resolve("depot");
        ctg("init", repository.toString(), "--caf", "Caisse d’allocations familiales des Alpes-de-Haute-Provence");
        Path settings = repository.resolve("ctg.yaml");
        Files.writeString(settings, Files.readString(settings).replace("""
                    - civilite: Mme
                      nom: XXXX
                      qualite: Directrice
                """, """
                    - civilite: Mme
                      nom: Sophie BERNARD
                      qualite: Directrice
                    - civilite: M.
                      nom: Jean ROUX
                      qualite: Président du Conseil d’administration
                """));
    }

    @Test
    void addsAProjectThatTheValidatorAcceptsWithOnlyPlaceholderWarnings() throws IOException {
        CliRun run = ctg("nouveau", "val-d-exemple-2027-2031", "--debut", "2027-01-01", "--depot", repository.toString());

        Path file = repository.resolve("conventions/val-d-exemple-2027-2031/convention.yaml");
        assertEquals(new CliRun(0, "ctg : conventions/val-d-exemple-2027-2031/convention.yaml créée (0 erreur, 10 avertissements) ;"
                + " remplacez les « XXXX », puis : ctg valider conventions/val-d-exemple-2027-2031\n", ""), run);
        CliRun validation = ctg("valider", file.toString());
        assertEquals(0, validation.code(), validation.out());
        assertTrue(validation.out().endsWith(file + " : 0 erreur, 10 avertissements\n"), validation.out());
        assertEquals(10, validation.out().split("avertissement\\[CTG-(ESPACE-RESERVE|DELIBERATION-MANQUANTE)]", -1).length - 1, validation.out());
    }

    @Test
    void startsFromTheCafsDefaultsForFiveYears() throws IOException {
        ctg("nouveau", "essai", "--debut", "2027-01-01", "--depot", repository.toString());

        String text = Files.readString(repository.resolve("conventions/essai/convention.yaml"), StandardCharsets.UTF_8);
        Map<String, Object> convention = new Yaml().load(text);
        assertEquals(List.of("# yaml-language-server: $schema=../ctg-convention.schema.json", "# Écrite par « ctg nouveau » d’après ctg.yaml :"
                + " remplacez chaque « XXXX », complétez, puis « ctg valider conventions/essai »."), text.lines().limit(2).toList());
        assertEquals(List.of("essai", "projet", "XXXX"), List.of(convention.get("id"), convention.get("statut"), convention.get("territoire")));
        assertTrue(text.contains("\nperiode:\n  debut: 2027-01-01\n  fin: 2031-12-31\n"), text);
        assertEquals(Map.of("id", "caf", "type", "caf", "nom", "Caisse d’allocations familiales des Alpes-de-Haute-Provence", "article", "la",
                "genre", "feminin", "nom_court", "la Caf", "representants", List.of(
                        Map.of("civilite", "Mme", "nom", "Sophie BERNARD", "qualite", "Directrice"),
                        Map.of("civilite", "M.", "nom", "Jean ROUX", "qualite", "Président du Conseil d’administration"))),
                ((List<?>) convention.get("parties")).get(0));
        assertEquals(Map.of("annee_deploiement", 2031), convention.get("evaluation"));
    }

    @Test
    void copiesTheCafsSirenAndSeatOnceCtgYamlGivesThem() throws IOException {
        Path settings = repository.resolve("ctg.yaml");
        Files.writeString(settings, Files.readString(settings).replace("  siren: \"XXXXXXXXX\"\n  adresse: XXXX\n",
                "  siren: \"534083662\"\n  adresse: \"10 rue Paul Martin, 04000 Digne-les-Bains\"\n"));
        CliRun run = ctg("nouveau", "essai", "--debut", "2027-01-01", "--depot", repository.toString());

        assertEquals(0, run.code(), run.err());
        String text = Files.readString(repository.resolve("conventions/essai/convention.yaml"), StandardCharsets.UTF_8);
        Map<?, ?> caf = (Map<?, ?>) ((List<?>) new Yaml().<Map<String, Object>>load(text).get("parties")).get(0);
        assertEquals(List.of("534083662", "10 rue Paul Martin, 04000 Digne-les-Bains"), List.of(caf.get("siren"), caf.get("siege")));
    }

    @Test
    void startsOnTheFirstOfJanuaryNextByDefault() throws IOException {
        ctg("nouveau", "essai", "--depot", repository.resolve("conventions").toString());

        int year = LocalDate.now().getYear() + 1;
        assertTrue(Files.readString(repository.resolve("conventions/essai/convention.yaml"))
                .contains("  debut: " + year + "-01-01\n  fin: " + (year + 4) + "-12-31\n"));
    }

    @Test
    void refusesAnIdTaken() {
        ctg("nouveau", "essai", "--depot", repository.toString());

        assertEquals(new CliRun(2, "", "ctg : conventions/essai existe déjà : choisissez un autre identifiant\n"),
                ctg("nouveau", "essai", "--depot", repository.toString()));
    }

    @Test
    void refusesAnIdThatCannotNameAFolder() {
        assertEquals(new CliRun(2, "", "ctg : « Forcalquier 2027 » ne convient pas comme identifiant : des minuscules sans accents,"
                + " des chiffres et des tirets, par exemple forcalquier-2027-2031\n"),
                ctg("nouveau", "Forcalquier 2027", "--debut", "2027-01-01", "--depot", repository.toString()));
    }

    @Test
    void needsTheRepositoryOfACaf() {
        assertEquals(new CliRun(2, "", "ctg : aucun ctg.yaml dans " + dir + " ni dans ses dossiers parents :"
                + " ctg nouveau se lance dans un dépôt créé par ctg init\n"), ctg("nouveau", "essai", "--depot", dir.toString()));
    }

    @Test
    void namesTheFieldMissingFromCtgYaml() throws IOException {
        Path settings = repository.resolve("ctg.yaml");
        Files.writeString(settings, Files.readString(settings).replace("  adresse: XXXX\n", ""));

        assertEquals(new CliRun(2, "", "ctg : " + settings + ":6:3: erreur[CTG-CHAMP-MANQUANT]: le champ obligatoire « adresse » manque dans"
                + " la rubrique « caf » (ajoutez une ligne « adresse: ... »)\n"), ctg("nouveau", "essai", "--depot", repository.toString()));
    }

    @Test
    void namesAMisspelledKeyOfCtgYamlAtItsLineAsTheSchemaDoes() throws IOException {
        Path settings = repository.resolve("ctg.yaml");
        Files.writeString(settings, Files.readString(settings).replace("  siren:", "  sirene:"));

        CliRun run = ctg("nouveau", "essai", "--depot", repository.toString());

        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("ctg : " + settings + ":"), run.err());
        assertTrue(run.err().contains(": erreur[CTG-CHAMP-INCONNU]: le champ « sirene » n’existe pas"), run.err());
        assertFalse(Files.exists(repository.resolve("conventions/essai")));
    }

    @Test
    void warnsWhenTheRepositoryExpectsAnotherEngine() throws IOException {
        Path settings = repository.resolve("ctg.yaml");
        Files.writeString(settings, Files.readString(settings).replace("version_moteur: 0.1.0", "version_moteur: 0.2.0"));

        CliRun run = ctg("nouveau", "essai", "--depot", repository.toString());

        assertEquals(0, run.code());
        assertEquals("ctg : ce dépôt attend le moteur 0.2.0 (ctg.yaml), celui-ci est le 0.1.0\n", run.err());
    }

    @Test
    void showsTheErrorsWhenCtgYamlGivesValuesTheConventionRefuses() throws IOException {
        Path settings = repository.resolve("ctg.yaml");
        Files.writeString(settings, Files.readString(settings).replace("civilite: M.\n", "civilite: Monsieur\n"));

        CliRun run = ctg("nouveau", "essai", "--depot", repository.toString());

        Path file = repository.resolve("conventions/essai/convention.yaml");
        assertEquals(1, run.code());
        assertTrue(run.out().startsWith(file + ":21:19: erreur[CTG-VALEUR-INCONNUE]: « Monsieur » n’est pas une valeur possible pour « civilite »\n"),
                run.out());
        assertEquals("ctg : conventions/essai/convention.yaml est écrite, mais ctg.yaml donne des valeurs que la convention refuse :"
                + " corrigez-les dans les deux\n", run.err());
    }
}
