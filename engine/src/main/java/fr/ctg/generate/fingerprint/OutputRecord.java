package fr.ctg.generate.fingerprint;

import fr.ctg.write.AtomicOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The file {@value #FILE_NAME} beside a convention's documents: the fingerprint of the inputs they were made from
 * ({@link ConventionInputs}), and the {@link ContentCheck} of each document as it was left, a signed PDF kept as it is included.
 * It is written last of the convention's set of files, so that a run stopped midway leaves the former record, which no longer
 * matches the new documents, or the new one once all of them are in place.
 *
 * @param documents each document's file name in the folder and its check, in name order
 */
public record OutputRecord(String inputs, Map<String, String> documents) {

    public static final String FILE_NAME = ".ctg-empreintes";

    private static final String INPUTS = "entrees";
    private static final String HEADER = "# Écrit par « ctg generer » : l’empreinte des entrées des documents de ce dossier, puis celle de chacun."
            + " Supprimé, les documents sont refaits.\n";

    public OutputRecord {
        documents = Collections.unmodifiableMap(new TreeMap<>(documents));
    }

    /** The record of {@code folder}; none when it has none, or one that cannot be read as such. */
    public static Optional<OutputRecord> read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String inputs = null;
            Map<String, String> documents = new TreeMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(" ", -1);
                if (parts.length != 2 || !isFileName(parts[0])) {
                    return Optional.empty();
                }
                if (parts[0].equals(INPUTS)) {
                    inputs = parts[1];
                } else {
                    documents.put(parts[0], parts[1]);
                }
            }
            return inputs == null ? Optional.empty() : Optional.of(new OutputRecord(inputs, documents));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** A document's name, beside the record: nothing that leads elsewhere. */
    private static boolean isFileName(String name) {
        return !name.isEmpty() && !name.startsWith(".") && !name.contains("/") && !name.contains("\\");
    }

    /** Whether the documents of {@code folder} were made from these inputs and are each still as they were left. */
    public boolean describes(Path folder, String currentInputs) {
        if (!inputs.equals(currentInputs) || documents.isEmpty()) {
            return false;
        }
        try {
            for (Map.Entry<String, String> document : documents.entrySet()) {
                Path file = folder.resolve(document.getKey());
                if (!Files.isRegularFile(file) || !ContentCheck.of(file).equals(document.getValue())) {
                    return false;
                }
            }
            return true;
        } catch (IOException unreadable) {
            return false;
        }
    }

    /** The check of a document about to be written. */
    public static String check(byte[] document) {
        return ContentCheck.of(document);
    }

    /** The check of a document left in place (a signed PDF). */
    public static String check(Path document) throws IOException {
        return ContentCheck.of(document);
    }

    /** The record as a file of {@code folder}, to write with its documents, after them. */
    public AtomicOutput.Output output(Path folder) {
        StringBuilder text = new StringBuilder(HEADER).append(INPUTS).append(' ').append(inputs).append('\n');
        documents.forEach((name, check) -> text.append(name).append(' ').append(check).append('\n'));
        return new AtomicOutput.Output(folder.resolve(FILE_NAME), text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
