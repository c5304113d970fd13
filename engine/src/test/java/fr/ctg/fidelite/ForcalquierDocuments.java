package fr.ctg.fidelite;

import fr.ctg.compose.Composer;
import fr.ctg.compose.XhtmlQuery;
import fr.ctg.generate.DocumentGenerator;
import fr.ctg.generate.Documents;
import fr.ctg.generate.Generation;
import fr.ctg.model.Convention;
import fr.ctg.pipeline.ConventionSet;
import java.nio.file.Path;

/**
 * The real Forcalquier convention of the repository, loaded, validated and rendered through the same
 * {@link DocumentGenerator} as the {@code generer} command. The test working directory is {@code engine/}.
 */
record ForcalquierDocuments(Convention convention, String xhtml, byte[] pdf, byte[] docx) {

    static final Path FILE = Path.of("../conventions/forcalquier-2022-2024/convention.yaml").toAbsolutePath().normalize();

    static ConventionSet loadValid() {
        return Generation.valid(FILE);
    }

    static Documents generate(ConventionSet set) throws Exception {
        return Generation.convention(new DocumentGenerator(), set);
    }

    static ForcalquierDocuments render() throws Exception {
        ConventionSet set = loadValid();
        Convention convention = set.convention();
        Documents documents = generate(set);
        String xhtml = XhtmlQuery.serialized(new Composer().composeConvention(convention, set.source()));
        return new ForcalquierDocuments(convention, xhtml, documents.pdf(), documents.docx());
    }
}
