package fr.ctg.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
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

        assertEquals(json.readTree("{\"$ref\": \"#/$defs/Texte\"}"), partie.get("nom"));
        assertEquals(json.readTree("{\"anyOf\": [{\"$ref\": \"#/$defs/OrganeDeliberant\"}, {\"type\": \"null\"}]}"), partie.get("organe"));
        assertEquals(json.readTree("{\"type\": [\"array\", \"null\"], \"items\": {\"$ref\": \"#/$defs/Representant\"}}"),
                partie.get("representants"));
        assertEquals(json.readTree("{\"type\": \"string\", \"format\": \"date\"}"), definition("Periode").get("properties").get("fin"));
        assertEquals(json.readTree("{\"type\": [\"number\", \"null\"]}"), definition("Financement").get("properties").get("total"));
        assertEquals(json.readTree("{\"type\": \"integer\"}"), definition("Financement").get("properties").get("annee"));
        assertEquals(json.readTree("{\"anyOf\": [{\"type\": \"integer\", \"minimum\": 1000, \"maximum\": 9999},"
                + " {\"type\": \"string\", \"pattern\": \"^[0-9]{4}(-T[1-4]|-[0-9]{2}(-[0-9]{2})?)?$\"}, {\"type\": \"null\"}]}"),
                action.get("debut"));
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
