package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliberationOrganeTest {

    @TempDir
    Path dossier;

    @Test
    void warnsWhenTheDeliberationComesFromAnotherBodyThanTheParty() {
        assertEquals(List.of("36:13: avertissement[CTG-DELIBERATION-ORGANE]: la délibération de « cc » vient de l’organe « conseil"
                + " municipal », mais la partie est autorisée par l’organe « conseil communautaire » | écrivez « organe:"
                + " conseil_communautaire » ici, ou corrigez l’« organe » de la partie"),
                minimale().with("    organe: conseil_communautaire\n    date:", "    organe: conseil_municipal\n    date:").diagnostics(dossier));
    }
}
