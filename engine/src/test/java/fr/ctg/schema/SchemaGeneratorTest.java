package fr.ctg.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ctg.avenant.AvenantSchema;
import fr.ctg.load.Placeholders;
import fr.ctg.model.Civilite;
import fr.ctg.repository.CafDefaults;
import fr.ctg.repository.RepositorySchema;
import fr.ctg.repository.SettingsFile;
import fr.ctg.style.StyleSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SchemaGeneratorTest {

    private final ObjectNode schema = new SchemaGenerator().generate();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void declaresDraft2020AndDescribesTheConventionAtTheRoot() {
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        assertEquals("object", schema.get("type").asText());
        assertEquals(List.of("$schema", "title", "description", "type", "properties", "required", "additionalProperties", "$defs"),
                names(schema));
    }

    @Test
    void requiresExactlyTheComponentsThatAreNeitherNullableNorLists() {
        assertEquals(List.of("id", "titre", "territoire", "statut", "periode", "preambule", "objectifs_partages", "diagnostic",
                "gouvernance", "evaluation"), texts(schema.get("required")));
        assertEquals(List.of("debut", "fin"), texts(definition("Periode").get("required")));
    }

    @Test
    void namesPropertiesInSnakeCaseInTheRecordsOrderAndAllowNoOther() {
        JsonNode fiche = definition("FicheAction");

        assertEquals(List.of("numero", "titre", "intitule_plan", "contexte", "objectifs", "introduction_actions", "actions", "public_vise",
                "criteres_evaluation", "pilote", "partenaires", "budget"), names(fiche.get("properties")));
        assertEquals(false, fiche.get("additionalProperties").asBoolean());
    }

    @Test
    void spellsEnumerationsAsTheYamlDoes() throws Exception {
        assertEquals(json.readTree("{\"title\": \"Civilite\", \"type\": \"string\", \"enum\": [\"M.\", \"Mme\"]}"), definition("Civilite"));
    }

    @Test
    void describesEachKindOfValue() throws Exception {
        JsonNode partie = definition("Partie").get("properties");
        JsonNode action = definition("Action").get("properties");

        assertEquals(json.readTree("{\"$ref\": \"#/$defs/Texte\"}"), value(partie.get("nom")));
        assertEquals(json.readTree("{\"anyOf\": [{\"$ref\": \"#/$defs/OrganeDeliberant\"}, {\"type\": \"null\"}]}"), value(partie.get("organe")));
        assertEquals(json.readTree("{\"type\": [\"array\", \"null\"], \"items\": {\"$ref\": \"#/$defs/Representant\"}}"),
                value(partie.get("representants")));
        assertEquals(json.readTree("{\"type\": \"string\", \"format\": \"date\"}"), value(definition("Periode").get("properties").get("fin")));
        assertEquals(json.readTree("{\"type\": [\"number\", \"null\"]}"), value(definition("Financement").get("properties").get("total")));
        assertEquals(json.readTree("{\"type\": \"integer\"}"), value(definition("Financement").get("properties").get("annee")));
        assertEquals(json.readTree("{\"anyOf\": [{\"type\": \"integer\", \"minimum\": 1000, \"maximum\": 9999},"
                + " {\"type\": \"string\", \"pattern\": \"^[0-9]{4}(-T[1-4]|-[0-9]{2}(-[0-9]{2})?)?$\"}, {\"type\": \"null\"}]}"),
                value(action.get("debut")));
    }

    @Test
    void acceptsAPlaceholderForAnOptionalDateOnly() {
        ObjectNode expected = json.createObjectNode();
        expected.putArray("anyOf").add(json.createObjectNode().put("type", "string").put("format", "date"))
                .add(json.createObjectNode().put("type", "string").put("pattern", Placeholders.REGEX))
                .add(json.createObjectNode().put("type", "null"));

        assertEquals(expected, value(definition("Signature").get("properties").get("date")));
        assertEquals(expected, value(definition("Deliberation").get("properties").get("date")));
        assertEquals(json.createObjectNode().put("type", "string").put("format", "date"), value(definition("Periode").get("properties").get("debut")));
    }

    @Test
    void describesAFieldInFrenchWithExamplesBeforeWhatItHolds() throws Exception {
        assertEquals(json.readTree("""
                {"description": "Son nom complet, sans article.", "examples": ["Commune de Limans"], "$ref": "#/$defs/Texte"}
                """), definition("Partie").get("properties").get("nom"));
        assertEquals(List.of("description", "examples", "anyOf"), names(definition("Signature").get("properties").get("date")));
    }

    @Test
    void describesEveryFieldOfEachFileAndNoOther() {
        Set<String> described = new TreeSet<>();
        List<String> undescribed = new ArrayList<>();
        Map<String, ObjectNode> roots = Map.of("Convention", schema, "Avenant", AvenantSchema.generator().generate(),
                "SettingsFile", RepositorySchema.generator().generate(), "StyleMaison", StyleSchema.generator().generate());
        for (Map.Entry<String, ObjectNode> root : roots.entrySet()) {
            ObjectNode generated = root.getValue();
            Map<String, JsonNode> records = new TreeMap<>();
            records.put(root.getKey(), generated);
            generated.get("$defs").fields().forEachRemaining(d -> records.put(d.getKey(), d.getValue()));
            records.forEach((record, definition) -> {
                if (definition.has("properties")) {
                    definition.get("properties").fields().forEachRemaining(field -> {
                        String name = record + "." + field.getKey();
                        described.add(name);
                        if (field.getValue().path("description").asText().isBlank()) {
                            undescribed.add(name);
                        }
                    });
                }
            });
        }

        assertEquals(List.of(), undescribed, "ajoutez leur description à " + FieldDescriptions.RESOURCE);
        assertEquals(described, new TreeSet<>(new FieldDescriptions().fields()), "chaque description nomme un champ du modèle");
    }

    @Test
    void aConstraintNarrowsTheFieldItNamesWhereverItsRecordIs() throws Exception {
        ObjectNode style = StyleSchema.generator().generate();
        ObjectNode settings = RepositorySchema.generator().generate();

        assertEquals(json.readTree("{\"type\": \"string\", \"pattern\": \"^#[0-9A-Fa-f]{6}$\"}"),
                value(style.get("$defs").get("Couleurs").get("properties").get("titres")));
        assertEquals(json.readTree("{\"type\": [\"number\", \"null\"], \"minimum\": 8, \"maximum\": 16}"),
                value(style.get("properties").get("taille")));
        assertEquals(json.readTree("{\"$ref\": \"#/$defs/Texte\", \"pattern\": \"^(?![\\\\s\\\\S]*\\\\{(?!pages?\\\\})[^{}]*\\\\})\"}"),
                value(style.get("properties").get("pied_de_page")));
        assertEquals(json.readTree("{\"type\": \"string\", \"enum\": [\"M.\", \"Mme\"]}"),
                value(settings.get("$defs").get("Representative").get("properties").get("civilite")));
        assertEquals(json.readTree("{\"type\": \"array\", \"items\": {\"$ref\": \"#/$defs/Representative\"}, \"minItems\": 1}"),
                value(settings.get("$defs").get("CafDefaults").get("properties").get("representants")));
        assertEquals(List.of("nom", "siren", "adresse", "representants"), texts(settings.get("$defs").get("CafDefaults").get("required")));
    }

    @Test
    void refusesAConstraintOnAFieldTheRecordDoesNotHave() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new SchemaGenerator(SettingsFile.class, "t", "d",
                List.of(FieldConstraint.oneOf(CafDefaults.Representative.class, "civilité", List.of(Civilite.values())))));

        assertEquals("contrainte sur un champ absent du modèle : Representative.civilité", refused.getMessage());
    }

    @Test
    void approximateDatePatternTakesTheFourFormsOnly() {
        for (String accepted : List.of("2023", "2023-T2", "2023-04", "2023-04-15")) {
            assertTrue(accepted.matches(SchemaGenerator.APPROXIMATE_DATE_PATTERN), accepted);
        }
        for (String refused : List.of("23", "2023-T5", "2023-4", "15/04/2023", "2023-04-15T10:00")) {
            assertTrue(!refused.matches(SchemaGenerator.APPROXIMATE_DATE_PATTERN), refused);
        }
    }

    @Test
    void printsWithTwoSpacesAndAFinalLineFeed() {
        String text = new SchemaGenerator().generateText();

        assertTrue(text.startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": "), text);
        assertTrue(text.endsWith("\n  }\n}\n"), text);
    }

    /** What a field holds, its description and examples left out. */
    private static JsonNode value(JsonNode field) {
        ObjectNode value = ((ObjectNode) field).deepCopy();
        value.remove(List.of("description", "examples"));
        return value;
    }

    private JsonNode definition(String name) {
        return schema.get("$defs").get(name);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
