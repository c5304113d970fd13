package fr.ctg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.cli.Ctg;
import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.load.ConventionLoader;
import fr.ctg.validate.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conventions committed in conventions/ are valid, and Forcalquier is blocked only by its undated deliberations. */
class ConventionsDuDepotTest {

    private static final Path CONVENTIONS = Path.of("../conventions").toAbsolutePath().normalize();
    private static final Path MINIMALE_DES_TESTS = Path.of("src/test/resources/fr/ctg/load/minimale.yaml").toAbsolutePath();
    private static final Path FORCALQUIER = CONVENTIONS.resolve("forcalquier-2022-2024/convention.yaml");

    @Test
    void valider_le_dossier_conventions_sort_avec_le_code_0() {
        StringWriter sortie = new StringWriter();
        int code = Ctg.execute(new String[] {"valider", CONVENTIONS.toString()}, new PrintWriter(sortie), new PrintWriter(new StringWriter()));

        assertEquals(0, code, sortie.toString());
        assertTrue(sortie.toString().contains("3 conventions vérifiées : 0 erreur"), sortie.toString());
    }

    @Test
    void chaque_convention_du_depot_commence_par_la_ligne_du_schema() throws IOException {
        // Left out: the hostile corpus and the fuzzing seeds, broken on purpose, some files from their first byte;
        // and the tests' copy of the minimal example, checked below.
        try (Stream<Path> fichiers = Files.walk(CONVENTIONS.getParent())) {
            List<Path> yaml = fichiers.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/") && !p.toString().contains("/hostile/")
                            && !p.toString().contains("/PipelineFuzzTestInputs/"))
                    .filter(p -> !p.equals(MINIMALE_DES_TESTS))
                    .toList();
            assertTrue(yaml.size() >= 4, "fichiers YAML trouvés : " + yaml);
            for (Path fichier : yaml) {
                String premiereLigne = Files.readAllLines(fichier).get(0);
                String schema = fichier.getParent().endsWith("avenants") ? "ctg-avenant.schema.json" : "ctg-convention.schema.json";
                assertTrue(premiereLigne.startsWith("# yaml-language-server: $schema=") && premiereLigne.endsWith(schema),
                        fichier + " commence par « " + premiereLigne + " »");
            }
        }
    }

    @Test
    void la_copie_de_l_exemple_minimal_pour_les_tests_est_l_exemple_sans_la_ligne_du_schema() throws IOException {
        String exemple = Files.readString(CONVENTIONS.resolveSibling("examples/minimale/convention.yaml"));
        assertEquals(exemple.substring(exemple.indexOf('\n') + 1), Files.readString(MINIMALE_DES_TESTS),
                "les positions des tests se comptent depuis « id: » : gardez les deux fichiers semblables");
    }

    @Test
    void forcalquier_a_signer_echoue_exactement_sur_les_dates_de_deliberation(@TempDir Path dossier) throws Exception {
        Path copie = dossier.resolve("forcalquier-2022-2024/convention.yaml");
        Files.createDirectories(copie.getParent());
        Files.writeString(copie, Files.readString(FORCALQUIER).replace("\nstatut: projet\n", "\nstatut: a_signer\n"));

        List<String> erreurs = new Validator().validate(new ConventionLoader().load(copie)).stream()
                .filter(Diagnostic::isError)
                .map(d -> d.position().line() + ":" + d.position().column() + " " + d.code() + " " + d.message())
                .toList();

        assertEquals(List.of(
                "110:11 CTG-DELIBERATION-DATE la délibération du conseil d’administration de la Mutualité Sociale Agricole Alpes Vaucluse n’a pas de date (« XXXX »)",
                "114:11 CTG-DELIBERATION-DATE la délibération du conseil communautaire de la Communauté de Communes Pays de Forcalquier Montagne de Lure n’a pas de date (« XXXX »)",
                "117:11 CTG-DELIBERATION-DATE la délibération du conseil municipal de la Commune de Forcalquier n’a pas de date (« XXXX »)",
                "120:11 CTG-DELIBERATION-DATE la délibération du conseil municipal de la Commune de Limans n’a pas de date (« XXXX »)",
                "123:11 CTG-DELIBERATION-DATE la délibération du conseil municipal de la Commune de Saint-Etienne les Orgues n’a pas de date (« XXXX »)",
                "663:3 CTG-ACTES-SIGNEE la convention a un accusé de réception de la préfecture mais n’est pas signée (statut « a_signer ») :"
                        + " seul un acte signé se transmet"),
                erreurs);
    }
}
