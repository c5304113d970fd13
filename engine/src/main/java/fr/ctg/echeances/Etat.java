package fr.ctg.echeances;

/** Where a deadline stands on a reference day. */
public enum Etat {
    EN_RETARD,
    A_VENIR,
    FAITE
}
