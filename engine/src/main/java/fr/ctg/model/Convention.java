package fr.ctg.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Convention Territoriale Globale as its YAML file states it.
 *
 * @param id the folder name, e.g. "forcalquier-2022-2024"
 * @param territoire the territory covered: "Communauté de Communes Pays de Forcalquier Montagne de Lure"
 * @param visas the legal references cited before the deliberations ("Vu ..."), without the "Vu"
 * @param preavisResiliationMois notice for termination by mutual consent, 6 months when absent
 * @param decisionReconduction the decision on renewal or termination, once taken
 * @param modeles a folder of templates overriding the national ones, relative to the convention's folder
 * @param empreintePdfSigne the SHA-256 (64 hexadecimal digits) of the signed PDF, once signed: the engine never
 *     overwrites a file with this fingerprint
 * @param transmission what the préfecture's ACTES channel needs to receive the signed act ({@code ctg transmettre})
 */
public record Convention(
        String id,
        String titre,
        String territoire,
        Statut statut,
        Periode periode,
        @Nullable Signature signature,
        List<Partie> parties,
        List<String> visas,
        List<Deliberation> deliberations,
        Preambule preambule,
        ObjectifsPartages objectifsPartages,
        DiagnosticPartage diagnostic,
        Gouvernance gouvernance,
        @Nullable Communication communication,
        @Nullable Integer preavisResiliationMois,
        List<Equipement> equipements,
        List<Axe> axes,
        List<FicheAction> fichesActions,
        Evaluation evaluation,
        List<Financement> financements,
        @Nullable AccuseReception accuseReception,
        @Nullable DecisionReconduction decisionReconduction,
        @Nullable String modeles,
        @Nullable String empreintePdfSigne,
        @Nullable Transmission transmission) {
}
