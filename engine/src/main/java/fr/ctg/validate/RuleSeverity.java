package fr.ctg.validate;

import fr.ctg.diagnostic.Severity;
import fr.ctg.model.Statut;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a rule may report, declared in its {@link CtgRule}: the {@link Reporter} refuses any other. The README's
 * « Gravité » column is worded from these declarations.
 */
public enum RuleSeverity {
    ERROR("erreur"),
    /** A warning while the document is a draft ({@code projet}), an error once it is to be signed. */
    ERROR_UNLESS_DRAFT("avertissement en projet"),
    WARNING("avertissement");

    /** How a severity reads among others, after the first; alone, {@link #ERROR_UNLESS_DRAFT} adds « erreur sinon ». */
    private final String wording;

    RuleSeverity(String wording) {
        this.wording = wording;
    }

    /** What a rule declares it may report. */
    public static Set<RuleSeverity> declaredBy(CtgRule rule) {
        return rule.severity().length == 0 ? EnumSet.noneOf(RuleSeverity.class) : EnumSet.copyOf(Arrays.asList(rule.severity()));
    }

    /** The severity of a diagnostic of this kind on a document with this statut. */
    public Severity in(Statut statut) {
        return switch (this) {
            case ERROR -> Severity.ERROR;
            case WARNING -> Severity.WARNING;
            case ERROR_UNLESS_DRAFT -> statut.isDraft() ? Severity.WARNING : Severity.ERROR;
        };
    }

    /**
     * The French wording of a rule's declared severities: « erreur », « avertissement en projet, erreur sinon »,
     * or, for several, the first then the others as exceptions (« erreur ; dans certains cas, avertissement en projet »).
     */
    public static String wording(Set<RuleSeverity> declared) {
        List<RuleSeverity> ordered = new ArrayList<>(new TreeSet<>(declared));
        if (ordered.isEmpty()) {
            throw new IllegalArgumentException("une règle déclare au moins une gravité");
        }
        RuleSeverity first = ordered.get(0);
        String alone = first == ERROR_UNLESS_DRAFT ? first.wording + ", erreur sinon" : first.wording;
        if (ordered.size() == 1) {
            return alone;
        }
        return alone + " ; dans certains cas, " + String.join(" ou ", ordered.subList(1, ordered.size()).stream().map(s -> s.wording).toList());
    }
}
