package fr.ctg.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The territory's part of the national préambule.
 *
 * @param consultationDiagnostic where the shared diagnostic can be read: "auprès de la communauté de Communes ou de la Caf"
 * @param thematiques the shared themes, listed in the préambule and in article 3
 * @param signataires the parties as the closing sentence names them: "la Caf des Alpes de Haute-Provence, la communauté de communes et les communes"
 */
public record Preambule(
        @Nullable String consultationDiagnostic,
        List<String> thematiques,
        @Nullable String signataires) {
}
