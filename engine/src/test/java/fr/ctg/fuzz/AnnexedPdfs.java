package fr.ctg.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The minimal convention whose deliberation of the communauté de communes joins a {@link FuzzedPdf}. */
final class AnnexedPdfs implements ConventionGenerator {

    private static final String DELIBERATION_LINE = "    numero: 2023-112\n";

    @Override
    public boolean write(FuzzedDataProvider data, Path folder) throws IOException {
        Path pdf = Files.createDirectories(folder.resolve("deliberations")).resolve("cc.pdf");
        Files.write(pdf, FuzzedPdf.make(data));
        Files.writeString(folder.resolve("convention.yaml"),
                MinimalConvention.text().replace(DELIBERATION_LINE, DELIBERATION_LINE + "    fichier: deliberations/cc.pdf\n"), StandardCharsets.UTF_8);
        return true;
    }
}
