package fr.ctg.repository;

import fr.ctg.load.Placeholders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A new {@code conventions/ID/convention.yaml} in a Caf's repository: a {@code projet} with the Caf as first party,
 * from its defaults, and « XXXX » wherever the text is still to be written.
 */
public final class NewConvention {

    /** The longest a CTG may run: five years. */
    private static final int YEARS = 5;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern NINE_DIGITS = Pattern.compile("[0-9]{9}");

    private NewConvention() {
    }

    /** Writes the convention and returns its file; refuses an id already taken or unfit for a folder name. */
    public static Path create(RepositorySettings settings, String id, LocalDate start) throws RepositoryException, IOException {
        if (!ID.matcher(id).matches()) {
            throw new RepositoryException("« " + id + " » ne convient pas comme identifiant : des minuscules sans accents, des chiffres"
                    + " et des tirets, par exemple forcalquier-" + start.getYear() + "-" + (start.getYear() + YEARS - 1));
        }
        Path folder = settings.folder().resolve("conventions").resolve(id);
        if (Files.exists(folder)) {
            throw new RepositoryException(settings.folder().relativize(folder) + " existe déjà : choisissez un autre identifiant");
        }
        LocalDate end = start.plusYears(YEARS).minusDays(1);
        CafDefaults caf = settings.file().caf();
        String text = RepositoryTemplate.fill("convention.yaml", Map.of(
                "ID", id,
                "DEBUT", start.toString(),
                "FIN", end.toString(),
                "ANNEE_FIN", Integer.toString(end.getYear()),
                "CAF", YamlScalar.of(caf.nom()),
                "IDENTITE", identity(caf),
                "REPRESENTANTS", representatives(caf)));
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve("convention.yaml"), text, StandardCharsets.UTF_8);
    }

    /**
     * The Caf's SIREN and seat, each once ctg.yaml gives it (a placeholder left there is not copied: the SIREN's rule would
     * refuse it, and the seat would print « XXXX »).
     */
    private static String identity(CafDefaults caf) {
        StringBuilder lines = new StringBuilder();
        if (NINE_DIGITS.matcher(caf.siren()).matches()) {
            lines.append("\n    siren: \"").append(caf.siren()).append('"');
        }
        if (Placeholders.find(caf.adresse()).isEmpty()) {
            lines.append("\n    siege: ").append(YamlScalar.of(caf.adresse()));
        }
        return lines.toString();
    }

    private static String representatives(CafDefaults caf) {
        StringBuilder lines = new StringBuilder();
        for (CafDefaults.Representative one : caf.representants()) {
            lines.append("      - civilite: ").append(YamlScalar.of(one.civilite())).append('\n')
                    .append("        nom: ").append(YamlScalar.of(one.nom())).append('\n')
                    .append("        qualite: ").append(YamlScalar.of(one.qualite())).append('\n');
        }
        return lines.toString().stripTrailing();
    }
}
