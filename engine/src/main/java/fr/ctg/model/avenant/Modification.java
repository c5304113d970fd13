package fr.ctg.model.avenant;

import fr.ctg.model.Axe;
import fr.ctg.model.Deliberation;
import fr.ctg.model.Financement;
import fr.ctg.model.FicheAction;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One change an avenant makes. In YAML, each item of {@code modifications} holds exactly one key,
 * which names the kind of change, and the change's fields below it:
 * <pre>
 * modifications:
 *   - prolongation:
 *       fin: 2025-12-31
 *   - suppression_fiche:
 *       numero: "2.2"
 * </pre>
 * Validation reports an item holding none or several ({@code CTG-AVENANT-MODIFICATION}).
 */
public record Modification(
        @Nullable Prolongation prolongation,
        @Nullable AjoutFiches ajoutFiches,
        @Nullable RemplacementFiche remplacementFiche,
        @Nullable SuppressionFiche suppressionFiche,
        @Nullable Axe ajoutAxe,
        @Nullable Axe remplacementAxe,
        @Nullable SuppressionAxe suppressionAxe,
        @Nullable ReferencePartie ajoutPartie,
        @Nullable ReferencePartie retraitPartie,
        @Nullable AjoutEquipements ajoutEquipements,
        @Nullable RemplacementEquipement remplacementEquipement,
        @Nullable SuppressionEquipement suppressionEquipement,
        @Nullable RemplacementArticle remplacementArticle,
        @Nullable RemplacementParagraphe remplacementParagraphe,
        @Nullable Financement modificationFinancement,
        @Nullable Deliberation enregistrementDeliberation,
        @Nullable ARediger aRediger) {

    /** A change of this kind only: {@code Modification.of(Kind.PROLONGATION, new Prolongation(fin))}. */
    public static Modification of(Kind kind, Object change) {
        RecordComponent[] components = Modification.class.getRecordComponents();
        if (!components[kind.ordinal()].getType().isInstance(change)) {
            throw new IllegalArgumentException(kind.yaml() + " attend " + components[kind.ordinal()].getType().getSimpleName());
        }
        Object[] values = new Object[components.length];
        values[kind.ordinal()] = change;
        try {
            return Modification.class.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new)).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("constructeur canonique inaccessible", e);
        }
    }

    /** The kinds of change it holds, in the order of the components: exactly one in a valid avenant. */
    public List<Kind> kinds() {
        List<Kind> kinds = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            if (kind.valueIn(this) != null) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /** Its only kind, when it holds exactly one. */
    public Optional<Kind> kind() {
        List<Kind> kinds = kinds();
        return kinds.size() == 1 ? Optional.of(kinds.get(0)) : Optional.empty();
    }

    /** The change itself: a {@link Prolongation}, an {@link Axe}, a {@link Deliberation}... */
    public Object change() {
        return kind().map(k -> k.valueIn(this))
                .orElseThrow(() -> new IllegalStateException("modification sans type unique : " + kinds()));
    }

    /** The kinds of change, named as their YAML key, in the order of the components. */
    public enum Kind {
        PROLONGATION("prolongation"),
        AJOUT_FICHES("ajout_fiches"),
        REMPLACEMENT_FICHE("remplacement_fiche"),
        SUPPRESSION_FICHE("suppression_fiche"),
        AJOUT_AXE("ajout_axe"),
        REMPLACEMENT_AXE("remplacement_axe"),
        SUPPRESSION_AXE("suppression_axe"),
        AJOUT_PARTIE("ajout_partie"),
        RETRAIT_PARTIE("retrait_partie"),
        AJOUT_EQUIPEMENTS("ajout_equipements"),
        REMPLACEMENT_EQUIPEMENT("remplacement_equipement"),
        SUPPRESSION_EQUIPEMENT("suppression_equipement"),
        REMPLACEMENT_ARTICLE("remplacement_article"),
        REMPLACEMENT_PARAGRAPHE("remplacement_paragraphe"),
        MODIFICATION_FINANCEMENT("modification_financement"),
        ENREGISTREMENT_DELIBERATION("enregistrement_deliberation"),
        A_REDIGER("a_rediger");

        private final String yaml;

        Kind(String yaml) {
            this.yaml = yaml;
        }

        public String yaml() {
            return yaml;
        }

        @Nullable
        Object valueIn(Modification m) {
            return switch (this) {
                case PROLONGATION -> m.prolongation();
                case AJOUT_FICHES -> m.ajoutFiches();
                case REMPLACEMENT_FICHE -> m.remplacementFiche();
                case SUPPRESSION_FICHE -> m.suppressionFiche();
                case AJOUT_AXE -> m.ajoutAxe();
                case REMPLACEMENT_AXE -> m.remplacementAxe();
                case SUPPRESSION_AXE -> m.suppressionAxe();
                case AJOUT_PARTIE -> m.ajoutPartie();
                case RETRAIT_PARTIE -> m.retraitPartie();
                case AJOUT_EQUIPEMENTS -> m.ajoutEquipements();
                case REMPLACEMENT_EQUIPEMENT -> m.remplacementEquipement();
                case SUPPRESSION_EQUIPEMENT -> m.suppressionEquipement();
                case REMPLACEMENT_ARTICLE -> m.remplacementArticle();
                case REMPLACEMENT_PARAGRAPHE -> m.remplacementParagraphe();
                case MODIFICATION_FINANCEMENT -> m.modificationFinancement();
                case ENREGISTREMENT_DELIBERATION -> m.enregistrementDeliberation();
                case A_REDIGER -> m.aRediger();
            };
        }
    }
}
