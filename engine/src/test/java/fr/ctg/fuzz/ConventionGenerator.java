package fr.ctg.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.IOException;
import java.nio.file.Path;

/** Makes, from the fuzzer's data, a convention folder of one hostile kind. */
interface ConventionGenerator {

    /**
     * Writes {@code folder/convention.yaml} and the files it cites.
     *
     * @return whether to generate it too: an input built to sit at a limit of the loader is only validated, laying
     *     out two million characters would take the whole fuzzing budget
     */
    boolean write(FuzzedDataProvider data, Path folder) throws IOException;
}
