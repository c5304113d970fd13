package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.validate.ConventionSnippet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VotesDeliberationTest {

    @TempDir
    Path dossier;

    private static ConventionSnippet votes(String lignes) {
        return minimale().with("    numero: 2023-112\n", "    numero: 2023-112\n    votes:\n" + lignes);
    }

    @Test
    void acceptsVotesThatAddUpProxiesAndAgainstLeftOut() {
        assertEquals(List.of(), votes("""
                      en_exercice: 19
                      presents: 15
                      votants: 15
                      pour: 15
                """).diagnostics(dossier));
    }

    @Test
    void votersThatAreNotThePresentPlusTheProxiesAreAnErrorOnTheVoters() {
        assertEquals(List.of("43:16: erreur[CTG-VOTES]: la délibération du conseil communautaire de la Communauté de communes du Val"
                + " d’Exemple compte 27 votants, alors que 25 présents et 1 pouvoir en font 26 | écrivez « votants: 26 »,"
                + " ou corrigez les présents ou les pouvoirs | 41:17-41:19 les présents"), votes("""
                      en_exercice: 33
                      presents: 25
                      pouvoirs: 1
                      votants: 27
                      pour: 25
                      contre: 1
                      abstentions: 1
                """).diagnostics(dossier));
    }

    @Test
    void moreVotersThanMembersInOfficeIsAnError() {
        assertEquals(List.of("43:16: erreur[CTG-VOTES]: la délibération du conseil communautaire de la Communauté de communes du Val"
                + " d’Exemple compte 36 votants pour 33 membres en exercice | un conseil ne compte pas plus de votants que de membres"
                + " en exercice : corrigez l’un ou l’autre | 40:20-40:22 les membres en exercice"), votes("""
                      en_exercice: 33
                      presents: 30
                      pouvoirs: 6
                      votants: 36
                      pour: 36
                """).diagnostics(dossier));
    }

    @Test
    void votesCastThatAreNotTheVotersAreAnErrorOnThoseFor() {
        assertEquals(List.of("44:13: erreur[CTG-VOTES]: la délibération du conseil communautaire de la Communauté de communes du Val"
                + " d’Exemple compte 26 pour, 1 contre et 0 abstention, soit 27 voix pour 28 votants | les voix pour, contre et les"
                + " abstentions font le nombre de votants : corrigez l’un des nombres | 43:16-43:18 les votants"), votes("""
                      en_exercice: 33
                      presents: 25
                      pouvoirs: 3
                      votants: 28
                      pour: 26
                      contre: 1
                """).diagnostics(dossier));
    }
}
