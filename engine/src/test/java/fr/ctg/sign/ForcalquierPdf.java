package fr.ctg.sign;

import fr.ctg.generate.DocumentGenerator;
import fr.ctg.generate.Generation;
import java.nio.file.Path;

/** Forcalquier's convention as the engine renders it: six empty signature fields, one per representative. */
public final class ForcalquierPdf {

    private static byte[] pdf;

    private ForcalquierPdf() {
    }

    public static synchronized byte[] unsigned() throws Exception {
        if (pdf == null) {
            pdf = Generation.convention(new DocumentGenerator(),
                    Generation.valid(Path.of("../conventions/forcalquier-2022-2024/convention.yaml"))).pdf();
        }
        return pdf.clone();
    }
}
