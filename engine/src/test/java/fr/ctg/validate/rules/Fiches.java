package fr.ctg.validate.rules;

/** A second fiche action to add to the minimal convention, before its « evaluation ». */
final class Fiches {

    private Fiches() {
    }

    static String fiche(String numero) {
        return """
                  - numero: "%s"
                    titre: Ouvrir un relais petite enfance
                    contexte: Aucun relais n’existe sur le territoire.
                    objectifs: Ouvrir un relais en 2025.
                    public_vise: Les assistantes maternelles
                """.formatted(numero);
    }
}
