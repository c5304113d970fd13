package fr.ctg.avenant;

import fr.ctg.model.avenant.Avenant;
import fr.ctg.model.avenant.ClauseChange;
import fr.ctg.model.avenant.Modification;
import fr.ctg.model.shape.RecordShape;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An avenant as templates see it. Templates may only read the records of {@code fr.ctg.model}; the
 * avenant's own records become maps of their components (the convention's records inside them stay
 * as they are), and each modification a map of the fields written under its YAML key plus {@code type}, that key;
 * a convention's record written under the key ({@code ajout_axe}: an axis) is {@code valeur}. A change to a clause
 * also has {@code cible} (the clause's id), {@code operation} ({@code remplacement}, {@code insertion},
 * {@code suppression}), {@code articleCible} and, for a paragraph, {@code paragrapheCible} (the numbers in the id).
 */
public final class AvenantTemplateModel {

    private static final String AVENANT_PACKAGE = Avenant.class.getPackageName();

    private AvenantTemplateModel() {
    }

    public static Map<String, Object> of(Avenant avenant) {
        return recordAsMap(avenant);
    }

    /** Any value of an avenant (a modification, a list of them) as templates see it. */
    public static Object view(Object value) {
        if (value instanceof Modification modification) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("type", modification.type());
            Record written = modification.writtenValue();
            if (isAvenantRecord(written)) {
                map.putAll(recordAsMap(written));
            } else {
                map.put("valeur", written);
            }
            if (modification instanceof ClauseChange change) {
                map.put("cible", change.cible());
                map.put("operation", change.aim().operation().attribute());
                change.articleCible().ifPresent(n -> map.put("articleCible", n));
                change.paragrapheCible().ifPresent(n -> map.put("paragrapheCible", n));
            }
            return map;
        }
        if (value instanceof Record record && isAvenantRecord(record)) {
            return recordAsMap(record);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(AvenantTemplateModel::view).toList();
        }
        return value;
    }

    private static boolean isAvenantRecord(Record record) {
        return record.getClass().getPackageName().equals(AVENANT_PACKAGE);
    }

    private static Map<String, Object> recordAsMap(Record record) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (RecordShape.Component component : RecordShape.of(record.getClass()).components()) {
            Object value = component.read(record);
            if (value != null) {
                map.put(component.name(), view(value));
            }
        }
        return map;
    }
}
