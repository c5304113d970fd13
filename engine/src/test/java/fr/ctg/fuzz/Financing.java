package fr.ctg.fuzz;

/** A financing block of one line, to append to the minimal convention. */
final class Financing {

    private Financing() {
    }

    /** The block whose line's {@code montant} is {@code amount}, a YAML scalar as written. */
    static String withAmount(String amount) {
        return "financements:\n  - annee: 2024\n    financeur: la Caf\n    beneficiaire: la Communauté de communes\n    lignes:\n"
                + "      - libelle: prestations de service\n        montant: " + amount + "\n";
    }
}
