package fr.ctg.fidelite;

import fr.ctg.compose.Composer;
import fr.ctg.compose.XhtmlQuery;
import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.generate.DocumentGenerator;
import fr.ctg.generate.Documents;
import fr.ctg.load.ConventionLoader;
import fr.ctg.load.LoadResult;
import fr.ctg.model.Convention;
import fr.ctg.validate.Validator;
import java.nio.file.Path;
import java.util.List;

/**
 * The real Forcalquier convention of the repository, loaded, validated and rendered through the same
 * {@link DocumentGenerator} as the {@code generer} command. The test working directory is {@code engine/}.
 */
record ForcalquierDocuments(Convention convention, String xhtml, byte[] pdf, byte[] docx) {

    static final Path FILE = Path.of("../conventions/forcalquier-2022-2024/convention.yaml").toAbsolutePath().normalize();

    static Convention loadValid() throws Exception {
        LoadResult loaded = new ConventionLoader().load(FILE);
        List<Diagnostic> errors = new Validator().validate(loaded).stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty() || loaded.convention() == null) {
            throw new AssertionError("Forcalquier n’est pas valide : " + errors);
        }
        return loaded.convention();
    }

    static Documents generate(Convention convention) throws Exception {
        return new DocumentGenerator().convention(convention, FILE);
    }

    static ForcalquierDocuments render() throws Exception {
        Convention convention = loadValid();
        Documents documents = generate(convention);
        String xhtml = XhtmlQuery.serialized(new Composer().composeConvention(convention, FILE));
        return new ForcalquierDocuments(convention, xhtml, documents.pdf(), documents.docx());
    }
}
