package fr.ctg.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A signatory of the convention.
 *
 * @param id short identifier other parts of the file refer to ("caf", "cc", "forcalquier")
 * @param nom full name without article: "Commune de Limans"
 * @param article the article the name takes ("la Commune de Limans")
 * @param genre the name's grammatical gender ("représentée", "ci-après dénommée")
 * @param nomCourt the name used in the text after the parties block: "la Caf"
 * @param designation how visas and signatures name it when shorter than the full name: "la Caf des Alpes de Haute-Provence"
 * @param organe the body that authorises its representatives, for collectivities (and a Caf citing its board)
 * @param siege the address of its seat, when the parties block gives it: "8 rue Fontfroide, 66000 Perpignan"
 * @param redaction how the parties block words it, when not as the national model does
 * @param siren its SIREN (9 digits), by which the préfecture knows a collectivity ({@code ctg transmettre})
 */
public record Partie(
        String id,
        TypePartie type,
        String nom,
        ArticleDefini article,
        Genre genre,
        @Nullable String nomCourt,
        @Nullable String designation,
        @Nullable OrganeDeliberant organe,
        List<Representant> representants,
        @Nullable String siege,
        @Nullable RedactionPartie redaction,
        @Nullable String siren) {
}
