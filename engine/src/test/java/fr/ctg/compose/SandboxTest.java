package fr.ctg.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.ctg.load.ConventionLoader;
import fr.ctg.model.Convention;
import freemarker.cache.StringTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configuration itself, without the guard, still keeps templates inside the model. */
class SandboxTest {

    private static final Path MINIMALE = Path.of("../examples/minimale/convention.yaml");

    private static String render(String template) throws Exception {
        StringTemplateLoader loader = new StringTemplateLoader();
        loader.putTemplate("essai.ftlx", template);
        Configuration configuration = TemplateConfigurations.withoutGuard(loader);
        Convention convention = new ConventionLoader().load(MINIMALE).loadedConvention().orElseThrow();
        StringWriter out = new StringWriter();
        configuration.getTemplate("essai.ftlx").process(Map.of("convention", convention, "fr", new TemplateFunctions()), out);
        return out.toString();
    }

    private static String refusal(String template) {
        TemplateException error = assertThrows(TemplateException.class, () -> render(template));
        return TemplateErrors.translate(error, TemplateFiles.NATIONAL).getMessage();
    }

    @Test
    void exposesRecordComponentsEnumMethodsAndFunctions() throws Exception {
        assertEquals("Claire MARTIN|Madame|caf|2|&lt;b&gt;", render(
                "${convention.parties[0].representants[0].nom}|${convention.parties[0].representants[0].civilite.enToutesLettres()}"
                        + "|${convention.parties[0].type.yaml()}|${convention.parties?size}|${'<b>'}"));
        assertEquals("1er\u00a0janvier\u00a02024", render("${fr.longDate(convention.periode.debut)}"));
    }

    @Test
    void hidesGetClassAndTheJavaApiOfValues() {
        assertEquals("templates/essai.ftlx:1:3: erreur[CTG-MODELE]: la valeur « convention.class » est absente du modèle de données",
                refusal("${convention.class}"));
        assertEquals("templates/essai.ftlx:1:3: erreur[CTG-MODELE]: la valeur « convention.periode.debut.plusDays » est absente du modèle de données",
                refusal("${convention.periode.debut.plusDays(1)}"));
    }

    @Test
    void refusesToInstantiateClassesAndTheApiBuiltIn() {
        assertEquals("templates/essai.ftlx:1:1: erreur[CTG-MODELE]: erreur d’exécution (Instantiating freemarker.template.utility.Execute is not allowed"
                + " in the template for security reasons.)", refusal("${'freemarker.template.utility.Execute'?new()('id')}"));
        assertEquals("templates/essai.ftlx:1:3: erreur[CTG-MODELE]: erreur d’exécution (Can't use ?api, because the \"api_builtin_enabled\""
                + " configuration setting is false. Think twice before you set it to true though. Especially, it shouldn't abused"
                + " for modifying Map-s and Collection-s.)", refusal("${convention?api}"));
    }
}
