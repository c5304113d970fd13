package fr.ctg.validate.rules;

/** The Cazals-Salviac financing statement (157 191,67 + 2 585,73 + 88 443,16 = 248 220,56 €), from line 86. */
final class Financements {

    static final String CAZALS_SALVIAC = """
            financements:
              - annee: 2024
                financeur: Caf de l’Exemple
                beneficiaire: Communauté de communes du Val d’Exemple
                lignes:
                  - libelle: prestations de service
                    montant: 157191.67
                  - libelle: bonus territoire
                    montant: 2585.73
                  - libelle: aides à l’investissement
                    montant: 88443.16
                total: 248220.56
            """;

    private Financements() {
    }
}
