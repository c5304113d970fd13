package fr.ctg.validate.rules;

import fr.ctg.load.Placeholders;
import fr.ctg.load.Suggestions;
import fr.ctg.load.YamlPath;
import fr.ctg.model.Comite;
import fr.ctg.model.Convention;
import fr.ctg.model.FicheAction;
import fr.ctg.model.Partie;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

@CtgRule(code = "CTG-REFERENCE-PARTIE",
        resume = "Les délibérations, fiches actions, comités et la transmission désignent des parties qui existent, par leur identifiant.")
public final class ReferencePartie implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        Set<String> ids = convention.parties().stream().map(Partie::id).collect(Collectors.toCollection(LinkedHashSet::new));
        references(convention).forEach((chemin, id) -> {
            if (!ids.contains(id) && Placeholders.find(id).isEmpty() && !id.isBlank()) {
                String hint = Suggestions.closest(id, ids).map(s -> "vouliez-vous dire « " + s + " » ?")
                        .orElse("identifiants des parties : " + String.join(", ", ids));
                rapport.error(chemin, "aucune partie n’a l’identifiant « " + id + " »", hint);
            }
        });
    }

    /** Every party id the file refers to, by path, in file order. */
    private static Map<YamlPath, String> references(Convention convention) {
        Map<YamlPath, String> references = new LinkedHashMap<>();
        for (int i = 0; i < convention.deliberations().size(); i++) {
            references.put(YamlPath.root().field("deliberations").index(i).field("partie"), convention.deliberations().get(i).partie());
        }
        addCopilotes(references, YamlPath.root().field("gouvernance").field("comite_pilotage"), convention.gouvernance().comitePilotage());
        addCopilotes(references, YamlPath.root().field("gouvernance").field("comite_technique"), convention.gouvernance().comiteTechnique());
        List<FicheAction> fiches = convention.fichesActions();
        for (int i = 0; i < fiches.size(); i++) {
            String pilote = fiches.get(i).pilote();
            if (pilote != null) {
                references.put(YamlPath.root().field("fiches_actions").index(i).field("pilote"), pilote);
            }
            addAll(references, YamlPath.root().field("fiches_actions").index(i).field("partenaires"), fiches.get(i).partenaires());
        }
        if (convention.transmission() != null) {
            references.put(YamlPath.root().field("transmission").field("collectivite"), convention.transmission().collectivite());
        }
        return references;
    }

    private static void addCopilotes(Map<YamlPath, String> references, YamlPath chemin, @Nullable Comite comite) {
        if (comite != null) {
            addAll(references, chemin.field("copilotes"), comite.copilotes());
        }
    }

    private static void addAll(Map<YamlPath, String> references, YamlPath chemin, List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            references.put(chemin.index(i), ids.get(i));
        }
    }
}
